import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// custody-harms.ts: a death or torture in a state's custody is that state's ASSAULT on the
// victim's state; custody no state holds, a place that is no custody and a natural death are none.
const assault = (text: string) => eventKeys(text, "2023-05-10").filter((k) => k.startsWith("ASSAULT"));

describe("a death or torture in a state's custody", () => {
  it("a demonym before the custody noun names the custodian", () => {
    expect(assault("A Palestinian prisoner died as a result of torture in Israeli police custody.")).toEqual(["ASSAULT ISR>PSE"]);
    expect(assault("A British journalist died in Iranian custody last year.")).toEqual(["ASSAULT IRN>GBR"]);
    expect(assault("Two Lebanese detainees were tortured while in Syrian custody.")).toEqual(["ASSAULT SYR>LBN"]);
  });
  it("the custodian after the custody noun's 'of', or a captivity", () => {
    expect(assault("A Ukrainian soldier died in the custody of Russian security forces.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(assault("Three Ukrainian servicemen were beaten in Russian captivity.")).toEqual(["ASSAULT RUS>UKR"]);
  });
});

describe("negative: no harm by a state in its custody", () => {
  it("a place that is no custody", () => {
    expect(assault("The Ukrainian soldier died in hospital in Kyiv.")).toEqual([]);
  });
  it("custody that no state holds", () => {
    expect(assault("The American boy was in the custody of his mother.")).toEqual([]);
  });
  it("a death put down to a natural cause", () => {
    expect(assault("A British journalist died of natural causes in Iranian custody.")).toEqual([]);
    expect(assault("The Ukrainian pilot died of a heart attack in Russian captivity.")).toEqual([]);
  });
  it("a victim whose phrase names no state: no party acted on", () => {
    expect(assault("A prisoner died in Israeli custody.")).toEqual([]);
  });
  it("custody with no harm", () => {
    expect(assault("The British journalist remains in Iranian custody.")).toEqual([]);
  });
});
