// People of one state held by another: "A US citizen was detained in Russia", "a British tourist was
// arrested in Iran", "three Russian diplomats were expelled from Poland". News of an arrest abroad
// names the one arrested by nationality and the state that holds them only by where it happened,
// in a passive of a verb of state authority (arresting, detaining, jailing, charging, expelling)
// with no "by" agent: the act is the place's state's, on the state of the people held. Not: people
// whose phrase names no state ("protesters were arrested in Moscow"), people of the place's own
// state ("Navalny was arrested in Moscow" is domestic), a doer the text names ("was detained in
// Russia by the FSB" is read as any passive), verbs of harm that anyone may do ("a US soldier was
// killed in Iraq", "a French aid worker was kidnapped in Mali"): only the verb patterns listed.
// Word lists: data/event-senses.json heldAbroad.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/** Give a passive act of state authority with no doer the state of the place it happened in. */
export function heldAbroad(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const ha = lex.heldAbroad;
  for (const [ev, t] of raws) {
    if (!t.verb || ev.source.length || !ev.rule.includes("+passive")) continue;
    const from = ha.fromPatterns.has(t.verb.id);
    if (!from && !ha.patterns.has(t.verb.id)) continue;
    // the people held: the passive's subject (for a pattern whose party follows "from", the verb took
    // the place as its target)
    const held = from ? heldSubject(env, t.at) : ev.target;
    // (people named by a place, "the suspect in the Paris attacks", have no state of their own here;
    // "no other Americans are believed to be imprisoned in North Korea" denies it)
    if (!held.length || held.some((a) => env.layer.actors[a].kind === "location") || deniedSubject(env, t.at) || !ownPhrase(env, t.at)) continue;
    const place = groupAfterWord(env, t.end, from ? ["from"] : ha.preps, 4);
    if (!place) continue;
    const states = new Set(place.actors.map((a) => stateOf(env, a)).filter((x): x is string => !!x));
    if (states.size !== 1) continue;
    const target = held.filter((a) => stateOf(env, a) && !states.has(stateOf(env, a)!));
    if (!target.length || target.length !== held.length) continue;
    ev.source = place.actors;
    ev.target = target;
    ev.rule += "+held-abroad";
  }
}

function heldSubject(env: SentenceEnv, v: number): number[] {
  const { tokens, s, groupAt, groups } = env;
  // "three Russian diplomats were expelled": the group before the verb group, within its phrase
  let q = v - 1;
  while (q > s.first && /^(AUX|ADV|PART)$/.test(tokens[q].pos)) q--;
  for (let r = q; r >= s.first && q - r < 4; r--) {
    const gi = groupAt[r - s.first];
    if (gi >= 0) return groups[gi].actors;
    if (!/^(NOUN|ADJ|NUM)$/.test(tokens[r].pos)) break;
  }
  return [];
}

/** "No other Americans are believed to be imprisoned": a subject under "no" before the verb, in its clause */
function deniedSubject(env: SentenceEnv, v: number): boolean {
  const { tokens, s } = env;
  for (let q = v - 1; q >= s.first && v - q <= 10; q--) {
    const t = tokens[q];
    if (t.text === "," || t.text === ";" || /^(who|which|that|and|but)$/.test(t.lower)) return false;
    if (/^(no|none|neither)$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * The people's state is named inside the subject's own phrase, before its head ("an American
 * soldier was detained", "Huawei's chief financial officer, who has been detained"), not in a phrase
 * that qualifies it ("the main suspect in the November Paris attacks was arrested in Brussels").
 */
function ownPhrase(env: SentenceEnv, v: number): boolean {
  const { tokens, s, groupAt } = env;
  let q = v - 1;
  while (q > s.first && /^(AUX|ADV|PART)$/.test(tokens[q].pos)) q--;
  // (a relative clause's antecedent may stand anywhere in the main clause)
  const relative = /^(who|that)$/.test(tokens[q].lower);
  if (relative) q--;
  if (tokens[q]?.text === ",") q--;
  for (; q >= s.first && v - q < 12; q--) {
    if (groupAt[q - s.first] >= 0) return relative || !insidePhrase(env, env.groups[groupAt[q - s.first]].first);
    if (!/^(NOUN|ADJ|PROPN|NUM|DET|PART)$/.test(tokens[q].pos) && !/^['’]s?$/.test(tokens[q].text) && tokens[q].text !== "-") return false;
  }
  return false;
}

/** The phrase at `first` is the object of a preposition other than "from" ("migrants from Angola"). */
function insidePhrase(env: SentenceEnv, first: number): boolean {
  const { tokens, s } = env;
  for (let q = first - 1; q >= s.first && first - q <= 4; q--) {
    if (tokens[q].pos === "ADP") return tokens[q].lower !== "from";
    if (!/^(DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[q].pos)) return false;
  }
  return false;
}
