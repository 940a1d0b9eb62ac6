// Speaking to an audience is no meeting with its state: "'I speak to the Ukrainian soldiers: lay down
// your arms'", "Biden spoke directly to the people of Russia in an address" (words to soldiers, a
// people or the press are no CONSULT); "spoke to Macron by phone", "spoke with Erdogan" stay CONSULT
// (a party as the one spoken with). Per event, a look at the few tokens after the verb.
// Word lists: data/event-senses.json spokenAudience.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { objectHead } from "./senses.js";

/** Whether a CONSULT of a verb of speaking is addressed "to"/"with" an audience noun ("spoke to the Ukrainian soldiers"). */
export function spokenAudience(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): boolean {
  const words = lex.spokenAudience;
  if (ev.type !== "CONSULT" || !trig.verb || !words.verbs.has(trig.verb.verb)) return false;
  const { tokens, s } = env;
  // over adverbs: "spoke directly to" (a pattern's own particle ends the trigger: "talked with")
  let q = /^(to|with)$/.test(tokens[trig.end - 1].lower) ? trig.end - 1 : trig.end;
  while (q < s.last && q - trig.end < 3 && tokens[q].pos === "ADV") q++;
  if (tokens[q]?.lower !== "to" && tokens[q]?.lower !== "with") return false;
  const h = objectHead(tokens, q + 1, s.last);
  return h >= 0 && words.nouns.has(tokens[h].lower);
}
