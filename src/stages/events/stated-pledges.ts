// "A joint statement said Russia and Turkey would withdraw their troops from Syria", "Germany's
// government announced Berlin would send tanks": a future of the doer's own side (or of a joint
// document the parties issue, status.pledgeDocuments) reported over a named subject is a pledge made
// when it is stated: the AGREE it gives takes the reporting verb's status (occurred), while the act
// pledged stays planned. A report by another side ("Analysts said Germany would send tanks") is a
// forecast, and the pledge stays as the act's own future. ("said it would", with a pronoun, is read by
// ownStatedFuture in event-status.ts.)
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { SentenceEnv } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { REPORTING_VERBS, subjectBefore } from "./find-parties.js";
import { modalBefore, type ModalWords } from "./modal-before.js";

/** a future stated over adverbs ("would soon withdraw") */
const FUTURE: ModalWords = { modals: new Set(["will", "would", "'ll", "shall"]) };
const SUBJECT_WORD = /^(DET|ADJ|NOUN|PROPN|NUM|PUNCT|CCONJ|PART)$/;

/** The reporting verb whose own side states the future of the act at `trigger` done by `source`; -1 when none. */
export function pledgeReporter(env: SentenceEnv, trigger: number, source: readonly number[], lex: SenseLexicon): number {
  const { tokens, s } = env;
  const m = modalBefore(tokens, trigger, s.first, FUTURE);
  if (m < 0) return -1;
  // over the subject's words back to the reporting verb ("said Russia and Turkey would", "said that Berlin would")
  let r = -1;
  for (let k = m - 1; k >= Math.max(s.first, m - 12); k--) {
    const t = tokens[k];
    if (REPORTING_VERBS.test(t.lower) && t.pos === "VERB") {
      r = k;
      break;
    }
    if (t.text === ";" || t.text === ":" || !SUBJECT_WORD.test(t.pos)) return -1;
  }
  // ("Not having a deal, Obama added, would allow Iran": a parenthetical reporter, no report of a future)
  if (r < 0 || r >= m - 1 || tokens[r + 1].pos === "PUNCT") return -1;
  // the reporter: a document of the parties ("a joint statement"), or a group of the doer's own side
  let h = r - 1;
  while (h > s.first && tokens[h].pos === "ADV") h--;
  if (lex.pledgeDocuments.has(tokens[h]?.lower ?? "")) return r;
  const subj = subjectBefore(env, r);
  if (!subj || !subj.actors.length) return -1;
  const doers = new Set(source.map((i) => stateOf(env, i)).filter((c) => c));
  return subj.actors.every((i) => doers.has(stateOf(env, i))) ? r : -1;
}
