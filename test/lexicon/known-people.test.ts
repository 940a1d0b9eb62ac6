import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../src/lexicon/phrase-index.js";
import { addKnownPeople, knownPeopleTable } from "../../src/lexicon/known-people.js";
import type { NameEntry } from "../../src/lexicon/compile-lexicon.js";
import type { SeedPerson } from "../../src/lexicon/schemas.js";
import type { Token } from "../../src/model/types.js";

const tokens = (text: string) => text.split(" ").map((norm) => ({ norm, lower: norm.toLowerCase() }) as Token);
const norm = (t: Token) => t.norm;
const upper = (t: Token) => t.norm.toUpperCase();
const split = (phrases: string[]) => phrases.map((p) => p.split(" "));
const person = (id: string, name: string, aliases: string[], country: string): SeedPerson => ({
  id,
  name,
  aliases,
  surname: [],
  country,
  roles: [{ role: "President", sector: "GOV", from: "1990-01-01", to: "1995-01-01" }],
});
const people = [
  person("person:ana-pop", "Ana Pop", ["Ana Maria Pop"], "ROU"),
  person("person:jan-novak", "Jan Novak", ["Jan N. Novak"], "CZE"),
  person("person:zoran-ilic", "Zoran Ilic", ["Z. Ilic"], "SRB"),
];

describe("known people: a compact table the name index reads lazily", () => {
  it("keeps the names' first words sorted, and each person once", () => {
    const table = knownPeopleTable(people, split);
    expect(table.keys).toEqual(["Ana", "Jan", "Z.", "Zoran"]);
    expect(table.people).toHaveLength(3);
    // plain JSON data: what the compile cache stores and gives back is the same table
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it("gives back each person as the dictionary held them, a name with a separator too (written as JSON)", () => {
    const odd = { ...person("person:o-neil", "Pat O'Neil", ["P. | O'Neil"], "IRL"), source: "list:3 O'NEIL" };
    const withOrg = { ...person("person:ana-ion", "Ana Ion", [], "ROU"), roles: [{ role: "Envoy", sector: "GOV", from: null, to: "2001-02-03", org: "UN" }] };
    const all = [...people, odd, withOrg];
    const table = knownPeopleTable(all, split);
    expect(table.people.filter((t) => t.startsWith("{"))).toHaveLength(1);
    const index = new PhraseIndex<NameEntry>().seal();
    const byId = new Map<string, SeedPerson>();
    addKnownPeople(index, table, byId, "test");
    for (const p of all) expect(index.matchAt(tokens(p.name), 0, norm)?.values[0].person).toEqual({ ...p, roles: p.roles.map((r) => ({ ...r, from: r.from ?? null })) });
    expect(index.matchAt(tokens("P. | O'Neil"), 0, norm)?.values[0].id).toBe("person:o-neil");
  });

  it("finds a person by any of their names, longest first, and makes one entry for them", () => {
    const index = new PhraseIndex<NameEntry>().seal();
    const byId = new Map<string, SeedPerson>();
    const personOf = addKnownPeople(index, knownPeopleTable(people, split), byId, "test");
    const long = index.matchAt(tokens("Ana Maria Pop said"), 0, norm);
    expect(long?.length).toBe(3);
    expect(long?.values[0]).toMatchObject({ kind: "person", id: "person:ana-pop", country: "ROU", from: "test" });
    expect(index.matchAt(tokens("Ana Pop said"), 0, norm)?.values[0]).toBe(long?.values[0]);
    expect(personOf("person:ana-pop")?.name).toBe("Ana Pop");
    // (a lookup writes nothing shared: the map of one's own people stays as given, and a person no article named is
    // found by id all the same)
    expect(byId.size).toBe(0);
    expect(personOf("person:jan-novak")?.name).toBe("Jan Novak");
    expect(personOf("person:nobody")).toBeUndefined();
    expect(index.has("Jan")).toBe(true);
    expect(index.matchAt(tokens("Z. Ilic"), 0, norm)?.values[0]).toBe(index.matchAt(tokens("Zoran Ilic"), 0, norm)?.values[0]);
  });

  it("adds a lazy phrase after what the index held for the same words, and keeps the bucket longest first", () => {
    const index = new PhraseIndex<NameEntry>();
    const place = { kind: "city", id: "place:jan", code: null, name: "Jan", sector: null, country: null, from: "x", person: undefined } as NameEntry;
    index.add(["Jan"], place);
    index.add(["Jan", "Novak"], place);
    index.seal();
    addKnownPeople(index, knownPeopleTable(people, split), new Map(), "test");
    expect(index.matchAt(tokens("Jan Novak"), 0, norm)?.values.map((v) => v.kind)).toEqual(["city", "person"]);
    expect(index.matchAt(tokens("Jan N. Novak"), 0, norm)?.length).toBe(3);
    expect(index.matchAt(tokens("Jan said"), 0, norm)?.values).toEqual([place]);
  });

  it("keeps the rows not yet read lazy in an index of mapped words (capitals)", () => {
    const index = new PhraseIndex<NameEntry>().seal();
    addKnownPeople(index, knownPeopleTable(people, split), new Map(), "test");
    index.matchAt(tokens("Ana Pop"), 0, norm);
    const caps = index.mapKeys((w) => w.toUpperCase()).seal();
    expect(caps.matchAt(tokens("ANA POP"), 0, upper)?.values[0]).toMatchObject({ id: "person:ana-pop" });
    expect(caps.matchAt(tokens("ZORAN ILIC"), 0, upper)?.values[0]).toMatchObject({ id: "person:zoran-ilic" });
  });

  it("negative: a surname, a first word alone or another word finds no one, and makes no entry", () => {
    const index = new PhraseIndex<NameEntry>().seal();
    const byId = new Map<string, SeedPerson>();
    addKnownPeople(index, knownPeopleTable(people, split), byId, "test");
    expect(index.matchAt(tokens("Pop said"), 0, norm)).toBeNull();
    expect(index.matchAt(tokens("Novak said"), 0, norm)).toBeNull();
    expect(index.matchAt(tokens("Ana said"), 0, norm)).toBeNull();
    expect(index.matchAt(tokens("Anna Pop"), 0, norm)).toBeNull();
    expect(index.has("Pop")).toBe(false);
    expect(byId.has("person:jan-novak")).toBe(false);
  });

  it("finds one's own person first where the table holds the same id", () => {
    const own = new Map<string, SeedPerson>([["person:ana-pop", { ...people[0], name: "Ana Pop (own)" }]]);
    const personOf = addKnownPeople(new PhraseIndex<NameEntry>().seal(), knownPeopleTable(people, split), own, "test");
    expect(personOf("person:ana-pop")?.name).toBe("Ana Pop (own)");
  });
});
