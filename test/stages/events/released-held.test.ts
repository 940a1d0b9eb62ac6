import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// released-held.ts: a passive release with no doer takes as its doer the holder the subject's phrase
// names ("held by Iran") or the owner of the prison the people leave ("from an Iranian prison").
const keys = (text: string) => eventKeys(text, "2024-05-02").filter((k) => k.startsWith("CONCEDE"));

describe("a release of people held by another state", () => {
  it("the holder after a participle of holding in the subject's phrase", () => {
    expect(keys("Two Dutch sailors detained by Venezuela were released on Tuesday.")).toEqual(["CONCEDE VEN>NLD"]);
    expect(keys("The three Japanese fishermen held by Russia will be freed next week.")).toEqual(["CONCEDE RUS>JPN"]);
  });
  it("the owner of the prison or custody they leave", () => {
    expect(keys("A Canadian businessman was released from a Chinese prison on Monday.")).toEqual(["CONCEDE CHN>CAN"]);
    expect(keys("The Australian academic was freed from Iranian custody after two years.")).toEqual(["CONCEDE IRN>AUS"]);
  });
  it("a passive that names its doer stays the search's", () => {
    expect(keys("Two Dutch sailors were released by Venezuela.")).toEqual(["CONCEDE VEN>NLD"]);
  });
});

describe("negative: no holder's concession to another state", () => {
  it("people whose phrase names no state", () => {
    expect(keys("The hostages held by the militants were released on Sunday.")).toEqual([]);
    expect(keys("The prisoners were released from a Chinese prison.")).toEqual([]);
  });
  it("people of the holder's own state", () => {
    expect(keys("A Chinese lawyer held by China was freed on Friday.")).toEqual([]);
    expect(keys("The Turkish journalist was released from a Turkish prison.")).toEqual([]);
  });
  it("things released", () => {
    expect(eventKeys("The report held by the Pentagon was released on Friday.", "2024-05-02")).toEqual([]);
    expect(eventKeys("A statement was released from the French embassy.", "2024-05-02")).toEqual([]);
  });
  it("a place after 'from' that is no custody", () => {
    expect(keys("Two German climbers were freed from the Pakistani mountainside by rescuers.")).toEqual([]);
  });
});
