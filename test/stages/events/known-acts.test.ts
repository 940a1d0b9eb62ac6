import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

/** the events a text's referring mentions gave, as "TYPE SRC>TGT" with state codes */
function referred(text: string): string[] {
  const rec = extract(text, "2022-05-01");
  return rec.events.filter((e) => e.rule.includes("+known-act")).map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")}`);
}

const FILLER = "Prices rose sharply in the spring. Many shops closed early. The weather stayed cold. Bread became scarce. Schools reopened in May. Trains ran late. ";

describe("events: an act named again takes the parties of the known act (known-acts.ts)", () => {
  it("a possessor or demonym names the doer, the known act the party acted on", () => {
    expect(referred("Russia's invasion of Ukraine began in February. Russia's invasion was an act of blatant aggression, he said.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(referred("Russia's invasion of Ukraine began in February. Thousands died in the midst of the Russian invasion.")).toEqual(["ASSAULT RUS>UKR"]);
  });

  it("a bare definite noun takes both sides ('the invasion', 'the talks')", () => {
    expect(referred("Russia's invasion of Ukraine began in February. He called the invasion a crime.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(referred("Iran held talks with the IAEA in Vienna on Monday. The talks ended without a deal.").some((k) => k.startsWith("CONSULT IRN+IAEA") || k.startsWith("CONSULT IAEA+IRN") || k === "CONSULT IRN>IAEA")).toBe(true);
  });

  it("an act named first by its party alone is completed by a later doer ('since the invasion of Ukraine ... Russia's invasion')", () => {
    expect(referred("Prices have risen since the invasion of Ukraine. Russia's invasion has driven a wedge between Moscow and Europe.")).toEqual(["ASSAULT RUS>UKR"]);
  });

  it("the act the article opens with stays known however far on ('the war' in the last paragraph)", () => {
    expect(referred(`Russia's war in Ukraine has entered its third month. ${FILLER}The war has cost billions.`)).toEqual(["ASSAULT RUS>UKR"]);
  });
});

describe("events: what an act noun does not refer back to (negative cases)", () => {
  it("an indefinite or generic noun names a new or possible act ('a full-scale invasion', 'any invasion', 'wars of aggression')", () => {
    expect(referred("Russia's invasion of Ukraine began in February. Experts warned of a full-scale invasion of Moldova.")).toEqual([]);
    expect(referred("Russia's invasion of Ukraine began in February. Any invasion would be costly.")).toEqual([]);
    expect(referred("Russia's invasion of Ukraine began in February. Wars of aggression were outlawed in 1945.")).toEqual([]);
  });

  it("another state's act of the type named in between replaces the known one", () => {
    expect(referred("Russia's invasion of Ukraine began in February. Iraq's invasion of Kuwait in 1990 was different. Russia's invasion was condemned.")).toEqual([]);
    expect(referred("Russia's invasion of Ukraine began in February. Iraq's invasion of Kuwait in 1990 was different. The invasion was condemned.")).toEqual(["ASSAULT IRQ>KWT"]);
  });

  it("a noun with a complement of its own, a modifier that makes another act of it, or a name is another thing", () => {
    expect(referred("America's war in Iraq began in 2003. America's war on terror goes on.")).toEqual([]);
    expect(referred("Russia's war in Ukraine began in February. The civil war in Syria goes on.")).toEqual([]);
    expect(referred("Russia's war in Ukraine began in February. He visited the Imperial War Museum.")).toEqual([]);
  });

  it("a bare noun many sentences after an act the article did not open with reaches no further than a few sentences", () => {
    expect(referred(`Markets were calm. Bread became scarce. Russia's invasion of Ukraine began in February. ${FILLER}The invasion was condemned.`)).toEqual([]);
  });

  it("a symmetric act's owner may be either side: 'Putin's talks' takes no party from the known talks", () => {
    expect(referred("Iran held talks with the IAEA in Vienna on Monday. Russia's talks were about grain.")).toEqual([]);
  });
});

describe("events: an act named again is background, the known act's news already counted", () => {
  it("a referring mention carries no publication date; its own date words are kept", () => {
    const rec = extract("Russia's invasion of Ukraine began in February. Thousands died in the midst of the Russian invasion.", "2022-05-01");
    const again = rec.events.filter((e) => e.rule.includes("+known-act"));
    expect(again.map((e) => [e.date, e.dateSource, e.background])).toEqual([[null, "background", true]]);
    const dated = extract("Russia's invasion of Ukraine began in February. Russia's invasion in February 2022 was a crime.", "2022-05-01");
    const own = dated.events.filter((e) => e.rule.includes("+known-act"));
    expect(own.map((e) => [e.type, e.date, e.dateSource])).toEqual([["ASSAULT", "2022-02", "text"]]);
  });

  it("negative: the first mention, the news itself, keeps its date", () => {
    const rec = extract("Russian troops attacked Kharkiv on Monday. The attack killed five people.", "2022-05-04");
    const first = rec.events.find((e) => !e.rule.includes("+known-act") && e.type === "ASSAULT");
    expect(first?.dateSource).not.toBe("background");
    expect(first?.date).toBe("2022-05-02");
  });
});

describe("events: a civil war is no known war between states", () => {
  it("negative: 'Syria's civil war' after a US-Syria war takes no party from it", () => {
    const rec = extract("The war between the United States and Syria began in 2017. Talks sought an end to Syria's civil war.", "2022-05-01");
    expect(rec.events.filter((e) => e.rule.includes("+known-act"))).toEqual([]);
  });
  it("a possessor's war named again still takes the known war's party", () => {
    expect(referred("Russia's war in Ukraine entered its third month. Russia's war has cost thousands of lives.")).toEqual(["ASSAULT RUS>UKR"]);
  });
});
