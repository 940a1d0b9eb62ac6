// Known people converted from another dictionary (data/persons-petrarch2.json: some 1,500 heads of state and
// government and ministers), kept compact: a start pays for none of them until an article names one.
//
// Added to the name index as every phrase is, they cost each start the time of building their entries (10-20 ms for
// 500 people, cold code). Here they are a table of plain strings, built once per data version and kept by the compile
// cache: the first words of their names (sorted), and for each first word its names' words and the people they name,
// as JSON text. The name index (phrase-index.ts `lazy`) looks a first word up in that list and turns its row into
// entries only when an article's token asks for it; a person's entry is made once, whichever of their names is met
// first, and only then is the person in `personsById`.
import type { SeedPerson } from "./schemas.js";
import type { NameEntry } from "./compile-lexicon.js";
import type { PhraseIndex } from "./phrase-index.js";

/** The compact table (plain JSON data: the compile cache keeps it as it is). */
export interface KnownPeopleTable {
  /** the first words of the names, sorted by code unit */
  keys: string[];
  /** per key: JSON of [person, words][] (the index in `people` and the name's words) */
  rows: string[];
  /** per person: the seed person, as JSON */
  people: string[];
}

/** The table of `persons`, their names tokenised by `tokenize` (the text layer's words, as the name index holds them). */
export function knownPeopleTable(persons: readonly SeedPerson[], tokenize: (phrases: string[]) => string[][]): KnownPeopleTable {
  const phrases: string[] = [];
  const owner: number[] = [];
  persons.forEach((p, i) => {
    for (const f of new Set([p.name, ...p.aliases])) {
      phrases.push(f);
      owner.push(i);
    }
  });
  const words = tokenize(phrases);
  const byFirst = new Map<string, [number, string[]][]>();
  words.forEach((w, k) => {
    if (w.length === 0) return;
    const list = byFirst.get(w[0]);
    if (list) list.push([owner[k], w]);
    else byFirst.set(w[0], [[owner[k], w]]);
  });
  const keys = [...byFirst.keys()].sort();
  return { keys, rows: keys.map((k) => JSON.stringify(byFirst.get(k))), people: persons.map((p) => JSON.stringify(p)) };
}

/**
 * Makes `index` find the table's people (lazily, by first word), each a person entry from `from`; a person met is
 * put in `personsById` unless an entry read before holds the id.
 */
export function addKnownPeople(index: PhraseIndex<NameEntry>, table: KnownPeopleTable, personsById: Map<string, SeedPerson>, from: string): void {
  const entries: (NameEntry | undefined)[] = new Array(table.people.length);
  const entryOf = (i: number): NameEntry => {
    let e = entries[i];
    if (e) return e;
    const p = JSON.parse(table.people[i]) as SeedPerson;
    if (!personsById.has(p.id)) personsById.set(p.id, p);
    e = { kind: "person", id: p.id, code: p.country, name: p.name, sector: p.roles[0]?.sector ?? null, country: p.country, from, person: p };
    return (entries[i] = e);
  };
  index.lazy(table.keys, (row) => (JSON.parse(table.rows[row]) as [number, string[]][]).map(([i, words]) => ({ words, values: [entryOf(i)] })));
}
