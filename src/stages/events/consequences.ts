// Consequences foretold (status.consequences in data/event-senses.json): an act named by a noun that
// is the object of a verb of causing ("lead to", "trigger", "provoke", "spark", "result in") is what
// the cause brings about; when the causing is itself only foretold, under a modal ("will only lead to
// tit-for-tat expulsions", "would trigger sanctions", "could have sparked a war"), after a predictor
// and "to" ("is likely to provoke an attack", "threatens to trigger reprisals") or as the gerund of a
// risk ("risks provoking an attack", "the danger of sparking a war"), the act is a prospect:
// hypothetical, never occurred nor anyone's claim. A cause told as done ("the poisoning led to
// expulsions last year", "the strike triggered reprisals") leaves the act its own status.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** Words that may stand between a verb of causing and its act noun: the noun phrase's determiners and modifiers. */
const MODIFIER = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
const POSSESSIVE = /^(his|her|its|their|our|my|your|'s|’s|-|more|further|new|fresh|wider|renewed)$/;

/** The act noun at `n` is the object of a verb of causing that is only foretold. */
export function foretoldConsequence(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): boolean {
  const c = lex.consequences;
  for (let q = n - 1; q >= s.first + 1 && n - q <= 10; q--) {
    const t = tokens[q];
    const heads = c.verbs.get(t.lower);
    if (heads) {
      for (const words of heads) {
        const h = q - words.length;
        if (h <= s.first || !words.every((w, i) => tokens[h + i].lower === w)) continue;
        // "the 'trigger' of a lead to": the verb of causing must be a verb, not a noun the tagger read
        if (tokens[h].pos !== "VERB" && tokens[h].pos !== "AUX") continue;
        return foretold(tokens, s, h, lex);
      }
    }
    // ("tit-for-tat expulsions", "long-range strikes"): the word before a hyphen is part of the compound modifier
    if (t.text === "-" || t.text === "–") {
      q--;
      continue;
    }
    if (!MODIFIER.test(t.pos) && !POSSESSIVE.test(t.lower)) return false;
  }
  return false;
}

/** The verb of causing at `h` is foretold: a modal before it (over adverbs, a negation and a perfect
 *  "have"), a predictor before its "to", or a risk before its gerund. */
function foretold(tokens: Token[], s: Sentence, h: number, lex: SenseLexicon): boolean {
  const c = lex.consequences;
  let b = h - 1;
  for (let skipped = 0; b > s.first && skipped < 3; skipped++) {
    const w = tokens[b].lower;
    if (tokens[b].pos === "ADV" || w === "not" || w === "n't" || w === "have") b--;
    else break;
  }
  if (b < s.first) return false;
  const w = tokens[b].lower;
  if (c.modals.has(w)) return true;
  if (w === "to" && b > s.first && c.predictors.has(tokens[b - 1].lower)) return true;
  if (tokens[h].lower.endsWith("ing")) {
    if (c.riskVerbs.has(w)) return true;
    // "the risk of provoking a war", "the danger of sparking a conflict"
    if (w === "of" && b > s.first && lex.prospectNouns.has(tokens[b - 1].lower)) return true;
  }
  return false;
}
