// "became the sixth associate to be charged by the prosecutor", "Scholz, the first German leader to
// visit Kyiv since the war began", "Poland is the latest country to send tanks": an infinitive after a
// noun ranked by an ordinal, a superlative or "only" (status.rankedInfinitives.ranks, after "the" or a
// possessive) tells what its doer has done, not what it plans: occurred. The ranked phrase keeps the
// mood of its own copula: "will be the first leader to visit" and "is expected to become the first to
// visit" are planned, "would be the first to sign" hypothetical (a reported "would": planned), and a
// time still to come after the act ("the first to be charged next week") plans it. "the next country
// to join" is no rank of a thing done and is not listed.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

type Ranked = "occurred" | "planned" | "hypothetical";

const DETERMINER = /^(the|its|his|her|their|our|my|your|'s|’s)$/;
const COPULA = /^(is|are|was|were|be|been|being|became|becomes|become|becoming|'s|'re|remains|remained)$/;

/** The status of the act at `trigger` when it is the infinitive of a ranked noun; null when it is none. */
export function rankedInfinitive(tokens: Token[], s: Sentence, trigger: number, lex: SenseLexicon, reportedFuture: boolean): Ranked | null {
  const rl = lex.rankedInfinitives;
  let k = trigger - 1;
  // ("to be charged": a passive infinitive)
  if (tokens[k]?.lower === "be" && tokens[k - 1]?.lower === "to") k--;
  if (tokens[k]?.lower !== "to" || k - 1 <= s.first) return null;
  // back over the noun phrase ("German leader", "NATO member", "senior US official") to its rank
  let r = -1;
  for (let q = k - 1; q > s.first && k - q <= 6; q--) {
    const t = tokens[q];
    const m = rl.ranks.matchAt(tokens, q, (x) => x.lower, k);
    if (m && (DETERMINER.test(tokens[q - 1]?.lower ?? "") || tokens[q - 1]?.norm === "'s")) {
      r = q;
      break;
    }
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && t.text !== "-") return null;
  }
  if (r < 0) return null;
  // a time still to come in the act's clause
  for (let q = trigger + 1; q < s.last; q++) {
    const t = tokens[q];
    if (t.text === "," || t.text === ";" || t.text === ":" || /^(that|which|who|but|while|since|after|before|when)$/.test(t.lower)) break;
    if (lex.futureTimes.has(t.lower) && lex.futureTimes.matchAt(tokens, q, (x) => x.lower, s.last)) return "planned";
  }
  // the ranked phrase's copula and what stands before it ("will be", "is expected to become")
  let c = r - 2;
  if (tokens[c]?.norm === "'s" || tokens[c]?.text === "’s") {
    // ("Britain's first female leader to visit": a possessor before the rank)
    c--;
    while (c > s.first && /^(PROPN|NOUN|DET)$/.test(tokens[c].pos)) c--;
  }
  // ("is not the first president to send troops": a negated rank is left to the clause)
  for (; c > s.first && (tokens[c].pos === "ADV" || tokens[c].pos === "PART"); c--) if (/^(not|n't|never)$/.test(tokens[c].lower)) return null;
  if (c < s.first || !COPULA.test(tokens[c].lower)) return "occurred";
  if (/^(not|n't|never)$/.test(tokens[c + 1]?.lower ?? "")) return null;
  let a = c - 1;
  while (a > s.first && tokens[a].pos === "ADV") a--;
  const before = tokens[a]?.lower ?? "";
  // ("did not become the first to visit": a negated rank is left to the clause)
  if (/^(not|n't|never)$/.test(before)) return null;
  if (/^(will|'ll|shall|wo)$/.test(before) || before === "to") return "planned";
  if (/^(would|'d)$/.test(before)) return reportedFuture ? "planned" : "hypothetical";
  if (/^(could|might|may|should|can|must)$/.test(before)) return "hypothetical";
  return "occurred";
}
