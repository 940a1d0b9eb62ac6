// "Tory attacks on the chancellor", "Labour demands for a Commons vote", "Lib Dem criticism of
// ministers": a party's name before a noun of an act is who does it, as a demonym is ("Russian
// strikes", "US sanctions"); a party acts in words, and its name as a modifier is its voice. Only a
// party (an organisation of sector PTY, data/organizations.json): "the Kremlin", "Gazprom" or "the
// Pentagon" before a noun may name a topic or a place ("Pentagon briefing") and are left alone; a
// party's noun that names no act ("Labour MPs", "the Tory manifesto") has no pattern to begin with.
import type { Group, SentenceEnv } from "./sentence-env.js";

/** the sector of a political party in the actor dictionary */
const PARTY = "PTY";

/** Whether every actor of the group is a political party named by the dictionary. */
export function partyModifier(env: SentenceEnv, g: Group): boolean {
  const actors = env.layer.actors;
  return g.actors.length > 0 && g.actors.every((a) => actors[a].kind === "organization" && actors[a].sector === PARTY);
}
