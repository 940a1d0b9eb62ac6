// A purchase from a firm is trade, no cooperation between parties: "the ministry is purchasing drones
// from a US firm", "imported equipment from Lockheed Martin". A state or its government as the seller
// stays an act between states ("Poland purchased missiles from South Korea").
// Word lists: data/event-senses.json firmSellers.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/**
 * Whether a buying pattern's seller (the actors after "from") is a firm: every actor a business
 * (sector BUS), or the group only qualifies a firm noun after it ("from a US firm", "from American
 * defence companies").
 */
export function firmSeller(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): boolean {
  const words = lex.firmSellers;
  if (!trig.verb || !words.patterns.has(trig.verb.id)) return false;
  const g = groupAfterWord(env, trig.end, ["from"], 12);
  if (!g) return false;
  if (g.actors.every((a) => env.layer.actors[a].sector === "BUS")) return true;
  const { tokens, s } = env;
  for (let q = g.last; q < s.last && q < g.last + 3; q++) {
    if (words.nouns.has(tokens[q].lower)) return true;
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[q].pos) && tokens[q].text !== "-") return false;
  }
  return false;
}
