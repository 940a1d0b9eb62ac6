// "Rebels fought against American troops", "insurgents ambushed French soldiers near the border": a
// state word right before a noun of armed forces (a head of sector MIL: troops, forces, soldiers;
// heading its phrase or a unit of it) says whose the forces are, and forces fight abroad as often as
// at home; rebels the sentence does not otherwise place are not made that state's rebels by it (never
// USA rebels against US troops): the state still counts against the others the sentence names (a tie
// places no one), but a state that comes first by its armies alone gives the rebels none. A place or
// the state named on its own ("near Idlib in Syria", "the Syrian Observatory said the Syrian army was
// attacking rebels") still places them.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";
import type { PlacedMention } from "./actor-layer.js";

/** Whether the mention is a state word that only owns the armed forces named right after it ("American troops", "the US army"). */
export function forceOwner(tokens: readonly Token[], m: PlacedMention, lexicon: Lexicon): boolean {
  const next = tokens[m.tokenEnd];
  if (!next || next.norm === "'s") return false;
  if (lexicon.groupHeads.get(next.lower) !== "MIL") return false;
  // (the force noun heads its phrase, or a unit of it does: "the British army base"; "Ukrainian security
  // service officers" are no forces)
  const after = tokens[m.tokenEnd + 1];
  return !after || !/^(NOUN|PROPN)$/.test(after.pos) || lexicon.groupUnitHeads.has(after.lower) || lexicon.groupHeads.get(after.lower) === "MIL";
}
