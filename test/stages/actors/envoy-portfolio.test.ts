import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a diplomat's "for Y" ("the special envoy for Iran", "the special representative for Syria") names the
// state of the portfolio, as "the ambassador to Y" names the host: never the diplomat's own state
// (titles.json posted). The diplomat's own state still comes from a possessor or a state word before the title.
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? (p.country ?? null) : undefined;
};

const iranStory =
  "Iran rejected the proposal on Tuesday. Tehran said Iran would keep enriching uranium, and Iranian officials warned of retaliation.\n\n";
const koreaStory =
  "North Korea fired two missiles on Sunday. Pyongyang said North Korea had tested a new engine, and North Korean media praised the launch.\n\n";

describe("actors: a diplomat's 'for Y' names the portfolio's state, not the diplomat's", () => {
  it("an appositive after or before the name gives no state from the portfolio", () => {
    expect(stateOf(iranStory + "Elliott Brandt, the special envoy for Iran, said the sanctions would remain.", "Elliott Brandt")).toBeNull();
    expect(stateOf(iranStory + "The special representative for Iran, Elliott Brandt, said the sanctions would remain.", "Elliott Brandt")).toBeNull();
    expect(stateOf(koreaStory + "Miriam Castell, the envoy for North Korea, said talks could resume.", "Miriam Castell")).toBeNull();
  });

  it("negative: the diplomat's own state named before the title still speaks", () => {
    expect(stateOf(iranStory + "The U.S. special envoy for Iran, Elliott Brandt, said the sanctions would remain.", "Elliott Brandt")).toBe("USA");
    expect(stateOf(koreaStory + "Jun Tae-ho, South Korea's special representative for North Korea, said talks could resume.", "Jun Tae-ho")).toBe("KOR");
    expect(stateOf(iranStory + "Iran's envoy Reza Najafi said the sanctions were illegal.", "Reza Najafi")).toBe("IRN");
    expect(stateOf(iranStory + "Iranian Foreign Minister Reza Najafi said the sanctions were illegal.", "Reza Najafi")).toBe("IRN");
  });
});
