// "Baroness Smith, a Labour peer, said the bill was flawed. Liam Jones said the vote would pass. 'It is
// wrong,' she said.": a "she" whose nearest candidate is a person of unknown gender goes back to the one
// woman who reported in the sentences before. Persons whose gender neither a given name nor a title
// tells are mostly men in political news, and a woman the text marks as one ("Baroness", "Mrs",
// "Hillary") who has just spoken is whom "she" takes up. Only where exactly one such woman reported in
// the window (two leave it open), and only a reporter: a woman merely named ("opposed the bill") is not
// whom a later "she said" goes on with over a nearer speaker. An unnamed reporter whose role says she is
// a woman ("A spokeswoman for the ministry said ... President Ali Khan arrived ... 'We are not
// optimistic,' she said") is taken up the same way.
import type { Sentence, Token } from "../../model/types.js";
import { sentenceHolding } from "../../nlp/sentence-index.js";

/** How far back "she" may reach for a woman who spoke: the antecedent search's own window (sentences). */
const WINDOW = 4;

/** A reporter the text marks as a woman: a person of known female gender, or an unnamed one whose role says so ("a
 * spokeswoman for the ministry", whom the body she spoke for stands for). */
export interface WomanReporter {
  actor: number | null;
  name: string;
}

/**
 * The one woman who reports (`womanReporterIn`: the reporter of sentence si where the text marks her as a woman, or
 * null) in the `WINDOW` sentences before the one holding token `j`; null where none or several do.
 */
export function onlyWomanBefore(sentences: readonly Sentence[], tokens: readonly Token[], womanReporterIn: (si: number) => WomanReporter | null, j: number): WomanReporter | null {
  const at = tokens[j].start;
  const here = sentenceHolding(sentences, at);
  if (here < 0) return null;
  let woman: WomanReporter | null = null;
  for (let si = here - 1; si >= 0 && here - si <= WINDOW; si--) {
    if (sentences[si].headline) continue;
    const w = womanReporterIn(si);
    if (!w) continue;
    if (woman !== null && (woman.actor !== w.actor || woman.name !== w.name)) return null;
    woman = w;
  }
  return woman;
}
