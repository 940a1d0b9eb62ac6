// One verb shared by a list of subject–count pairs ("gapping"): "Poland has expelled 45 Russian
// diplomats, Germany 40, France 35 and Italy 30" is SANCTION POL>RUS, DEU>RUS, FRA>RUS, ITA>RUS;
// "Moscow sent 200 troops to Syria, Minsk 50" sends troops of both. English states the act once, with
// a counted object, and leaves out the verb and the object's noun in each clause after it: what is
// left is a new subject and a new count, after a comma or "and". Each such clause is the same act by
// its own subject toward the same target, with the same status.
// Not gapped: a subject that is a possessor or the start of a cue ("..., Germany's foreign minister
// said"), a count with no new subject ("45 diplomats in 2022, 30 in 2023"), an object with no count
// the remnant's count could stand beside, a remnant followed by a verb of its own ("..., Germany 40
// days later said"), a list of figures with no verb clause before it (no event to share).
import type { Token } from "../../model/types.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { byLower } from "../../lexicon/phrase-index.js";

/** how far past the verb the counted object may run before its comma */
const OBJECT_REACH = 12;
/** how many words may stand between a remnant's subject and its number */
const COUNT_WORDS = 3;
/** focus words that may open the words before a remnant's number ("Italy just over 20", "Spain another 10"); the
 *  count's own words are senses.quantityPhrases ("Germany about 40", "France more than 30") */
const FOCUS = /^(just|only|another)$/;
/** words of a count besides numerals and round-number nouns (count-and-time-words.json countNouns) */
const NUMBER_WORD = /^(dozen|several)$/;

/** A numeral, a round-number noun ("dozens", "thousands"), "dozen" or "several". */
function isNumber(env: SentenceEnv, t: Token | undefined): boolean {
  return !!t && (t.pos === "NUM" || NUMBER_WORD.test(t.lower) || env.senses.countNouns.has(t.lower));
}

/** The group that starts right at `k` and names states only, or null. */
function stateGroupAt(env: SentenceEnv, k: number): Group | null {
  if (k >= env.s.last) return null;
  const gi = env.groupAt[k - env.s.first];
  if (gi < 0) return null;
  const g = env.groups[gi];
  if (g.first !== k || g.actors.length !== 1) return null;
  const a = env.layer.actors[g.actors[0]];
  if (a.kind === "person" || stateOf(env, g.actors[0]) === null) return null;
  return g;
}

/**
 * The remnant clause "STATE [about] NUMBER [noun ...]" at `k`: its subject group and the token after
 * it (a comma, "and" or the sentence's end), or null.
 */
function remnantAt(env: SentenceEnv, k: number): { g: Group; end: number } | null {
  const { tokens, s } = env;
  // ("the EU 20")
  const g = stateGroupAt(env, tokens[k]?.lower === "the" ? k + 1 : k);
  if (!g) return null;
  let q = g.last;
  const reach = Math.min(s.last, g.last + COUNT_WORDS);
  while (q < reach && !isNumber(env, tokens[q])) {
    const count = FOCUS.test(tokens[q].lower) ? 1 : env.senses.quantityPhrases.matchAt(tokens, q, byLower, reach)?.length ?? 0;
    if (!count) break;
    q += count;
  }
  if (q >= s.last || !isNumber(env, tokens[q])) return null;
  while (q < s.last && isNumber(env, tokens[q])) q++;
  // the count's own noun ("Germany 40 diplomats"); never an actor, a verb or another count
  while (q < s.last && q - g.last < 7 && /^(NOUN|PROPN|ADJ)$/.test(tokens[q].pos) && env.groupAt[q - s.first] < 0) q++;
  if (q >= s.last) return { g, end: q };
  const t = tokens[q];
  if (t.text === "," || t.lower === "and" || /^[.;:!?)]$/.test(t.text) || /^["”’]$/.test(t.text)) return { g, end: q };
  return null;
}

/** Events for the remnant clauses after a verb act whose object holds a count. */
export function gappedClauses(env: SentenceEnv, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const out: [RawEvent, Trigger][] = [];
  const { tokens, s } = env;
  for (const [ev, trig] of raws) {
    if (!trig.verb || ev.noAct || ev.refused || !ev.source.length || !ev.target.length || ev.rule.includes("+passive")) continue;
    // the counted object: a number before the first comma or "and", with no verb in between
    let q = ev.triggerEnd;
    let counted = false;
    while (q < s.last && q - ev.triggerEnd < OBJECT_REACH && tokens[q].text !== "," && tokens[q].lower !== "and") {
      if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX" || /^[;:"“”]$/.test(tokens[q].text)) break;
      if (isNumber(env, tokens[q])) counted = true;
      q++;
    }
    if (!counted || q >= s.last || (tokens[q].text !== "," && tokens[q].lower !== "and")) continue;
    const subjects: Group[] = [];
    while (q < s.last && (tokens[q].text === "," || tokens[q].lower === "and")) {
      let k = q + 1;
      if (tokens[q].text === "," && tokens[k]?.lower === "and") k++;
      const r = remnantAt(env, k);
      if (!r) break;
      subjects.push(r.g);
      q = r.end;
    }
    if (!subjects.length) continue;
    const doers = new Set(ev.source.map((a) => stateOf(env, a)));
    const named = new Set(subjects.flatMap((g) => g.actors));
    const target = ev.target.filter((a) => !named.has(a));
    if (!target.length) continue;
    if (target.length < ev.target.length) ev.target = target;
    for (const g of subjects) {
      const st = stateOf(env, g.actors[0]);
      if (doers.has(st) || target.some((a) => stateOf(env, a) === st)) continue;
      out.push([{ ...ev, source: [...g.actors], sourceSector: g.sector ?? null, target: [...target], rule: `${ev.rule}+gapped` }, trig]);
    }
  }
  return out;
}
