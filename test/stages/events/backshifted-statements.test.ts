import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// speech-acts.ts backshiftedPresent: in reported speech, "said Norway was in solidarity with" is the
// speaker's own present shifted back; said of the speaker's own state, the support is made by saying
// it (occurred). Another state's stance, or one with a time of its own ("had been"), stays claimed.
const support = (text: string) => {
  const r = extract(text, "2023-05-10");
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.filter((e) => e.type === "SUPPORT").map((e) => [`${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`, e.status]);
};

describe("one's own stance in reported speech", () => {
  it("'the Norwegian prime minister said Norway was in full solidarity with Denmark' occurred", () => {
    expect(support("The Norwegian prime minister said Norway was in full solidarity with Denmark.")).toEqual([["NOR>DNK", "occurred"]]);
  });
  it("a stance with a time of its own stays claimed", () => {
    expect(support("The Norwegian prime minister said Norway had been in solidarity with Denmark for years.")).toEqual([["NOR>DNK", "claimed"]]);
  });
});
