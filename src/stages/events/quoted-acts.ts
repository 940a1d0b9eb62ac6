// "“Russian forces are shelling Kharkiv every night,” Zelensky said": a hostile act that a speaker's
// own words say another party does or did is an accusation by the speaker's side against the doer
// (ACCUSE, CAMEO 112). Saying it occurred; the act told keeps its own status (claimed), and its own
// event. Which acts are hostile is data (data/speech-acts.json `accusedTypes`). Only the speaker's
// words (a direct or partial quote: "said the ship “was unlawfully seized by Iran”"), or reported
// speech whose cue alleges (`allegingCues`: "claimed Russia was planning attacks"); not a plain
// report of an official's account ("the army said Russian forces shelled the city" reports the
// shelling; "said everything changed when Moscow attacked Ukraine" recalls it). Not an act of the speaker's own side ("they call
// us aggressors", "we struck back"), not an act mentioned in passing (background), not one still to
// come or only possible (its status is then planned or hypothetical, not claimed), save a plan the
// speaker lays on the doer ("“Putin's plan all along has been to invade Ukraine,” Blinken said",
// "“Russia is preparing to attack”": `plotWords` before the act's "to", over "be" and adverbs).
import type { EventRecord, Token } from "../../model/types.js";
import type { SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import type { SentenceEnv } from "./sentence-env.js";

export function quotedActs(env: SentenceEnv, lex: SpeechActLexicon | undefined, records: readonly EventRecord[], seen: Set<string>): EventRecord[] {
  const out: EventRecord[] = [];
  if (!lex || !lex.accusedTypes.size) return out;
  const { layer, quotes, s } = env;
  const state = (id: string) => {
    const a = layer.actors.find((x) => x.id === id);
    return a && a.kind !== "location" ? a.code ?? a.country ?? null : null;
  };
  // the accusations this sentence already makes, by speaker's state and accused state
  const made = new Set<string>();
  for (const r of records) if (r.type === "ACCUSE") for (const x of r.source) for (const y of r.target) made.add(`${state(x)}|${state(y)}`);
  for (const r of records) {
    if (!lex.accusedTypes.has(r.type) || r.background || !r.triggerSpan) continue;
    if (r.status !== "claimed" && !(r.status === "planned" && plotted(env.tokens, s.first, r.triggerSpan.start, lex))) continue;
    const at = r.triggerSpan.start;
    // (the speaker's own words inside the reported clause that holds them: "said the ship “was seized by Iran”")
    const holding = quotes.filter((x) => !x.headline && x.start <= at && at < x.end);
    const q = holding.find((x) => x.kind !== "indirect") ?? holding[0];
    if (q && q.kind === "indirect" && !lex.allegingCues.has((q.cue ?? "").toLowerCase())) continue;
    if (!q || !q.speaker) continue;
    const sp = layer.actors.find((a) => a.id === q.speaker);
    const own = sp ? sp.code ?? sp.country ?? null : null;
    if (!sp || !own || sp.sector === "MED") continue;
    if (r.source.some((id) => state(id) === own)) continue;
    const target = r.source.filter((id) => {
      const c = state(id);
      return !!c && !made.has(`${own}|${c}`);
    });
    if (!target.length) continue;
    const key = `ACCUSE|${sp.id}|${target.join("+")}|${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const id of target) made.add(`${own}|${state(id)}`);
    out.push({
      ...r,
      type: "ACCUSE",
      cameo: "112",
      source: [sp.id],
      target,
      status: "occurred",
      background: undefined,
      via: q.via ?? null,
      rule: `events/quoted-act:${r.type.toLowerCase()}`,
    } as EventRecord);
  }
  return out;
}

// what may stand between a word of planning and the act's "to": "has been", "all along", "now"
const BETWEEN_PLOT = /^(AUX|ADV|PART)$/;
const BE = /^(is|are|was|were|has|have|had|been|be|'s|all|along)$/;

/** The infinitive starting at character `at` has one of `plotWords` before its "to", over "be" and adverbs. */
function plotted(tokens: readonly Token[], first: number, at: number, lex: SpeechActLexicon): boolean {
  let i = first;
  while (i < tokens.length && tokens[i].start < at) i++;
  if (i >= tokens.length || tokens[i].start !== at || tokens[i - 1]?.lower !== "to") return false;
  for (let k = i - 2; k >= first && i - 2 - k <= 5; k--) {
    const t = tokens[k];
    if (lex.plotWords.has(t.lower)) return true;
    if (!BETWEEN_PLOT.test(t.pos) && !BE.test(t.lower)) return false;
  }
  return false;
}
