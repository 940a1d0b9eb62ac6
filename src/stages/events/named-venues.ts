// A town in a name is no party. "Iran attended the Astana talks", "Russia withdrew from the Kyoto
// Protocol", "violating the Minsk agreements", "the Paris climate agreement was rejected by Trump": a
// town's or region's name right before a noun of a treaty, a format or talks (senses.namedVenues) names
// where it was made or held, not a party to it. A state's name keeps its party ("the Iran deal", "the
// Ukraine talks"), and a place that heads its own phrase ("talks in Geneva") is left to the rules of place.
import type { SentenceEnv, Group } from "./sentence-env.js";

/** The index of the venue noun that the group `g` names ("the Astana talks": "talks"), or -1. */
export function venueNounAfter(env: SentenceEnv, g: Group): number {
  const { tokens, s } = env;
  // (a capital read as its state is a town here: "the Astana talks", "the Paris climate agreement")
  const town = (a: number) => env.layer.actors[a].kind === "location" || env.layer.mentionAt[g.last - 1]?.rule.startsWith("actors/metonym:capital");
  if (!g.actors.length || !g.actors.every(town)) return -1;
  // (over a few modifiers of the noun: "the Paris climate agreement", "the Minsk peace accords")
  for (let r = g.last; r < s.last && r - g.last < 3; r++) {
    const t = tokens[r];
    if (env.groupAt[r - s.first] >= 0 || !/^(NOUN|ADJ|PROPN)$/.test(t.pos)) return -1;
    if (env.senses.namedVenues.nouns.has(t.lower)) return r;
  }
  return -1;
}
