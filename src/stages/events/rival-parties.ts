// Two political parties of one state are two parts of it, in what they say to each other: "The Tories accused Labour of raising
// taxes", "Labour rejected Liberal Democrat calls for an inquiry", "the SNP urged Labour to ...".
// Sectors alone cannot say so (both are PTY, one part, like two ministers of one government); the
// actors can: two different named parties, neither of which is on both sides. A party and one of
// its own members ("Labour backed Mr Brown"), one party named twice, or a party and a person of
// the same part are left to the sector rules (domestic.ts).
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { partyPart } from "./domestic.js";

// what parties do to each other is mostly said: praise, blame, demands, refusals, threats and talks
// ("Labour has promised to help first-time buyers and the Tories would ..." is neither aid nor a
// promise from one to the other: a party's pledges are to voters)
const PARTY_ACTS = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT"]);

/** Whether every actor on one side is a named party (an organisation of a party part). */
function allParties(env: SentenceEnv, side: number[], parts: ReadonlyMap<string, string>): boolean {
  const actors = env.layer.actors;
  return side.length > 0 && side.every((i) => actors[i].kind === "organization" && partyPart(parts, actors[i].sector));
}

/** Source and target are different named parties (no party on both sides). */
export function rivalParties(env: SentenceEnv, ev: RawEvent, parts: ReadonlyMap<string, string>): boolean {
  if (!PARTY_ACTS.has(ev.type) || !allParties(env, ev.source, parts) || !allParties(env, ev.target, parts)) return false;
  const ids = new Set(ev.source.map((i) => env.layer.actors[i].id));
  return ev.target.every((i) => !ids.has(env.layer.actors[i].id));
}
