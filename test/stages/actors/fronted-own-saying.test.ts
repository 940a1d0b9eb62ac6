import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "Zambia will repay its debt under an agreement reached in London, Finance Minister X said." Where the story's
// one state opens the words a bare office holder said, a place or state they act on ("in London") lends no doubt about
// the holder's state: the frame gives it. Where the words open with another state, or a state follows the name, it does.
const state = (text: string, name: string) => person(extract(text, "2023-03-01"), name)?.country ?? null;
const story = "He said Zambia had already repaid part of the debt. Zambia's central bank said reserves were low. Zambian exports fell in March.";

describe("actors: the frame state opening the words a bare office holder said", () => {
  it("other states and places in the words said lend no doubt", () => {
    expect(state(`Zambia will repay 10 pct of its frozen debt under an agreement reached today in London, Finance Minister Peter Mwale said. ${story}`, "Peter Mwale")).toBe("ZMB");
    expect(state(`Zambia will not follow Argentina in suspending payments on its debt, Prime Minister Joseph Banda was quoted as saying. ${story}`, "Joseph Banda")).toBe("ZMB");
  });

  it("negative: the words open with another state; a state after the name; no reporting verb after the name", () => {
    expect(state(`Japan will help Zambia rebuild its railways, Finance Minister Peter Mwale said. ${story}`, "Peter Mwale")).toBeNull();
    expect(state(`Zambia needs new credits from abroad, Finance Minister Peter Mwale said in Tokyo after meeting Japanese bankers. ${story}`, "Peter Mwale")).toBeNull();
    expect(state(`Zambia signed the accord in London, Finance Minister Peter Mwale and the British envoy looking on. ${story}`, "Peter Mwale")).toBeNull();
  });
});
