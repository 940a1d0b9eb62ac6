// A hereditary or historical title's state (titles.json `historical`: "tsar", "kaiser"): the title names its state only
// where it stands as a ruler's title, not as a nickname of a modern post.
//   a ruler's title:  "Tsar Nicholas II", "Kaiser Wilhelm", "Russia's last tsar, Nicholas II", "the tsar, Alexander II,"
//   a nickname:       "the energy tsar John Smith", "border czar Tom Homan", "X, the government's drugs tsar," (a noun
//                     before the title names a modern post that borrows it; no state from the title)
//   no ruler's name:  "Kaiser Permanente", "Czar Records" (a title before a name that is neither a known given name nor
//                     a regnal name with its numeral or epithet reads a firm's or a band's name)
// After the years the title existed, its holder holds it no more (formerRole: "the Russian leader" of a 2022 story is
// not Tsar Nicholas II).
import type { Token } from "../../model/types.js";

/** a regnal numeral after a ruler's name ("II", "XIV") */
const NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
/** an epithet after a ruler's name ("the Great", "the Terrible") */
const EPITHET = new Set(["great", "terrible", "elder", "younger", "blessed", "liberator"]);

interface HistTag {
  entry?: { kind: string };
  title?: unknown;
}

/** whether a word before the title at `q` makes it a nickname ("energy tsar", "Border Czar"): a noun no dictionary tags */
export function historicalNickname(tokens: Token[], tags: readonly (HistTag | undefined)[], q: number, sFirst: number): boolean {
  const p = q - 1;
  if (p < sFirst) return false;
  const w = tokens[p];
  if (tags[p]) return false;
  // ("drugs tsar", "Energy Tsar", "anti-corruption czar"): a noun or a name's word before the title
  return w.pos === "NOUN" || w.pos === "PROPN" || (tokens[p - 1]?.text === "-" && !tokens[p - 1].spaceBefore);
}

/** whether the name from `first` to `last` reads as a ruler's: a known given name, or any name with a numeral or epithet */
export function regnalName(tokens: Token[], first: number, last: number, givenNames: ReadonlySet<string>): boolean {
  if (last <= first) return false;
  if (givenNames.has(tokens[first].norm) || givenNames.has(tokens[first].text)) return true;
  if (last - first === 2 && NUMERAL.test(tokens[last - 1].text)) return true;
  return tokens[last]?.lower === "the" && EPITHET.has(tokens[last + 1]?.lower ?? "");
}

/** whether a title held until `until` was held no more at the article's date */
export function titleEnded(until: number, date: string | null): boolean {
  return !!date && Number(date.slice(0, 4)) > until;
}
