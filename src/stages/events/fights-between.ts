// A noun of mutual fighting followed by "between" names both sides, and both fire: "clashes between
// Indian and Chinese troops", "heavy fighting between Armenian and Azerbaijani forces", "an artillery
// duel between Russian and Ukrainian forces", "a firefight between Pakistani and Afghan border guards"
// are ASSAULT each way (as "shelled each other" is, reciprocal-acts.ts). English puts the two sides
// after "between" and no doer before the noun, so the noun's own reading finds none. Not: a noun
// compound of another sense ("a trade clash between the US and China", "the Cup clash between the
// Glasgow clubs": a noun modifier outside the list of military ones), sides of one state only
// ("clashes between police and protesters" are domestic, domestic.ts), and "between" that does not
// follow the noun right away ("the clash of cultures between").
// Word lists: data/event-senses.json fightsBetween (nouns, modifiers).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { partiesBetween } from "./find-parties.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

/** The word right before the noun at `n` is a noun modifier of another sense (not in fightsBetween.modifiers). */
function otherCompound(env: SentenceEnv, lex: SenseLexicon, n: number): boolean {
  const m = n - 1;
  if (m < env.s.first) return false;
  const t = env.tokens[m];
  if (env.groupAt[m - env.s.first] >= 0) return false;
  // ("Heavy clashes between": a capitalised first word is no name)
  if (m === env.s.first && t.pos === "PROPN") return false;
  return (t.pos === "NOUN" || t.pos === "PROPN") && !lex.fightsBetween.modifiers.has(t.lower);
}

/**
 * The fight is only a prospect: the noun's phrase follows a word of fear, risk or cause ("fear a
 * direct clash between", "the risk of clashes between", "could lead to fighting between") or is
 * qualified as still to come ("any clashes", "no fighting"). "renewed clashes between" and "led to
 * clashes between" are fights that took place.
 */
function prospect(env: SentenceEnv, lex: SenseLexicon, n: number): boolean {
  const { tokens, s } = env;
  for (let q = n - 1; q >= s.first && n - q <= 5; q--) {
    const t = tokens[q];
    if (lex.fightsBetween.prospects.has(t.lower)) return true;
    // (over an attributive participle: "fear renewed clashes")
    const participle = t.pos === "VERB" && t.lower.endsWith("ed") && q > s.first && !/^(PROPN|PRON)$/.test(tokens[q - 1].pos);
    if (!(/^(DET|ADJ|ADV|NUM)$/.test(t.pos) || participle || /^(of|to|into|in)$/.test(t.lower) || lex.fightsBetween.modifiers.has(t.lower))) return false;
  }
  return false;
}

/**
 * Gives a noun of fighting right before "between" its sides: the first named as the source of
 * `ev` against the others, and one more act from each other side (returned) against the rest.
 */
export function fightsBetween(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent, trig: Trigger): RawEvent[] {
  const { tokens } = env;
  // ("heavy fighting between", tagged as a verb, got its first side already: find-events.ts)
  const gerund = !!trig.verb && ev.rule.endsWith("+between");
  if (ev.type !== "ASSAULT" || !(gerund || (trig.noun && !ev.source.length))) return [];
  if (!lex.fightsBetween.nouns.has(tokens[ev.trigger].lower) || tokens[ev.triggerEnd]?.lower !== "between") return [];
  if (otherCompound(env, lex, ev.trigger) || prospect(env, lex, ev.trigger)) return [];
  const parties = partiesBetween(env, ev.triggerEnd);
  // (an armed group of no state is a side of its own: "clashes between Israel and Hezbollah")
  const side = (a: number) => stateOf(env, a) ?? `#${a}`;
  if (parties.length < 2 || new Set(parties.map(side)).size < 2) return [];
  const first = parties[0];
  const others = (a: number) => parties.filter((b) => side(b) !== side(a));
  [ev.source, ev.target, ev.sourceSector, ev.targetSector] = [[first], others(first), null, null];
  if (!gerund) ev.rule += "+fights-between";
  const out: RawEvent[] = [];
  const seen = new Set([side(first)]);
  for (const a of parties.slice(1)) {
    const st = side(a);
    if (seen.has(st)) continue;
    seen.add(st);
    out.push({ ...ev, source: [a], target: others(a) });
  }
  return out;
}
