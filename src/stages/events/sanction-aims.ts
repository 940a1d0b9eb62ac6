// The aim of a measure is no act of its own: "imposed new sanctions on Tehran to help prevent attacks
// on Israel" gives no AID to Israel, "vowed to ramp up sanctions on Iran to target its drone deliveries
// to proxies in Gaza" no ASSAULT on Gaza; the measure is the act (SANCTION), its purpose only says why.
// The purpose must follow a measure that a verb of imposing puts in place (data/event-senses.json
// sanctionAims): "Iran defied sanctions to send drones to Russia" keeps Iran's own act, and so does
// "defied sanctions imposed by the US to ship oil" (the participle right after the measure is no
// main verb of the clause).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";

/** how far back from the purpose's "to" a measure and its verb may stand */
const REACH = 14;
const STOP = /^[,;:()"“”]$/;

/** Marks a purpose of an imposed measure as no act (ev.noAct), naming the rule. */
export function sanctionAim(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): void {
  const { tokens, s } = env;
  if (ev.type === "SANCTION" || ev.noAct) return;
  let to = ev.trigger - 1;
  // ("to help prevent", "to help stop": the act named after "help" is the same purpose)
  if (tokens[to]?.lower !== "to" && tokens[to - 1]?.lower === "to" && tokens[to]?.lower === "help") to--;
  if (to <= s.first || tokens[to].lower !== "to") return;
  const { measures, imposers } = lex.sanctionAims;
  let measure = false;
  for (let k = to - 1; k >= s.first && to - k <= REACH; k--) {
    const t = tokens[k];
    if (STOP.test(t.text)) return;
    if (measures.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "VERB")) {
      measure = true;
      continue;
    }
    if (t.pos === "AUX" || t.pos === "PART") continue;
    if (t.pos !== "VERB") continue;
    // ("sanctions imposed by the US": a participle right after the measure qualifies it)
    if (measures.has(tokens[k - 1]?.lower ?? "")) continue;
    if (!imposers.has(t.lower)) return;
    if (measure) {
      ev.noAct = true;
      ev.rule += "+sanction-aim";
      return;
    }
    // ("new sanctions were imposed on Iran to target": the measure before its verb)
    for (let j = k - 1; j >= s.first && k - j <= 4; j--) if (measures.has(tokens[j].lower)) {
      ev.noAct = true;
      ev.rule += "+sanction-aim";
      return;
    }
    return;
  }
}
