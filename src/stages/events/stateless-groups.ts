// Armed groups that belong to no one state (Islamic State, al-Qaeda): a party of the attacks made on
// them and by them, though they carry no state code ("airstrikes against Islamic State", "al-Qaeda
// claimed the bombing"). The contract gives an actor's code only where it has a state; an event with
// such a party keeps the group's actor id, and scorers that pair state codes pass over it.
import type { Actor } from "../../model/types.js";

// What states and such a group do to each other: fight, coerce, threaten, blame, demand, refuse, back
// or arm. Talks, deals, concessions and protests with it are rare and their trigger words are mostly
// other senses ("the campaign against ISIS was met with relief", "ISIS marched to Baghdad")
const HOSTILE_OR_BACKING = new Set(["ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "MOBILIZE", "REQUEST", "REJECT", "SUPPORT", "AID"]);

/** A named non-state armed group with no state of its own (data/organizations.json: sector REB, no country). */
export function statelessGroup(a: Actor): boolean {
  return a.kind === "organization" && a.sector === "REB" && !a.code && !a.country;
}

/** Whether an act of this type may have a stateless armed group as a party. */
export function statelessParty(a: Actor, type: string): boolean {
  return statelessGroup(a) && HOSTILE_OR_BACKING.has(type);
}
