import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Errors found by the blind audit of 2026-12-06 (issue 13), fixed as rules of English with their
// negative cases: a noun under another verb's modal is no pledge; an object that is "no" thing is no
// act; a refusal noun refuses like the verb; an idiom is no aid; an offer of details is no agreement.
const events = (text: string) => extract(text, "2022-03-06").events;
const has = (text: string, type: string) => events(text).some((e) => e.type === type);

describe("an intent to cooperate is the doer's own commitment", () => {
  it("a noun act under another verb's modal is no pledge", () => {
    expect(has("The administration argued the bill would undercut US support for the Saudi-led coalition.", "AGREE")).toBe(false);
    expect(has("Critics said the plan would weaken British aid to Ukraine.", "AGREE")).toBe(false);
  });
  it("a noun act governed by a verb of commitment stays a pledge", () => {
    expect(has("The United States pledged its support to Ukraine.", "AGREE") || has("The United States pledged its support to Ukraine.", "SUPPORT")).toBe(true);
    expect(has("Germany promised military aid to Ukraine.", "AGREE")).toBe(true);
  });
  it("a verb of commitment before a verb act is still an intent", () => {
    expect(has("Britain agreed to send air defence systems to Ukraine.", "AGREE")).toBe(true);
  });
});

describe("an object that is 'no' thing is no act", () => {
  it("'offered no details', 'made no concessions' make no event", () => {
    expect(has("Russia offered no concessions to Ukraine.", "AGREE")).toBe(false);
    expect(events("The White House said the pair discussed talks between Russia and Ukraine, but offered no additional details.").some((e) => e.type === "AGREE" && e.rule.startsWith("events/verb:offer"))).toBe(false);
  });
  it("an offer of something real is still one", () => {
    expect(has("Russia offered concessions to Ukraine.", "AGREE")).toBe(true);
    expect(has("Turkey offered talks to Russia and Ukraine.", "AGREE")).toBe(true);
  });
  it("an offer of details or comment is no agreement", () => {
    expect(has("The Kremlin offered details to Ukraine.", "AGREE")).toBe(false);
  });
});

describe("a refusal noun refuses the act it governs", () => {
  it("'refusal to accept' is no acceptance", () => {
    expect(events("Tony Blair's refusal to accept the Conservative Party's proposals angered peers.").some((e) => e.type === "AGREE")).toBe(false);
  });
  it("'decision to accept' still accepts", () => {
    expect(has("Serbia's decision to accept the European Union's proposals surprised diplomats.", "AGREE")).toBe(true);
  });
});

describe("'give X a taste of its own medicine' is no aid", () => {
  it("the idiom makes no AID", () => {
    expect(has("France has decided to give Japan a taste of its own medicine.", "AID")).toBe(false);
  });
  it("giving medicine is aid", () => {
    expect(has("France gave medicine to Syria.", "AID")).toBe(true);
  });
});

describe("the head of a compound object chooses between two senses of one verb", () => {
  it("'withdraw US military aid' is aid withdrawn (SANCTION), not troops withdrawn", () => {
    const evs = events("The US Senate has voted to withdraw US military aid for Saudi Arabia's war on Yemen.");
    expect(evs.some((e) => e.type === "RETREAT")).toBe(false);
    expect(evs.some((e) => e.type === "SANCTION" && e.target.includes("SAU"))).toBe(true);
  });
  it("'withdrew its military from Syria' is still a withdrawal of forces", () => {
    expect(events("Russia withdrew its military from Syria.").some((e) => e.type === "RETREAT" && e.target.includes("SYR"))).toBe(true);
  });
  it("a compound no other sense claims keeps its modifier ('began a hunger strike')", () => {
    expect(has("Algerian landowners began a hunger strike against the government.", "PROTEST")).toBe(true);
  });
});
