// An infinitive after a word of reluctance, or after "yet" ("has yet to"), names an act that has not
// happened: "Trump has been reluctant to blame Russia", "Germany is unwilling to send tanks", "five EU
// countries have yet to recognise Kosovo". No event, force included: a reluctance to attack is no
// attack. A noun of reluctance does the same to its infinitive or gerund ("Scholz's hesitation in
// providing military aid", "Germany's reluctance to send tanks"). ("Trump has been quick to blame
// Russia", "the first to recognise Kosovo", "his eagerness to help" stay acts.)
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Token } from "../../model/types.js";

// "has yet to", "are yet to", "remains yet to"
const HAVE_OR_BE = /^(has|have|had|is|are|was|were|am|'s|'re|remain|remains|remained)$/;

/** The infinitive at `v` follows a word of reluctance ("reluctant to", "unwilling to") or "have yet to";
 *  or the infinitive or gerund follows a noun of reluctance ("reluctance to send", "hesitation in providing"). */
export function unrealisedInfinitive(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  // ("his hesitation in providing military aid", "Berlin's reluctance to send tanks")
  if (k - 1 >= first && lex.reluctance.nouns.has(tokens[k - 1].lower)) {
    if (tokens[k].lower === "to") return true;
    if (lex.reluctance.gerundPreps.has(tokens[k].lower) && tokens[v].lower.endsWith("ing")) return true;
  }
  if (tokens[k]?.lower !== "to" || k - 1 < first) return false;
  const w = tokens[k - 1].lower;
  if (lex.reluctance.pending.has(w)) return k - 2 >= first && HAVE_OR_BE.test(tokens[k - 2].lower);
  return lex.reluctance.words.has(w);
}
