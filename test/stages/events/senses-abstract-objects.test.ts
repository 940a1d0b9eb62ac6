import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-06-01");
const has = (text: string, prefix: string) => keys(text).some((k) => k.startsWith(prefix));

// A trigger verb whose object is an abstract noun or a thing of the doer's own is used in another
// sense (data/events.json notObject): meeting with approval is no meeting, occupying a seat no
// occupation, probing a possibility no investigation.
describe("senses: 'meet with' an abstract noun is a reception, not a meeting", () => {
  it("'met with resistance', 'meets with Washington's approval', 'met with criticism from' hold no meeting", () => {
    expect(has("Countries deserve support only if their government meets with Washington's approval.", "CONSULT")).toBe(false);
    expect(has("The French plan met with resistance from Germany.", "CONSULT")).toBe(false);
    expect(has("Moscow's proposal was met with criticism from Ukraine.", "CONSULT")).toBe(false);
    expect(has("The Russian offer met with a cool reception in Kyiv.", "CONSULT")).toBe(false);
  });

  it("meeting a party still is one", () => {
    expect(keys("Putin met with Macron in Moscow.")).toContain("CONSULT RUS>FRA");
    expect(keys("Putin will meet Macron next week.")).toContain("CONSULT RUS>FRA");
    expect(keys("Blinken met with Chinese officials in Beijing.")).toContain("CONSULT USA>CHN");
  });
});

describe("senses: 'occupy' a post or a building is no occupation of a state", () => {
  it("seats, posts and buildings one moves into", () => {
    expect(has("Neither the United States nor the Soviet Union would occupy new embassies in each other's capitals.", "COERCE")).toBe(false);
    expect(has("Russia will occupy the seat on the UN Security Council held by the Soviet Union.", "COERCE")).toBe(false);
    expect(has("China occupies a special position in Pakistan's foreign policy.", "COERCE")).toBe(false);
  });

  it("occupying territory stays COERCE", () => {
    expect(keys("Russian troops occupied Crimea in 2014.")).toContain("COERCE RUS>UKR");
    expect(keys("Israel occupied the Golan Heights of Syria.").some((k) => k.startsWith("COERCE ISR>"))).toBe(true);
  });
});

describe("senses: 'probe' a possibility is exploring it, not investigating a party", () => {
  it("possibilities, options, intentions", () => {
    expect(has("Washington was probing the possibility of talks with Pyongyang.", "ACCUSE")).toBe(false);
    expect(has("Diplomats probed Iran's intentions before the talks.", "ACCUSE")).toBe(false);
    expect(has("Russian units probed Ukrainian defences near Kharkiv.", "ACCUSE")).toBe(false);
  });

  it("probing a party is an investigation", () => {
    expect(keys("The FBI is probing Russia's role in the election.").some((k) => k.startsWith("ACCUSE USA>RUS"))).toBe(true);
  });
});

describe("senses: an infinitive after a noun of entitlement is no act ('the right to invade')", () => {
  it("rights, prerogatives, freedoms to act", () => {
    expect(has("Has Washington really renounced the right to invade Iraq after all?", "ASSAULT")).toBe(false);
    expect(has("China reserves the right to use force against Taiwan.", "ASSAULT")).toBe(false);
    expect(has("Israel has the right to defend itself against Hamas.", "SUPPORT")).toBe(false);
  });

  it("a plan or a decision to act still is one", () => {
    expect(keys("Russia plans to invade Ukraine.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Russia decided to invade Ukraine.")).toContain("ASSAULT RUS>UKR");
    // ("right" as an adjective judges an act that was done)
    expect(has("Keir Starmer was right to threaten to expel the Labour MPs.", "THREATEN")).toBe(true);
  });
});
