// A verb joined by "and"/"or" to an infinitive is an infinitive too, under the same governor: "called
// on Arabs to unite and mobilize against Israel", "urged Iraq to expel and punish the troops",
// "agreed to meet and sign a treaty". English writes "to" once before coordinated infinitives; the
// later verb's doer is the one the first infinitive's governor names (the object of "urge", "call
// on", the subject of "agree"), never the clause subject by default, and the act is asked for or
// intended as the first one is. Only a base form after the "and" ("to unite and mobilized" is a finite
// verb of another clause), and the first infinitive's phrase holds no verb, punctuation or second
// "to" ("went to Moscow and met": no verb after "to", so no infinitive).
import type { Token } from "../../model/types.js";

const CONJ = /^(and|or)$/;
/** ("to expel them and punish": an object pronoun is the first verb's object, a subject one opens a clause) */
const OBJECT_PRONOUNS = /^(them|him|her|it|us|me)$/;

/**
 * The "to" of the infinitive that the verb at `v` (base form `lemma`) is coordinated with, or -1:
 * "to unite and mobilize", "to expel the troops and punish" (up to four words of the first verb's
 * object between).
 */
export function coordinatedTo(tokens: Token[], v: number, lemma: string, first: number): number {
  if (tokens[v]?.lower !== lemma) return -1;
  let c = v - 1;
  while (c > first && tokens[c].pos === "ADV") c--;
  if (!CONJ.test(tokens[c]?.lower ?? "")) return -1;
  for (let q = c - 1; q > first && c - q <= 5; q--) {
    const t = tokens[q];
    if (t.pos === "VERB" || t.pos === "AUX") {
      // the first infinitive: a bare verb right after "to"
      return tokens[q - 1]?.lower === "to" && !/(ed|ing)$/.test(t.lower) ? q - 1 : -1;
    }
    if (/^\W+$/.test(t.text) || t.lower === "to" || t.pos === "SCONJ" || (t.pos === "PRON" && !OBJECT_PRONOUNS.test(t.lower))) return -1;
  }
  return -1;
}
