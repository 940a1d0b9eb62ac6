// "Democratic Senators Tim Kaine and Mark Warner of Virginia", "Reps. A, B and C of Texas": a plural title before a
// list of names, and the home the list's last name is "of", a state's first-level part (actors/state:of-region): the
// writer gives the part once for the whole list, as the title, so each earlier name of the list takes that part's state
// (actors/state:list-of-region) and the last name the list's role.
//
// Only a list a plural title opens (after a singular title, "Sen. A and B of Ohio" may be a senator and a voter of
// Ohio); only names joined by "and" or a comma right after each other ("Senators A of Ohio and B of Utah" each have
// their own); only a part of a state (countries.json regions: "of Virginia"), not a state ("Senators A and B of
// Georgia" may be read as the country; a country's own senators name it otherwise). Linear in the candidates.
import type { Token } from "../../model/types.js";

/** The parts of find-actors' candidate this rule reads and writes. */
export interface ListedName {
  first: number;
  last: number;
  role: string | null;
  sector: string | null;
  country: string | null;
  code: string | null;
  stateRule: string | null;
  /** a plural title before the name, or the role of the list such a title opens */
  pluralTitle?: boolean;
  pluralRole?: boolean;
}

const JOIN = /^(?:,|and)$/;
const OF_REGION = "actors/state:of-region";
const LISTED = "actors/state:list-of-region";

/** Gives the earlier names of a plural-titled list the state of the part its last name is of (see the file comment). */
export function listOfRegionStates(tokens: Token[], candidates: ListedName[]): void {
  for (let k = candidates.length - 1; k > 0; k--) {
    const c = candidates[k];
    const p = candidates[k - 1];
    if (!c.country || (c.stateRule !== OF_REGION && c.stateRule !== LISTED)) continue;
    if (!(p.pluralTitle || p.pluralRole) || !p.role || p.last !== c.first - 1 || !JOIN.test(tokens[p.last]?.lower ?? "")) continue;
    // (a list whose title gave another state is not this part's: "Reps. A and B of Ontario")
    if ((p.country || p.code) && p.country !== c.country) continue;
    if (!p.country && !p.code) {
      p.country = c.country;
      p.stateRule = LISTED;
    }
    if (!c.role) {
      c.role = p.role;
      c.sector ??= p.sector;
    }
  }
}
