// What is captured is taken from someone: "Ukraine retook the village from Russia", "Britain had
// recaptured South Georgia Island from Argentina", "Israel captured the Golan Heights from Syria", "the
// US seized a tanker from Iran". English names the one who held it after "from", and that holder is
// the one the capture is done to; the place or thing taken is only where (a town of the taker's own
// state, "Ukrainian forces recaptured Kherson", would otherwise make the taker its own target). A
// capture whose "from" names no actor ("retook the village from the south"), or names the taker's own
// state ("the army seized power from the president"), keeps the party it had. Pattern ids:
// data/event-senses.json capturedFrom.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/** Give a capture the holder its "from" names as its target. */
export function capturedFrom(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  for (const [ev, t] of raws) {
    if (!t.verb || !lex.capturedFrom.has(t.verb.id)) continue;
    // ("Russia seized on an offhand remark from Mr. Kerry": seizing on words is taking them up)
    if (/^(on|upon)$/.test(tokens[ev.triggerEnd]?.lower ?? "")) continue;
    // a participle after the noun it qualifies ("the equipment captured from Ukrainian forces",
    // "American Humvees seized from Iraqi forces"): the doer is not the clause's subject but the one
    // after "by" ("territories captured by Israel from Jordan"), or unnamed
    // (not the head noun of an actor's phrase: "Ukrainian forces recaptured Kherson")
    const before = tokens[ev.trigger - 1];
    const reduced = ev.trigger > s.first && /^(NOUN|PROPN)$/.test(before.pos) && env.groupAt[ev.trigger - 1 - s.first] < 0 && !env.heads.has(before.lower);
    let doer: number[] | null = reduced ? null : ev.source.length ? ev.source : null;
    // "from" within the object phrase: up to a clause's end or another verb
    for (let q = ev.triggerEnd; q < s.last - 1 && q - ev.triggerEnd < 10; q++) {
      const w = tokens[q];
      if (w.text === "," || w.text === ";" || w.text === "." || (w.pos === "VERB" && q > ev.triggerEnd)) break;
      if (w.lower === "by" && reduced) {
        const agent = groupAfterWord(env, q, ["by"], 1);
        if (agent) doer = agent.actors;
        continue;
      }
      if (w.lower !== "from") continue;
      const holder = groupAfterWord(env, q, ["from"], 1);
      if (!holder || !doer || !holds(env, q, holder)) break;
      const own = new Set(doer.map((a) => stateOf(env, a)));
      const target = holder.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a)) && !doer!.includes(a));
      if (target.length) {
        ev.source = doer;
        ev.target = target;
        ev.targetSector = holder.sector ?? null;
        ev.rule += "+from-holder";
      }
      break;
    }
  }
}

/**
 * The group after "from" at `q` heads the phrase right after it, over determiners and adjectives
 * and counts only ("from the Islamic State", "from Russian troops", "from four Russians"): not an actor further in ("from an attack
 * plane that Pakistan downed") nor one that only qualifies the head ("from the US-backed Shah").
 */
function holds(env: SentenceEnv, q: number, g: Group): boolean {
  const { tokens } = env;
  for (let k = q + 1; k < g.first; k++) if (!/^(DET|ADJ|NUM)$/.test(tokens[k].pos)) return false;
  const after = tokens[g.last];
  return !(after?.text === "-" && !after.spaceBefore);
}
