// "Washington warned Israel not to strike Iran's nuclear sites", "the Kremlin warned Nato countries
// not to deploy peacekeepers", "cautioned Manila never to send warships": the act a warning tells its
// hearer not to do is no event, neither the warner's (the infinitive has no subject of its own, and
// the clause's subject is the warner) nor a planned one; the warning is the event (THREATEN, or the
// warning's own reading). As "warned Finland against joining" (senses.ts prevented), with the same
// verbs (senses.warnAgainstVerbs). "warned that it would not hesitate to strike" (no "not to" right
// before the act) and "promised not to support" (no verb of warning) are left to the status.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** how far before "not to" the verb of warning may stand (its object between) */
const REACH = 8;

/** The verb at `v` is an infinitive after "not to" or "never to" that a verb of warning governs. */
export function warnedNotTo(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV" && !/^(not|never)$/.test(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== "to" || !/^(not|never)$/.test(tokens[k - 1]?.lower ?? "")) return false;
  return warnerBefore(tokens, k - 2, first, REACH + 1, lex, (t) => t.text === "," || t.text === ";" || t.lower === "that" || t.pos === "VERB" || t.pos === "AUX");
}

/** A verb of warning (senses.warnAgainstVerbs) at most `reach` tokens back from `from`, over its object, before a
 *  token `stops` says the clause is another's ("warned Finland against joining", "warned Israel not to strike"). */
export function warnerBefore(tokens: Token[], from: number, first: number, reach: number, lex: SenseLexicon, stops: (t: Token) => boolean): boolean {
  for (let q = from; q >= Math.max(first, from + 1 - reach); q--) {
    if (lex.warnAgainstVerbs.has(tokens[q].lower)) return true;
    if (stops(tokens[q])) return false;
  }
  return false;
}
