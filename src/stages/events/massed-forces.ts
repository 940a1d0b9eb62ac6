// Forces said to be massed or deployed somewhere: "Russian troops massed near the Ukrainian border",
// "Russian forces were massing on Ukraine's borders", "the American troops deployed to Iraq",
// "1,400 Canadian soldiers are deployed in Latvia". English reports a show or movement of force with
// the forces as the subject of an intransitive or passive participle, or as a noun with a reduced
// relative clause after it, the state named by a demonym or possessor inside the forces' own phrase
// and the place after a preposition of where. A MOBILIZE event (CAMEO 154) by the forces' state on
// the place's state. Not: forces whose state the phrase does not name ("190,000 troops massed"),
// participles that say where forces stay rather than where they were sent ("stationed", "based"),
// no place of another state ("troops deployed at Mexico's border" is domestic, "forces massing for
// counterattacks" has none), forces denied ("no U.S. forces were deployed to Benghazi"), a crowd that is no force ("protesters massed outside the embassy").
// Word lists: data/event-senses.json massedForces.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { groupAfterWord, subjectBefore } from "./find-parties.js";
import { byLower } from "../../lexicon/phrase-index.js";

/** The MOBILIZE events of forces said to be massed or deployed at a place of another state. */
export function massedForces(env: SentenceEnv, lex: SenseLexicon, found: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const out: [RawEvent, Trigger][] = [];
  const mf = lex.massedForces;
  for (let p = s.first + 1; p < s.last - 1; p++) {
    const advance = mf.advancing.has(tokens[p].lower);
    if (!mf.moving.has(tokens[p].lower) && !advance) continue;
    // (a verb pattern already read it with its parties: "Russia has deployed troops to Belarus")
    if (found.some((ev) => ev.trigger === p && ev.source.length && ev.target.length)) continue;
    // the forces' head right before, or before a form of "be" ("were massing", "are deployed", "had been deployed")
    let h = p - 1;
    while (h > s.first && p - h <= 3 && mf.aux.has(tokens[h].lower)) h--;
    if (!mf.forces.has(tokens[h].lower) || (advance && mf.notAdvancers.has(tokens[h].lower))) continue;
    // ("Russia has 190,000 troops massed near Ukraine": forces the subject of a verb of having holds)
    const owner = forcesOwner(env, h) ?? heldForcesOwner(env, h, mf.holders);
    if (!owner || deniedPhrase(env, Math.min(owner.first, h))) continue;
    const from = new Set(owner.actors.map((a) => stateOf(env, a)).filter((x): x is string => !!x));
    if (!from.size || owner.actors.some((a) => env.layer.actors[a].kind === "person")) continue;
    // "advanced on Kyiv", "pushing deeper into Ukraine", "crossed the border into Syria": a verb of
    // advancing right before its preposition, over an adverb or the border crossed; "pushed
    // Ukrainian troops back" (an object) or "pressed on with the offensive" (no place) is not one
    if (advance) {
      const at = advancePrep(env, p, mf.advancePreps);
      if (at < 0) continue;
      const place = groupAfterWord(env, at, [tokens[at].lower], 1);
      if (!place || !placeObject(env, at, place.first, mf.placeNouns)) continue;
      const target = place.actors.filter((a) => stateOf(env, a) && !from.has(stateOf(env, a)!));
      if (!target.length) continue;
      const reduced = h === p - 1;
      const status = reduced ? (tokens[p].lower.endsWith("ing") ? "ongoing" : "occurred") : undefined;
      const ev: RawEvent = { type: "ASSAULT", cameo: "190", source: owner.actors, target, trigger: p, triggerEnd: p + 1, rule: `events/massed-forces:advance:${tokens[p].lower}`, statusVerb: p, status, refused: undefined, noAct: undefined, sourceSector: owner.sector ?? null, targetSector: place.sector ?? null };
      out.push([ev, { at: p, end: p + 1, verb: undefined, noun: undefined }]);
      continue;
    }
    // "massed north of Kyiv", "deployed on the outskirts of Kharkiv": the place after a side's "of"
    const side = [p + 1, p + 2, p + 3].find((q) => q < s.last - 1 && mf.sides.has(tokens[q].lower) && tokens[q + 1].lower === "of");
    // ("massed close to Ukraine", "deployed next to the Polish border": an adjective of nearness and its "to")
    const near = mf.nearness.has(tokens[p + 1]?.lower ?? "") && tokens[p + 2]?.lower === "to" ? nearPlace(env, p + 2, mf.placeNouns) : null;
    const place = side !== undefined ? groupAfterWord(env, side + 1, ["of"], 1) : near ?? groupAfterWord(env, p + 1, mf.preps, 4);
    if (!place) continue;
    const target = place.actors.filter((a) => stateOf(env, a) && !from.has(stateOf(env, a)!));
    if (!target.length) continue;
    // a reduced relative ("Russian forces massing near Ukraine's borders can only remain") states what
    // is so at the time of the clause, whatever that clause's modal: going on (-ing) or done; with a
    // form of "be" the verb group gives the status
    const reduced = h === p - 1;
    const status = reduced ? (tokens[p].lower.endsWith("ing") ? "ongoing" : "occurred") : undefined;
    const ev: RawEvent = { type: "MOBILIZE", cameo: "154", source: owner.actors, target, trigger: p, triggerEnd: p + 1, rule: `events/massed-forces:${tokens[p].lower}`, statusVerb: p, status, refused: undefined, noAct: undefined, sourceSector: owner.sector ?? null, targetSector: place.sector ?? null };
    out.push([ev, { at: p, end: p + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/**
 * The preposition of where a verb of advancing goes: right after it ("advanced on Kyiv"), after an
 * adverb ("pushed deeper into Ukraine", "swept south into Iraq"), or after the border it crosses
 * ("crossed the border into Syria"); "closed" only in "closed in on" ("closed the border" is no advance).
 */
function advancePrep(env: SentenceEnv, p: number, preps: readonly string[]): number {
  const { tokens, s } = env;
  const closing = /^clos/.test(tokens[p].lower);
  if (closing) return tokens[p + 1]?.lower === "in" && tokens[p + 2]?.lower === "on" && p + 3 < s.last ? p + 2 : -1;
  let q = p + 1;
  // (an adverb or a comparative: "deeper", "further")
  if ((tokens[q]?.pos === "ADV" || (tokens[q]?.pos === "ADJ" && tokens[q].lower.endsWith("er"))) && q < s.last - 1) q++;
  else if (/^(the|a)$/.test(tokens[q]?.lower ?? "") && /^(border|frontier|river|line)$/.test(tokens[q + 1]?.lower ?? "")) q += 2;
  return q < s.last - 1 && preps.includes(tokens[q].lower) ? q : -1;
}

/**
 * The group at `first` is the object of the preposition at `at`: only a determiner and modifiers
 * before it ("into southern Ukraine", "on the Ukrainian capital"), or a noun of place and "of" ("on
 * the city of Kharkiv"); not a place inside another thing ("toward the site of the downed Malaysia
 * Airlines jet").
 */
function placeObject(env: SentenceEnv, at: number, first: number, placeNouns: ReadonlySet<string>): boolean {
  const { tokens } = env;
  for (let q = at + 1; q < first; q++) {
    const t = tokens[q];
    if (/^(DET|ADJ|NUM)$/.test(t.pos)) continue;
    if (placeNouns.has(t.lower) && tokens[q + 1]?.lower === "of") { q++; continue; }
    return false;
  }
  return first > at && first - at <= 6;
}

/** The group heading the phrase after the "to" at `at`, over a determiner and modifiers ("close to the Ukrainian border"). */
function nearPlace(env: SentenceEnv, at: number, placeNouns: ReadonlySet<string>): Group | null {
  const { s, groups, groupAt } = env;
  for (let q = at + 1; q < s.last && q - at <= 6; q++) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) return placeObject(env, at, groups[gi].first, placeNouns) ? groups[gi] : null;
  }
  return null;
}

/**
 * The subject of a verb of having right before the forces' phrase at `h`, over its determiner, count
 * and modifiers ("Russia has some 190,000 troops massed", "China had warships deployed"); null when
 * the phrase holds anything else or the subject names no actor.
 */
function heldForcesOwner(env: SentenceEnv, h: number, holders: ReadonlySet<string>): Group | null {
  const { tokens, s } = env;
  // (forces that open the sentence have no holder before them)
  if (h <= s.first + 1) return null;
  let q = h - 1;
  while (q > s.first && h - q <= 4 && (/^(DET|ADJ|NUM)$/.test(tokens[q].pos) || !!env.senses.quantityPhrases.matchAt(tokens, q, byLower, q + 1)) && env.groupAt[q - s.first] < 0) q--;
  if (!holders.has(tokens[q].lower) || q <= s.first) return null;
  const subj = subjectBefore(env, q);
  return subj && subj.last <= q ? subj : null;
}

/** "no U.S. special operations forces were deployed to Benghazi": the phrase denies the forces were sent */
function deniedPhrase(env: SentenceEnv, first: number): boolean {
  const { tokens, s } = env;
  for (let q = first - 1; q >= s.first && first - q <= 2; q--) {
    if (/^(no|none|neither|nor)$/.test(tokens[q].lower)) return true;
    if (!/^(DET|ADJ|NUM|ADV)$/.test(tokens[q].pos)) return false;
  }
  return false;
}

/**
 * The state whose forces the head at `h` names: a group over the head ("Russian troops" read as one
 * actor), or a demonym, state or possessor earlier in its phrase, over its modifiers and counts
 * ("Russian ground forces", "Russia's 150,000 troops", "the American troops").
 */
function forcesOwner(env: SentenceEnv, h: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (groupAt[h - s.first] >= 0) return groups[groupAt[h - s.first]];
  let q = h - 1;
  while (q >= s.first && h - q <= 4) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) return groups[gi];
    if (/^['’]s?$/.test(tokens[q].text)) { q--; continue; }
    if (!/^(ADJ|NOUN|NUM)$/.test(tokens[q].pos) && tokens[q].text !== "-" && tokens[q].text !== ",") return null;
    q--;
  }
  return null;
}
