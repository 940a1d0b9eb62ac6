// Acts a clause of time takes as given (status.timeClauses in data/event-senses.json): "“When Russia
// invaded Ukraine, Sweden's security position changed,” the party said", "it has been 100 days since
// Russia launched its aggression", "relations had never been worse than before they met". The words
// assert what followed; the act in the clause of time is presupposed, as "Russia's invasion" is, and
// told as done: occurred, no claim. Only a past act: "when Russia invades" is a condition, and "when
// he said Russia attacked" puts the attack in another's words.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

// how many words of a subject may stand between the opener and the verb ("after the Russian army's 4th tank division shelled")
const SUBJECT_REACH = 8;

/** The verb at `v` is a past form that a clause of time opens on: an opener (status.timeClauses.openers),
 *  then its subject (names, nouns, a pronoun, their modifiers, an adverb, a past auxiliary), then the verb
 *  (`isPast`: the past form's test, the status reader's). */
export function timeClauseAct(tokens: Token[], s: Sentence, v: number, isPast: (t: Token) => boolean, lex: SenseLexicon): boolean {
  if (tokens[v].pos !== "VERB" || !isPast(tokens[v])) return false;
  let subject = false;
  for (let k = v - 1; k >= s.first && v - k <= SUBJECT_REACH + 1; k--) {
    const w = tokens[k];
    if (lex.timeClauses.openers.has(w.lower)) return subject && !lex.timeClauses.notAfter.has(tokens[k - 1]?.lower ?? "");
    if (/^(NOUN|PROPN|PRON)$/.test(w.pos)) subject = true;
    else if (!/^(DET|ADJ|NUM|ADV)$/.test(w.pos) && w.norm !== "'s" && w.text !== "’s" && w.text !== "-" && !lex.timeClauses.auxiliaries.has(w.lower)) return false;
  }
  return false;
}
