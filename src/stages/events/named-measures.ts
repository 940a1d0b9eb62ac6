// The state a measure is named after is the one it is against: "the Russia sanctions approved by the
// EU", "Washington's Iran oil sanctions", "imposed new North Korea sanctions". English names the doer
// of a measure with a demonym, an acronym or a possessive ("American sanctions", "EU sanctions",
// "Britain's sanctions"), and its target with the bare name of the state (data/event-senses.json
// namedMeasures). The measure must head its phrase ("the Iran sanctions bill" is a bill, "Iran
// sanctions relief" an easing), and the name must not be a subject ("Britain sanctions Russian banks"
// is a verb the tagger may read as a noun).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, SentenceEnv } from "./sentence-env.js";

/** how many lower-case modifiers may stand between the name and the measure ("the Iran nuclear sanctions") */
const MODIFIERS = 2;
/** a word before the name after which the name cannot be a clause's subject */
const BEFORE_NAME = /^(DET|ADJ|ADP|VERB|NUM)$/;

/**
 * The state named before the measure noun at `n` (its target), and the possessor before that name
 * (the doer: "the EU's Belarus sanctions"), or null.
 */
export function measureNamedAfter(env: SentenceEnv, n: number, lex: SenseLexicon["namedMeasures"]): { target: Group; owner: Group | null } | null {
  const { tokens, s, groups, groupAt } = env;
  if (!lex.nouns.has(tokens[n].lower)) return null;
  const next = n + 1 < s.last ? tokens[n + 1] : undefined;
  if (next && next.pos === "NOUN" && next.text === next.lower && !lex.heads.has(next.lower)) return null;
  let q = n - 1;
  while (q >= s.first && n - q <= MODIFIERS && groupAt[q - s.first] < 0 && /^(NOUN|ADJ)$/.test(tokens[q].pos) && tokens[q].text === tokens[q].lower) q--;
  const gi = q >= s.first ? groupAt[q - s.first] : -1;
  if (gi < 0 || groups[gi].last !== q + 1) return null;
  const g = groups[gi];
  const actors = env.layer.actors;
  if (!g.actors.length || !g.actors.every((a) => actors[a].kind === "country")) return null;
  const m = env.layer.mentionAt[g.last - 1];
  if (!m || m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)) return null;
  const p = g.first - 1;
  if (p < s.first) return null;
  if (tokens[p].norm === "'s") {
    const oi = p - 1 >= s.first ? groupAt[p - 1 - s.first] : -1;
    return { target: g, owner: oi >= 0 && groups[oi].last === p ? groups[oi] : null };
  }
  // (the tagger reads some lower-case adjectives before a name as names: "the new/PROPN Iran sanctions")
  const lowerName = tokens[p].pos === "PROPN" && tokens[p].text === tokens[p].lower;
  return BEFORE_NAME.test(tokens[p].pos) || lowerName ? { target: g, owner: null } : null;
}
