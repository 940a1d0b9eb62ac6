// "Mrs Lee said", "Baroness Kennedy said", "Lord Kennedy": a surname after a form of address belongs to a known person
// of the dictionary only where the address fits them. A title of one gender ("Mrs", "Baroness", "Lady", "Sir") never
// names a known person whose given name is of the other ("Mrs Lee" is not Lee Jae-myung), and a peer's address, which
// names its state ("Lord", "Baroness": Britain's peerage, titles.json country), never names a known person of another
// state ("Lord Kennedy" is not Robert F. Kennedy Jr.). The peer is a person of their own.
import type { Lexicon, TitleEntry } from "../../lexicon/compile-lexicon.js";
import type { SeedPerson } from "../../lexicon/schemas.js";

/** Whether the form of address `title` (an honorific right before a bare surname) rules out the known person `seed`. */
export function titledNamesake(seed: SeedPerson, title: TitleEntry | undefined, lex: Lexicon): boolean {
  if (!title?.honorific) return false;
  const word = title.text.replace(/\.$/, "");
  const titleGender = lex.titleGender.get(word.charAt(0).toUpperCase() + word.slice(1));
  const seedGender = lex.nameGender.get(seed.name.split(" ")[0]);
  if (titleGender && seedGender && titleGender !== seedGender) return true;
  return !!title.country && !!seed.country && seed.country !== title.country;
}
