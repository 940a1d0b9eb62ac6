import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { convertedGivenNamesFile } from "../../src/lexicon/schemas.js";
import { testEngine } from "../helpers.js";

// data/given-names-faker.json: given names converted from @faker-js/faker's first-name lists (scripts/convert-faker-given-names.mjs)
const data = JSON.parse(readFileSync(new URL("../../data/given-names-faker.json", import.meta.url), "utf8"));
const stop: string[] = JSON.parse(readFileSync(new URL("../../scripts/faker-given-names-stop.json", import.meta.url), "utf8")).stop;

describe("lexicon: given-names-faker.json", () => {
  it("is valid, each list names its source, and the licence notice is kept", () => {
    expect(convertedGivenNamesFile().safeParse(data).success).toBe(true);
    for (const l of data.lists) expect(l.source).toMatch(/^@faker-js\/faker \S+ dist\/locale\/\w+ person\.first_name$/);
    expect(readFileSync(new URL("../../data/LICENSE-faker.txt", import.meta.url), "utf8")).toMatch(/Permission is hereby granted/);
  });

  it("its names are given names of the compiled lexicon", () => {
    const given = testEngine().lexicon.givenNames;
    for (const n of ["Josh", "Dale", "Bengt", "Heikki", "Jaroslav", "Mehmet", "Wojciech"]) expect(given.has(n), n).toBe(true);
  });

  it("negative: names that are also words, places or brands news capitalises are left out", () => {
    const listed = new Set(data.lists.flatMap((l: { names: string[] }) => l.names));
    for (const n of stop) expect(listed.has(n), n).toBe(false);
    // (and words the corpus writes in lower case: "tore", "grace", "summer")
    for (const n of ["Hope", "Chase", "Ford", "Jordan", "Georgia", "Israel", "May", "Will", "Grace", "Summer", "Delta", "Tore"]) expect(listed.has(n), n).toBe(false);
  });

  it("negative: no listed name is a state's one-word demonym, a seat of power, a big city or a one-word organisation", () => {
    // (read from the data the engine reads, not from the script's stop list, so a place the script forgets fails here)
    const listed = new Set(data.lists.flatMap((l: { names: string[] }) => l.names));
    const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), "utf8"));
    const demonyms = Object.values(read("countries.json").demonyms as Record<string, string[]>).flat();
    const seats = (read("metonyms.json") as { text: string }[]).map((m) => m.text);
    const orgs = (read("organizations.json") as { name: string }[]).map((o) => o.name);
    for (const n of [...demonyms, ...seats, ...orgs]) if (/^\p{Lu}[\p{L}'-]+$/u.test(n)) expect(listed.has(n), n).toBe(false);
    for (const n of ["Washington", "Georgian", "Philippine", "Colombo", "Bratislava", "Earl", "Baron", "Kennedy", "Reagan", "Kerry"]) expect(listed.has(n), n).toBe(false);
  });

  it("negative: a name that is no single capitalised word is refused", () => {
    expect(convertedGivenNamesFile().safeParse({ lists: [{ source: "x", names: ["van Dijk"] }] }).success).toBe(false);
    expect(convertedGivenNamesFile().safeParse({ lists: [{ source: "x", names: ["Anna Maria"] }] }).success).toBe(false);
  });
});
