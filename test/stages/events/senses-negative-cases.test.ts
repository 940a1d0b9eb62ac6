import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;

describe("senses: negative cases (a trigger word outside its event sense)", () => {
  it("'hijacked the debate' is no hijacking", () => {
    expect(events("Russia hijacked the debate at the UN.")).toEqual([]);
  });

  it("'attacked the decision' is criticism, not an assault", () => {
    expect(events("Russia's Lavrov attacked the EU's decision to impose sanctions.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("The Kremlin attacked the plan drawn up by France.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'had no plans to talk' is no planned talk", () => {
    expect(events("Joe Biden said he had no plans to talk to Vladimir Putin.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Iran has no intention to attack Israel.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'concerns shared by a top UK intelligence chief' is no intelligence sharing", () => {
    const text = "The Australian government has been critical of the alignment between Russia and China – concerns shared by a top UK intelligence chief.";
    expect(events(text).some((e) => e.type === "COOPERATE")).toBe(false);
  });

  it("'the support of' someone in a quote is not the speaker's support for them", () => {
    expect(events("“Germany lost the support of France,” Emmanuel Macron said.").some((e) => e.type === "SUPPORT")).toBe(false);
    expect(events("“We thank you for the support of Britain,” Volodymyr Zelensky said.").some((e) => e.type === "SUPPORT" && e.target.includes("GBR"))).toBe(false);
  });
});
