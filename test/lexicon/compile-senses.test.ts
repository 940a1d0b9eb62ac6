import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileEventSenses, readEventSenses } from "../../src/lexicon/compile-senses.js";
import { testEngine } from "../helpers.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

const shipped = join(import.meta.dirname, "../../data/event-senses.json");
const dir = tempDir("dyad-senses-");

describe("event-senses.json", () => {
  it("the shipped file validates and compiles; every discard keeps its source", () => {
    const data = readEventSenses(shipped);
    const lex = compileEventSenses(data, testEngine().lexicon);
    expect(lex.conditions.has("unless")).toBe(true);
    expect(lex.nounStatus.get("upcoming")).toBe("planned");
    // (the lexicon's time words come with it: count-and-time-words.json, read by find-parties timePhraseEnd)
    expect(lex.timePhrases.units.has("week")).toBe(true);
    expect(lex.timePhrases.deictics.has("week")).toBe(false);
    // (and its number words, one list for every count the stage reads: named-members.ts, sentence-env.ts partyCount)
    expect(lex.numberWords.get("three")).toBe(3);
    expect(lex.numberWords.has("dozens")).toBe(false);
    expect(data.discards.length).toBeGreaterThan(50);
    expect(data.discards.every((d) => d.source.length > 0)).toBe(true);
  });

  it("a discard without a source or with an unknown scope is refused, naming file and line", () => {
    const data = JSON.parse(readFileSync(shipped, "utf8"));
    data.discards.push({ phrase: "world cup", scope: "story" });
    const p = join(dir, "event-senses.json");
    writeFileSync(p, JSON.stringify(data, null, 1));
    expect(() => readEventSenses(p)).toThrow(/event-senses\.json:\d+/);
  });

  it("a phrase must be lower-case words", () => {
    const data = JSON.parse(readFileSync(shipped, "utf8"));
    data.status.conditions.push("Unless");
    const p = join(dir, "bad-case.json");
    writeFileSync(p, JSON.stringify(data, null, 1));
    expect(() => readEventSenses(p)).toThrow(/lower-case/);
  });
});

describe("fightsBetween.modifiers and the fire-duel pattern's modifiers", () => {
  it("every arm that makes a duel a fire duel keeps a fight between its sides one ('mortar duel')", () => {
    const senses = JSON.parse(readFileSync(shipped, "utf8")).senses;
    const events = JSON.parse(readFileSync(join(import.meta.dirname, "../../data/events.json"), "utf8"));
    const found: { id?: string; modifiers?: string[] }[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === "object") {
        if ((x as { id?: string }).id === "fire-duel") found.push(x as { modifiers?: string[] });
        else Object.values(x).forEach(walk);
      }
    };
    walk(events);
    expect(found.length).toBe(1);
    const fights = new Set(senses.fightsBetween.modifiers);
    expect((found[0].modifiers ?? []).filter((m) => !fights.has(m))).toEqual([]);
  });
});

describe("weaponSubjects and weaponBlasts: the event stage's weapon words, both in data", () => {
  it("the two lists compile; weaponBlasts keeps the words of a blast that never head a weapon subject", () => {
    const lex = compileEventSenses(readEventSenses(shipped), testEngine().lexicon);
    expect(lex.weaponBlasts.has("bombing")).toBe(true);
    expect(lex.weaponBlasts.has("suicide")).toBe(true);
    expect(lex.weaponSubjects.has("bombing")).toBe(false);
    expect(lex.weaponSubjects.has("artillery")).toBe(true);
    expect(lex.weaponBlasts.has("artillery")).toBe(false);
  });

  it("weaponBlasts without its words, or with a word out of case, is refused", () => {
    const data = JSON.parse(readFileSync(shipped, "utf8"));
    data.senses.weaponBlasts = { $comment: "x" };
    const p = join(dir, "no-blasts.json");
    writeFileSync(p, JSON.stringify(data, null, 1));
    expect(() => readEventSenses(p)).toThrow(/event-senses\.json|no-blasts\.json/);
    data.senses.weaponBlasts = { words: ["IED"] };
    writeFileSync(p, JSON.stringify(data, null, 1));
    expect(() => readEventSenses(p)).toThrow(/lower-case/);
  });
});
