// A principal's possessive before the title right before a name: the one the person serves gives the person's state.
//   a known person's:  "Putin's chief of staff Anton Vaino", "Lukashenko's press secretary X", "Erdogan's spokesman X"
//                      (the principal by surname, in the dictionary at the article's date)
//   a head's office:   "the president's national security adviser X" (no state named: the office is the story's state's,
//                      as a bare "National Security Adviser X" is; find-actors' office rules place it)
// Only a title of someone who serves the principal (titles.json aideNouns: "adviser", "spokesman", "chief of staff") or an
// office of a state's own government ("Trump's attorney general X"): a private trade ("Trump's lawyer X"), a word of no
// title ("Putin's critic X", "Biden's rival X") or a possessor that is no known person ("the company's chief of staff X")
// gives nothing.
import type { Lexicon, TitleEntry } from "../../lexicon/compile-lexicon.js";

/** Whether the title nearest the name is one a principal's aide or official holds ("spokesman", "press secretary", an office). */
export function servesPrincipal(nearest: TitleEntry | null, lex: Lexicon): boolean {
  if (!nearest || nearest.honorific) return false;
  return !!nearest.office || lex.aideNouns.has(nearest.text.toLowerCase());
}

/** Whether a possessor title ("the president's") is the head office of a state the text leaves unnamed: "the" before it. */
export function headOfUnnamedState(possessor: TitleEntry | undefined, before: string | undefined, lex: Lexicon): boolean {
  return !!possessor && !possessor.honorific && lex.headOffices.has(possessor.text.toLowerCase()) && before === "the";
}
