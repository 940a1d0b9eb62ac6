// Acts inside one state. A state's leader, ministries, army and police count as the state, so an act
// with the same code on both sides is an event only when it is explicitly between two different
// parts of that state: its government against its rebels, opposition, parties, people, press, courts
// or parliament ("Iraqi police arrested protesters", "a Moscow court jailed the opposition leader",
// "the opposition accused the government"), never between two members of one part ("Putin met
// Lavrov"). Which sectors make up which part is data (data/groups.json, stateParts).
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { isPlace } from "./find-parties.js";

/** the part of a state that its name stands for (its government, army, police) */
export const EXECUTIVE = "executive";

// acts of force: what a state's executive does to one of its own people (not words: "Trump blamed
// X" of an X whose office was not found is no act on the public)
const ACTS_ON_PERSONS = new Set(["COERCE", "ASSAULT"]);

/** The part of a state a sector belongs to (null when the sector is unknown or no part of a state: IGO). */
export function partOf(parts: ReadonlyMap<string, string>, sector: string | null | undefined): string | null {
  return sector ? parts.get(sector) ?? null : null;
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
 * different parts of the state; or its target is a place of the state acted on by it (a curfew
 * "in Algiers", a protest "in Serbia": the place stands for its people; but "Putin visited St
 * Petersburg" is no meeting); or it is an act of force by the executive on one of the state's
 * persons who holds no office ("police arrested Igor Girkin": the person acted on is of its people).
 */
export function twoSidesOfOneState(env: SentenceEnv, ev: RawEvent, parts: ReadonlyMap<string, string>, symmetric: boolean): boolean {
  if (differentParts(parts, ev.sourceSector, ev.targetSector)) return true;
  if (!symmetric && ev.target.length > 0 && ev.target.every((i) => isPlace(env, i))) return true;
  const actors = env.layer.actors;
  return (
    ACTS_ON_PERSONS.has(ev.type) &&
    partOf(parts, ev.sourceSector) === EXECUTIVE &&
    ev.target.length > 0 &&
    ev.target.every((i) => actors[i].kind === "person" && !actors[i].sector)
  );
}
