// The one a measure falls on is not the one whose measure is breached: "Huawei has violated
// sanctions against Iran", "Turkey violated the arms embargo on Libya" defy whoever imposed the
// sanctions or the embargo, not Iran or Libya. A breach whose only party is the one after "against"
// or "on" a measure noun has no target of its own; the measure's maker ("US sanctions against Iran",
// "sanctions imposed by the UN") is read as before.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";

/** Takes the party a breached measure falls on out of the breach's target. */
export function breachedMeasure(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): void {
  const { tokens, groups } = env;
  const { patterns, measures, preps } = lex.breachedMeasures;
  if (ev.type !== "REJECT" || !ev.target.length || !patterns.has(ev.rule.replace(/^events\/verb:/, "").split("+")[0])) return;
  const g = groups.find((x) => x.first >= ev.triggerEnd && x.actors.some((a) => ev.target.includes(a)));
  if (!g) return;
  let n = g.first - 1;
  while (n > ev.triggerEnd && tokens[n].pos === "DET") n--;
  if (!preps.has(tokens[n]?.lower ?? "") || !measures.has(tokens[n - 1]?.lower ?? "")) return;
  [ev.target, ev.targetSector] = [[], null];
  ev.rule += "+measure-object";
}
