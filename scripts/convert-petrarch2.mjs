#!/usr/bin/env node
// Converts PETRARCH-2's verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance) into dyad's
// own verb-pattern shape (data/events-petrarch2.json), and the CAMEO→PLOVER crosswalk into
// data/cameo-plover.json. Only what dyad's engine can express faithfully is kept; every other
// pattern is counted under the reason it was left out, and patterns that measured mostly wrong on
// unseen news are left out by scripts/petrarch2-exclusions.json (each with its reason).
//
//   node scripts/convert-petrarch2.mjs [--dict CAMEO.2.0.txt] [--crosswalk CAMEO2PLOVER-2021.txt] [--out data]
//
// The data files are committed, so a clone without ../shared still runs.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Words that, right after the verb in a PETRARCH pattern, are the verb's particle ("SET * OUT VIEWS"). */
const PARTICLES = new Set(["up", "out", "off", "down", "back", "away", "over", "aside", "forward", "along", "around", "through", "in", "on"]);
/** A lone word after the verb that is a particle or a preposition ("- * DOWN", "- * INTO") is read
 *  as the word right after the verb ("clamp down", "moved into"), not as an object noun. */
const LONE_PARTICLES = new Set([...PARTICLES, "to", "with", "for", "against", "at", "from", "into", "onto", "toward", "towards", "by", "about", "across", "behind", "under", "upon", "apart", "ahead", "together"]);

/**
 * Where the gold (shared/eval/README.md, and data/events.json's $comment) reads a CAMEO code
 * differently from the 2021 crosswalk. CAMEO 02 (appeals) is not in the crosswalk: PLOVER folds
 * appeals into REQUEST. CAMEO 01 (public statements) is no PLOVER event and stays unmapped.
 */
export const DEPARTURES = {
  "02": { type: "REQUEST", reason: "appeals: PLOVER folds CAMEO 02 into REQUEST; the crosswalk omits it" },
  "050": { type: "COOPERATE", reason: "gold: diplomatic cooperation is COOPERATE" },
  "054": { type: "COOPERATE", reason: "gold: recognition / establishing relations is COOPERATE" },
  "057": { type: "AGREE", reason: "gold: signing a formal agreement is AGREE" },
  "0841": { type: "CONCEDE", reason: "gold: releasing persons is CONCEDE" },
  "085": { type: "CONCEDE", reason: "gold: easing economic restrictions is CONCEDE" },
  "086": { type: "CONCEDE", reason: "gold: allowing access is CONCEDE" },
  "0813": { type: "CONCEDE", reason: "gold: easing restrictions is CONCEDE" },
  "0814": { type: "CONCEDE", reason: "gold: easing restrictions is CONCEDE" },
  "163": { type: "SANCTION", reason: "gold: embargoes and sanctions are SANCTION, not the crosswalk's COERCE" },
};

/** Reads the crosswalk text ("030: AGREE, , diplomatic # ...") into code → PLOVER type; the first line for a code wins. */
export function parseCrosswalk(text) {
  const codes = {};
  for (const raw of text.split("\n")) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(raw.split("#")[0].trim());
    if (m && !(m[1] in codes)) codes[m[1]] = m[2];
  }
  return codes;
}

/**
 * The crosswalk's mode and context of each code ("0841: RETREAT, release, legal # ..." → mode
 * "release" of type RETREAT, contexts ["legal"]; contexts may be several, "military; legal"); the
 * first line for a code wins, as for types. Empty fields are left out.
 */
export function parseCrosswalkDetails(text) {
  const modes = {};
  const contexts = {};
  const seen = new Set();
  for (const raw of text.split("\n")) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,]*)(?:,(.*))?)?$/.exec(raw.split("#")[0].trim());
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    const mode = (m[3] ?? "").trim();
    if (mode) modes[m[1]] = { type: m[2], mode };
    const ctx = (m[4] ?? "").split(";").map((c) => c.trim()).filter(Boolean);
    if (ctx.length) contexts[m[1]] = ctx;
  }
  return { modes, contexts };
}

