#!/usr/bin/env node
// Converts PETRARCH-2's agents dictionary (Phoenix.agents.txt, MIT, Open Event Data) into
// data/agents-phoenix.json: the role nouns that say which part of a state a person or a group is
// ("journalist Ivan Golunov" MED, "opposition activist X" OPP, "Iraqi policemen" COP), each with
// its CAMEO sector and the line it came from. Only what the actor stage can use is kept:
//   - one- or two-word nouns for a person (a role before a name), in the sectors that are parts of
//     a state other than its government and army (those are in data/titles.json already);
//   - each one-word role and its plural as a group head ("an American reporter", "Russian journalists").
// Nouns dyad's own titles, title modifiers or group heads already know are left to them.
// Usage: node scripts/convert-phoenix-agents.mjs [path/to/Phoenix.agents.txt] > data/agents-phoenix.json
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = process.argv[2] ?? "/work/shared/dictionaries/petrarch2/Phoenix.agents.txt";
const SOURCE = "petrarch2/Phoenix.agents.txt";

// parts of a state a role noun can put a person in (data/groups.json stateParts), besides GOV and MIL
// (not BUS: its nouns are mostly firms and ships, "tanker", "producer", "manufacturer")
const SECTORS = new Set(["REB", "OPP", "JUD", "COP", "MED", "LEG", "LAB", "PTY", "CVL", "EDU", "HRI", "NGO", "CRM", "REL"]);
// a noun for a person, not an institution or a thing ("chamber", "tabloid", "prison")
// ("-ent" and "-ant" only in persons: not "government", "movement", "settlement", "parliament")
const PERSON_NOUN = /(er|or|ist|ian|(resid|stud|dissid|correspond|insurg|ag|presid|militant|assailant|immigrant|migrant|tenant|combatant)(ent|ant)?|man|woman|person|leader|chief|official|officer|member|mp|delegate|dissident|rebel|guerrilla|guerilla|insurgent|militant|exile|detainee|prisoner|convict|citizen|civilian|villager|resident|student|worker|employee|journalist|judge|magistrate|prosecutor|lawmaker|senator|constable|sheriff|trooper|detective|separatist|bandit|thief|pirate|smuggler|trafficker|cleric|priest|monk|nun|imam|pastor|mullah|scholar|academic|intellectual|pupil|farmer|peasant|tourist|victim|voter|migrant|immigrant|refugee|rioter|protester|demonstrator|striker|picketer|mutineer|deserter|defector|reformist|reformer|activist|campaigner)$/;
// person nouns that name no part of a state, or another sense first
const LEAVE_OUT = new Set([
  // a lawyer pleads before the courts; they are not the judiciary
  "advocate", "attorney", "barrister", "counsel", "counsellor", "counselor", "lawyer", "pleader", "conveyancer", "defense attorney", "defense lawyer", "criminal barrister", "trial attorney", "trial lawyer", "public defender",
  // a title modifier in dyad ("deputy foreign minister") and a legislator elsewhere; a state's
  // delegates at talks are its government, not its legislature
  "deputy", "delegate",
  // kinship, age and sex say nothing of a part of a state
  "mother", "girl", "infant", "child", "children",
  // things, not persons, that the suffix lets through
  "airliner", "jetliner", "chamber", "center", "centre", "neighbor", "publisher", "computer maker", "car maker", "carmaker", "automaker", "auto maker", "container", "cabinetmaker",
  // not persons, or no part of a state: institutions, crowds, kinds of people
  "the poor", "newspaper", "drug enforcement", "law enforcement", "prisons department", "organized labor", "passenger airliner", "woman", "legislative chamber", "parliament",
  // plunder is no rebellion
  "looter", "pillager", "plunderer", "raider",
  // misspellings and slang of the source
  "branokker", "snitcher", "tourer", "traffiker", "kidnaper", "filmaker", "monger", "recreant",
  // other senses first
  "native", "hunter", "constituent", "boss", "customer", "engineer", "chief engineer", "scientist", "writer", "commentator", "economist", "naturalized",
]);

function plural(w) {
  if (/thief$/.test(w)) return w.replace(/thief$/, "thieves");
  if (/man$/.test(w)) return w.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(w)) return w.replace(/y$/, "ies");
  if (/(s|sh|ch|x)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

const titles = JSON.parse(readFileSync(join(root, "data/titles.json"), "utf8"));
const groups = JSON.parse(readFileSync(join(root, "data/groups.json"), "utf8"));
const known = new Set([...titles.titles.map((t) => t.text.toLowerCase()), ...titles.modifiers.map((m) => m.toLowerCase())]);
const knownHeads = new Set(Object.values(groups.heads).flat());

const roles = [];
const heads = [];
const seen = new Set();
for (const [n, raw] of readFileSync(src, "utf8").split("\n").entries()) {
  const line = raw.replace(/#.*/, "").trim();
  // PHRASE [{PLURAL}] [~CODE]; macros (!PERSON!) and stems are left out
  const m = /^([A-Z][A-Z'_-]*[A-Z])\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})\]$/.exec(line);
  if (!m) continue;
  const [, phrase, sector] = m;
  if (!SECTORS.has(sector)) continue;
  const text = phrase.replace(/_/g, " ").toLowerCase();
  const words = text.split(" ");
  // ("first grader" ... "twelfth grader": school years, no part of a state)
  if (words.length > 2 || /grader$/.test(text) || !PERSON_NOUN.test(words[words.length - 1]) || LEAVE_OUT.has(text) || known.has(text) || seen.has(text)) continue;
  seen.add(text);
  const source = `${SOURCE}:${n + 1} ${phrase}`;
  roles.push({ text, sector, source });
  // a one-word role, and its plural, say who of a state a state word names: "an American
  // reporter", "Russian bloggers"
  if (words.length === 1) for (const h of [text, plural(text)]) if (!knownHeads.has(h)) heads.push({ text: h, sector, source });
}

const out = {
  $comment:
    "Role nouns from PETRARCH-2's agents dictionary, made by scripts/convert-phoenix-agents.mjs: 'roles' stand before a person's name like a title and give the person a sector ('journalist Ivan Golunov' MED, 'opposition activist' OPP); 'heads' are their plurals, group heads after a state word ('Iraqi policemen' COP). dyad's own data/titles.json and data/groups.json come first. Each entry names its source line.",
  licence:
    "Phoenix.agents.txt is from openeventdata/petrarch2 (commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). The MIT License (MIT). Copyright (c) 2014 Open Event Data. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
  roles,
  heads,
};
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
