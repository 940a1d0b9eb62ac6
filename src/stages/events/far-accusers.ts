// The accuser of a passive accusation named after a long complement: "the former president has been
// accused of misusing up to $50m in public funds, much of it embezzled, by current government
// officials", "Iran has been accused of secretly supplying hundreds of drones to Russian forces in
// Ukraine by the British government". English may put the passive's "by" agent after the whole
// complement of what is alleged, further than a verb's own phrases reach and past the complement's
// verbs: the one after "by" makes the accusation (ACCUSE from the agent's side). Not: a "by" that
// belongs to a participle inside the complement ("accused of crimes committed by his soldiers",
// "accused of backing rebels armed by Iran": the nearest verb before the "by", with no comma
// between, is a participle), a "by" in a clause of its own after a relative or a conjunction
// ("accused of fraud, which was denied by his lawyers"), or one that names no actor ("by Friday").
// Word lists: data/event-senses.json farAccusers.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** Give a passive accusation with no accuser the agent named after its complement. */
export function farAccusers(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const fa = lex.farAccusers;
  for (const [ev, t] of raws) {
    if (!t.verb || !fa.types.has(ev.type) || ev.source.length || !ev.target.length || ev.noAct || !ev.rule.includes("+passive")) continue;
    if (!fa.complementPreps.has(tokens[t.end]?.lower ?? "")) continue;
    for (let q = t.end + 1; q < s.last && q - t.end <= fa.window; q++) {
      const w = tokens[q];
      if (fa.stops.has(w.lower) || w.text === "." || w.text === ";" || w.text === ":" || env.inQuote[q] !== env.inQuote[t.at]) break;
      if (w.lower !== "by") continue;
      if (ownedByParticiple(env, q, t.end)) break;
      const g = agentAt(env, q + 1);
      if (!g) continue;
      if (g.actors.some((a) => env.layer.actors[a].kind === "location" || ev.target.includes(a))) break;
      [ev.source, ev.sourceSector] = [g.actors, g.sector ?? null];
      ev.rule += "+far-agent";
      break;
    }
  }
}

/** The nearest verb before the "by" at `by`, after `from`, with no comma between, is a participle whose agent it names. */
export function ownedByParticiple(env: SentenceEnv, by: number, from: number): boolean {
  const { tokens } = env;
  for (let q = by - 1; q > from; q--) {
    const t = tokens[q];
    if (t.text === ",") return false;
    if (t.pos === "VERB") return /(ed|en|wn)$/.test(t.lower);
    // (a participle the tagger reads as an adjective after its noun: "rebels armed by Iran")
    if (t.pos === "ADJ" && /ed$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[q - 1]?.pos ?? "")) return true;
  }
  return false;
}

/**
 * The agent group that a passive verb's search found after "by" belongs to a participle inside the
 * verb's complement ("accused of crimes committed in Basra by Iranian soldiers"): no agent of the verb.
 */
export function participleAgent(env: SentenceEnv, g: Group, from: number): boolean {
  // (only inside a complement the verb's preposition opens: "were annexed and occupied by Russian
  // forces" shares the agent between coordinated participles)
  if (env.tokens[from]?.pos !== "ADP") return false;
  let b = g.first - 1;
  while (b > from && env.tokens[b].lower !== "by" && /^(DET|ADJ)$/.test(env.tokens[b].pos)) b--;
  return env.tokens[b]?.lower === "by" && ownedByParticiple(env, b, from);
}

/** The actor's phrase right after "by", over determiners and modifiers ("current Zambian officials"). */
function agentAt(env: SentenceEnv, k: number): Group | null {
  const { tokens, s, groupAt, groups } = env;
  for (let q = k; q < s.last && q - k < 3; q++) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) return groups[gi];
    if (!/^(DET|ADJ)$/.test(tokens[q].pos)) return null;
  }
  return null;
}
