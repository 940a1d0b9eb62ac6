// Whose "not" is it? A negation before an act of cooperation makes a refusal (REJECT) only when it
// is the doer's own, in the act's verb group: "France will not invite Putin", "Obama would not hold
// talks with", "decided not to send weapons". Elsewhere it negates something else, and the act
// named after it is neither done nor refused:
//   - another verb stands between: "was not planning to visit", "hasn't spoken since arriving",
//     "did not measure Americans' reasons for supporting Ukraine", "did not push for a withdrawal";
//   - a focus word follows it: "would not only support the investigations" (it will support them);
//   - an obligation modal precedes it: "must not provide material support", "should not join",
//     "must promise not to allow": a prohibition someone else voices, not the doer's refusal;
//   - the one told or persuaded not to act: "warned Iran not to send weapons";
//   - a condition: "if Russia does not withdraw", "had we not withdrawn from Afghanistan";
//   - the clause is what a demand or an assurance asks for: "Russia's demand for the west to
//     guarantee Ukraine will not join Nato", "an assurance that Ukraine never join Nato".
// A negated verb of excluding leaves the act open: "cannot rule out sending troops", "has not ruled
// out shipping tanks": the act may come (hypothetical), no one refused it.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Sentence, Token } from "../../model/types.js";

/** "refusal": the doer's own negation; "open": a negated verb of excluding; "elsewhere": the negation belongs to something else */
export type NegationReading = "refusal" | "open" | "elsewhere";

const NEGATOR = /^(not|n't|never)$/;
// words that end the clause the negation could belong to
const CLAUSE_BREAK = /^[,;:()\u2013\u2014"\u201c\u201d]$/;
// what may stand between the doer's negation and the verb it negates: auxiliaries, adverbs, "to"
const VERB_GROUP = /^(AUX|ADV|PART)$/;
const SUBJECT = /^(PROPN|NOUN|PRON|DET|ADJ|NUM)$/;

/** The negation nearest before the act at `v` (up to six words back), and whether a clause break stands between. */
function negationBefore(tokens: Token[], s: Sentence, v: number): { at: number; crossed: boolean } | null {
  let crossed = false;
  for (let k = v - 1; k >= Math.max(s.first, v - 6); k--) {
    const t = tokens[k];
    if (NEGATOR.test(t.lower)) return { at: k, crossed };
    if (CLAUSE_BREAK.test(t.text) || t.pos === "SCONJ") crossed = true;
  }
  return null;
}

/** How to read the negation before the act whose verb is `v`; null when the clause has none. */
export function negationReading(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): NegationReading | null {
  const found = negationBefore(tokens, s, v);
  if (!found) return null;
  // "has not spoken since arriving", "did not say, when it arrived": the negation is another clause's
  if (found.crossed) return "elsewhere";
  const n = found.at;
  // "cannot rule out sending", "did not exclude joining": the excluding is negated, the act stays open
  if (lex.negation.openers.has(tokens[n + 1]?.lower ?? "") || (tokens[n + 2]?.lower === "out" && lex.negation.openers.has(`${tokens[n + 1]?.lower} out`))) return "open";
  if (lex.negation.focus.has(tokens[n + 1]?.lower ?? "")) return "elsewhere";
  for (let k = n + 1; k < v; k++) if (!VERB_GROUP.test(tokens[k].pos)) return "elsewhere";
  // the words before the negation: an inversion ("had we not"), the doer's own verb of deciding or
  // promising ("decided not to send", "promised not to attack"), auxiliaries with an obligation
  // ("must not provide", "must promise not to allow")
  let k = n - 1;
  if (k > s.first && (tokens[k].pos === "PRON" || tokens[k].pos === "PROPN") && /^(had|were|should)$/.test(tokens[k - 1].lower)) return "elsewhere";
  const governed = k >= s.first && tokens[k].pos === "VERB";
  if (governed) k--;
  for (; k >= s.first && tokens[k].pos === "AUX"; k--) if (lex.negation.obligations.has(tokens[k].lower)) return "elsewhere";
  if (governed) return "refusal";
  // what governs the clause, past its subject (and a "that"): a demand or an assurance
  let words = 0;
  while (k >= s.first && words < 5 && SUBJECT.test(tokens[k].pos) && !lex.negation.assurances.has(tokens[k].lower) && !lex.mandativeVerbs.has(tokens[k].lower)) {
    k--;
    words++;
  }
  // "warned Iran not to send weapons", "persuaded Kazakhstan not to recognize": the one told is asked not to act, it refused nothing
  if (words > 0 && k >= s.first && tokens[k].pos === "VERB" && tokens[n + 1]?.lower === "to") return "elsewhere";
  if (k >= s.first && (tokens[k].lower === "that" || tokens[k].lower === "to")) k--;
  // "if Russia does not withdraw": a condition, no refusal
  if (k >= s.first && lex.conditions.has(tokens[k].lower)) return "elsewhere";
  if (k >= s.first && (lex.negation.assurances.has(tokens[k].lower) || lex.mandativeVerbs.has(tokens[k].lower) || lex.mandativeNouns.has(tokens[k].lower))) return "elsewhere";
  return "refusal";
}
