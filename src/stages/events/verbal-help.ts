// Help given by speaking up for a cause is words of support, no aid: "lobbied to help support the
// rights of the Palestinians", "to help promote democracy in Ukraine" (SUPPORT); "help Ukraine defend
// itself", "help Taiwan with defensive weapons" stay AID.
// Word lists: data/event-senses.json verbalHelp.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { objectHead } from "./senses.js";

/**
 * Whether an AID of the verb "help" is help to speak up for a cause: "help" (and "to") right before
 * a verb of advocacy ("help promote", "help to champion"), or before a verb of support or defence
 * whose object's head is a cause ("help support the rights of", "help defend the case for"). An
 * actor helped in between ("help Kyiv promote its case") is helped by the doer: left as it is.
 */
export function verbalHelp(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): boolean {
  if (ev.type !== "AID" || trig.verb?.verb !== "help") return false;
  const { tokens, s } = env;
  let q = trig.end;
  if (tokens[q]?.lower === "to") q++;
  // (a bare verb right after "help" is often tagged as a noun: "help support the rights of")
  if (q >= s.last || (tokens[q].pos !== "VERB" && tokens[q].pos !== "NOUN")) return false;
  const words = lex.verbalHelp;
  if (words.verbs.has(tokens[q].lower)) return true;
  if (!words.supportVerbs.has(tokens[q].lower)) return false;
  const h = objectHead(tokens, q + 1, s.last);
  return h >= 0 && words.causes.has(tokens[h].lower);
}
