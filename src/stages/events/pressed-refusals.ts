// A refusal made against pressure: "the minister declined to resign despite pressure from the EU",
// "refused to step down in defiance of calls by Washington", "Iran refused to halt enrichment,
// ignoring demands from the IAEA", "has ruled out quitting despite demands from the ANC". The refuser turns down the one who pressed: REJECT (120) toward
// that party. Without a party who pressed ("despite growing pressure") or without "to" and an act
// after the verb ("refused the offer", left to the verb patterns) there is no event here.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { isPassive, subjectBefore } from "./find-parties.js";

// how far the concessive may stand from the verb of refusing ("declined to resign from his post
// as vice-president despite ...")
const WINDOW = 14;
// words that may open the press noun's phrase ("growing international pressure", "repeated calls":
// a tagger may call the participle a verb)
const OPENING = /^(DET|ADJ|NUM|ADV|VERB)$/;

/** The length of the concessive (one of `phrases`, words joined by '-') that starts at k, or 0. */
function phraseAt(env: SentenceEnv, k: number, phrases: ReadonlySet<string>): number {
  const { tokens, s } = env;
  if (phrases.has(tokens[k].lower)) return 1;
  for (let n = 2; n <= 4 && k + n <= s.last; n++) {
    const words = tokens.slice(k, k + n).map((t) => t.lower);
    if (phrases.has(words.join("-"))) return n;
  }
  return 0;
}

/** The group that pressed: one qualifying the press noun before it, else the one after its "by"/"from". */
function presser(env: SentenceEnv, lex: SenseLexicon, from: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  const { pressNouns, agentPreps } = lex.pressedRefusals;
  let owner: Group | null = null;
  let k = from;
  // ("despite EU pressure", "despite Washington's repeated calls", "despite the growing pressure")
  for (; k < s.last && k - from < 8; k++) {
    const gi = groupAt[k - s.first];
    if (gi >= 0) {
      owner ??= groups[gi];
      k = groups[gi].last - 1;
      continue;
    }
    if (pressNouns.has(tokens[k].lower)) break;
    if (!OPENING.test(tokens[k].pos) && tokens[k].norm !== "'s") return null;
  }
  if (k >= s.last || !pressNouns.has(tokens[k].lower)) return null;
  if (owner) return owner;
  let q = k + 1;
  if (q >= s.last || !agentPreps.has(tokens[q].lower)) return null;
  q++;
  while (q < s.last && OPENING.test(tokens[q].pos) && groupAt[q - s.first] < 0) q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  return gi >= 0 && groups[gi].first === q ? groups[gi] : null;
}

/**
 * REJECT events for refusals against pressure, and a target for a refusal event already found at
 * the verb that has none ("refused to resign" by the refuse pattern).
 */
export function pressedRefusals(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  const { concessives } = lex.pressedRefusals;
  for (let v = s.first; v + 2 < s.last; v++) {
    const infinitive = lex.refusalVerbs.has(tokens[v].lower) && tokens[v + 1].lower === "to";
    // ("has ruled out quitting despite demands from the ANC": a verb of excluding before a gerund)
    // (the gerund's shape first: the joined pair is a new string, made for few words)
    const gerund = !infinitive && tokens[v + 2].pos === "VERB" && tokens[v + 2].lower.endsWith("ing") && lex.pressedRefusals.gerundVerbs.has(`${tokens[v].lower} ${tokens[v + 1].lower}`);
    if ((!infinitive && !gerund) || isPassive(tokens, v, s.first)) continue;
    // ("declined to comment despite requests from the BBC": withheld words are no act)
    if (lex.pressedRefusals.silentActs.has(tokens[v + 2].lower)) continue;
    // the concessive in the refusal's clause ("; but", a new sentence or a quote end it)
    let k = v + 2;
    let len = 0;
    for (; k < s.last && k - v <= WINDOW; k++) {
      if (tokens[k].text === ";" || tokens[k].text === ":" || env.inQuote[k] !== env.inQuote[v]) break;
      len = phraseAt(env, k, concessives);
      if (len) break;
    }
    if (!len) continue;
    const g = presser(env, lex, k + len);
    if (!g) continue;
    const gov = raws.find(([r]) => r.trigger === v && r.type === "REJECT")?.[0];
    if (gov?.target.length || gov?.noAct) continue;
    const subj = gov?.source.length ? null : subjectBefore(env, v);
    const source = gov?.source.length ? gov.source : subj?.actors.filter((a) => layer.actors[a].kind !== "location") ?? [];
    const target = g.actors.filter((a) => !source.includes(a) && layer.actors[a].kind !== "location");
    if (!source.length || !target.length) continue;
    if (gov) {
      [gov.target, gov.targetSector] = [target, g.sector ?? null];
      gov.rule += "+pressed";
      continue;
    }
    if (out.some(([r]) => r.trigger === v)) continue;
    const trig: Trigger = { at: v, end: v + 1, verb: undefined, noun: undefined };
    out.push([{ type: "REJECT", cameo: "120", source, target, trigger: v, triggerEnd: v + 1, rule: "events/pressed-refusal", statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj?.sector ?? null, targetSector: g.sector ?? null }, trig]);
  }
  return out;
}
