#!/usr/bin/env node
// Converts a slice of the people in PETRARCH-2's state actors (Phoenix.Countries.actors.txt, MIT, Open Event
// Data; leaders from CountryInfo.txt) into data/persons-petrarch2.json: named office holders with their state
// and their dated roles in its government, each with the line it came from. The slice:
//   - entries marked "# CountryInfo.txt" (the source's list of each state's leaders and cabinets), coded to a
//     state (ISO 3166 alpha-3), with at least one dated role in that state's government ([AFGGOV 011222-...]);
//   - of those, heads of state and government: the leaders' list, whose entries step from the elite (ELI) into
//     government (GOV) on the day they take office ([AFGELI 750101-011222] [AFGGOV 011222-...]); and foreign
//     and defence ministers, whose entry gives a form with the title (FOREIGN_MINISTER_X, DEFENSE_MINISTER_X);
//   - people in office in 1945 or later (SINCE): the news dyad reads (Reuters 1987 on) names them as actors; the
//     lexicon reads them lazily (src/lexicon/known-people.ts), so their number costs a start nothing;
//   - an open role ends at the source's horizon (the latest date it gives), no later;
//   - only the dated government roles are kept (the source's elite and undated roles say nothing of an office);
//     a role is named where the source names it: an entry with one dated government role and its title in the forms
//     of one office only ("PRESIDENT_X", "RUSSIAN_FOREIGN_MINISTER_X") holds that office ("President", "Foreign
//     Minister"); any other role is "Government" (the source's codes say government, not which office);
//   - names of two words or more; a form with a title, one word, or given names alone (every word a given name
//     in data/given-names.json: "Abdul Ali") is left out; a name two entries share is left out of both;
//   - a state dyad knows (a UN member, or data/countries.json's include): a colony's governor is left out, and so
//     are the foreign heads of an occupation the source lists as a state's leaders (OCCUPIERS);
//   - a name with a word of English that is no name ("In Tam") is left out;
//   - no surname: a surname alone is left to the article's own full mention;
//   - names dyad's own data/persons.json knows are its: such an entry is left out whole.
// Usage: node scripts/convert-petrarch2-people.mjs [path/to/Phoenix.Countries.actors.txt] > data/persons-petrarch2.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = process.argv[2] ?? "/work/shared/dictionaries/petrarch2/Phoenix.Countries.actors.txt";
const SOURCE = "petrarch2/Phoenix.Countries.actors.txt";
const COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf";
const require = createRequire(import.meta.url);
// the states dyad knows (UN members and data/countries.json's include): a colony's governor is coded to the colony
const included = new Set(JSON.parse(readFileSync(join(root, "data/countries.json"), "utf8")).include ?? []);
const iso = new Set(require("world-countries").filter((c) => c.unMember || included.has(c.cca3)).map((c) => c.cca3));
/** English words that open or make up a name too often as words ("In Tam": "In Tampa" is no name, but "In Tam said" reads as one) */
const WORDS = new Set(["in", "on", "at", "to", "as", "so", "no", "do", "an", "be", "by", "or", "if", "it", "is", "us", "we", "he", "me", "my", "of", "up", "go", "and", "but", "for", "not", "the", "all", "can", "may", "will", "new", "long", "young", "says", "said", "has", "had", "was"]);
const given = JSON.parse(readFileSync(join(root, "data/given-names.json"), "utf8"));
const givenSet = new Set([...(given.names ?? []), ...(given.female ?? []), ...(given.male ?? [])].map((n) => String(n).toLowerCase()));
const ours = JSON.parse(readFileSync(join(root, "data/persons.json"), "utf8"));
const ourNames = new Set(ours.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
const TITLE = /^(PRESIDENT|PRIME_MINISTER|FOREIGN_MINISTER|DEFEN[CS]E_MINISTER|MINISTER|ACTING|KING|QUEEN|PRINCE|SHEIKH|SHEIK|EMIR|SULTAN|GENERAL|GEN|DR|MR|MRS|CHANCELLOR|PREMIER|VICE|DEPUTY|[A-Z]+_(FOREIGN|DEFEN[CS]E)_MINISTER|[A-Z]+_PRESIDENT|[A-Z]+_PRIME_MINISTER)_/;
const SINCE = "1945-01-01";
/** foreigners the source lists among a state's leaders: the heads of an occupation (Iraq 2003-04: US commanders and
 *  administrators, coded IRQ). Their state is their own, not the one they ran: left out */
const OCCUPIERS = new Set(["TOMMY_FRANKS_", "JOHN_ABIZAID_", "JAY_GARNER_", "PAUL_BREMER_"]);
const MINISTER = /(^|_)(FOREIGN|DEFEN[CS]E)_MINISTER_/;
/** the offices a form's title names, by the title's words in the form (a demonym may stand before: "RUSSIAN_PRESIDENT_") */
const OFFICES = [
  [/(^|_)VICE_PRESIDENT_/, "Vice-President"],
  [/(^|_)PRESIDENT_/, "President"],
  [/(^|_)DEPUTY_PRIME_MINISTER_/, "Deputy Prime Minister"],
  [/(^|_)PRIME_MINISTER_/, "Prime Minister"],
  [/(^|_)FOREIGN_MINISTER_/, "Foreign Minister"],
  [/(^|_)DEFEN[CS]E_MINISTER_/, "Defence Minister"],
  [/(^|_)CHANCELLOR_/, "Chancellor"],
  [/(^|_)PREMIER_/, "Premier"],
];
/** the one office an entry's forms name, or null (none, or two: "PRESIDENT_X" and "PRIME_MINISTER_X") */
const officeOf = (forms) => {
  const found = new Set();
  for (const f of forms) {
    const o = OFFICES.find(([re]) => re.test(f));
    if (o && !(o[1] === "President" && /VICE_PRESIDENT_/.test(f))) found.add(o[1]);
  }
  return found.size === 1 ? [...found][0] : null;
};
const LICENCE = readFileSync("/work/shared/dictionaries/petrarch2/LICENSE", "utf8").replace(/\s+/g, " ").trim();

const date = (s) => {
  if (!s) return null;
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (!/^\d{6}$/.test(s)) return undefined;
  const yy = Number(s.slice(0, 2));
  const d = `${yy <= 20 ? 2000 + yy : 1900 + yy}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  return /-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(d) ? d : undefined;
};
const small = new Set(["al", "el", "bin", "ibn", "de", "da", "van", "von", "del", "la", "le", "du", "dos", "das", "y", "ul", "ud"]);
const words = (form) => form.replace(/_+$/, "").split("_").filter(Boolean);
const written = (ws) =>
  ws.map((w, i) => (i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (m) => m.toUpperCase()))).join(" ");

// parse entries: a head line, "+" forms, "[CODE dates]" roles
const entries = [];
let cur = null;
const lines = readFileSync(src, "utf8").split("\n");
lines.forEach((raw, i) => {
  const line = raw.replace(/\s+$/, "");
  if (!line || line.startsWith("#")) return;
  if (/^[A-Z]/.test(line)) {
    const [form, comment = ""] = line.split("#");
    cur = { head: form.trim(), forms: [form.trim()], roles: [], line: i + 1, countryInfo: /CountryInfo\.txt/.test(comment) };
    entries.push(cur);
  } else if (line.startsWith("+") && cur && cur.roles.length === 0) cur.forms.push(line.slice(1).split("#")[0].trim());
  else if (/^\s+\[/.test(line) && cur) {
    const m = /\[([A-Z]{3})([A-Z]*)\s*([<>]?)(\d*)(?:-(\d+))?\]/.exec(line);
    if (m) cur.roles.push({ cc: m[1], sub: m[2], op: m[3], a: m[4], b: m[5] });
  } else if (!line.startsWith("+")) cur = null;
});

// the source's horizon: the latest date it gives anywhere; an open role ("[ALBGOV >050911]") is known to
// that date and no later (a role the source leaves open may have ended since: Berisha's in 2013)
let horizon = "0000";
for (const e of entries) for (const r of e.roles) for (const x of [r.a, r.b]) { const d = date(x); if (d && d > horizon) horizon = d; }
const out = [];
for (const e of entries) {
  if (!e.countryInfo || OCCUPIERS.has(e.head)) continue;
  const gov = [];
  const eli = [];
  for (const r of e.roles) {
    const from = r.op === "<" ? null : date(r.a);
    const to = r.op === ">" || (!r.op && r.a && !r.b) ? horizon : r.op === "<" ? date(r.a) : date(r.b);
    if (from === undefined || to === undefined || (!from && !to)) continue;
    if (from && to && from > to) continue;
    if (r.sub === "GOV") gov.push({ cc: r.cc, from, to });
    if (r.sub === "ELI") eli.push({ cc: r.cc, from, to });
  }
  if (!gov.length) continue;
  const cc = gov[0].cc;
  if (!iso.has(cc) || gov.some((g) => g.cc !== cc)) continue;
  const leader = gov.some((g) => g.from && eli.some((x) => x.cc === cc && x.to === g.from));
  const minister = e.forms.some((f) => MINISTER.test(f));
  if (!leader && !minister) continue;
  // in office in 2000 or later: the people today's news names as actors (each entry costs every start its time)
  if (!gov.some((g) => !g.to || g.to >= SINCE)) continue;
  const names = [];
  for (const f of e.forms) {
    if (TITLE.test(f)) continue;
    const ws = words(f);
    if (ws.length < 2 || ws.some((w) => !/^[A-Z][A-Z'.-]*$/.test(w))) continue;
    if (ws.every((w) => givenSet.has(w.toLowerCase()))) continue;
    if (ws.some((w) => WORDS.has(w.toLowerCase()))) continue;
    names.push(written(ws));
  }
  if (!names.length) continue;
  if (names.some((n) => ourNames.has(n.toLowerCase()))) continue;
  // (an office named by the forms holds for the one dated role; with two or more, which is which is not said)
  const office = gov.length === 1 ? officeOf(e.forms) : null;
  out.push({ names: [...new Set(names)], cc, roles: gov.map((g) => ({ role: office ?? "Government", sector: "GOV", from: g.from, to: g.to })), line: e.line, head: e.head });
}
// a name two entries share names neither
const count = new Map();
for (const o of out) for (const n of o.names) count.set(n.toLowerCase(), (count.get(n.toLowerCase()) ?? 0) + 1);
const ids = new Set();
const persons = [];
for (const o of out) {
  const names = o.names.filter((n) => count.get(n.toLowerCase()) === 1);
  if (!names.length) continue;
  const slug = names[0].toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  let id = `person:${slug}`;
  if (ids.has(id)) continue;
  ids.add(id);
  persons.push({ id, name: names[0], aliases: names.slice(1), surname: [], country: o.cc, roles: o.roles, source: `${SOURCE}:${o.line} ${o.head}` });
}
const doc = {
  $comment:
    "Heads of state and government and foreign and defence ministers in office in 1945 or later, from PETRARCH-2's Phoenix.Countries.actors.txt (CountryInfo.txt leaders and cabinets), made by scripts/convert-petrarch2-people.mjs: each person with the state and the dated government roles the source gives (named where its forms name one office for one role, else Government), and the source line. data/persons.json wins: an entry whose name it holds is left out; one-word names, forms with a title, given names alone and names two entries share are left out; no surnames.",
  licence: `Phoenix.Countries.actors.txt is from openeventdata/petrarch2 (commit ${COMMIT}). ${LICENCE}`,
  persons,
};
process.stdout.write("{\n" + ` "$comment": ${JSON.stringify(doc.$comment)},\n "licence": ${JSON.stringify(doc.licence)},\n "persons": [\n` + persons.map((p) => "  " + JSON.stringify(p)).join(",\n") + "\n ]\n}\n");
