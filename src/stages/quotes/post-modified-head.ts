// "People responsible for the violence often argue that ...", "the legal team for two suspects being held
// without trial told a court", "diplomats involved in talks with Iran said": a subject whose head noun is
// followed by a post-modifier ends in the post-modifier's object, and the noun the cue follows is not who
// speaks. English puts a noun's modifiers after it when they are phrases: an adjective with its
// preposition ("responsible for", "familiar with", "close to", "angry about"), a participle phrase
// ("held in Russia", "being held without trial", "representing the families", "involved in"), and the
// preposition phrases chained inside them ("for two suspects", "of the victims"). Walking back from the
// end of the subject over such links reaches the first noun phrase of the subject, whose noun is its head.
// Only a chain with at least one adjective or participle link is taken: a bare preposition chain ("the
// spokesman for the ministry", "opponents of the deal") has its own readings elsewhere.
import type { Token } from "../../model/types.js";

/** The head phrase of a post-modified subject: tokens first..headLast (inclusive) name who speaks. */
export interface PostModifiedHead {
  /** first token of the subject (its determiner, where it has one) */
  first: number;
  /** first token of the head phrase after the determiner */
  headFirst: number;
  /** the head noun (inclusive) */
  headLast: number;
}

/** Where the actor stage found names: the first token of the name that holds token k, or -1 where k is in none. */
export interface NameSpans {
  nameFirst(k: number): number;
}

const NP_POS = /^(NOUN|PROPN|ADJ|NUM|DET)$/;
// words the tagger may read as prepositions that open a clause, not a post-modifier
const NOT_LINKS = /^(by|as|after|before|since|until|till|when|while|because|once|though|although|if|unless|whereas|than|like|that)$/;
// what may stand right before a subject: the start of the sentence or a word that opens a clause
const SUBJECT_OPENERS = /^(,|that|but|and|;|:|while|as|when|because|although|though|whereas)$/;
const MAX_LINKS = 5;

function participle(t: Token): boolean {
  return t.pos === "VERB" && (/(ed|en|ing)$/.test(t.lower) || /^(held|kept|sent|led|built|known|seen|made|brought|caught|hit|put|set|told|shown)$/.test(t.lower));
}

/** The start of the noun phrase that ends at token j (inclusive), over its modifiers and determiner; -1 where j is no noun. */
function phraseStart(tokens: readonly Token[], quoted: ArrayLike<boolean | number | undefined | null>, names: NameSpans, j: number, sFirst: number): number {
  if (j < sFirst || !(tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN") || quoted[j]) return -1;
  // a name is a phrase of its own, over a determiner only: "Russia Jens Stoltenberg" (a headline run into the
  // text) is two phrases, and the second is no modifier's object
  const m = names.nameFirst(j);
  if (m >= 0) return m - 1 >= sFirst && tokens[m - 1].pos === "DET" ? m - 1 : m;
  let k = j;
  while (k - 1 >= sFirst && j - k < 6 && !quoted[k - 1] && (NP_POS.test(tokens[k - 1].pos) || tokens[k - 1].norm === "'s" || tokens[k - 1].text === "’s")) {
    if (tokens[k - 1].pos === "DET") {
      k--;
      break;
    }
    k--;
  }
  return k;
}

/**
 * The head of the subject that ends at token j (inclusive; the token before the cue or its adverbs), where a
 * post-modifier with an adjective or a participle stands between that head and j; null otherwise. `quoted`
 * marks tokens inside quotation marks, which no subject crosses.
 */
export function postModifiedHead(tokens: readonly Token[], quoted: ArrayLike<boolean | number | undefined | null>, names: NameSpans, j: number, sFirst: number): PostModifiedHead | null {
  let end = j;
  let strong = false;
  for (let links = 0; links <= MAX_LINKS; links++) {
    const start = phraseStart(tokens, quoted, names, end, sFirst);
    if (start < 0) return null;
    const p = start - 1;
    if (p < sFirst || SUBJECT_OPENERS.test(tokens[p].lower)) {
      if (links === 0 || !strong) return null;
      const headFirst = tokens[start].pos === "DET" ? start + 1 : start;
      // (a capitalised head only as the sentence's first word, "People responsible for", which the tagger may take
      // for a name; a name mid-sentence is an actor of its own)
      // (and never a person's name: "Hill responded on Twitter to claims" has a main verb, no participle)
      if (headFirst > end || !(tokens[end].pos === "NOUN" || (headFirst === sFirst && end === sFirst)) || names.nameFirst(end) >= 0) return null;
      return { first: start, headFirst, headLast: end };
    }
    if (quoted[p]) return null;
    const t = tokens[p];
    if (t.pos === "ADP" && !NOT_LINKS.test(t.lower)) {
      let q = p - 1;
      if (q < sFirst || quoted[q]) return null;
      if (tokens[q].pos === "ADJ" && q - 1 >= sFirst && (tokens[q - 1].pos === "NOUN" || tokens[q - 1].pos === "PROPN")) {
        // "responsible for", "close to": the adjective follows its noun
        strong = true;
        end = q - 1;
      } else if (participle(tokens[q])) {
        // "held in", "being held without": the participle follows its noun, over "being"
        strong = true;
        q--;
        if (q >= sFirst && (tokens[q].lower === "being" || tokens[q].lower === "been")) q--;
        end = q;
      } else if (tokens[q].pos === "NOUN" || tokens[q].pos === "PROPN") {
        end = q;
      } else return null;
    } else if (participle(t) && t.lower.endsWith("ing") && p - 1 >= sFirst && (tokens[p - 1].pos === "NOUN" || tokens[p - 1].pos === "PROPN")) {
      // "lawyers representing the families": an active participle with its object
      strong = true;
      end = p - 1;
    } else return null;
  }
  return null;
}
