// A state that takes a place of its own takes it back from someone: "Ukrainian forces recaptured the
// village", "launched an offensive to retake Kherson", "the army liberated the town". English names
// the town as what is taken, but the one the force falls on is whoever holds it, never the state that
// owns it (a capture of one's own town is no act on oneself). When the sentence gives no holder after
// "from" (captured-from.ts), the holder is the state the article has already set against the taker
// in force (an attack by or on it, this sentence's or an earlier one's: "after months of fighting
// with Russia"); with none, the event has no party the text names and is dropped. Not: a taker of no
// state of its own or a part of the state other than its executive ("Taliban fighters took control
// of Kunduz", "rebels seized the base": an act on the state itself), nor force used on a place of the
// state without a capture ("the army shelled Daraya": domestic.ts). Word lists: data/event-senses.json
// capturedFrom (the capture patterns) and retakenGround.infinitives.
import type { EventRecord } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { isPlace } from "./find-parties.js";
import { partOf, EXECUTIVE } from "./domestic.js";

/** Give a capture of the taker's own place the state that holds it as its target, or no event. */
export function retakenGround(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][], out: readonly EventRecord[], parts: ReadonlyMap<string, string>): void {
  const words = lex.retakenGround;
  for (const [ev, t] of raws) {
    if (ev.type !== "ASSAULT" || !ev.source.length || !ev.target.length || ev.rule.includes("+from-holder")) continue;
    // (a place is no taker: "exit to the Donbas channel, capture Chasiv Yar" has a doer of its own)
    if ((partOf(parts, ev.sourceSector) ?? EXECUTIVE) !== EXECUTIVE || ev.source.some((a) => isPlace(env, a))) continue;
    const states = new Set(ev.source.map((a) => stateOf(env, a)));
    if (states.size !== 1 || states.has(null)) continue;
    const own = [...states][0]!;
    if (!ev.target.every((a) => isPlace(env, a) && stateOf(env, a) === own)) continue;
    // (the capture patterns are those whose "from" names a holder: captured-from.ts)
    const capture = t.verb && lex.capturedFrom.has(t.verb.id);
    if (!capture && !captureAfter(env, ev.triggerEnd, words.infinitives)) continue;
    // a holder named after "from", of a state or none ("recaptured Palmyra from Islamic State
    // militants"), is the text's own: captured-from.ts or no retargeting
    if (fromInClause(env, ev.triggerEnd)) continue;
    const holder = holderAgainst(env, own, raws, out);
    if (holder < 0) {
      ev.noAct = true;
      continue;
    }
    ev.target = [holder];
    ev.targetSector = null;
    ev.rule += "+held-ground";
  }
}

/** "from" after the act in its clause (to a comma, semicolon or the sentence's end). */
function fromInClause(env: SentenceEnv, from: number): boolean {
  const { tokens, s } = env;
  for (let q = from; q < s.last; q++) {
    if (/^[;:,.]$/.test(tokens[q].text)) return false;
    if (tokens[q].lower === "from") return true;
  }
  return false;
}

/** A capture verb right after "to" in the clause after the act ("launched an offensive to retake Kherson"). */
function captureAfter(env: SentenceEnv, from: number, infinitives: ReadonlySet<string>): boolean {
  const { tokens, s } = env;
  for (let q = from; q < s.last - 1 && q - from < 8; q++) {
    if (tokens[q].text === ";" || tokens[q].text === "." || tokens[q].text === ",") return false;
    if (tokens[q].lower === "to" && infinitives.has(tokens[q + 1].lower)) return true;
  }
  return false;
}

/**
 * The country (actor index) the article sets against `own` in force: the other side of the most
 * force events with `own` on one side, in this sentence and before it; -1 when there is none.
 */
function holderAgainst(env: SentenceEnv, own: string, raws: [RawEvent, Trigger][], out: readonly EventRecord[]): number {
  const actors = env.layer.actors;
  const byId = new Map(actors.map((a, i) => [a.id, i]));
  const counts = new Map<string, number>();
  const count = (ours: number[], theirs: number[]) => {
    if (!ours.some((a) => stateOf(env, a) === own)) return;
    for (const a of theirs) {
      const st = stateOf(env, a);
      if (st && st !== own && actors[a].kind !== "location") counts.set(st, (counts.get(st) ?? 0) + 1);
    }
  };
  const ids = (xs: string[]) => xs.map((x) => byId.get(x)).filter((i): i is number => i !== undefined);
  for (const r of out) {
    if (r.type !== "ASSAULT") continue;
    count(ids(r.source), ids(r.target));
    count(ids(r.target), ids(r.source));
  }
  for (const [ev] of raws) {
    if (ev.type !== "ASSAULT") continue;
    count(ev.source, ev.target);
    count(ev.target, ev.source);
  }
  let best: string | null = null;
  for (const [st, n] of counts) if (best === null || n > counts.get(best)!) best = st;
  if (best === null) return -1;
  // the country itself, else (a side named only as forces) the first actor of that state
  const country = actors.findIndex((a) => a.kind === "country" && a.code === best);
  return country >= 0 ? country : actors.findIndex((a, i) => a.kind !== "location" && stateOf(env, i) === best);
}
