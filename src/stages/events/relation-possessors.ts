// "the Kremlin accused Kyiv's allies", "a commander of Israel's militia ally", "Russia's neighbours":
// a possessive before a noun of relation (senses.relationNouns: ally, proxy, partner, neighbour,
// enemy ...) says whom the others are related to; they are not the possessor, who is no party of the
// act. Nouns of a state's own parts are left to the possessor ("Israel's army", "Israel's defence
// minister", "Russia's allies' sanctions" aside). Per group, a look at the few tokens after it.
import type { Token } from "../../model/types.js";
import type { Group } from "./sentence-env.js";

/** Whether the group is only the possessor of a noun of relation: "Kyiv's allies", "Israel's militia ally", "Iran's closest regional partners". */
export function relationPossessor(tokens: Token[], g: Group, last: number, relationNouns: ReadonlySet<string>): boolean {
  const pos = tokens[g.last];
  if (!pos || (pos.norm !== "'s" && !(pos.norm === "'" && /s$/.test(tokens[g.last - 1].text)))) return false;
  // over a few modifiers ("closest", "key Western", "militia") to the head
  for (let k = g.last + 1; k < Math.min(last, g.last + 5); k++) {
    const t = tokens[k];
    if (relationNouns.has(t.lower)) {
      // ("Kyiv's allies' weapons": a relation noun that owns something is still the relation)
      return t.pos === "NOUN" || t.pos === "PROPN";
    }
    if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || t.text === "-") return false;
  }
  return false;
}
