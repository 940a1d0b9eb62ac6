// An act done to "each other" or "one another" is done by every party of the subject to the others:
// "Armenia and Azerbaijan accused each other of violating the ceasefire" is ACCUSE ARM>AZE and
// AZE>ARM; "Russia and Ukraine shelled each other's positions", "India and Pakistan blamed one
// another for the attack" the same. English names the parties once, in the subject, and the
// reciprocal pronoun stands where the object would be (right after the verb, or after its
// preposition: "fought against each other"). A symmetric act (talks, a deal) keeps all parties as its
// source; "the two sides shelled each other" takes its parties from the events before it, as any
// counted party phrase does. Not: a subject of one state only ("Ukrainians helped each other",
// "rebels and the army accused each other": domestic.ts reads parts of one state), and a reciprocal
// inside another phrase ("the suspicion of each other", no object of the verb).
// Word list: data/event-senses.json reciprocals.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, SYMMETRIC } from "./sentence-env.js";

/** The verb's object is a reciprocal pronoun: the index after it, or -1. */
function reciprocalAfter(env: SentenceEnv, lex: SenseLexicon, k: number, preps: readonly string[]): number {
  const { tokens, s } = env;
  let q = k;
  // ("fought against each other", "turned on one another": the pattern's own preposition)
  if (q < s.last && preps.includes(tokens[q].lower)) q++;
  if (q + 1 >= s.last) return -1;
  return lex.reciprocals.has(`${tokens[q].lower}-${tokens[q + 1].lower}`) ? q + 2 : -1;
}

/** Splits each verb act on "each other" into one act per party of the subject; returns the new ones. */
export function reciprocalActs(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const out: [RawEvent, Trigger][] = [];
  for (const [ev, trig] of raws) {
    if (!trig.verb || ev.source.length < 2) continue;
    const preps = Array.isArray(trig.verb.target) ? trig.verb.target : ["against", "on", "at"];
    if (reciprocalAfter(env, lex, ev.triggerEnd, preps) < 0) continue;
    // two parties at least, of two states ("Russian and Ukrainian officials"), else one state's own parts
    const states = new Set(ev.source.map((a) => stateOf(env, a)));
    if (states.size < 2) continue;
    ev.rule += "+reciprocal";
    if (SYMMETRIC.has(ev.type)) {
      ev.target = [];
      continue;
    }
    const parties = ev.source;
    const first = parties[0];
    [ev.source, ev.target, ev.sourceSector, ev.targetSector] = [[first], parties.filter((a) => stateOf(env, a) !== stateOf(env, first)), null, null];
    for (const a of parties.slice(1)) {
      const others = parties.filter((b) => stateOf(env, b) !== stateOf(env, a));
      if (stateOf(env, a) === stateOf(env, first) || !others.length) continue;
      out.push([{ ...ev, source: [a], target: others }, trig]);
    }
  }
  return out;
}
