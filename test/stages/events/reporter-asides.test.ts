import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// reporter-asides.ts: a reporter set off by commas between a subject and its verb vouches for the
// news; the act is the subject's before the first comma.
const keys = (text: string, type: string) => eventKeys(text, "2023-04-01").filter((k) => k.startsWith(type));

describe("a reporter between commas is not the doer", () => {
  it("a state as the reporter", () => {
    expect(keys("Iran, Washington claims, has sent drones to Russia.", "AID")).toEqual(["AID IRN>RUS"]);
  });
  it("officials of a state as the reporter", () => {
    expect(keys("Russia, US officials say, has moved troops to the border with Ukraine.", "MOBILIZE")).toEqual(["MOBILIZE RUS>UKR"]);
  });
  it("a reporter after a determiner", () => {
    expect(keys("Syria, the French government alleges, has attacked Turkey.", "ASSAULT")).toEqual(["ASSAULT SYR>TUR"]);
  });
});

describe("negative: the reporter's phrase stands alone", () => {
  it("a fronted time before the comma names no subject", () => {
    expect(keys("On Monday, Washington said, Iran sent drones to Russia.", "AID")).toEqual(["AID IRN>RUS"]);
  });
  it("a list of subjects with no reporting verb", () => {
    expect(keys("Britain, France and Germany condemned Iran.", "ACCUSE")).toEqual(["ACCUSE GBR+FRA+DEU>IRN"]);
  });
  it("a reporter who is the subject itself", () => {
    expect(keys("Washington claims that Iran has sent drones to Russia.", "AID")).toEqual(["AID IRN>RUS"]);
  });
  it("an appositive with no reporting verb keeps its own doer", () => {
    expect(keys("Poland, a Nato member, has sent tanks to Ukraine.", "AID")).toEqual(["AID POL>UKR"]);
  });
});
