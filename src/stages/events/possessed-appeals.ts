// A noun of appeal that a party owns, before the particle of its verb, is the verb's act: "Iran's
// call for the withdrawal of US troops", "Ukraine's renewed appeal for air defence from Germany",
// "Moscow's calls for talks with Kyiv" are REQUEST by the owner, read by the verb's own patterns
// ("call for" + withdrawal, talks, aid, release ...), so the noun asks what the verb would ask and of
// whom. Not: a noun with no owner ("a call for calm", "the calls for a ceasefire": whose appeal
// is not said), one without the particle ("Iran's call to the UN", "Biden's phone call with Xi"),
// and other nouns ("the demand for oil" keeps its own noun pattern).
// Word lists: data/event-senses.json possessedAppeals.
import type { SentenceEnv } from "./sentence-env.js";

/** Whether the noun at `i` is a possessed appeal before its particle: "Iran's (renewed) call for". */
export function possessedAppeal(env: SentenceEnv, i: number): boolean {
  const { tokens, s } = env;
  const lex = env.senses.possessedAppeals;
  const t = tokens[i];
  if (t.pos !== "NOUN" || !lex.nouns.has(t.lower) || i + 1 >= s.last || !lex.particles.has(tokens[i + 1].lower)) return false;
  // ("Iran's renewed call", "Kyiv's latest urgent appeals": over up to two modifiers)
  let q = i - 1;
  while (q > s.first && i - q <= 2 && (tokens[q].pos === "ADJ" || (tokens[q].pos === "VERB" && /ed$/.test(tokens[q].lower)))) q--;
  return q - 1 >= s.first && tokens[q].norm === "'s" && (env.groupAt[q - 1 - s.first] ?? -1) >= 0;
}
