#!/usr/bin/env node
// Converts PETRARCH-2's non-state armed groups (Phoenix.MilNonState.actors.txt, MIT, Open Event Data;
// names from START's TOPS database) into data/groups-petrarch2.json: named armed groups with the state
// they fight in or from ("Liberation Tigers of Tamil Eelam" LKA, "UNITA" AGO, "PKK" TUR), each with the
// line it came from. Only what the actor stage can use faithfully is kept:
//   - groups coded to one state (ISO 3166 alpha-3; CAMEO's "ANG" is Angola); regional and
//     international codes (MEA, SAS, INT, IMG...) name no state and are left out;
//   - the group's names and the acronyms given in brackets ("(LTTE)"); aliases that name a person
//     (the source lists leaders as the group: "JOSEPH_KONY" under the Lord's Resistance Army) or a
//     bracketed gloss ("(SOUTH_AFRICA)") are left out: a name is kept when it is one word, an
//     acronym, or holds a word of an organisation's name (ORG_WORDS);
//   - names dyad's own dictionaries know (data/organizations.json, data/igos.json) are theirs: an
//     entry whose name or any alias they hold is left out whole;
//   - acronyms of three letters or fewer, and names in LEAVE_OUT, each with its reason.
// The source's words are in capitals; a name is written as news writes it: each word capitalised,
// small words of a name in lower case ("Liberation Tigers of Tamil Eelam", "Lashkar-e-Omar"),
// acronyms and one-word names in capitals as well ("UNITA" and "Unita").
// Usage: node scripts/convert-phoenix-groups.mjs [path/to/Phoenix.MilNonState.actors.txt] > data/groups-petrarch2.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = process.argv[2] ?? "/work/shared/dictionaries/petrarch2/Phoenix.MilNonState.actors.txt";
const SOURCE = "petrarch2/Phoenix.MilNonState.actors.txt";
const require = createRequire(import.meta.url);

/** CAMEO country codes that are not ISO 3166 alpha-3 */
const CAMEO_ISO = { ANG: "AGO" };
/** words that make a name an organisation's, not a person's */
const ORG_WORDS =
  /^(army|armies|front|movement|party|brigade|brigades|tigers?|organi[sz]ation|group|groups|commando|commandos|forces?|council|union|liberation|resistance|jihad|cells?|committee|faction|battalions?|guerrillas?|militia|mujahideen|mujahidin|lashkar|jaish|hizb|harakat|ansar|jamaat|jama'at|jamiat|alliance|league|revolutionary|revolution|nuclei|squad|squads|column|command|martyrs|fighters|youth|vanguard|society|congress|coalition|federation|association|warriors|soldiers|defenders|defence|defense|legion|nationalist|national|popular|people's|peoples|islamic|independence|action|struggle|armed|autonomous|fraction|sons|partisans|rebels|insurgents|resistencia|ejercito|frente|fuerzas|movimiento|comando|accion|organizacion|armee|gruppo|brigate|nuclei|bewegung|fraktion|bataillon|sipah|tehrik|tanzim|hezb|hizbul|hizbollah|hizbullah|hezbollah|taliban|al-qaida|al-qaeda|qaeda|qaida|shabaab|boko|haram)$/i;
