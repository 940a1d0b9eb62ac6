import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: negative cases", () => {
  it("makes no actor mention of a linked-story headline's words unless flagged headline", () => {
    const rec = extract("Russia and Iran met.\nBLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH SHORT-RANGE BALLISTIC MISSILES\nThe talks ended.");
    const headline = { start: 21, end: 96 };
    const inHeadline = rec.actors.flatMap((a) => a.mentions).filter((m) => m.start < headline.end && m.end > headline.start);
    expect(inHeadline.length).toBeGreaterThan(0);
    for (const m of inHeadline) expect((m as { headline?: boolean }).headline).toBe(true);
    expect(persons("SULLIVAN CLAIMS BIDEN ADMIN LEAVES RUSSIA, CHINA AND IRAN WEAKER\nNothing happened.")).toEqual([]);
  });

  it("an actor named only in a headline line is flagged", () => {
    const rec = extract("Russia met Iran.\nCHINA WARNS JAPAN OVER TAIWAN\nThe talks ended.");
    expect(rec.actors.find((a) => a.id === "JPN")?.headline).toBe(true);
    expect(rec.actors.find((a) => a.id === "RUS")?.headline).toBeUndefined();
  });

  it("does not take institutions, places or dates for persons", () => {
    expect(persons("The Oval Office and Edison High School were closed. New Jersey and the Black Sea Fleet were quiet on Monday.")).toEqual([]);
    expect(persons("The Soviet Union fell. The Middle East was calm.")).toEqual([]);
  });

  it("does not take sentence-initial words for names", () => {
    expect(persons("Despite the fears, nothing changed. Having said that, they left.")).toEqual([]);
  });

  it("does not read a country's name used as a given name as the country", () => {
    const rec = extract("Chad Wolf said the border was secure.");
    expect(rec.actors.some((a) => a.id === "TCD")).toBe(false);
  });

  // Issue 14 (session 34): a city's name that is a common given name ("Milan Kundera", "Alexandria Ocasio-Cortez") read
  // as the city gave the person its state ("Vukic" ITA) or lost the person
  it("a city's name used as a given name is the person's, not the city's state", () => {
    const rec = extract("Serbian Prime Minister Milan Vukic said the vote was fair. Rep. Alexandria Ortega-Cruz said the bill would fail. President Santiago Pereira of Paraguay agreed.", "2024-05-01");
    expect(person(rec, "Vukic")).toMatchObject({ name: "Milan Vukic", country: "SRB" });
    expect(person(rec, "Ortega-Cruz")).toMatchObject({ name: "Alexandria Ortega-Cruz", country: "USA" });
    expect(person(rec, "Pereira")).toMatchObject({ name: "Santiago Pereira", country: "PRY" });
    for (const code of ["ITA", "EGY", "CHL"]) expect(rec.actors.some((a) => a.id === code)).toBe(false);
  });

  it("negative: the city before a body's word, a weekday or after a team's name stays a place, and names no person", () => {
    const rec = extract("Sofia University students marched in Bulgaria. Police in Santiago Monday arrested 20 protesters. Real Madrid beat AC Milan Tuesday.", "2024-05-01");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([]);
  });

  it("a capital after a preposition is a place, not the government", () => {
    const rec = extract("Pezeshkian made his first trip to Moscow as president.");
    expect(rec.actors.some((a) => a.id === "RUS")).toBe(false);
    expect(rec.actors.some((a) => a.kind === "location" && a.name === "Moscow")).toBe(true);
  });

  it("does not match acronyms in lower case", () => {
    const rec = extract("She asked who would pay for us.");
    expect(rec.actors.some((a) => a.code === "WHO" || a.id === "USA")).toBe(false);
  });

  it("reads a capital in 'Baku-based', 'Moscow-born' as a place, not the government", () => {
    for (const [text, code] of [
      ["The Baku-based opposition bloc said it would protest.", "AZE"],
      ["Moscow-born pianist Ivan Petrov denounced the war.", "RUS"],
    ] as const) {
      const rec = extract(text);
      expect(rec.actors.some((a) => a.kind === "country" && a.code === code), text).toBe(false);
      // (or a group based there: "the Baku-based opposition" is Azerbaijan's opposition, based-groups.ts)
      expect(rec.actors.find((a) => a.kind === "location" || a.kind === "group")?.code, text).toBe(code);
    }
    // (the capital alone still stands for the government)
    expect(extract("Moscow criticised the Baku government.").actors.find((a) => a.id === "RUS")).toMatchObject({ kind: "country" });
  });
});

// Issue 14 (session 34): a capitalised plural of a staff noun, a person noun or a title of trade opening a sentence names a
// group, no person ("Agents continued", "Correspondents say")
describe("actors: a plural of a staff noun or a title is no person", () => {
  it("'Agents continued to work on it', 'Correspondents say', 'Investigators said', 'Oligarchs X and Y'", () => {
    const rec = extract("Agents continued to work on the case. Correspondents say the deal shows resolve. Investigators said the bomb was crude. Oligarchs Mikhail Fridmann and Oleg Deripask spoke out.", "2022-04-20");
    const names = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Mikhail Fridmann", "Oleg Deripask"]));
    for (const w of ["Agents", "Correspondents", "Investigators", "Oligarchs"]) expect(names.some((n) => n.includes(w))).toBe(false);
  });

  it("negative: surnames that end in -s (no title's or staff noun's plural) stay persons", () => {
    const rec = extract("Rivers said the vote was rigged. Masters told reporters the bill was dead. Chambers said no.", "2022-04-20");
    const names = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Rivers", "Masters", "Chambers"]));
  });
});
