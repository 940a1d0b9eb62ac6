// "the two Koreas", "both Koreas", "the two Sudans": a counted plural of a name that a divided land's
// states share names those states (senses.namedSides.collectives: the plural → their codes), not
// the last parties the text named ("Japan condemned China. The two Koreas agreed to resume talks" is
// no act of Japan and China). The states are the actors of those codes the article names elsewhere
// ("North Korea", "Seoul"); when it names not all of them, the phrase gives no party: no event is
// better than a wrong one.
import type { SentenceEnv } from "./sentence-env.js";

/**
 * The parties of a fixed collective whose plural is the token at `head` (after a count), in the
 * order of its codes; [] when the article names not all of its states; null when the token is no
 * fixed collective.
 */
export function fixedCollectiveParties(env: SentenceEnv, head: number): number[] | null {
  const t = env.tokens[head];
  const codes = t ? env.senses.namedSides.collectives.get(t.lower) : undefined;
  if (!codes) return null;
  const out: number[] = [];
  for (const code of codes) {
    const a = env.layer.actors.findIndex((x) => x.kind === "country" && x.code === code);
    if (a < 0) return [];
    out.push(a);
  }
  return out;
}
