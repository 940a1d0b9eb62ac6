import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string, published = "2025-01-17") => extract(text, published).events;

describe("events: negative cases", () => {
  it("'Russia said it would not sign' is not an occurred AGREE", () => {
    const agree = events("Russia said it would not sign the treaty with Ukraine.").filter((e) => e.type === "AGREE");
    expect(agree.every((e) => e.status !== "occurred")).toBe(true);
  });

  it("'talks about sanctions' is no SANCTION", () => {
    expect(events("Russia and China held talks about sanctions on Friday.").some((e) => e.type === "SANCTION")).toBe(false);
  });

  it("a domestic act between parts of one state is no event between states", () => {
    expect(events("Russian President Vladimir Putin met Foreign Minister Sergei Lavrov in Moscow.")).toEqual([]);
  });

  it("a symmetric act needs two parties", () => {
    expect(events("Iran signed the document on Friday.").filter((e) => e.type === "AGREE")).toEqual([]);
  });

  it("an event stated only in a linked-story headline line makes no event (its actors are still flagged)", () => {
    const rec = extract("Russia and Iran met.\nBLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH SHORT-RANGE BALLISTIC MISSILES\nNothing happened.");
    expect(rec.events.some((e) => e.type === "AID")).toBe(false);
    expect(rec.events.some((e) => e.type === "CONSULT")).toBe(true);
    expect(rec.actors.some((a) => a.mentions.some((m) => m.headline))).toBe(true);
  });

  it("'will sign' is planned, not occurred", () => {
    const [e] = events("Russia and Iran will sign a treaty next week.");
    expect(e.status).toBe("planned");
  });

  it("'refused to sign' is no AGREE that happened", () => {
    expect(events("Ukraine refused to sign the agreement with Russia.").some((e) => e.type === "AGREE" && e.status === "occurred")).toBe(false);
  });
});

describe("events: negated rejections", () => {
  it("'could not rule out' is no rejection", () => {
    expect(events("Britain could not rule out sanctions against China.").some((e) => e.type === "REJECT")).toBe(false);
  });
});

describe("negative cases: a promise of information is no pledge", () => {
  const types = (text: string) => extract(text, "2022-06-01").events.map((e) => e.type);
  it("'promised details/information on X' names a topic, not a party pledged to", () => {
    expect(types("The Kremlin promised details on the talks with Ukraine.")).not.toContain("AGREE");
    expect(types("An aide promised damaging information on the French president.")).not.toContain("AGREE");
  });
  it("a promise to a party of backing or aid stays AGREE", () => {
    expect(types("Russia promised Syria its full backing.")).toContain("AGREE");
    expect(types("China promised Pakistan new loans.")).toContain("AGREE");
  });
});

describe("events: after a passive, 'by' names the doer, not the listed object", () => {
  it("'crimes committed by ... military personnel' commits no personnel; 'was moved by concerns' moves no troops", () => {
    const text = "Should it be impossible to engage the International Criminal Court effectively, it is necessary to establish a special international tribunal to investigate and punish the crimes committed by Russian officials and military personnel against Ukraine.";
    expect(events(text).some((e) => e.type === "AID")).toBe(false);
    expect(events("The White House was moved by concerns that Syrian troops would attack.").some((e) => e.type === "MOBILIZE")).toBe(false);
  });

  it("the object itself before a passive, or after an active verb, still counts", () => {
    expect(events("Britain committed troops to Estonia.").some((e) => e.type === "AID")).toBe(true);
    expect(events("Troops were committed by Britain to Estonia.").some((e) => e.type === "AID")).toBe(true);
  });
});