const SMALL = new Set(["of", "the", "for", "and", "in", "on", "to", "at", "de", "del", "la", "le", "les", "des", "du", "di", "da", "y", "et", "el", "al", "ad", "ud", "ul", "e", "i", "a", "por", "para", "per", "der", "die", "und", "van", "von"]);
/** names that are not the group's in news, each with its reason */
const LEAVE_OUT = {
  Tigers: "a sports team's name before it is a Swazi group's",
  Amal: "a given name (Amal Clooney) as often as the Lebanese movement",
  Eyal: "a given name",
  Shahin: "a given name",
  Hotaru: "a given name",
  Contras: "a common noun ('pros and contras') as well",
  Clandestini: "Italian for 'illegal immigrants'",
  Hisba: "a religious police in many states, not one group",
  Tanzim: "Arabic 'organisation', the name of many groups",
  Al: "an article",
  "Islamic Jihad": "several groups in several states (Palestinian, Egyptian, Eritrean)",
  "Islamic Army": "several groups",
  "Islamic Front": "several groups",
  "Islamic Movement": "several groups",
  "National Liberation Army": "several groups (Colombia's ELN, Macedonia's, Algeria's)",
  "Popular Front": "several groups",
  "Liberation Army": "several groups",
  "People's Army": "several groups",
  "Red Army": "the Soviet army, and several groups",
  Youth: "a common noun",
  // words, places and other bodies' acronyms before they are these groups'
  GREECE: "a state", COLOMBIA: "a state", PARADISE: "a word", ZERO: "a word", FALCON: "a word", YAHWEH: "a name of God", EMETIC: "a word", MACHETE: "a word",
  CAR: "the Central African Republic", ANA: "the Afghan National Army", ISA: "the Internal Security Act", EPA: "the US Environmental Protection Agency",
  MCC: "the Millennium Challenge Corporation", FPS: "frames per second", ARB: "an arbitration board", ERG: "a unit", NTA: "several bodies", NAA: "several bodies",
  "Egypt's Revolution": "a description", "Friendship Society": "a description", "Revolutionary Socialists": "several groups in several states",
  "Badr Forces": "Iraq's Badr Organization, coded to PSE in the source",
  JBC: "several bodies", FPC: "several bodies", BCF: "several bodies", AJB: "several bodies", 313: "a number", Bersatu: "Malay 'united', in many parties' names",
};

