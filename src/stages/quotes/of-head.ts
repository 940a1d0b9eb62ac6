// "The head of a state institute said", "the director of the country's statistics office told reporters",
// "members of the committee said": a subject whose head noun names a person (or people) of a body or place
// is completed by its "of" phrase, and the head speaks, never the last noun of the "of" phrase (the institute,
// the office). English puts the noun a verb agrees with first: "the head of the institutes says". The head
// nouns are data (speech.json memberHeads): posts, members and staff, never partitives ("one of the
// officials", "some of the lawmakers": the "of" phrase holds the speakers) nor speakerHeads ("critics of the
// deal", whose "of" phrase is what they speak about; find-quotes.ts pluralHeadBefore). Only a whole subject
// is taken: the head phrase must open the clause, or stand in apposition after a name ("Ann Lee, the head of
// the institute, said" without its closing comma), which then speaks.
import type { Token } from "../../model/types.js";
import type { NameSpans } from "./post-modified-head.js";

/** Where the actor stage found names, and which of them are persons' (personFirst: the first token of the person's name that holds token k, or -1). */
export interface PersonSpans extends NameSpans {
  personFirst(k: number): number;
}

/** The head phrase of an of-headed subject: tokens first..head (inclusive) with the "of" phrase after it. */
export interface OfHead {
  /** first token of the subject (its determiner, where it has one) */
  first: number;
  /** first token of the head phrase after the determiner */
  headFirst: number;
  /** the head noun (inclusive); "of" follows it */
  head: number;
  /** the last token of a name the phrase stands in apposition to ("Ann Lee, the head of ..."), else -1 */
  apposed: number;
}

const NP_POS = /^(NOUN|PROPN|ADJ|NUM|DET)$/;
const MODIFIER_POS = /^(NOUN|PROPN|ADJ|NUM)$/;
// what may stand right before a subject: the start of the sentence or a word that opens a clause
const SUBJECT_OPENERS = /^(that|but|and|;|:|while|as|when|because|although|though|whereas)$/;
const MAX_OBJECT = 7;
const MAX_MODIFIERS = 3;

function possessive(t: Token): boolean {
  return t.norm === "'s" || t.text === "'s" || t.text === "’s";
}

/**
 * The head of the subject that ends at token j (inclusive; the token before the cue or its adverbs) where
 * that subject is "[det] [modifiers] HEAD of OBJECT" and HEAD is one of `heads`; null otherwise. `quoted`
 * marks tokens inside quotation marks, which no subject crosses.
 */
export function ofHeadedSubject(tokens: readonly Token[], quoted: ArrayLike<boolean | number | undefined | null>, names: PersonSpans, heads: ReadonlySet<string>, j: number, sFirst: number): OfHead | null {
  if (j < sFirst || quoted[j] || !(tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN")) return null;
  // the object of "of": a noun phrase with its modifiers, possessives and determiner ("the country's statistics office")
  const name = names.nameFirst(j);
  let k = name >= 0 ? name : j;
  while (k - 1 >= sFirst && j - k < MAX_OBJECT && !quoted[k - 1] && (NP_POS.test(tokens[k - 1].pos) || possessive(tokens[k - 1]))) {
    k--;
    if (tokens[k].pos === "DET") break;
  }
  // "Shadow leader of the Commons Oliver Heald said": a person's name that ends a longer object (or a name
  // that holds the whole title) is the speaker the title stands before, no object of "of" ("an aide of
  // Lopez", where the name is the whole object, keeps the aide)
  const person = names.personFirst(j);
  if (person >= 0 && person !== k) return null;
  const of = k - 1;
  const h = of - 1;
  if (h < sFirst || tokens[of].lower !== "of" || quoted[of] || quoted[h]) return null;
  if (!heads.has(tokens[h].lower) || names.nameFirst(h) >= 0) return null;
  // the head's own modifiers ("state", "deputy", "senior") and determiner
  let f = h;
  while (f - 1 >= sFirst && h - f < MAX_MODIFIERS && !quoted[f - 1] && (MODIFIER_POS.test(tokens[f - 1].pos) || possessive(tokens[f - 1])) && names.nameFirst(f - 1) < 0) f--;
  const headFirst = f;
  if (f - 1 >= sFirst && tokens[f - 1].pos === "DET" && !quoted[f - 1]) f--;
  const p = f - 1;
  if (p < sFirst || (SUBJECT_OPENERS.test(tokens[p].lower) && !quoted[p])) return { first: f, headFirst, head: h, apposed: -1 };
  // "Ann Lee, the head of the institute said": the name before the comma speaks
  if (tokens[p].text === "," && p - 1 >= sFirst && names.nameFirst(p - 1) >= 0) return { first: f, headFirst, head: h, apposed: p - 1 };
  return null;
}
