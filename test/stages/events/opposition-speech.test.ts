import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// Issue 13: criticism that a party or the opposition says of its own state's government is an act
// between two parts of one state (opposition-speech.ts); the cue words are speech-acts.json's.
const keys = (text: string, published = "2005-03-01") => eventKeys(text, published);

describe("opposition speech: a party speaker's criticism of its own government", () => {
  it("an opposition leader calling the prime minister's plans disgraceful accuses him", () => {
    expect(keys("Lib Dem leader Charles Kennedy said Tony Blair's plans for the health service were disgraceful.")).toEqual(["ACCUSE GBR>GBR"]);
  });

  it("a party leader calling the government incompetent accuses it (the government of the state named before)", () => {
    expect(keys("Britain's budget was published on Monday. Tory leader Michael Howard said the government's handling of the pensions crisis was incompetent.")).toEqual([
      "ACCUSE GBR>GBR",
    ]);
  });

  it("a shadow minister's direct quote accusing the chancellor of dishonesty", () => {
    expect(keys('"Gordon Brown has been dishonest with voters about taxes," said shadow chancellor Oliver Letwin.')).toEqual(["ACCUSE GBR>GBR"]);
  });

  it("the new cue words accuse a foreign state as the old ones did", () => {
    expect(keys("Lib Dem leader Charles Kennedy said Russia's response to the crisis was inadequate.")).toEqual(["ACCUSE GBR>RUS"]);
  });
});

describe("opposition speech: negative cases", () => {
  it("a minister calling his own government's plans shameful makes no act inside one state", () => {
    expect(keys("Home Secretary Charles Clarke said the government's plans were not shameful at all.")).toEqual([]);
    expect(keys("Chancellor Gordon Brown said Tony Blair's critics were arrogant.")).toEqual([]);
  });

  it("a party speaking of its own plans or its own people accuses no one", () => {
    expect(keys("Tory leader Michael Howard said the Conservatives' old plans had been inadequate.")).toEqual([]);
  });

  it("a reporter's words about the government are no act", () => {
    expect(keys("BBC political editor Nick Robinson said the government's plans were a shambles.")).toEqual([]);
  });

  it("an opposition leader criticising a foreign government accuses that state, not his own", () => {
    expect(keys("Tory leader Michael Howard said the French government's stance was irresponsible.")).toEqual(["ACCUSE GBR>FRA"]);
  });
});
