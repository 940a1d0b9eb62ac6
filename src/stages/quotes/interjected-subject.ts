// "The party, however, said ...", "The party itself, however, issued a statement saying ...", "Rep. Jane Moss,
// D-N.Y., said ...": English sets a sentence adverb ("however", "too", "meanwhile") or a legislator's
// party-and-state label between commas after the subject, and stresses the subject with a reflexive ("the
// ministry itself"). Neither is the subject; the subject stands before them. Only a short span between two
// commas that holds nothing but lower-case adverbs or one party label is passed over, and only after a noun
// or a name ("In Kabul, however, officials said" keeps "officials": the comma is not right before the verb).
import type { Token } from "../../model/types.js";

/** the longest span between the two commas that may be passed over */
const SPAN = 7;

const REFLEXIVE = new Set(["itself", "himself", "herself", "themselves"]);

const nominal = (t: Token | undefined) => !!t && /^(NOUN|PROPN)$/.test(t.pos);

/** "D-N.Y.", "R-Texas", "I-Vt.": the tokens o+1..j-1, joined, are one party-and-state label */
function partyLabel(tokens: readonly Token[], o: number, j: number): boolean {
  let s = "";
  for (let k = o + 1; k < j; k++) s += tokens[k].text;
  return /^[DRI]-[A-Z][A-Za-z.]{1,12}$/.test(s);
}

/** the enclosed tokens o+1..j-1 are one or two lower-case adverbs ("however", "in turn" aside) */
function adverbs(tokens: readonly Token[], o: number, j: number): boolean {
  if (j - o - 1 < 1 || j - o - 1 > 2) return false;
  for (let k = o + 1; k < j; k++) if (tokens[k].pos !== "ADV" || !/^\p{Ll}+$/u.test(tokens[k].text)) return false;
  return true;
}

/**
 * The index of the subject's last token where token j, right before the verb, closes an interjection after
 * the subject (", however,", ", D-N.Y.,") or is a reflexive that stresses it ("itself"); j itself otherwise.
 */
export function beforeInterjection(tokens: readonly Token[], j: number, sFirst: number): number {
  if (j - 1 > sFirst && tokens[j].text === ",") {
    let o = j - 1;
    while (o > sFirst && j - o <= SPAN && tokens[o].text !== ",") o--;
    if (o > sFirst && tokens[o].text === "," && (adverbs(tokens, o, j) || partyLabel(tokens, o, j)) && (nominal(tokens[o - 1]) || REFLEXIVE.has(tokens[o - 1].lower))) j = o - 1;
  }
  if (j - 1 >= sFirst && REFLEXIVE.has(tokens[j].lower) && nominal(tokens[j - 1])) j--;
  return j;
}
