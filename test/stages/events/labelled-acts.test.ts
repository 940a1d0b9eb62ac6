// A hostile label given to another party's act accuses its doer (labelled-acts.ts, data/speech-acts.json labelledActs).
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const labelled = (text: string, published = "2022-04-27") => {
  const r = extract(text, published);
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.filter((e) => e.rule?.startsWith("events/statement:labelled-act")).map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")} ${e.status}`);
};

describe("labelled acts: a hostile label for another's act", () => {
  it("a pronoun or a definite act noun refers to the last act reported: its doer is accused", () => {
    expect(labelled('Russia cut off gas supplies to Poland on Wednesday. Poland described this as a "direct attack".')).toEqual(["ACCUSE POL>RUS occurred"]);
    expect(labelled("Russia cut off gas supplies to Poland on Wednesday. The Polish government called the move blackmail.")).toEqual(["ACCUSE POL>RUS occurred"]);
    expect(labelled("Russian forces shelled Kharkiv overnight. Ukraine's foreign minister called the attack a war crime.")).toEqual(["ACCUSE UKR>RUS occurred"]);
  });

  it("a possessor in the object phrase is the doer; a cooperative act labelled hostile is accused too", () => {
    expect(labelled("Moscow reacted angrily to Nato's offer of membership to Finland, calling it a destabilising step.")).toEqual(["ACCUSE RUS>NATO occurred"]);
    // (another rule may code the possessor's case first: one accusation either way)
    const r = extract("China described Japan's decision as a form of blackmail.", "2022-04-27");
    expect(r.events.filter((e) => e.type === "ACCUSE").map((e) => `${e.source.join("+")}>${e.target.join("+")}`)).toEqual(["CHN>JPN"]);
  });

  it("no accusation: a negated verb, a neutral label, the speaker's own act, or no act to refer to", () => {
    expect(labelled("Russia cut off gas supplies to Poland. Poland did not call it an attack.")).toEqual([]);
    expect(labelled("Russia cut off gas supplies to Poland. Poland described this as a commercial dispute.")).toEqual([]);
    expect(labelled("Poland expelled 45 Russian diplomats. Polish officials called the move a necessary step.")).toEqual([]);
    // the labeller's own side did the act
    expect(labelled("Poland expelled 45 Russian diplomats. Poland's prime minister called the decision a hostile necessity.")).toEqual([]);
    // nothing reported before for "it" to stand for
    expect(labelled("Poland's prime minister called it unacceptable.")).toEqual([]);
    // an act further back than two sentences
    expect(labelled("Russia cut off gas supplies to Poland. The weather was cold. Markets fell. Prices rose. Poland called the move blackmail.")).toEqual([]);
  });

  it("a noun before the act noun modifies it, and a hyphenated act noun is one noun", () => {
    expect(labelled("Moscow halted gas deliveries to Bulgaria on Tuesday. Sofia called the gas cut-off blackmail.")).toEqual(["ACCUSE BGR>RUS occurred"]);
    expect(labelled("Moscow halted gas deliveries to Bulgaria on Tuesday. Sofia described the cut-off as extortion.")).toEqual(["ACCUSE BGR>RUS occurred"]);
    expect(labelled("Russian jets bombed a market in Idlib. Turkey called the air strike a crime.")).toEqual(["ACCUSE TUR>RUS occurred"]);
    // (no act noun at the head: the noun phrase names a thing or a person, not the act)
    expect(labelled("Moscow halted gas deliveries to Bulgaria on Tuesday. Sofia called the gas price unacceptable.")).toEqual([]);
    expect(labelled("Moscow halted gas deliveries to Bulgaria on Tuesday. Sofia called the energy minister a criminal.")).toEqual([]);
  });

  it("a label still to be given keeps the clause's status", () => {
    expect(labelled("Russia cut off gas supplies to Poland. Poland will describe this as an attack at the summit.")).toEqual(["ACCUSE POL>RUS planned"]);
  });
});
