import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// sent-relatives.ts: arms or aid named before a relative clause of giving ("the equipment Britain has
// sent to Ukraine"): the clause's subject aids the state after "to".
const keys = (text: string) => eventKeys(text, "2023-06-01").filter((k) => k.startsWith("AID"));

describe("arms or aid given in a relative clause", () => {
  it("a named giver, with or without 'that'", () => {
    expect(keys("Officials said the equipment Canada had delivered to Latvia was in good order.")).toEqual(["AID CAN>LVA"]);
    expect(keys("The ammunition that Norway shipped to Poland arrived late.")).toEqual(["AID NOR>POL"]);
  });
  it("a quote's 'we' is the speaker's side", () => {
    expect(keys("“All the equipment we have sent to Moldova is defensive,” the Romanian defence minister said.")).toEqual(["AID ROU>MDA"]);
  });
});

describe("negative: no gift of arms or aid in the clause", () => {
  it("a thing that is neither arms nor aid", () => {
    expect(keys("The letter Canada sent to Latvia was published.")).toEqual([]);
  });
  it("a verb of getting", () => {
    expect(keys("The equipment Latvia received from Canada was old.")).toEqual([]);
  });
  it("no receiver after the verb", () => {
    expect(keys("“All the equipment we have sent is defensive,” the Romanian defence minister said.")).toEqual([]);
  });
});
