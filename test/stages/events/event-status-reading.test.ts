import { describe, expect, it } from "vitest";
import { eventStatus } from "../../../src/stages/events/event-status.js";
import { compileEventSenses, readEventSenses } from "../../../src/lexicon/compile-senses.js";
import type { ActorLayer } from "../../../src/stages/actors/actor-layer.js";
import type { Sentence } from "../../../src/model/types.js";
import { toks } from "./_tagged-tokens.js";
import { testEngine } from "../../helpers.js";

// eventStatus reads the status verb's clause for a fronted negative once and hands it back with the
// status, so the record builder tells a refusal ("Under no circumstances will X send") from a plan
// without reading the clause again.
const lex = compileEventSenses(readEventSenses("data/event-senses.json"), testEngine().lexicon);
const layer = { actors: [] } as unknown as ActorLayer;
const read = (tagged: string, verb: string) => {
  const tokens = toks(tagged);
  const s = { first: 0, last: tokens.length, start: 0, end: tokens[tokens.length - 1].end, headline: false, paragraph: 0 } as Sentence;
  const v = tokens.findIndex((t) => t.lower === verb);
  return eventStatus(tokens, s, v, v, null, layer, { lex, published: "2024-05-02" });
};

describe("a fronted negative with inversion is read with the status", () => {
  it("'Under no circumstances will': negated, under a modal", () => {
    const r = read("Under/ADP no/DET circumstances/NOUN will/AUX Hungary/PROPN send/VERB troops/NOUN ./PUNCT", "send");
    expect(r).toEqual({ status: "hypothetical", frontedNegative: true });
  });
  it("'At no point did': negated, denied", () => {
    const r = read("At/ADP no/DET point/NOUN did/AUX Egypt/PROPN accept/VERB the/DET proposal/NOUN ./PUNCT", "accept");
    expect(r).toEqual({ status: "denied", frontedNegative: true });
  });
});

describe("negative: no fronted negative", () => {
  it("a plain future", () => {
    expect(read("Hungary/PROPN will/AUX send/VERB troops/NOUN ./PUNCT", "send")).toEqual({ status: "planned", frontedNegative: false });
  });
  it("no inversion after the adverbial ('Nowhere near enough aid was sent')", () => {
    expect(read("Nowhere/ADV near/ADV enough/ADJ aid/NOUN was/AUX sent/VERB ./PUNCT", "sent").frontedNegative).toBe(false);
  });
  it("a comparison undoes it ('Nowhere else has Germany sent')", () => {
    expect(read("Nowhere/ADV else/ADV has/AUX Germany/PROPN sent/VERB tanks/NOUN ./PUNCT", "sent").frontedNegative).toBe(false);
  });
  it("a plain 'not' negates without a fronted negative", () => {
    expect(read("Egypt/PROPN did/AUX not/PART accept/VERB the/DET proposal/NOUN ./PUNCT", "accept")).toEqual({ status: "denied", frontedNegative: false });
  });
});
