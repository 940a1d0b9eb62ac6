// The one an investigation looks into is the one suspected, never the one harmed: "German police are
// investigating the death of a Russian journalist", "opened an inquiry into the deaths of Iraqi
// civilians" accuse no state of the victims. A doer the phrase names after "by" ("the killing of
// Iraqi civilians by British troops") is the one investigated.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

// how far the harm's doer may follow the victim ("the deaths of two Iraqi civilians in Basra by")
const AGENT_WINDOW = 6;

/** Takes the victims of a harm out of an investigation's target, for the harm's doer when named. */
export function investigatedHarm(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): void {
  const { tokens, s, groups, groupAt } = env;
  const { cameos, nouns, ofWords, agentWords } = lex.investigatedHarms;
  if (ev.type !== "ACCUSE" || !cameos.has(ev.cameo) || !ev.target.length) return;
  const gi = groups.findIndex((g) => g.first >= ev.triggerEnd && g.actors.some((a) => ev.target.includes(a)));
  if (gi < 0) return;
  const g = groups[gi];
  // the victim's phrase: "of" (maybe over a determiner or a number) after a noun of harm
  let n = g.first - 1;
  while (n > ev.triggerEnd && /^(DET|NUM|ADJ)$/.test(tokens[n].pos) && groupAt[n - s.first] < 0) n--;
  if (!ofWords.has(tokens[n]?.lower ?? "") || !nouns.has(tokens[n - 1]?.lower ?? "")) return;
  // the harm's doer after "by" in the same phrase
  for (let k = g.last; k < s.last && k - g.last < AGENT_WINDOW; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.pos === "VERB" || t.pos === "AUX") break;
    if (!agentWords.has(t.lower)) continue;
    let q = k + 1;
    while (q < s.last && tokens[q].pos === "DET") q++;
    const ai = q < s.last ? groupAt[q - s.first] : -1;
    const doer = ai >= 0 && groups[ai].first === q ? groups[ai].actors.filter((a) => !!stateOf(env, a)) : [];
    if (doer.length) {
      [ev.target, ev.targetSector] = [doer, groups[ai].sector ?? null];
      ev.rule += "+harm-doer";
      return;
    }
    break;
  }
  [ev.target, ev.targetSector] = [[], null];
  ev.rule += "+harmed";
}
