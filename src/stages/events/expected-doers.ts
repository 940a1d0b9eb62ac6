// The one expected to act: "he expects Turkey to hit ISIS back", "analysts predict Russia to launch a
// new offensive", "Washington expected Israel to retaliate". After a verb of expecting, a party named
// right after the verb and right before "to" is the subject of the infinitive; the one who expects
// only foresees the act (the source is Turkey, not the speaker's state). Only a party that fills the
// whole phrase between the verb and "to" (over a determiner): "expects talks with Russia to resume"
// names no doer; "expects to sign a deal" (no object) leaves the act the subject's own.
// Word lists: data/event-senses.json expectVerbs.
import type { Group, SentenceEnv } from "./sentence-env.js";

/** The group between a verb of expecting at `gov` and the "to" at `k`, when it fills the phrase, else null. */
export function expectedDoer(env: SentenceEnv, gov: number, k: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (!env.senses.expectVerbs.has(tokens[gov].lower)) return null;
  let q = gov + 1;
  if (q < k && tokens[q].pos === "DET") q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  if (gi < 0 || groups[gi].first !== q || groups[gi].last !== k) return null;
  return groups[gi];
}
