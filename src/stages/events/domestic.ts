// Acts inside one state. A state's leader, ministries, army and police count as the state, so an act
// with the same code on both sides is an event only when it is explicitly between two different
// parts of that state: its government against its rebels, opposition, parties, people, press, courts
// or parliament ("Iraqi police arrested protesters", "a Moscow court jailed the opposition leader",
// "the opposition accused the government"), never between two members of one part ("Putin met
// Lavrov"). Which sectors make up which part is data (data/groups.json, stateParts).
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { isPlace } from "./find-parties.js";
import { rivalParties } from "./rival-parties.js";

/** the part of a state that its name stands for (its government, army, police) */
export const EXECUTIVE = "executive";

// acts of force: what a state's executive does to one of its own people (not words: "Trump blamed
// X" of an X whose office was not found is no act on the public)
const ACTS_ON_PERSONS = new Set(["COERCE", "ASSAULT"]);

// acts on a place that are acts on its people: a curfew, a raid or a blockade there, a threat of
// martial law, a protest in it, and the easing of a curfew or an emergency there
const ACTS_ON_PLACES = new Set(["COERCE", "ASSAULT", "THREATEN", "PROTEST", "CONCEDE"]);

// acts of backing: a state's executive arms, funds or backs rebels, but not its own ("the White House
// supplying rebel forces with aid": the rebels are another state's, whatever the sentence names)
const BACKING = new Set(["AID", "SUPPORT"]);
export const REBELS = "rebels";

/** The part of a state a sector belongs to (null when the sector is unknown or no part of a state: IGO). */
export function partOf(parts: ReadonlyMap<string, string>, sector: string | null | undefined): string | null {
  return sector ? parts.get(sector) ?? null : null;
}

/** the sector of former office holders: elites, no longer of the government they served (CAMEO's ELI) */
const FORMER_OFFICIALS = "ELI";

/**
 * The sector a side acts in at the time of the text: a person the text puts in a past office
 * ("former president X", "ousted leader X") is no longer part of the state's executive, so the
 * government's acts on them are acts between two parts of the state ("officials accused the ousted
 * president of embezzling"); a sitting office holder keeps the sector of the office.
 */
function pastSector(env: SentenceEnv, side: readonly number[], sector: string | null | undefined): string | null | undefined {
  return side.length > 0 && side.every((i) => env.layer.actors[i].kind === "person" && env.layer.actors[i].formerRole) ? FORMER_OFFICIALS : sector;
}

/** the parts of a state that its political parties and its opposition are (data/groups.json stateParts) */
const PARTY_PARTS = new Set(["parties", "opposition"]);

/** Whether a sector belongs to a party part of its state: a party or the opposition. */
export function partyPart(parts: ReadonlyMap<string, string>, sector: string | null | undefined): boolean {
  return PARTY_PARTS.has(partOf(parts, sector) ?? "");
}

/**
 * Two sides that are different parts of one state: they differ, and at least one is known to be a
 * part other than the executive (an unknown side against the executive may be the state itself: a
 * country named alone is its government).
 */
export function differentParts(parts: ReadonlyMap<string, string>, a: string | null | undefined, b: string | null | undefined): boolean {
  const pa = partOf(parts, a);
  const pb = partOf(parts, b);
  if (pa === pb) return false;
  return (pa !== null && pa !== EXECUTIVE) || (pb !== null && pb !== EXECUTIVE);
}

/**
 * Whether an event whose source and target share a state is still an event: its two sides are
 * different parts of the state; or its target is a place of the state acted on by it with force,
 * a threat or a protest (a curfew "in Algiers", a protest "in Serbia": the place stands for its
 * people; but "Putin visited St Petersburg" is no meeting, and a place is never the one who acts); or it is an act of force by the executive on one of the state's
 * persons who holds no office ("police arrested Igor Girkin": the person acted on is of its people).
 */
export function twoSidesOfOneState(env: SentenceEnv, ev: RawEvent, parts: ReadonlyMap<string, string>, symmetric: boolean): boolean {
  // (a place with a group noun is that group: "Darfur rebels", "Gaza residents")
  const places = (side: number[], sector: string | null | undefined) => side.length > 0 && side.every((i) => isPlace(env, i)) && (!sector || sector === "GOV");
  // a place is no party of a word or a deal ("raised concerns about New York"), and a place that
  // acts is no one unless a group noun says who ("Protesters in Cairo")
  if (places(ev.target, ev.targetSector) && !ACTS_ON_PLACES.has(ev.type)) return false;
  if (places(ev.source, ev.sourceSector) && !ev.sourceSector) return false;
  // (a side of unknown part may be the state itself, its executive)
  if (BACKING.has(ev.type) && (partOf(parts, ev.sourceSector) ?? EXECUTIVE) === EXECUTIVE && partOf(parts, ev.targetSector) === REBELS) return false;
  if (differentParts(parts, pastSector(env, ev.source, ev.sourceSector), pastSector(env, ev.target, ev.targetSector))) return true;
  // (two different named parties: "the Tories accused Labour", rival-parties.ts)
  if (rivalParties(env, ev, parts)) return true;
  // (a place is no party: not as the one who acts, "Krasnodar was hit", nor as the one acted on
  // outside force, a protest or a threat: "provides money to Moscow", "concerns about New York")
  if (!symmetric && ACTS_ON_PLACES.has(ev.type) && ev.source.length > 0 && !places(ev.source, ev.sourceSector) && places(ev.target, ev.targetSector)) return true;
  const actors = env.layer.actors;
  return (
    ACTS_ON_PERSONS.has(ev.type) &&
    partOf(parts, ev.sourceSector) === EXECUTIVE &&
    ev.target.length > 0 &&
    ev.target.every((i) => actors[i].kind === "person" && !actors[i].sector)
  );
}
