import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;
const has = (text: string, type: string, source: string) => events(text).some((e) => e.type === type && e.source.includes(source));

describe("events: an act urged on an unnamed party is not the urger's", () => {
  it("the object of a verb of asking that names no actor leaves the infinitive's doer unnamed", () => {
    expect(has("Biden urged allies to send weapons to Ukraine.", "AID", "person:joe-biden")).toBe(false);
    expect(has("The United States called upon all nations to condemn Iran's attacks on shipping.", "ACCUSE", "USA")).toBe(false);
    expect(has("Russia invaded Ukraine, prompting Western countries to send weapons to Kyiv.", "AID", "RUS")).toBe(false);
  });

  it("a named object, a thing as object, or no object keeps the doer", () => {
    expect(events("Biden urged Germany to send weapons to Ukraine.").some((e) => e.type === "REQUEST" && e.target.includes("DEU"))).toBe(true);
    expect(has("Truss called for faster action to help Taiwan with defensive weapons.", "AID", "person:liz-truss")).toBe(true);
    expect(has("Germany agreed to send weapons to Ukraine.", "AID", "DEU")).toBe(true);
  });
});
