#!/usr/bin/env node
// Converts the members of the US Congress in unitedstates/congress-legislators (CC0, public domain) into
// data/persons-congress.json: each member who served in 1970 or later, with the state USA and, where the source dates
// their terms, the roles Senator and Representative (sector LEG) from and to those dates. The source's files:
//   - legislators-current.yaml (every term with its start and end, type sen/rep): the members of its date;
//   - legislators-historical.csv (name, birthday and the LAST term's type, no term dates): everyone before; its members
//     get the state and no role (an undated role would hold at every date: a senator of 1975 is no senator in 2015);
//     born in 1905 or later (a member whose service reached 1970), where the source gives a birthday;
//   - older copies of legislators-current (yaml with terms, or csv without) fill the members who left between the
//     historical file's date and the newest current file's.
// A member is named by the source's official full name, first and last name, nickname and last name, and first name,
// middle initial and last name (with a suffix such as "Jr." as written); one-word names and surnames alone are left
// out (the lexicon's surname rules use persons.json's own people only). A name two members share names neither: such a
// name is written once, as a person with the state USA and no role (both were members of Congress). A name with the
// first and last words of a name dyad's own data/persons.json or data/persons-petrarch2.json holds is theirs: such a
// form is left out here ("John F. Kerry" is persons.json's John Kerry; "George Bush" either of its two presidents).
// Usage: node scripts/convert-congress-legislators.mjs CURRENT.yaml HISTORICAL.csv [OLDER-CURRENT.yaml|.csv ...] > data/persons-congress.json
// (e.g. from `git show HEAD:legislators-current.yaml` of a clone of github.com/unitedstates/congress-legislators)
import { readFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [current, historical, ...older] = process.argv.slice(2);
if (!current || !historical) {
  process.stderr.write("usage: node scripts/convert-congress-legislators.mjs CURRENT.yaml HISTORICAL.csv [OLDER-CURRENT.yaml|.csv ...]\n");
  process.exit(2);
}
const SINCE = "1970-01-01";
const BORN_SINCE = "1905";
const ROLE = { sen: "Senator", rep: "Representative" };

/** RFC 4180 CSV: quoted fields with "" for a quote, commas and newlines inside quotes */
function readCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ""])));
}

/** a member: bioguide id, name parts, terms (dated) or the last term's type (undated), where from */
const members = new Map();
function addMember(m) {
  const had = members.get(m.id);
  // (a file with dated terms wins over one without; the newest file, read first, over an older one)
  if (!had || (had.terms.length === 0 && m.terms.length > 0)) members.set(m.id, m);
}
function readYaml(file) {
  for (const p of parseYaml(readFileSync(file, "utf8"))) {
    const n = p.name ?? {};
    addMember({
      id: p.id.bioguide,
      first: n.first ?? "",
      middle: n.middle ?? "",
      last: n.last ?? "",
      nickname: n.nickname ?? "",
      suffix: n.suffix ?? "",
      full: n.official_full ?? "",
      birthday: p.bio?.birthday ?? "",
      terms: (p.terms ?? []).filter((t) => ROLE[t.type]).map((t) => ({ type: t.type, start: t.start, end: t.end })),
      source: basename(file),
    });
  }
}
function readCsvFile(file) {
  for (const r of readCsv(readFileSync(file, "utf8"))) {
    if (!r.bioguide_id) continue;
    addMember({ id: r.bioguide_id, first: r.first_name, middle: r.middle_name, last: r.last_name, nickname: r.nickname, suffix: r.suffix, full: r.full_name, birthday: r.birthday, terms: [], source: basename(file) });
  }
}
readYaml(current);
for (const f of older) (f.endsWith(".csv") ? readCsvFile : readYaml)(f);
readCsvFile(historical);

/** whether a member served in 1970 or later: by the terms' end, or, undated, by a birthday of 1905 or later */
const recent = (m) => (m.terms.length ? m.terms.some((t) => t.end >= SINCE) : /^\d{4}/.test(m.birthday) && m.birthday.slice(0, 4) >= BORN_SINCE);

/** consecutive terms of one chamber as one role (a term's end is the next one's start, or a day off) */
function rolesOf(terms) {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  const roles = [];
  for (const t of sorted) {
    const last = roles[roles.length - 1];
    const gapDays = last ? (Date.parse(t.start) - Date.parse(last.to)) / 86400000 : Infinity;
    if (last && last.role === ROLE[t.type] && gapDays <= 45) last.to = t.end > last.to ? t.end : last.to;
    else roles.push({ role: ROLE[t.type], sector: "LEG", from: t.start, to: t.end });
  }
  return roles;
}

