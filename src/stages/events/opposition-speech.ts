// "Lib Dem leader Charles Kennedy said the government's plans were inadequate", "the opposition said
// Mr Blair's record was shameful": criticism said by a party or the opposition of its own state's
// government is an act between two parts of one state (issue 13). A statement's cue finds its doer
// among the parties of other states (speech-acts.ts); for a speaker of a party part (a person of
// the opposition or a party, or a named party; data/groups.json stateParts) the doer may also be
// the speaker's own state's executive: its government, a minister, the state named for it. A
// minister, an official or a journalist who speaks of their own government makes no such act, nor
// does a party speaking of its own people (a person of a party part is no executive).
import type { ActorLayer as Layer } from "../actors/actor-layer.js";
import { EXECUTIVE, partOf, partyPart } from "./domestic.js";

/** Whether the speaker (an actor index) speaks for a party or the opposition of their state. */
export function partySpeaker(layer: Layer, speaker: number, parts: ReadonlyMap<string, string> | undefined): boolean {
  if (!parts) return false;
  const a = layer.actors[speaker];
  return (a.kind === "person" || a.kind === "organization" || a.kind === "group") && partyPart(parts, a.sector);
}

/** Whether an actor of the speaker's own state is its executive: the state itself, or a member of its government. */
export function ownExecutive(layer: Layer, i: number, parts: ReadonlyMap<string, string>): boolean {
  const a = layer.actors[i];
  if (a.kind === "location") return false;
  if (a.kind === "country") return true;
  return partOf(parts, a.sector) === EXECUTIVE;
}
