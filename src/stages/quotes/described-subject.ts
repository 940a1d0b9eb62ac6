// "A nurse spoke of Maria Lopez, who died in the attack. 'We loved her,' she said.", "One resident at the
// camp told us about her son. 'He was kind,' she said.": news brings in a witness by what they are ("a
// nurse", "one resident", "a doctor we met", "a senior official") and goes on with "he" or "she". Such an
// unnamed person, the subject of the sentence before, is whom the pronoun takes up, not a person named
// after the verb (in its object, after "of" or "about", in a relative clause): those are whom the witness
// spoke of. Only an indefinite description ("a", "an", "one", "another"), which brings in someone new: a
// definite one ("the president") mostly stands for a person named before. The head is a noun of an unnamed
// person (speech.json describedHeads), singular, and the last word of its phrase ("an official statement" is none). A name in apposition ("One resident, Anna,") or any
// person named before the verb ("A mother of two, Zahid said") leaves the sentence to the name search.
import type { Token } from "../../model/types.js";

export interface DescribedSubject {
  /** the determiner ("a", "one") */
  first: number;
  /** after the head noun (exclusive) */
  last: number;
  /** the description without its determiner ("senior official", "nurse") */
  name: string;
  /** the gender the head gives ("spokeswoman", "mother"), or null */
  gender: "f" | "m" | null;
}

const DETERMINERS = new Set(["a", "an", "one", "another"]);
/** verbs of telling, whose object is a hearer, not the one the story goes on about */
const TELLING = new Set(["told", "tells", "tell", "asked", "asks", "informed", "showed", "shows", "gave", "gives", "wrote"]);
/** How many modifiers may stand between the determiner and the head ("a 40-year-old Ukrainian army nurse"). */
const MODIFIERS = 4;
const FEMALE = /^(woman|girl|mother|wife|daughter|sister|grandmother|widow|nun|actress|businesswoman|spokeswoman|chairwoman|servicewoman)$|wom[ae]n$/;
const MALE = /^(man|boy|father|husband|son|brother|grandfather|widower|monk|businessman|spokesman|chairman|serviceman)$|^\p{Ll}{2,}man$/u;

/**
 * The indefinite description of one unnamed person that is the subject of the clause starting at `main`
 * (after any fronted adverbial), in a sentence ending before `end`; null where the clause opens otherwise.
 * `heads`: the lower-case nouns of an unnamed person; `person(k)`: a person's mention covers token k;
 * `quoted(k)`: token k is inside quotation marks.
 */
export function describedSubject(text: string, tokens: readonly Token[], main: number, end: number, heads: ReadonlySet<string>, person: (k: number) => boolean, quoted: (k: number) => boolean): DescribedSubject | null {
  const det = tokens[main];
  if (!det || quoted(main) || !DETERMINERS.has(det.lower)) return null;
  // the run of modifiers and the head: lower-case adjectives and nouns, or a capitalised demonym or
  // body's word that is no person's name ("a Ukrainian nurse", "a Hamas official")
  let head = -1;
  for (let k = main + 1; k < end && k - main <= MODIFIERS + 1; k++) {
    const t = tokens[k];
    if (quoted(k) || person(k)) return null;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-") break;
    head = k;
  }
  // the run's last word is its head: "an official statement" is no official
  if (head < 0 || !/^\p{Ll}/u.test(tokens[head].text) || !heads.has(tokens[head].lower)) return null;
  const h = tokens[head];
  // one person, not a group ("one of the residents", "a few residents" end elsewhere)
  if (/[^s]s$/.test(h.lower) || (head + 1 < end && tokens[head + 1].lower === "of" && tokens[head + 2]?.lower === "the")) return null;
  // a name in apposition is who the description is: the name search takes it up
  if (tokens[head + 1]?.text === "," && /^\p{Lu}/u.test(tokens[head + 2]?.text ?? "")) return null;
  // the clause's verb, with no person named before it
  let verb = -1;
  for (let k = head + 1; k < end; k++) {
    if (quoted(k)) return null;
    if (person(k)) return null;
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  // a person named as the verb's object is who the pronoun more likely takes up ("A nurse treated John Baker. 'I
  // could not feel my legs,' he said."; "A police officer arrested Tom Reed."), save after a verb of telling, whose
  // object hears the description speak ("A nurse told Baker the news")
  if (!TELLING.has(tokens[verb].lower)) {
    let o = verb + 1;
    while (o < end && /^(AUX|VERB|ADV|PART)$/.test(tokens[o].pos) && !person(o)) o++;
    if (o < end && tokens[o].lower === "the" && !person(o)) o++;
    if (o < end && person(o)) return null;
  }
  const gender = FEMALE.test(h.lower) ? "f" : MALE.test(h.lower) ? "m" : null;
  return { first: main, last: head + 1, name: text.slice(tokens[main + 1].start, h.end), gender };
}
