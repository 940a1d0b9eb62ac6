import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A fronted negative with inversion negates the clause's act (fronted-negatives.ts): "At no point did
// Iran accept", "Nowhere did he give Ukraine aid". A comparison ("Nowhere else") or no
// inversion leaves the act as it is.
const events = (text: string) => extract(text, "2024-05-02").events;
const types = (text: string) => events(text).map((e) => e.type);

describe("a fronted negative with inversion negates the act", () => {
  it("'At no point did' and 'At no time has' leave no act", () => {
    expect(types("At no point did Egypt accept the Israeli proposal during the negotiations.")).not.toContain("AGREE");
    expect(types("At no time has Pakistan sent weapons to the Taliban, the ministry said.")).not.toContain("AID");
  });
  it("'Nowhere did' and 'Under no circumstances will' leave no act", () => {
    expect(types("Nowhere did the Canadian prime minister promise Ukraine military aid.")).not.toContain("AID");
    expect(types("Under no circumstances will Hungary send troops to Ukraine.").filter((t) => t === "MOBILIZE" || t === "AID" || t === "ASSAULT")).toEqual([]);
  });
  it("after 'that' in a report the clause still opens on the negative", () => {
    expect(types("The spokesman said that at no stage did Turkey supply drones to Azerbaijan.")).not.toContain("AID");
  });
});

describe("negative cases: no inversion, or a comparison, keeps the act", () => {
  it("the same acts without the fronted negative stay", () => {
    expect(types("Egypt accepted the Israeli proposal during the negotiations.")).toContain("AGREE");
    expect(types("Pakistan has sent weapons to the Taliban, the ministry said.")).toContain("AID");
  });
  it("'Nowhere else' and 'Never before' compare: the act is done", () => {
    expect(types("Nowhere else has Germany sent so many tanks as to Ukraine.")).toContain("AID");
  });
  it("a negative word that opens a noun phrase is no fronted negative", () => {
    expect(types("At no cost to taxpayers, Britain sent weapons to Ukraine last year.")).toContain("AID");
  });
});

describe("'not only' adds, it negates nothing", () => {
  it("the act after 'not only' is done", () => {
    expect(types("Canada not only condemned Iran but also expelled its diplomats.")).toContain("ACCUSE");
  });
  it("negative: a plain 'not' still negates", () => {
    expect(types("Canada did not condemn Iran.")).not.toContain("ACCUSE");
  });
});
