#!/usr/bin/env node
// Converts the misspellings of state names that PETRARCH-2's country dictionary lists
// (Phoenix.Countries.actors.txt, MIT, Open Event Data) into data/countries-petrarch2.json: names as
// wire copy and foreign outlets misspell them ("Afganistan", "Ethopia", "Phillipines", "Lybia"),
// each with the state's code and the line it came from. The dictionary lists under each state
// (`AFGHANISTAN_ [AFG]`) every form its coders met: demonyms, names in other languages, old names,
// misspellings and jokes ("THE_GRAVEYARD_OF_EMPIRES"). Only the misspellings are kept, read by shape:
//   - a form within two edits (insert, delete, substitute) of the state's own name in the
//     dictionary, and not the same name: a typo, not another name;
//   - not the name with an ending added or cut ("ALBANIAN", "ETHIOP"): those are demonyms and
//     plurals, which the actor stage has as demonyms, or stubs;
//   - not a demonym that world-countries knows for any state ("Swede", "Turk", "Croat");
//   - not ending as a name of its people does ('-ian', '-an', '-er', '-os') unless the name does;
//   - five letters or more (shorter ones are words and acronyms: "JPAN" is rare, "POLND" too);
//   - of a state the lexicon has (a UN member or one data/countries.json includes);
//   - not in LEAVE_OUT, each with its reason (words, given names, places, names in other languages
//     that are English words).
// A form is written with each word capitalised ("Sierra Leon", "Bangla Desh").
// Usage: node scripts/convert-phoenix-countries.mjs [path/to/Phoenix.Countries.actors.txt] > data/countries-petrarch2.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = process.argv[2] ?? "/work/shared/dictionaries/petrarch2/Phoenix.Countries.actors.txt";
const SOURCE = "petrarch2/Phoenix.Countries.actors.txt";
const require = createRequire(import.meta.url);

/** forms that are not only the state's misspelling in English news, each with its reason */
const LEAVE_OUT = {
  JORDON: "a given name (Jordon Hudson)",
  TAINAN: "a city of Taiwan, not the state",
  TUNIS: "Tunisia's capital, which the gazetteer has",
  CHILOE: "an island of Chile",
  BUGANDA: "a kingdom inside Uganda",
  XANADA: "a name of places and firms",
  KAENADA: "not a spelling news uses",
  POLEN: "German for Poland, and a surname",
  MONGOL: "a people and an empire",
  MOTSWANA: "Botswana's demonym", BATSWANA: "Botswana's people", MOSOTHO: "Lesotho's demonym", BASOTHO: "Lesotho's people",
  "I-KIRIBATI": "Kiribati's demonym",
  SPANE: "not a spelling news uses",
  CHADE: "a given name",
  HMONGOLIA: "not a spelling news uses",
  OSTRIA: "not a spelling news uses",
  OSTRALIA: "not a spelling news uses",
  CAMEROOM: "not a spelling news uses",
  GRECE: "a surname",
  JAPANG: "not a spelling news uses",
  KENIA: "a given name",
  LIBIA: "a given name",
  INDEA: "not a spelling news uses",
  INDYA: "not a spelling news uses",
  HINDIO: "not a spelling news uses",
  SWEDE: "a person of Sweden, and a vegetable",
  "SING A PORE": "a pun",
  "HOG KOG": "a pun",
  "HON KON": "not a spelling news uses",
  "N ZEALAND": "an abbreviation, not a name",
  "N. ZEALAND": "an abbreviation, not a name",
  "S LANKA": "an abbreviation, not a name",
  "GUINEA BISS.": "an abbreviation, not a name",
  "GUINEA (BISSAU)": "brackets",
  "COTE IVOIRE": "not a spelling news uses",
  "SAINT. LUCIA": "not a spelling news uses",
  "FIN LAND": "two words",
  "CHECK REPUBLIC": "a pun",
  "BURKINA FATSO": "a pun",
  UMMAN: "a word of Arabic names",
  PALAUS: "a plural",
  FIJIS: "a plural",
  YEMENS: "a plural",
  BAHAMA: "the Bahama Islands, a place word",
  ITALIA: "a word of names ('Forza Italia', 'Telecom Italia')",
  LUXEMBURG: "a surname (Rosa Luxemburg)",
  LICHTENSTEIN: "a surname (Roy Lichtenstein)",
  YISRAEL: "a given name", YISROEL: "a given name",
  FRANTA: "a given name",
};
/** endings of people's names ("Argentinean", "Netherlander", "Argentinos"): demonyms, not the state's name */
const PEOPLE_ENDING = /(IAN|EAN|AN|ER|OS|IDS)$/;

function edits(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

const titleCase = (s) => s.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());

const world = require("world-countries");
const extra = JSON.parse(readFileSync(join(root, "data", "countries.json"), "utf8"));
const included = new Set(extra.include);
const states = new Set(world.filter((c) => c.unMember || included.has(c.cca3)).map((c) => c.cca3));
const known = new Set();
const demonyms = new Set();
for (const c of world) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) known.add(n.toUpperCase());
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) for (const x of d.split(/,\s*/)) demonyms.add(x.toUpperCase());
}
for (const [, list] of Object.entries(extra.aliases)) for (const n of list) known.add(n.toUpperCase());
for (const [, list] of Object.entries(extra.demonyms)) for (const n of list) demonyms.add(n.toUpperCase());

const lines = readFileSync(src, "latin1").split("\n");
const variants = [];
const seen = new Set();
let head = null;
let code = null;
lines.forEach((line, i) => {
  const m = /^([A-Z][A-Z'_\-.]+?)_?\s+\[([A-Z]{3})\]\s*$/.exec(line);
  if (m) {
    head = m[1].replace(/_/g, " ");
    code = m[2];
    return;
  }
  if (!line.startsWith("+")) {
    if (line && !line.startsWith("\t") && !line.startsWith("#")) head = null;
    return;
  }
  if (!head) return;
  const form = line.slice(1).split("#")[0].trim().replace(/_+$/, "").replace(/_/g, " ");
  if (!/^[A-Z][A-Z' .\-]+$/.test(form) || form.length < 5 || form === head) return;
  if (edits(form, head) > 2) return;
  if (form.startsWith(head) || head.startsWith(form)) return;
  const ending = PEOPLE_ENDING.exec(form);
  if (ending && !head.endsWith(ending[1])) return;
  if (demonyms.has(form) || known.has(form) || form in LEAVE_OUT) return;
  if (!states.has(code) || seen.has(form)) return;
  seen.add(form);
  variants.push({ code, name: titleCase(form), source: `${SOURCE}:${i + 1} ${line.trim()}` });
});

const licence = readFileSync(join(dirname(src), "LICENSE"), "utf8").replace(/\s+/g, " ").trim();
process.stdout.write(
  JSON.stringify(
    {
      $comment:
        "Misspellings of state names from PETRARCH-2's Phoenix.Countries.actors.txt, made by scripts/convert-phoenix-countries.mjs: forms within two edits of the state's name that are not its demonym, a plural or a stub ('Afganistan', 'Ethopia', 'Phillipines'), each with the line it came from; forms that are words, given names or places are in the converter's LEAVE_OUT.",
      licence: `Phoenix.Countries.actors.txt is from openeventdata/petrarch2 (commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). ${licence.replace(/^The MIT License \(MIT\) /, "The MIT License (MIT). ").replace(/Copyright \(c\) 2014 Open Event Data /, "Copyright (c) 2014 Open Event Data. ")}`,
      variants,
    },
    null,
    1,
  ) + "\n",
);
