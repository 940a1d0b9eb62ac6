import { describe, expect, it } from "vitest";
import { actorOnSide } from "../../../src/stages/events/actor-side.js";
import type { Actor, ActorKind } from "../../../src/model/types.js";

// actor-side.ts: are all the doers of an act of one actor's state (a speaker's, a relaying ministry's)?
const actor = (id: string, kind: ActorKind, code: string | null, country?: string | null): Actor => ({ id, kind, name: id, code, country, mentions: [] });
const actors = [
  actor("lavrov", "person", null, "RUS"),
  actor("mfa", "organization", "RUS"),
  actor("ukr", "country", "UKR"),
  actor("reporter", "person", null, null),
  actor("kherson", "location", null, "UKR"),
];

describe("actorOnSide", () => {
  it("a person stands for the country he belongs to, a body or state for its own code", () => {
    expect(actorOnSide(actors, "lavrov", ["RUS"])).toBe(true);
    expect(actorOnSide(actors, "mfa", ["RUS", "RUS"])).toBe(true);
    expect(actorOnSide(actors, "ukr", ["UKR"])).toBe(true);
  });

  it("false when any doer is of another state, or has none", () => {
    expect(actorOnSide(actors, "lavrov", ["RUS", "UKR"])).toBe(false);
    expect(actorOnSide(actors, "mfa", ["UKR"])).toBe(false);
    expect(actorOnSide(actors, "ukr", [null])).toBe(false);
    expect(actorOnSide(actors, "ukr", [undefined, "UKR"])).toBe(false);
  });

  it("null when the actor is missing, stateless, or not of the kinds asked for", () => {
    expect(actorOnSide(actors, null, ["RUS"])).toBeNull();
    expect(actorOnSide(actors, undefined, ["RUS"])).toBeNull();
    expect(actorOnSide(actors, "nobody", ["RUS"])).toBeNull();
    expect(actorOnSide(actors, "reporter", ["RUS"])).toBeNull();
    const institutions = new Set<ActorKind>(["country", "organization"]);
    expect(actorOnSide(actors, "lavrov", ["RUS"], institutions)).toBeNull();
    expect(actorOnSide(actors, "kherson", ["UKR"], institutions)).toBeNull();
    expect(actorOnSide(actors, "mfa", ["RUS"], institutions)).toBe(true);
  });

  it("no doers at all are trivially on any side (callers that need one check the count)", () => {
    expect(actorOnSide(actors, "mfa", [])).toBe(true);
  });
});
