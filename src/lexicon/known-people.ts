// Known people converted from other dictionaries (data/persons-petrarch2.json: some 1,500 heads of state and
// government and ministers; data/persons-congress.json: some 3,000 members of the US Congress), kept compact: a start pays for none of them until an article names one.
//
// Added to the name index as every phrase is, they cost each start the time of building their entries (10-20 ms for
// 500 people, cold code). Here they are a table of plain strings, built once per data version and kept by the compile
// cache: the first words of their names (sorted), and for each first word its names' words and the people they name,
// as JSON text. The name index (phrase-index.ts `lazy`) looks a first word up in that list and turns its row into
// entries only when an article's token asks for it; a person's entry is made once, whichever of their names is met
// first. `personsById` holds dyad's own people only; the lexicon's `personOf` finds either.
import type { SeedPerson } from "./schemas.js";
import type { NameEntry } from "./compile-lexicon.js";
import type { PhraseIndex } from "./phrase-index.js";

/** the `from` of a converted known person's entry */
export const KNOWN_PEOPLE_FROM = "data/persons-petrarch2.json";
/** the `from` of a member of the US Congress (data/persons-congress.json), whose `source` begins with CONGRESS_SOURCE */
export const CONGRESS_PEOPLE_FROM = "data/persons-congress.json";
export const CONGRESS_SOURCE = "congress-legislators/";

/** The compact table (plain JSON data: the compile cache keeps it as it is). Rows and people are written as text
 * with separators that JSON needs no escape for ("|", "^", "~"): JSON text inside a JSON string escapes every quote,
 * and the cache's entry then took 3-10 ms more to parse; one whose words hold a separator is written as JSON. */
export interface KnownPeopleTable {
  /** the first words of the names, sorted by code unit */
  keys: string[];
  /** per key: its names, "|"-separated, each the person's index in `people`, "~", and the name's words "^"-separated
   * (or JSON of [person, words][]) */
  rows: string[];
  /** per person: id|name|aliases^..|surnames^..|country|roles^..|source, a role role~sector~from~to~org (or JSON) */
  people: string[];
  /** what every person's source begins with, left out of `people` ("petrarch2/Phoenix.Countries.actors.txt:") */
  sourcePrefix: string;
}

const SEPARATORS = /[|^~]/;

function writeRow(names: [number, string[]][]): string {
  if (names.some(([, w]) => w.some((x) => SEPARATORS.test(x) || x === ""))) return JSON.stringify(names);
  return names.map(([i, w]) => `${i}~${w.join("^")}`).join("|");
}

function readRow(text: string): [number, string[]][] {
  if (text[0] === "[") return JSON.parse(text) as [number, string[]][];
  return text.split("|").map((n) => {
    const at = n.indexOf("~");
    return [Number(n.slice(0, at)), n.slice(at + 1).split("^")];
  });
}

function writePerson(p: SeedPerson, prefix: string): string {
  const fields = [p.id, p.name, ...p.aliases, ...p.surname, p.country ?? "", p.source ?? "", ...p.roles.flatMap((r) => [r.role, r.sector, r.from ?? "", r.to ?? "", r.org ?? ""])];
  // (a list's empty member could not be told from no member; a separator could not be told from the text)
  // (nor a source that is the prefix alone, or empty, from none)
  if (fields.some((f) => SEPARATORS.test(f)) || [...p.aliases, ...p.surname].some((f) => f === "") || (p.source !== undefined && p.source.length <= prefix.length)) return JSON.stringify(p);
  const roles = p.roles.map((r) => [r.role, r.sector, r.from ?? "", r.to ?? "", r.org ?? ""].join("~"));
  return [p.id, p.name, p.aliases.join("^"), p.surname.join("^"), p.country ?? "", roles.join("^"), p.source?.slice(prefix.length) ?? ""].join("|");
}

function readPerson(text: string, prefix: string): SeedPerson {
  if (text[0] === "{") return JSON.parse(text) as SeedPerson;
  const [id, name, aliases, surname, country, roles, source] = text.split("|");
  const list = (s: string) => (s ? s.split("^") : []);
  const p: SeedPerson = {
    id,
    name,
    aliases: list(aliases),
    surname: list(surname),
    country: country || null,
    roles: list(roles).map((r) => {
      const [role, sector, from, to, org] = r.split("~");
      return { role, sector, from: from || null, to: to || null, ...(org ? { org } : {}) } as SeedPerson["roles"][number];
    }),
  };
  if (source) p.source = prefix + source;
  return p;
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
  // (a prefix only where every person's source has it)
  const sources = persons.map((p) => p.source ?? "");
  let sourcePrefix = sources[0]?.slice(0, sources[0].lastIndexOf(":") + 1) ?? "";
  if (!sources.every((x) => x.startsWith(sourcePrefix))) sourcePrefix = "";
  return { keys, rows: keys.map((k) => writeRow(byFirst.get(k)!)), people: persons.map((p) => writePerson(p, sourcePrefix)), sourcePrefix };
}

/** a written person's id, read without the rest */
function idOf(text: string): string {
  return text[0] === "{" ? (JSON.parse(text) as SeedPerson).id : text.slice(0, text.indexOf("|"));
}

/**
 * Makes `index` find the table's people (lazily, by first word), each a person entry from `from`. Returns the lookup of
 * a person by id: `own` (dyad's own people) first, else the table's first person of that id, whether or not an article
 * met them. Nothing shared is written: the memos below (people read, the id index) are pure caches of the table, and
 * what they hold never changes what a lookup returns.
 */
export function addKnownPeople(index: PhraseIndex<NameEntry>, table: KnownPeopleTable, own: ReadonlyMap<string, SeedPerson>, from: string | ((p: SeedPerson) => string)): (id: string) => SeedPerson | undefined {
  const people: (SeedPerson | undefined)[] = new Array(table.people.length);
  const personAt = (i: number): SeedPerson => (people[i] ??= readPerson(table.people[i], table.sourcePrefix));
  const entries: (NameEntry | undefined)[] = new Array(table.people.length);
  const entryOf = (i: number): NameEntry => {
    let e = entries[i];
    if (e) return e;
    const p = personAt(i);
    e = { kind: "person", id: p.id, code: p.country, name: p.name, sector: p.roles[0]?.sector ?? null, country: p.country, from: typeof from === "string" ? from : from(p), person: p };
    return (entries[i] = e);
  };
  index.lazy(table.keys, (row) => readRow(table.rows[row]).map(([i, words]) => ({ words, values: [entryOf(i)] })));
  let ids: Map<string, number> | null = null;
  return (id) => {
    const p = own.get(id);
    if (p) return p;
    if (!ids) {
      ids = new Map();
      for (let i = 0; i < table.people.length; i++) {
        const k = idOf(table.people[i]);
        if (!ids.has(k)) ids.set(k, i);
      }
    }
    const i = ids.get(id);
    return i === undefined ? undefined : personAt(i);
  };
}