const clean = (s) => s.replace(/\s+/g, " ").trim();
/** a name that is a person's: two words or more, each a capitalised word or an initial */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|(?:de|la|van|von|der|del|du)))*(?:,? (?:Jr\.|Sr\.|II|III|IV))?$/u;
function formsOf(m) {
  const suffix = m.suffix ? ` ${m.suffix}` : "";
  const out = new Set();
  const add = (s) => {
    const f = clean(s);
    if (f.split(" ").length >= 2 && NAME.test(f)) out.add(f);
  };
  // (the name news uses first: the nickname and last name, "Jim Inhofe", not "James M. Inhofe"; else the official name
  // without its middle initials, "Adam Schiff" for "Adam B. Schiff", "Ben Sasse", "Kay Bailey Hutchison"; else first and
  // last name)
  if (m.nickname) add(`${m.nickname} ${m.last}`);
  // (a suffix is no part of the name's first form: "Angus King", whose last word, "King", names him later)
  if (m.full) add(m.full.replace(/(?<=\S) \p{Lu}\.(?= )/gu, "").replace(/,? (Jr\.|Sr\.|II|III|IV)$/, ""));
  add(`${m.first} ${m.last}`);
  if (m.full) {
    add(m.full);
    add(m.full.replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/, ""));
  }
  for (const given of [m.first, m.nickname]) {
    if (!given) continue;
    add(`${given} ${m.last}`);
    add(`${given} ${m.last}${suffix}`);
  }
  if (m.middle) add(`${m.first} ${m.middle[0]}. ${m.last}`);
  return [...out];
}

// the names of dyad's own people and PETRARCH-2's, by their first and last words: "John Kerry", "John F. Kerry" and "John
// Forbes Kerry" are one person, whom persons.json holds ("George Bush" is either of two presidents there, and no
// congressman of its own)
const ends = (n) => {
  const w = n.replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/, "").toLowerCase().split(/\s+/);
  return `${w[0]} ${w[w.length - 1]}`;
};
const taken = new Set();
for (const p of JSON.parse(readFileSync(join(root, "data/persons.json"), "utf8"))) for (const n of [p.name, ...p.aliases]) taken.add(ends(n));
for (const p of JSON.parse(readFileSync(join(root, "data/persons-petrarch2.json"), "utf8")).persons) for (const n of [p.name, ...p.aliases]) taken.add(ends(n));

const chosen = [...members.values()].filter(recent).map((m) => ({ m, forms: formsOf(m).filter((f) => !taken.has(ends(f))) }));
const owners = new Map();
for (const { m, forms } of chosen) for (const f of forms) owners.set(f.toLowerCase(), [...(owners.get(f.toLowerCase()) ?? []), m.id]);

const slug = (s) => s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const persons = [];
const ids = new Set();
const push = (p) => {
  let id = p.id;
  for (let k = 2; ids.has(id); k++) id = `${p.id}-${k}`;
  ids.add(id);
  persons.push({ ...p, id });
};
for (const { m, forms } of chosen) {
  const own = forms.filter((f) => owners.get(f.toLowerCase()).length === 1);
  if (!own.length) continue;
    const [name, ...aliases] = own;
  push({ id: `person:${slug(name)}`, name, aliases, surname: [], country: "USA", roles: m.terms.length ? rolesOf(m.terms) : [], source: `congress-legislators/${m.source} ${m.id}` });
}
const shared = new Map();
for (const { m, forms } of chosen) for (const f of forms) if (owners.get(f.toLowerCase()).length > 1 && !shared.has(f.toLowerCase())) shared.set(f.toLowerCase(), { name: f, ids: owners.get(f.toLowerCase()), source: m.source });
for (const { name, ids: who, source } of shared.values()) push({ id: `person:${slug(name)}`, name, aliases: [], surname: [], country: "USA", roles: [], source: `congress-legislators/${source} ${who.join(" ")}` });

const doc = {
  $comment:
    "Members of the US Congress who served in 1970 or later, from unitedstates/congress-legislators (legislators-current.yaml of June 2026 with every term dated; legislators-historical.csv of 2019 and older copies of the current list, without term dates), made by scripts/convert-congress-legislators.mjs: each member with the state USA; the roles Senator and Representative (sector LEG) only where the source dates the terms (members of the historical file have the state and no role). Names: the official name, first or nickname and last name, with a middle initial; no one-word names or surnames alone. A name two members share is written once with no role; a name whose first and last words a name of data/persons.json or data/persons-petrarch2.json has is theirs (\"John F. Kerry\", \"George Bush\"). The lexicon reads these names only in an article that speaks of the United States (src/stages/actors/known-person-span.ts, congressMemberAllowed).",
  licence:
    "From github.com/unitedstates/congress-legislators: \"The project is in the public domain within the United States, and copyright and related rights in the work worldwide are waived through the CC0 1.0 Universal public domain dedication\" (https://creativecommons.org/publicdomain/zero/1.0/).",
  persons,
};
process.stdout.write("{\n" + ` "$comment": ${JSON.stringify(doc.$comment)},\n "licence": ${JSON.stringify(doc.licence)},\n "persons": [\n` + persons.map((p) => "  " + JSON.stringify(p)).join(",\n") + "\n ]\n}\n");
process.stderr.write(`${persons.length} persons (${persons.filter((p) => p.roles.length).length} with dated roles, ${shared.size} shared names)\n`);
