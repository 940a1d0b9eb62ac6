import { describe, expect, it } from "vitest";
import { compileRuleGates, GATE, openRules, type GatedRule } from "../../../src/stages/events/rule-gates.js";
import { toks } from "./_tagged-tokens.js";
import { eventKeys, testEngine } from "../../helpers.js";
import { compileEventSenses, readEventSenses } from "../../../src/lexicon/compile-senses.js";
import { compileSpeechActs, readSpeechActs } from "../../../src/lexicon/compile-speech-acts.js";
import { join } from "node:path";

const data = join(import.meta.dirname, "../../../data");
const senses = compileEventSenses(readEventSenses(join(data, "event-senses.json")), testEngine().lexicon);
const speech = compileSpeechActs([readSpeechActs(join(data, "speech-acts.json"))]);
const gates = compileRuleGates(senses, speech);
const open = (tagged: string) => {
  const tokens = toks(tagged);
  return openRules(tokens, 0, tokens.length, gates);
};
const rules = (bits: number) => (Object.keys(GATE) as GatedRule[]).filter((r) => bits & GATE[r]);

describe("rule gates: the word-led rules a sentence can fire", () => {
  it("opens a rule at each of the words its walk starts from", () => {
    for (const w of [...senses.ultimatums.giveVerbs, ...senses.ultimatums.setVerbs]) expect(rules(gates.words.get(w) ?? 0)).toContain("ultimatums");
    for (const w of senses.massedForces.moving) expect(rules(gates.words.get(w) ?? 0)).toContain("massedForces");
    for (const w of senses.threatHarmConditions) expect(rules(gates.words.get(w) ?? 0)).toContain("conditionalThreats");
    for (const w of speech.labelledActs.verbs) expect(rules(gates.words.get(w) ?? 0)).toContain("labelledActs");
    for (const w of senses.mandativeNouns) expect(rules(gates.words.get(w) ?? 0)).toContain("mandativeRequests");
  });

  it("opens a phrasal verb's rule at its first word ('put up with', 'rule out')", () => {
    for (const first of senses.endedTolerance.phrasalVerbs.keys()) expect(rules(gates.words.get(first) ?? 0)).toContain("endedTolerance");
    for (const pair of senses.pressedRefusals.gerundVerbs) expect(rules(gates.words.get(pair.split(" ")[0]) ?? 0)).toContain("pressedRefusals");
  });

  it("opens the walks after a statement's cues at their verbs (denying, labelling, telling)", () => {
    for (const w of speech.denialVerbs) expect(rules(gates.words.get(w) ?? 0)).toContain("deniedClaims");
    for (const w of speech.labelVerbs) expect(rules(gates.words.get(w) ?? 0)).toContain("stateLabels");
    for (const w of speech.tellVerbs) expect(rules(gates.words.get(w) ?? 0)).toContain("toldToAct");
    for (const w of senses.custodyHarms.nouns) expect(rules(gates.words.get(w) ?? 0)).toContain("custodyHarms");
  });

  it("a sentence opens the rules of its words, and only those", () => {
    expect(rules(open("The/DET council/NOUN gave/VERB Iraq/PROPN 48/NUM hours/NOUN to/PART disarm/VERB ./PUNCT"))).toContain("ultimatums");
    expect(rules(open("Russian/ADJ troops/NOUN massed/VERB near/ADP the/DET border/NOUN ./PUNCT"))).toContain("massedForces");
    expect(rules(open("Iran/PROPN will/AUX strike/VERB back/ADV unless/SCONJ Israel/PROPN stops/VERB ./PUNCT"))).toContain("conditionalThreats");
  });

  it("negative: a sentence with none of their words opens no rule", () => {
    expect(open("The/DET minister/NOUN spoke/VERB about/ADP the/DET weather/NOUN in/ADP Paris/PROPN ./PUNCT")).toBe(0);
    expect(open("Prices/NOUN rose/VERB sharply/ADV last/ADJ year/NOUN ./PUNCT")).toBe(0);
    // (the gate reads words, not their capitals' absence: "Gave" at a sentence's start is "gave")
    expect(rules(open("Gave/VERB Syria/PROPN a/DET week/NOUN ./PUNCT"))).toContain("ultimatums");
  });

  it("a rule still fires through its gate in the engine, and a sentence without its words gets no such event", () => {
    expect(eventKeys("The Security Council gave Iraq 48 hours to disarm.", "2003-03-10")).toContain("THREATEN UN>IRQ");
    expect(eventKeys("The Security Council met Iraq's envoy for 48 hours.", "2003-03-10").filter((k) => k.startsWith("THREATEN"))).toEqual([]);
  });
});
