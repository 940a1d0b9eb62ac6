// A person's name at its whole span, where wire copy writes it with a gap or a bracket inside:
// an Irish or Scots "O'" set apart from the surname it opens ("Gen. Terrence O' Shaughnessy",
// "Peter O’ Toole"), and a short given name in brackets between a person's names, the name the
// person goes by ("Commissioner James E. (Jim) Nugent", "Senator Mary (Molly) Kenton"). The
// mention keeps the text as written; the person's name leaves the bracketed part out ("James E.
// Nugent") and closes the gap after "O'" ("Terrence O'Shaughnessy"). Only a known given name in
// brackets, after a run a known given name opens, joins the names: "Kodak (Eastman) Co", "Smith
// (Reuters) said" and "Ames (Iowa) Jones" stay apart. Token checks at the run's end, no search.
import type { Token } from "../../model/types.js";

/** whether token `j` is an apostrophe right after a lone capital "O" and set apart from the next word */
export function apartApostrophe(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return !!t && !!prev && !!next && (t.text === "'" || t.text === "’") && !t.spaceBefore && prev.text === "O" && next.spaceBefore && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** whether "( Given )" opens at token `j` of a run that opened at `runFirst` with a known given name */
export function bracketedGivenName(tokens: readonly Token[], runFirst: number, j: number, givenNames: ReadonlySet<string>): boolean {
  const open = tokens[j];
  const word = tokens[j + 1];
  const close = tokens[j + 2];
  if (!open || !word || !close || open.text !== "(" || close.text !== ")" || word.spaceBefore || close.spaceBefore) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(word.text) && givenNames.has(word.norm) && givenNames.has(tokens[runFirst].norm);
}

/** a person's name from the tokens [first, last): the words as written, less a bracketed given name, and with no gap after "O'" */
export function nameText(tokens: readonly Token[], first: number, last: number): string {
  let name = "";
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.text === "(" && tokens[k + 2]?.text === ")" && k + 3 < last) {
      k += 2;
      continue;
    }
    const glued = k > first && (t.text === "'" || t.text === "’" ? false : apartApostrophe(tokens, k - 1));
    name += (k > first && t.spaceBefore && !glued ? " " : "") + t.text;
  }
  return name;
}
