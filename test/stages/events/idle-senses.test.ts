import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2023-06-17").events;
const has = (text: string, type: string) => events(text).some((e) => e.type === type);

// src/stages/events/idle-senses.ts (data/event-senses.json idleSenses)
describe("idle senses: trigger words that report no act", () => {
  it("armed forces that march advance, they do not protest", () => {
    expect(has("Russian troops marched on Kharkiv from the north.", "PROTEST")).toBe(false);
    expect(has("Putin ordered Russian forces to march on Kyiv.", "PROTEST")).toBe(false);
  });

  it("people who march, and soldiers who march in protest, protest", () => {
    expect(has("Ukrainian veterans marched to the Russian embassy to protest against the war.", "PROTEST")).toBe(true);
    expect(has("Polish soldiers marched on the Russian embassy in protest.", "PROTEST")).toBe(true);
    expect(has("Thousands of Georgians marched on the Russian embassy.", "PROTEST")).toBe(true);
  });

  it("a mediation ended or suspended names no talks between its parties; the ending stays", () => {
    const found = events("Turkey suspended its mediation between Russia and Ukraine.");
    expect(found.some((e) => e.type === "CONSULT")).toBe(false);
    expect(found.some((e) => e.type === "SANCTION")).toBe(true);
    expect(has("Egypt pulled out of its mediation between Ethiopia and Sudan.", "CONSULT")).toBe(false);
  });

  it("a mediation launched or under way stays talks", () => {
    expect(has("Turkey launched a mediation between Russia and Ukraine in March.", "CONSULT")).toBe(true);
  });

  it("an act named right after 'without' was not done", () => {
    expect(has("The United States struck Syria without consulting Britain.", "CONSULT")).toBe(false);
    expect(has("France acted without first consulting Germany.", "CONSULT")).toBe(false);
  });

  it("the same act done stays an act", () => {
    expect(has("France consulted Germany before the vote.", "CONSULT")).toBe(true);
  });

  it("'seize on' in the active voice is to exploit, no seizure", () => {
    expect(has("China seized on Japan's remarks about Taiwan.", "COERCE")).toBe(false);
  });

  it("a seizure on a day stays a seizure", () => {
    expect(has("Iran seized on Friday a British tanker.", "COERCE")).toBe(true);
    expect(has("Iran seized the British tanker on Friday.", "COERCE")).toBe(true);
  });

  it("an object of another sense stays one as the passive subject", () => {
    expect(has("The Tories said they would press Labour over whether the goals could be met and whether the Home Office would deliver them.", "CONSULT")).toBe(false);
    // a person met is a meeting
    expect(has("The Tories said they would press Labour over whether Blair could be met and whether the Home Office would deliver them.", "CONSULT")).toBe(true);
  });
});

describe("idle senses: 'threaten' before an unmeant harm is 'risk' (riskThreat)", () => {
  it("'threatening to destabilize Europe', 'threatens to derail the talks' threaten no one", () => {
    expect(has("Russia is ratcheting up pressure on its neighbour, threatening to destabilize Europe and draw in the United States.", "THREATEN")).toBe(false);
    expect(has("The dispute between Serbia and Kosovo threatens to derail the EU's plans.", "THREATEN")).toBe(false);
  });

  it("negative: a threat of an act someone means stays a threat", () => {
    expect(has("Russia threatened to cut off gas supplies to Ukraine.", "THREATEN")).toBe(true);
    expect(has("Iran threatened to attack Israel.", "THREATEN")).toBe(true);
  });
});