const leaveOut = new Set(Object.keys(LEAVE_OUT).map((k) => k.toLowerCase()));
/** words of a description, not of a name */
const GENERIC = /^(islamic|islamiyah|revolutionary|national|popular|direct|immediate|social|socialist|patriotic|nationalist|proletarian|red|white|black|green|secret|peoples|people's|action|justice|left|right|society|brotherhood|anti|autonomous|anarchist|anarchists|communist|democratic|democracy|unified|united|free|freedom|holy|arab|muslim|muslims|christian|new|young|armed|state|power|zionist|imperialist|fascist|anti-fascist|struggle|nuclei|perspective|memory|conspiracy|defense|defence|message|base|organization|organisation|army|war|warriors|partisans|command|comando|commandos|group)$/i;
const world = require("world-countries");
const demonyms = new Set(world.flatMap((c) => [c.demonyms?.eng?.m, c.name.common]).filter(Boolean).map((d) => d.toLowerCase()));
const iso = new Set(world.map((c) => c.cca3));
const orgs = JSON.parse(readFileSync(join(root, "data", "organizations.json"), "utf8"));
const igos = JSON.parse(readFileSync(join(root, "data", "igos.json"), "utf8"));
const known = new Set([...orgs, ...igos].flatMap((o) => [o.name, ...(o.aliases ?? [])]).map((s) => s.toLowerCase().replace(/^the /, "")));

const cap = (w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
/** One word of a name as news writes it. */
function word(w, first) {
  if (/^\d/.test(w)) return w.toLowerCase();
  // an acronym: no vowel ("PKK", "MCC")
  if (!/[AEIOUY]/.test(w) && w.length <= 6) return w;
  // hyphenated: "LASHKAR-E-OMAR" → "Lashkar-e-Omar", "AL-BADR" → "Al-Badr"
  return w
    .split("-")
    .map((p, i) => (SMALL.has(p.toLowerCase()) && !(first && i === 0) ? p.toLowerCase() : cap(p)))
    .join("-");
}
function written(words) {
  return words.map((w, i) => (SMALL.has(w.toLowerCase()) && i > 0 ? w.toLowerCase() : word(w, i === 0))).join(" ");
}

const groups = [];
const left = { noState: 0, known: 0, noName: 0 };
const ids = new Set(orgs.map((o) => o.id));
let entry = null;
const flush = () => {
  if (!entry) return;
  const e = entry;
  entry = null;
  const names = [];
  for (const raw of e.raw) {
    // "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": the bracketed acronym is a name too, a gloss is not
    const acronyms = [...raw.matchAll(/\(([A-Z]{2,8})\)/g)].map((m) => m[1]);
    const bare = raw.replace(/\([^)]*\)/g, " ").replace(/_/g, " ").replace(/\s+/g, " ").trim();
    const ws = bare.split(" ").filter(Boolean);
    if (ws.length) names.push({ words: ws, text: written(ws) });
    for (const a of acronyms) names.push({ words: [a], text: a, acronym: true });
  }
  if (names.some((n) => known.has(n.text.toLowerCase()))) return void left.known++;
  const forms = [];
  for (const [i, n] of names.entries()) {
    const one = n.words.length === 1;
    // a person listed as the group, or a gloss: not a name of the group
    if (!one && !n.words.some((w) => ORG_WORDS.test(w) || w.split("-").some((p) => ORG_WORDS.test(p)))) continue;
    // a one-word alias that is no acronym is a person's name as often as not ("+RUF" is kept)
    if (one && i > 0 && !n.acronym && !/^[A-Z]{2,6}$/.test(n.words[0])) continue;
    // a three-letter acronym is some firm's or agency's as often as the group's ("ETA Systems Inc",
    // "Kokusan Kinzoku Kogyo (KKK)", "Sugar and Alcohol Institute (IAA)")
    if (leaveOut.has(n.text.toLowerCase()) || (one && n.words[0].replace(/[^A-Za-z0-9]/g, "").length <= 3)) continue;
    // "Islamic Party", "Syrian Mujahideen", "Direct Action": words any group's name may hold, no name
    if (!n.acronym && n.words.every((w) => w.split("-").every((p) => !p || GENERIC.test(p) || ORG_WORDS.test(p) || SMALL.has(p.toLowerCase()) || demonyms.has(p.toLowerCase())))) continue;
    if (one && !n.acronym) {
      // "UNITA", "PKK": a short one-word name is an acronym, written in capitals; a longer one is a
      // name ("Tupamaros", "Hizb-i-Islami"), written so
      if (n.words[0].length <= 5 || /\d/.test(n.words[0])) forms.push(n.words[0]);
      else forms.push(word(n.words[0], true));
    } else forms.push(n.text);
  }
  const uniq = [...new Set(forms)];
  if (!uniq.length) return void left.noName++;
  let id = `org:${uniq[0].toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
  if (ids.has(id)) id += `-${e.country.toLowerCase()}`;
  if (ids.has(id)) return void left.known++;
  ids.add(id);
  groups.push({ id, name: uniq[0], aliases: uniq.slice(1), sector: "REB", country: e.country, source: `${SOURCE}:${e.line} ${e.raw[0]} [${e.code}]` });
};
for (const [n, raw] of readFileSync(src, "utf8").split("\n").entries()) {
  const line = raw.replace(/#.*/, "").trimEnd();
  if (!line.trim()) continue;
  if (line.startsWith("+")) {
    entry?.raw.push(line.slice(1).trim());
    continue;
  }
  flush();
  // "NAME [CCCREB]": a dated block (Hamas's) has its codes on lines of their own and is left out
  const m = /^([A-Z0-9][^[]*?)\s*\[([A-Z]{3})([A-Z]*)\]\s*$/.exec(line);
  if (!m) {
    left.noState++;
    continue;
  }
  const country = CAMEO_ISO[m[2]] ?? m[2];
  if (!iso.has(country)) {
    left.noState++;
    entry = null;
    continue;
  }
  entry = { line: n + 1, raw: [m[1].trim()], country, code: m[2] + m[3] };
}
flush();

const out = {
  $comment:
    "Named non-state armed groups from PETRARCH-2's Phoenix.MilNonState.actors.txt (START TOPS names), made by scripts/convert-phoenix-groups.mjs: each is an organisation of sector REB with the state it is coded to, and the source line it came from. Groups dyad's own data/organizations.json or data/igos.json know are left to them; regional and international groups, persons listed as a group and names in the converter's LEAVE_OUT are left out.",
  licence:
    "Phoenix.MilNonState.actors.txt is from openeventdata/petrarch2 (commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). The MIT License (MIT). Copyright (c) 2014 Open Event Data. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
  groups,
};
process.stderr.write(`${groups.length} groups; left out: ${JSON.stringify(left)}\n`);
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
