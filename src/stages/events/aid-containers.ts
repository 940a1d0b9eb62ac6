// Aid counted out in lots: "Washington's new package of military aid for Ukraine", "its latest tranche
// of aid to Kyiv", "Britain's third batch of weapons deliveries". English names the giver not beside the
// act noun but as the owner of the lot it comes in: the possessor or the demonym of a noun of a lot
// (package, tranche, batch, shipment ...) whose "of" the aid noun follows. The search for a noun's
// doer then starts before the lot, as if the lot were the noun: its owner ("Washington's", "the US",
// "its"), or the subject of the light verb that carries it ("Biden unveiled a new package of aid").
// Not: a lot of anything else ("a package of reforms", "a batch of emails": only aid nouns are read
// here), the aid noun with no "of" between ("an aid package": the noun's own search reads it), a lot
// whose owner is the receiver ("Ukraine's package of aid from the US": the "from" after the noun wins).
// Word lists: data/event-senses.json aidContainers.
import type { SentenceEnv } from "./sentence-env.js";

/** the modifiers read between the lot's "of" and the aid noun ("of new military aid") */
const SPAN = 4;

/**
 * The noun of a lot whose "of" phrase the act noun at `n` heads ("a new package of military aid":
 * package), or -1 when none.
 */
export function aidContainer(env: SentenceEnv, n: number, containers: ReadonlySet<string>): number {
  const { tokens, s, groupAt } = env;
  let k = n - 1;
  while (k > s.first && n - k <= SPAN && /^(ADJ|NOUN)$/.test(tokens[k].pos) && groupAt[k - s.first] < 0) k--;
  if (k <= s.first || tokens[k].lower !== "of" || !containers.has(tokens[k - 1].lower)) return -1;
  return k - 1;
}
