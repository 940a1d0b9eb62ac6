// "Protesters occupied the arrival hall", "farmers blockaded the port": an occupation or a blockade
// whose doers are the public is a protest (PROTEST 144, obstruction), not coercion by a state.
import type { RawEvent, SentenceEnv } from "./sentence-env.js";

/** Turns a COERCE event of one of senses.publicProtest.patterns into a PROTEST when the word right before its verb (past auxiliaries and adverbs) heads the public's doers. */
export function publicOccupation(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s } = env;
  const lex = env.senses.publicProtest;
  if (ev.type !== "COERCE" || !ev.rule.startsWith("events/verb:") || !lex.patterns.has(ev.rule.slice("events/verb:".length))) return;
  let q = ev.trigger - 1;
  while (q >= s.first && (tokens[q].pos === "AUX" || tokens[q].pos === "ADV" || tokens[q].pos === "PART")) q--;
  if (q < s.first || !lex.doers.has(tokens[q].lower)) return;
  ev.type = "PROTEST";
  ev.cameo = "144";
  ev.rule += "+public-occupation";
}
