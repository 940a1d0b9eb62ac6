import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { peoplesFile } from "../../src/lexicon/schemas.js";
import { testEngine } from "../helpers.js";

// data/peoples.json: peoples named by a word that is no state's demonym, with their states and a source each
const data = JSON.parse(readFileSync(new URL("../../data/peoples.json", import.meta.url), "utf8"));

describe("lexicon: peoples.json", () => {
  it("is valid, every entry has a source, and the file keeps PETRARCH-2's licence notice", () => {
    expect(peoplesFile().safeParse(data).success).toBe(true);
    expect(data.licence).toMatch(/MIT/);
    for (const p of data.peoples) expect(p.source).toMatch(/^(dyad: |petrarch2 )/);
  });

  it("every state is one dyad knows", () => {
    const countries = testEngine().lexicon.countries;
    for (const p of data.peoples) for (const c of p.states) expect(countries.has(c), `${p.words[0]}: ${c}`).toBe(true);
  });

  it("negative: a word listed twice is refused", () => {
    const twice = { peoples: [{ words: ["Karen"], states: ["MMR"], source: "dyad: x" }, { words: ["karen"], states: ["THA"], source: "dyad: y" }] };
    expect(peoplesFile().safeParse(twice).success).toBe(false);
  });
});
