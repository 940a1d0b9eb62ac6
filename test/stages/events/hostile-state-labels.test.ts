import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// speech-acts.ts labels, data/speech-acts.json `labels` label-hostile: a hostile label a speaker
// gives a state ("called X a rogue state", "described X as a threat to peace") accuses it.
const keys = (text: string) => eventKeys(text, "2023-03-01");
const accuse = (text: string) => keys(text).filter((k) => k.startsWith("ACCUSE"));

describe("a hostile label given to a state accuses it", () => {
  it("a label after 'as', in quotation marks", () => {
    expect(accuse("The Lithuanian parliament described Belarus as a \"rogue state\".")).toEqual(["ACCUSE LTU>BLR"]);
  });
  it("a label as the second object of 'call'", () => {
    expect(accuse("Venezuela's president called the United States an empire of lies.")).toEqual(["ACCUSE VEN>USA"]);
    expect(accuse("Seoul described North Korea as a gang of thugs.")).toEqual(["ACCUSE KOR>PRK"]);
  });
  it("a threat to peace, with a modifier before it", () => {
    expect(accuse("Tokyo described China as the greatest threat to regional peace.")).toEqual(["ACCUSE JPN>CHN"]);
  });
});

describe("negative: a friendly label, a negated label, no state named", () => {
  it("a friendly label is support, no accusation", () => {
    expect(accuse("The Hungarian premier described Serbia as a partner.")).toEqual([]);
    expect(accuse("Kenya called Ethiopia a friend.")).toEqual([]);
  });
  it("a label taken back", () => {
    expect(accuse("The Indian minister said he would not call Pakistan a rogue state.")).toEqual([]);
    expect(accuse("Germany described Russia as a reliable energy supplier, not a threat.")).toEqual([]);
  });
  it("a label of a thing, not a state", () => {
    expect(accuse("The Danish minister described climate change as a threat to peace.")).toEqual([]);
  });
});