/** The PLOVER type of a CAMEO code: a departure first, then the code, then its shorter prefixes. */
export function ploverType(code, crosswalk, departures = DEPARTURES) {
  for (let n = code.length; n >= 2; n--) {
    const c = code.slice(0, n);
    if (departures[c]) return departures[c].type;
    if (crosswalk[c]) return crosswalk[c];
  }
  return null;
}

/** Lowercase dyad words for a PETRARCH noun: a trailing "_" matches exactly; else (TABARI's stem match) the word and its plural. */
function nounForms(w) {
  const exact = w.endsWith("_");
  const base = w.replace(/_$/, "").toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(base)) return null;
  // a word already plural ("PRODUCTS", "ARMS") or an adverb ("POSITIVELY") has no plural to add
  if (exact || (base.endsWith("s") && !base.endsWith("ss")) || base.endsWith("ly")) return [base];
  const plural = /(s|sh|ch|x|z)$/.test(base) ? base + "es" : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + "ies" : base + "s";
  return [base, plural];
}

/** Parses the synonym sets: &NAME then +member lines. */
function parseSynsets(lines) {
  const sets = new Map();
  let cur = null;
  for (const raw of lines) {
    const line = raw.split("#")[0].trim();
    if (line.startsWith("&")) {
      cur = line.slice(1).trim();
      sets.set(cur, []);
    } else if (line.startsWith("+") && cur) sets.get(cur).push(line.slice(1).trim());
    else if (!line) cur = null;
  }
  return sets;
}

function parseCode(s) {
  const m = /\[([^\]]*)\]/.exec(s);
  return m ? m[1].trim() : null;
}

/** A verb line: "HURRY {HURRIES HURRYING HURRIED } [020] # comment" or "+ASK_FOR {+ASKED_FOR ...} [020]". */
function parseVerbLine(raw) {
  const line = raw.split("#")[0];
  const code = parseCode(line);
  const forms = /\{([^}]*)\}/.exec(line)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  const head = line.replace(/\{[^}]*\}/g, " ").replace(/\[[^\]]*\]/g, " ").trim();
  return { head, forms, code };
}

/**
 * Converts the dictionary text. Returns { verbs, dropped } where verbs are dyad verb patterns (with
 * `source`) and dropped counts each left-out pattern by its reason.
 */
