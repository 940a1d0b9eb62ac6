// Sanctions on a flow of goods: "Sweden imposed restrictions on arms sales to Turkey", "Finland banned
// arms exports to Turkey", "an embargo on oil imports from Iran", "suspended trade with Russia". English
// names the sanctioned state not as the object of the ban but as the end of the flow it stops: where
// sales, exports and deliveries go ("to"), where imports and purchases come from ("from"), with whom
// trade is done ("with"). A SANCTION whose own search found no party takes the state named so. Not:
// a flow whose preposition names no actor ("restrictions on exports to new markets"), a flow to the
// sanctioning state itself ("a ban on imports to the US" by the US), a flow outside the act's object
// phrase ("banned exports, and Russia's trade with China grew"). Word lists: data/event-senses.json tradeFlows.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/** Give a sanction with no party the state at the far end of the flow of goods its object names. */
export function tradeFlowTargets(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const flows = lex.tradeFlows;
  for (const [ev] of raws) {
    if (ev.type !== "SANCTION" || ev.target.length || !ev.source.length) continue;
    // the act's object phrase: up to a clause's end or another verb
    for (let q = ev.triggerEnd; q < s.last - 2 && q - ev.triggerEnd < 10; q++) {
      const t = tokens[q];
      if (t.text === "," || t.text === ";" || t.text === "." || (t.pos === "VERB" && q > ev.triggerEnd)) break;
      const prep = flows.get(t.lower);
      if (!prep || !prep.includes(tokens[q + 1].lower)) continue;
      const end = groupAfterWord(env, q + 1, [tokens[q + 1].lower], 1);
      if (!end) break;
      const own = new Set(ev.source.map((a) => stateOf(env, a)));
      const target = end.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a)));
      if (target.length) {
        ev.target = target;
        ev.targetSector = end.sector ?? null;
        ev.rule += "+trade-flow";
      }
      break;
    }
  }
}
