// A commitment to answer any hostile move of another party threatens that party (vowed-responses.ts):
// "Iran said it would respond firmly to any Israeli attack" is THREATEN IRN>ISR; "any" makes the
// move a condition, and the move itself is only supposed.
import { describe, expect, it } from "vitest";
import { extract, senseTable, stateCode } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2021-03-01");
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")}`);
}

senseTable(
  "a commitment to answer any hostile move of a party threatens that party",
  [
    ["Tehran said it would respond firmly to any Israeli attack.", "THREATEN IRN>ISR"],
    ["The Iranian army vowed a crushing response to any attack by Israel.", "THREATEN IRN>ISR"],
    ["Beijing vowed to take countermeasures against any sanctions imposed by the United States.", "THREATEN CHN>USA"],
    ["China said it would retaliate against any new tariffs imposed by Washington.", "THREATEN CHN>USA"],
    ["North Korea will not hesitate to strike back against any provocation by South Korea.", "THREATEN PRK>KOR"],
    ["Beijing pledged a firm response to any interference by Washington in Taiwan.", "THREATEN CHN>USA"],
    ["Turkey is ready to respond to any Greek provocation in the Aegean.", "THREATEN TUR>GRC"],
    ["Germany will respond to any Russian attack on a NATO member together with its allies.", "THREATEN DEU>RUS"],
  ],
  [
    // a friendly move, or none at all
    ["Iran said it would respond positively to any proposal by France.", "THREATEN"],
    ["China said it would respond to any questions from the United States.", "THREATEN"],
    // no maker of the move
    ["Tehran said it would respond to any attack.", "THREATEN"],
    // a negated commitment, and no commitment at all
    ["Iran would not respond to any attack by Israel, the minister said.", "THREATEN"],
    ["The Indian army has responded to every Pakistani attack since 1999.", "THREATEN"],
    // the maker of the doer's own state
    ["The Chinese government will respond to any moves by Chinese companies.", "THREATEN"],
  ],
  coded,
);

describe("the move answered is only supposed", () => {
  it("gives no event of its own", () => {
    expect(coded("Beijing vowed to take countermeasures against any sanctions imposed by the United States.")).toEqual(["THREATEN CHN>USA"]);
  });

  it("is made by the answering word, by its own rule", () => {
    const rec = extract("Tehran said it would respond firmly to any Israeli attack.", "2021-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ rule: "events/vowed-response", trigger: "respond", status: "occurred" });
  });
});