export function convert(text, { crosswalk, exclusions = [], file = "CAMEO.2.0.txt" }) {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^#+\s*VERB PATTERNS/.test(l));
  const synsets = parseSynsets(lines.slice(0, start < 0 ? 0 : start));
  const dropped = {};
  const drop = (why) => (dropped[why] = (dropped[why] ?? 0) + 1);
  const verbs = [];
  const ids = new Set();
  const excluded = {};
  const exclusionFor = (e) => exclusions.find((x) =>
    (x.block && x.block === e.source.block && !x.verb) ||
    (x.verb && x.verb === e.verb && (x.block === undefined || x.block === e.source.block) &&
      (x.bare === undefined || x.bare === !e.object) &&
      (x.particle === undefined || x.particle === (e.particle ?? null)) &&
      (x.object === undefined || (e.object ?? []).includes(x.object))) ||
    (x.line && x.line === e.source.line) ||
    (x.cameo && e.cameo.startsWith(x.cameo) && !x.verb && !x.block));
  const emit = (e) => {
    const x = exclusionFor(e);
    if (x) {
      excluded[x.reason] = (excluded[x.reason] ?? 0) + 1;
      return;
    }
    let id = e.id;
    for (let n = 2; ids.has(id); n++) id = `${e.id}-${n}`;
    ids.add(id);
    verbs.push({ ...e, id });
  };

  let block = null;
  for (let li = Math.max(start, 0); li < lines.length; li++) {
    const raw = lines[li];
    const lineNo = li + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const header = /^---\s+(\S+)\s+\[[^\]]*\]\s+---/.exec(trimmed);
    if (header) {
      block = { name: header[1], verbs: [] };
      continue;
    }
    if (!block) continue;
    if (trimmed.startsWith("-")) {
      convertPattern(trimmed, lineNo);
      continue;
    }
    // a verb of the block
    const { head, forms, code } = parseVerbLine(trimmed);
    const multi = head.startsWith("+") || head.includes("_");
    const words = head.replace(/^\+/, "").toLowerCase().split("_").filter(Boolean);
    if (words.some((w) => !/^[a-z][a-z'-]*$/.test(w))) {
      drop("verb that is not plain words");
      continue;
    }
    const entry = { words, forms: forms.map((f) => f.replace(/^\+/, "").toLowerCase().split("_")), line: lineNo, text: trimmed };
    block.verbs.push(entry);
    if (!code || code === "---") continue;
    if (words.length > 2) {
      drop("verb of three or more words");
      continue;
    }
    if (multi && words.length === 2 && entry.forms.some((f) => f.length !== 2 || f[1] !== words[1])) {
      drop("phrasal verb whose forms change its second word");
      continue;
    }
    const cameo = code.split(":")[0];
    const type = /^\d{2,4}$/.test(cameo) ? ploverType(cameo, crosswalk) : null;
    if (!type) {
      drop(cameo ? `code ${cameo} has no PLOVER type (statements, or unknown)` : "default code only for the reverse direction");
      continue;
    }
    const verbForms = formsOf(entry);
    emit({
      id: idOf(words[0], words[1], null, cameo),
      verb: words[0],
      ...(verbForms ? { forms: verbForms } : {}),
      ...(words[1] ? { particle: words[1] } : {}),
      target: "object",
      type,
      cameo,
      source: { file, block: block.name, line: lineNo, pattern: trimmed.replace(/\s+/g, " ") },
    });
  }
  return { verbs, dropped, excluded };

  function formsOf(v) {
    if (!v.forms.length) return null;
    const all = new Set([v.words[0], ...v.forms.map((f) => f[0])]);
    return [...all].filter((f) => /^[a-z][a-z'-]*$/.test(f));
  }

  function idOf(verb, particle, object, cameo) {
    const obj = object ? object.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") : null;
    return ["p2", verb.replace(/[^a-z0-9]+/g, "-"), particle, obj, cameo].filter(Boolean).join("-");
  }

  function convertPattern(trimmed, lineNo) {
    const [body, ...commentParts] = trimmed.slice(1).split("#");
    const comment = commentParts.join("#").trim();
    const code = parseCode(body);
    if (!code || code === "---") return drop("pattern without a code");
    const cameo = code.replace(/!$/, "").split(":")[0];
    if (!cameo) return drop("code only for the reverse direction ([:code])");
    const type = /^\d{2,4}$/.test(cameo) ? ploverType(cameo, crosswalk) : null;
    if (!type) return drop(`code with no PLOVER type (CAMEO 01 statements and unknown codes)`);
    const pat = body.replace(/\[[^\]]*\]/, "").trim();
    const toks = pat.match(/\([^)]*\)|\{[^}]*\}|\S+/g) ?? [];
    const star = toks.indexOf("*");
    if (star < 0) return drop("pattern without the verb marker *");
    if (star > 0) return drop("words before the verb (subject constraints)");
    let rest = toks.slice(1);
    if (rest.some((t) => /[$+^%|~]/.test(t))) return drop("source/target/skip markers ($ + ^ %)");
    if (!rest.length) return drop("bare * (same as the verb's default)");
    let particle = null;
    if (rest.length >= 2 && /^[A-Z]+$/.test(rest[0]) && PARTICLES.has(rest[0].toLowerCase())) {
      particle = rest[0].toLowerCase();
      rest = rest.slice(1);
    }
    let objectTok = null;
    if (rest.length === 1 && rest[0].startsWith("(")) {
      if (particle) return drop("particle followed by a prepositional phrase");
      const inner = rest[0].slice(1, -1).trim().split(/\s+/);
      if (inner.length === 1) {
        // "- * (TO)": the verb with this preposition right after it
        if (!/^[A-Z]+$/.test(inner[0])) return drop("unreadable prepositional phrase");
        particle = inner[0].toLowerCase();
      } else if (inner.length === 2) {
        particle = inner[0].toLowerCase();
        objectTok = inner[1];
      } else return drop("prepositional phrase of several words");
    } else if (rest.length === 1 && !particle && LONE_PARTICLES.has(rest[0].toLowerCase())) particle = rest[0].toLowerCase();
    else if (rest.length === 1) objectTok = rest[0];
    else return drop("more than one constituent after the verb (object plus phrase)");
    if (objectTok && objectTok.startsWith("{")) return drop("multi-word noun phrase {..} (dyad objects are single heads)");
    if (objectTok && objectTok.startsWith("(")) return drop("nested phrase");
    let object = null;
    if (objectTok) {
      if (objectTok.startsWith("&")) {
        const set = synsets.get(objectTok.slice(1));
        if (!set) return drop("unknown synonym set");
        const words = set.filter((m) => !/_./.test(m)).flatMap((m) => nounForms(m) ?? []);
        if (!words.length) return drop("synonym set of multi-word members only");
        object = [...new Set(words)];
      } else {
        object = nounForms(objectTok);
        if (!object) return drop("object that is not a plain word");
      }
    }
    if (particle && !/^[a-z][a-z'-]*$/.test(particle)) return drop("unreadable particle");
    // the verb the pattern was written for (its comment); without one, every single verb of the block
    const named = comment.split(/\s+/)[0]?.replace(/^\+/, "").toLowerCase().split("_") ?? [];
    // (the comment may name it by another form: "# PAID" under PAY {PAYS PAID PAYING})
    const namedAs = named.join("_");
    let targets = block.verbs.filter((v) => v.words.join("_") === namedAs || v.forms.some((f) => f.join("_") === namedAs));
    if (!targets.length) targets = block.verbs;
    let made = 0;
    for (const v of targets) {
      if (v.words.length !== 1) continue;
      const verbForms = formsOf(v);
      emit({
        id: idOf(v.words[0], particle, object?.[0] ?? null, cameo),
        verb: v.words[0],
        ...(verbForms ? { forms: verbForms } : {}),
        ...(particle ? { particle } : {}),
        ...(object ? { object } : {}),
        target: "object",
        type,
        cameo,
        source: { file, block: block.name, line: lineNo, pattern: trimmed.replace(/\s+/g, " ") },
      });
      made++;
    }
    if (!made) drop("pattern of a multi-word verb (a particle and an object after it)");
  }
}

function fail(message) {
  console.error(`convert-petrarch2: ${message}`);
  process.exit(1);
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const shared = join(HERE, "..", "..", "shared");
  const dictPath = opt("--dict", join(shared, "dictionaries", "petrarch2", "CAMEO.2.0.txt"));
  // the crosswalk is not in ../shared: pass a copy of github.com/openeventdata/PLOVER's CAMEO2PLOVER-2021.txt
  const crosswalkPath = opt("--crosswalk", join(shared, "ontology", "CAMEO2PLOVER-2021.txt"));
  const out = opt("--out", join(HERE, "..", "data"));
  const crosswalkText = readFileSync(crosswalkPath, "utf8");
  const crosswalk = parseCrosswalk(crosswalkText);
  const details = parseCrosswalkDetails(crosswalkText);
  const exclusions = JSON.parse(readFileSync(join(HERE, "petrarch2-exclusions.json"), "utf8")).exclusions;
  const { verbs, dropped, excluded } = convert(readFileSync(dictPath, "utf8"), { crosswalk, exclusions, file: basename(dictPath) });
  const types = {};
  for (const [code, type] of Object.entries(crosswalk)) types[code] = type;
  for (const [code, d] of Object.entries(DEPARTURES)) types[code] = d.type;
  writeFileSync(
    join(out, "cameo-plover.json"),
    JSON.stringify({
      $comment: "CAMEO code → PLOVER type: the crosswalk CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, Open Event Data Alliance, github.com/openeventdata/PLOVER, licensed CC BY-SA 4.0), with the gold's departures (shared/eval/README.md). A longer code without a line of its own takes its prefix's type. `modes` and `contexts` are the crosswalk's PLOVER mode (with the type it belongs to: a mode is kept on an event only where dyad's type is that type) and contexts of each code, for PLOVER records. Written by scripts/convert-petrarch2.mjs.",
      types: Object.fromEntries(Object.entries(types).sort(([a], [b]) => a.localeCompare(b))),
      departures: DEPARTURES,
      modes: Object.fromEntries(Object.entries(details.modes).sort(([a], [b]) => a.localeCompare(b))),
      contexts: Object.fromEntries(Object.entries(details.contexts).sort(([a], [b]) => a.localeCompare(b))),
    }, null, 1) + "\n",
  );
  writeFileSync(
    join(out, "events-petrarch2.json"),
    JSON.stringify({
      $comment: "Verb patterns converted from PETRARCH-2's CAMEO.2.0.txt (openeventdata/petrarch2, commit 676801cd, MIT licence: Copyright (c) 2014 Open Event Data, (c) 2015 Open Event Data Alliance; the notice is in data/LICENSE-petrarch2.txt) by scripts/convert-petrarch2.mjs. Used only when asked (dyad extract --petrarch2; engine config convertedPatterns: true), but for the few in data/events-petrarch2-held.json: measured on unseen news, what these patterns add is mostly wrong. Loaded after dyad's own patterns (data/events.json and user dictionaries), which win: a converted pattern loses the object words an own pattern of its verb and particle has, and is tried at a word only where none of dyad's own matches. Each entry keeps its source: block, line and the original pattern. A pattern applies to the verb its comment names (the verb it was written for), not to the whole WordNet synonym block. Patterns dyad cannot express faithfully (subject constraints, multi-word noun phrases, several constituents, $/+ markers) and those measured mostly wrong on unseen news (scripts/petrarch2-exclusions.json) are left out.",
      verbs,
      nouns: [],
    }, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + "\n",
  );
  // the few patterns the engine uses by default: measured right on unseen news (scripts/petrarch2-held.json)
  const held = JSON.parse(readFileSync(join(HERE, "petrarch2-held.json"), "utf8")).held;
  const heldVerbs = held.map(({ id }) => verbs.find((v) => v.id === id) ?? fail(`petrarch2-held.json: no converted pattern ${id}`));
  writeFileSync(
    join(out, "events-petrarch2-held.json"),
    JSON.stringify({
      $comment: "The converted PETRARCH-2 patterns (data/events-petrarch2.json, MIT, notice in data/LICENSE-petrarch2.txt) that dyad uses by default: each was right in at least three of four events on unseen news (the evidence is in scripts/petrarch2-held.json). Written by scripts/convert-petrarch2.mjs.",
      verbs: heldVerbs,
      nouns: [],
    }, null, 1) + "\n",
  );
  console.log(`kept ${verbs.length} verb patterns, ${heldVerbs.length} of them used by default`);
  console.log("dropped (dyad cannot express them faithfully):");
  for (const [why, n] of Object.entries(dropped).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${why}`);
  console.log("excluded (measured mostly wrong; scripts/petrarch2-exclusions.json):");
  for (const [why, n] of Object.entries(excluded).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${why}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
