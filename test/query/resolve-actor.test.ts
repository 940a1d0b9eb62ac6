// The one name resolver: codes in any case, states' names, aliases and demonyms, persons' names and
// words of them, ids; ambiguous and unknown input fail with the closest matches. Over the real
// state table (world-countries + data/countries.json) and a list of stored actors written here.
import { describe, expect, it } from "vitest";
import { DyadError } from "../../src/errors.js";
import { loadStateNames } from "../../src/lexicon/known-names.js";
import { actorNames, editDistance, loadActorNames, matchActor, normaliseName, resolveActor } from "../../src/query/resolve-actor.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { StoredActor } from "../../src/store/store.js";
import { country, doc, event, person } from "../contract/_records.js";

const actor = (id: string, kind: string, name: string, code: string | null, articles: number): StoredActor => ({ id, kind, name, code, country: code, sector: null, articles });

const stored: StoredActor[] = [
  actor("RUS", "country", "Russia", "RUS", 30),
  actor("UKR", "country", "Ukraine", "UKR", 20),
  actor("person:vladimir-putin", "person", "Vladimir Putin", "RUS", 12),
  actor("person:donald-trump", "person", "Donald Trump", "USA", 8),
  actor("person:melania-trump", "person", "Melania Trump", "USA", 1),
  actor("person:joe-biden", "person", "Joe Biden", "USA", 5),
  actor("person:sergei-lavrov", "person", "Sergei Lavrov", "RUS", 4),
  actor("group:putin-loyalists@RUS", "group", "Putin loyalists", "RUS", 1),
  actor("group:government@USA", "group", "government", "USA", 3),
  actor("group:government@AUS", "group", "government", "AUS", 2),
  actor("igo:nato", "igo", "NATO", "NATO", 6),
  actor("person:jens-stoltenberg", "person", "Jens Stoltenberg", "NATO", 2),
  actor("igo:un-security-council", "igo", "UN Security Council", "UN", 2),
  actor("person:nickolay-mladenov", "person", "Nickolay Mladenov", "UN", 1),
  actor("org:gazprom@RUS", "organization", "Gazprom", "RUS", 2),
];
const names = actorNames(stored, loadStateNames(), new Map([["person:joe-biden", ["Joseph R. Biden"]]]));
const key = (input: string) => resolveActor(input, names).key;
const failure = (input: string) => {
  try {
    resolveActor(input, names);
  } catch (e) {
    return e as DyadError;
  }
  throw new Error(`${input} resolved`);
};

