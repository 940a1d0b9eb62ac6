// One's own stance reported in the past (status.backshiftedStances in data/event-senses.json): in
// reported speech the speaker's present is shifted back, so "Mr Howard said he rejected the idea",
// "Scholz said he condemned the attack", "Russia said it rejected the proposal" report a refusal, a
// condemnation, made by saying it: the act of saying is the act, occurred, no claim about something
// done before. Only the speaker's own act done by saying (the caller checks the doer is the speaker),
// as a simple past right after a subject pronoun that follows a past reporting verb ("said he",
// "told reporters that she"). A perfect ("said he had rejected") or a time gone by ("said he rejected
// the offer last week") gives the act a time of its own before the words: it stays the speaker's
// account. Another party's act ("said Russia had rejected the offer") stays a claim.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** The verb at `v` is a simple past of a subject pronoun right after a past reporting verb. */
export function backshiftedStance(tokens: Token[], s: Sentence, v: number, isPast: (t: Token) => boolean, lex: SenseLexicon): boolean {
  const b = lex.backshiftedStances;
  if (tokens[v].pos !== "VERB" || !isPast(tokens[v])) return false;
  let k = v - 1;
  // ("said he strongly condemned", "said it also rejected")
  while (k > s.first && v - k <= 3 && tokens[k].pos === "ADV" && !/^(not|never|n't)$/.test(tokens[k].lower)) k--;
  if (k < s.first || !b.pronouns.has(tokens[k].lower)) return false;
  k--;
  if (k >= s.first && tokens[k].lower === "that") k--;
  // ("told reporters he", "told the BBC that she"): the hearer between the verb and its clause
  for (let q = k; q >= s.first && k - q <= 4; q--) {
    const t = tokens[q];
    if (b.reportingVerbs.has(t.lower)) return true;
    if (!/^(DET|NOUN|PROPN|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}
