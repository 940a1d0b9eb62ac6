import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// senses.tryVerbs: force tried for is force used, in the attempt's tense ("tried to kill the governor",
// as "failed to capture Kyiv"); other acts tried for keep the status of a plan.

function statuses(text: string, type: string, published = "2005-01-01") {
  return extract(text, published).events.filter((e) => e.type === type).map((e) => e.status);
}

describe("tried force: an attempt on someone's life is an assault that occurred", () => {
  it("attempted to assassinate", () => {
    expect(statuses("Militants attempted to assassinate the Pakistani prime minister on Monday.", "ASSAULT")).toEqual(["occurred"]);
  });

  it("tried to kill", () => {
    expect(statuses("Rebels tried to kill the governor of a northern province in Nepal.", "ASSAULT")).toEqual(["occurred"]);
  });
});

describe("tried force: the attempt's own tense", () => {
  it("an attempt going on is an assault going on", () => {
    expect(statuses("Russia is trying to capture Kyiv.", "ASSAULT", "2022-03-01")).toEqual(["ongoing"]);
  });
});

describe("tried force: negative cases", () => {
  it("an attempt still to come stays planned", () => {
    expect(statuses("Rebels will try to kill the governor of a northern province in Nepal.", "ASSAULT")).toEqual(["planned"]);
  });

  it("an act of words or talks tried for is not made done", () => {
    expect(statuses("Britain tried to negotiate a deal with Iran.", "CONSULT")).not.toContain("occurred");
  });
});