describe("resolveActor", () => {
  it("a state's code in any case", () => {
    expect(["rus", "RUS", "Rus", " rus "].map(key)).toEqual(["RUS", "RUS", "RUS", "RUS"]);
    // a state the store holds nothing of is still a state: its events come through its people
    expect(resolveActor("fra", names)).toMatchObject({ key: "FRA", name: "France", kind: "country", articles: 0 });
  });

  it("a state's name, official name, alias or demonym, with or without 'the' and dots", () => {
    for (const [input, code] of [
      ["Russia", "RUS"],
      ["russia", "RUS"],
      ["Russian Federation", "RUS"],
      ["Russian", "RUS"],
      ["Russians", "RUS"],
      ["the United States", "USA"],
      ["United States of America", "USA"],
      ["US", "USA"],
      ["U.S.", "USA"],
      ["America", "USA"],
      ["American", "USA"],
      ["Britain", "GBR"],
      ["British", "GBR"],
      ["Iranian", "IRN"],
      ["Ivory Coast", "CIV"],
      ["Türkiye", "TUR"],
      ["Turkey", "TUR"],
    ]) {
      expect([input, key(input)]).toEqual([input, code]);
    }
  });

  it("a person's code is its state's: the code names the state, never one of its people", () => {
    expect(resolveActor("RUS", names).kind).toBe("country");
  });

  it("a person by full name, alias, surname or id; an id in any case", () => {
    expect(key("Vladimir Putin")).toBe("person:vladimir-putin");
    expect(key("vladimir putin")).toBe("person:vladimir-putin");
    expect(key("Putin")).toBe("person:vladimir-putin");
    expect(key("Putin's")).toBe("person:vladimir-putin");
    expect(key("Joseph R. Biden")).toBe("person:joe-biden");
    expect(key("Biden")).toBe("person:joe-biden");
    expect(key("person:vladimir-putin")).toBe("person:vladimir-putin");
    expect(key("Person:Vladimir-Putin")).toBe("person:vladimir-putin");
    expect(resolveActor("Lavrov", names)).toEqual({ key: "person:sergei-lavrov", id: "person:sergei-lavrov", name: "Sergei Lavrov", kind: "person", code: "RUS", articles: 4 });
  });

  it("a word of a group's description does not make a person's name ambiguous", () => {
    // "Putin loyalists" holds the word too, but describes people; Vladimir Putin is named
    expect(key("Putin")).toBe("person:vladimir-putin");
    expect(key("Putin loyalists")).toBe("group:putin-loyalists@RUS");
  });

  it("an organisation whose code is its own stands by the code; its people by their ids", () => {
    expect(resolveActor("nato", names)).toMatchObject({ key: "NATO", id: "igo:nato", name: "NATO" });
    expect(key("igo:nato")).toBe("NATO");
    expect(key("Stoltenberg")).toBe("person:jens-stoltenberg");
    expect(key("Gazprom")).toBe("org:gazprom@RUS");
    // UN: no stored actor owns the code, which two share: the code stands for both, as events carry it
    expect(resolveActor("un", names)).toMatchObject({ key: "UN", kind: "code" });
    expect(key("UN Security Council")).toBe("igo:un-security-council");
  });

  it("a name several actors share is ambiguous: the error lists them, most mentioned first", () => {
    const e = failure("Trump");
    expect(e.code).toBe("E_AMBIGUOUS_ACTOR");
    expect(e.message).toContain('"Trump" names 2 actors: Donald Trump (person:donald-trump, person); Melania Trump (person:melania-trump, person)');
    expect((e.context.matches as { key: string; match: string }[]).map((m) => [m.key, m.match])).toEqual([
      ["person:donald-trump", "word"],
      ["person:melania-trump", "word"],
    ]);
    const g = failure("government");
    expect(g.code).toBe("E_AMBIGUOUS_ACTOR");
    expect((g.context.matches as { key: string }[]).map((m) => m.key)).toEqual(["group:government@USA", "group:government@AUS"]);
    // a fuller name settles it
    expect(key("Donald Trump")).toBe("person:donald-trump");
  });

  it("an unknown name fails with the closest names: typos and prefixes", () => {
    const e = failure("Atlantis");
    expect(e.code).toBe("E_UNKNOWN_ACTOR");
    expect(e.message).toMatch(/^\[E_UNKNOWN_ACTOR\] unknown actor: "Atlantis" is no actor's id, code or name, nor a state's/);
    const typo = failure("Rusia");
    expect((typo.context.matches as { key: string }[])[0]).toMatchObject({ key: "RUS", match: "similar" });
    expect(typo.message).toContain("closest: Russia (RUS, country)");
    expect((failure("Putn").context.matches as { key: string }[])[0].key).toBe("person:vladimir-putin");
    expect((failure("Lavro").context.matches as { key: string; match: string }[])[0]).toMatchObject({ key: "person:sergei-lavrov", match: "prefix" });
    expect(failure("Zelensky").code).toBe("E_UNKNOWN_ACTOR");
    // an id the store does not hold is unknown, never a silent empty answer
    expect(failure("person:nobody").code).toBe("E_UNKNOWN_ACTOR");
    expect(failure("").code).toBe("E_UNKNOWN_ACTOR");
    expect(failure("   ").code).toBe("E_UNKNOWN_ACTOR");
  });

  it("matchActor answers instead of throwing", () => {
    expect(matchActor("Russia", names)).toEqual({ actor: expect.objectContaining({ key: "RUS" }) });
    expect(matchActor("Trump", names)).toMatchObject({ error: "ambiguous" });
    expect(matchActor("Atlantis", names)).toMatchObject({ error: "unknown" });
  });
});

describe("helpers", () => {
  it("normaliseName drops marks, case, dots, possessives, 'the' and punctuation", () => {
    expect(normaliseName("  The U.S. ")).toBe("us");
    expect(normaliseName("Putin’s")).toBe("putin");
    expect(normaliseName("Côte d'Ivoire")).toBe("cote d ivoire");
    expect(normaliseName("Kim Yong-hyun")).toBe("kim yong hyun");
  });

  it("editDistance counts an adjacent swap as one edit and stops past the bound", () => {
    expect(editDistance("russia", "rusia")).toBe(1);
    expect(editDistance("russia", "rusisa")).toBe(1);
    expect(editDistance("putin", "putin")).toBe(0);
    expect(editDistance("abc", "xyz")).toBe(3);
    expect(editDistance("atlantis", "russia", 2)).toBeGreaterThan(2);
  });
});

describe("loadActorNames", () => {
  it("reads every stored actor of a store, and the states", async () => {
    const store = openSqliteStore(":memory:");
    await store.migrate();
    const actors = [country("RUS", "Russia"), person("person:vladimir-putin", "Vladimir Putin", "RUS", "President")];
    // more actors than a page of findActors (100): the resolver must see them all
    for (let i = 0; i < 120; i++) actors.push(person(`person:p-${i}`, `Person Number${i}`, "USA"));
    await store.putDocuments([doc({ id: "d1", actors, events: [event("CONSULT", ["person:vladimir-putin"], ["USA"], "2024-01-02")] })]);
    const names = await loadActorNames(store);
    expect(resolveActor("Putin", names).key).toBe("person:vladimir-putin");
    expect(resolveActor("Number119", names).key).toBe("person:p-119");
    expect(resolveActor("Iran", names)).toMatchObject({ key: "IRN", articles: 0 });
    await store.close();
  });
});
