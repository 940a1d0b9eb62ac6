// Acts done by saying something: an attributed statement that carries a cue of data/speech-acts.json
// ("propaganda", "war criminal", "pay dearly", "stand with") is an event of its speaker's side.
// The saying occurred; what the statement claims keeps its own status (other rules code it).
// The target: the actor after the cue's preposition ("solidarity with Ukraine"), else the one the
// statement says does the thing named (modifier, agent, clause subject, or the one party named).
import type { SpeechActCue, SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import { byLower } from "../../lexicon/phrase-index.js";
import { SUBORDINATORS, type Group, type RawEvent, type SentenceEnv, type Trigger } from "./sentence-env.js";
import { groupAfterWord, subjectBefore } from "./find-parties.js";

const NEGATION = /^(not|n't|never|no|nor|neither|without|deny|denies|denied|reject|rejects|rejected)$/;

// a party after one of these in the statement is where or on whom the act falls, not who does it
const NOT_DOER_PREPS = /^(against|on|upon|in|into|at|to|for|toward|towards|with|over|near|across|inside|about|of|between|like|including)$/;

// speakers whose words are the text's own report, not a party's act
const NOT_PARTY_SECTORS = new Set(["MED"]);

const CLAIM_NOUNS = /^(accusations?|allegations?|claims?|charges|reports?|rumou?rs?|speculation|suggestions?|assertions?)$/;

const SPOKEN_TYPES = new Set(["THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"]);

/** "stands", "is calling", "condemn", a noun: said now, not reported from before. */
function presentTense(env: SentenceEnv, v: number): boolean {
  const { tokens, s } = env;
  const w = tokens[v].lower;
  if (tokens[v].pos === "NOUN") {
    for (let k = v - 1; k >= Math.max(s.first, v - 5); k--) if (/^(was|were|had|did|would|will)$/.test(tokens[k].lower)) return false;
    return true;
  }
  for (let k = v - 1; k >= Math.max(s.first, v - 3); k--) if (/^(was|were|had|did|would|will|could|might)$/.test(tokens[k].lower)) return false;
  return !/ed$/.test(w);
}

type Found = { group: Group; how: string };

/** An actor's state (its own code, or the country of a person or place). */
function stateOf(env: SentenceEnv, i: number): string | null {
  const a = env.layer.actors[i];
  return a.code ?? a.country ?? null;
}

/** Speech-act events of one sentence; `existing` are the events other rules found there (not repeated). */
export function speechActs(env: SentenceEnv, lex: SpeechActLexicon | undefined, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, inQuote, quotes, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  if (!lex || s.headline) return out;
  const code = (i: number) => stateOf(env, i);
  // the acts other rules found here that will stand (a source of their own, or the speaker's for
  // an act in someone's words), by type and target state
  const done = new Map<string, RawEvent>();
  for (const ev of existing)
    if (ev.source.length || (inQuote[ev.trigger] >= 0 && SPOKEN_TYPES.has(ev.type))) for (const t of ev.target) done.set(`${ev.type}|${code(t)}`, ev);
  const made = new Set<string>();
  for (let k = s.first; k < s.last; k++) {
    const qi = inQuote[k];
    if (qi < 0 || tokens[k].kind !== "word") continue;
    const m = lex.phrases.matchAt(tokens, k, byLower, s.last);
    if (!m) continue;
    const end = k + m.length;
    // the whole cue lies in the statement
    if (inQuote[end - 1] !== qi) continue;
    const q = quotes[qi];
    if (q.headline) continue;
    const speaker = layer.actors.findIndex((a) => a.id === q.speaker);
    if (speaker < 0 || !code(speaker) || NOT_PARTY_SECTORS.has(layer.actors[speaker].sector ?? "")) continue;
    if (negated(env, k, qi)) {
      k = end - 1;
      continue;
    }
    for (const cue of m.values) {
      const found = targetOf(env, cue, k, end, qi, code(speaker)!);
      if (!found) continue;
      const target = found.group.actors.filter((a) => code(a) && code(a) !== code(speaker) && layer.actors[a].kind !== "location");
      if (!target.length) continue;
      const keys = target.map((a) => `${cue.type}|${code(a)}`);
      if (keys.every((x) => done.has(x) || made.has(x))) {
        // "“Germany stands in solidarity with Ukraine,” Scholz said": the act the statement itself
        // states in the present is made by saying it, not claimed
        for (const x of keys) {
          const ev = done.get(x);
          if (ev && inQuote[ev.trigger] === qi && !ev.status && presentTense(env, ev.statusVerb)) {
            ev.status = "occurred";
            ev.rule += "+said";
          }
        }
        continue;
      }
      for (const x of keys) made.add(x);
      const sp = layer.actors[speaker];
      out.push([
        {
          type: cue.type,
          cameo: cue.cameo,
          source: [speaker],
          target,
          trigger: k,
          triggerEnd: end,
          rule: `events/statement:${cue.id}+${found.how}`,
          statusVerb: k,
          status: "occurred",
          sourceSector: sp.kind === "person" ? sp.sector ?? "GOV" : sp.sector ?? null,
          targetSector: found.group.sector ?? null,
        },
        { at: k, end },
      ]);
      break;
    }
    k = end - 1;
  }
  return out;
}

/** "is not a war criminal", "there was no aggression", "denied any interference": no act. */
function negated(env: SentenceEnv, k: number, qi: number): boolean {
  const { tokens, s, inQuote } = env;
  for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) {
    if (inQuote[j] !== qi || tokens[j].text === "," || tokens[j].text === ";") break;
    if (NEGATION.test(tokens[j].lower)) return true;
  }
  return false;
}

/** The group is the object of a preposition ("against Ukraine", "amid Japanese ... visit", "of a Ukrainian attack"). */
function afterPreposition(env: SentenceEnv, g: Group): boolean {
  const { tokens, s, groupAt } = env;
  let b = g.first - 1;
  while (b > s.first && g.first - b <= 5 && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[b].pos)) b--;
  const t = tokens[b];
  // "as the Russians continue": a subordinator opens a clause whose subject the group is
  const next = tokens[g.last];
  if (t && SUBORDINATORS.has(t.lower) && next && /^(VERB|AUX)$/.test(next.pos)) return false;
  return b >= s.first && !!t && (NOT_DOER_PREPS.test(t.lower) || (t.pos === "ADP" && t.lower !== "by"));
}

function targetOf(env: SentenceEnv, cue: SpeechActCue, k: number, end: number, qi: number, speakerCode: string): Found | null {
  const { tokens, s, groupAt, groups, layer, inQuote } = env;
  const inStatement = (g: Group | null) => !!g && inQuote[g.first] === qi;
  const other = (g: Group | null) =>
    !!g && g.actors.some((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && stateOf(env, a) !== speakerCode);
  const ok = (g: Group | null): g is Group => inStatement(g) && other(g);
  // "solidarity with Ukraine", "consequences for Iran", "ready for talks with Washington"
  if (cue.after.length) {
    let g: Group | null = null;
    if (cue.after.includes(tokens[end - 1].lower)) {
      let r = end;
      while (r < s.last && r - end < 3 && /^(DET|ADJ)$/.test(tokens[r].pos) && groupAt[r - s.first] < 0) r++;
      const gi = r < s.last ? groupAt[r - s.first] : -1;
      if (gi >= 0) g = groups[gi];
    }
    g ??= groupAfterWord(env, end, cue.after, 6);
    if (ok(g)) return { group: g, how: "after" };
  }
  if (!cue.doer) return null;
  // "Russian aggression", "Washington's lies", "US propaganda"
  let j = k - 1;
  while (j >= s.first && groupAt[j - s.first] < 0 && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN" || tokens[j].text === "-")) j--;
  if (j >= s.first && tokens[j].norm === "'s") j--;
  if (j >= s.first && j < k && groupAt[j - s.first] >= 0) {
    const g = groups[groupAt[j - s.first]];
    if (ok(g)) return { group: g, how: "modifier" };
  }
  // "propaganda by the Kremlin", "lies from Washington"
  const agent = groupAfterWord(env, end, ["by", "from"], 3);
  if (ok(agent)) return { group: agent!, how: "agent" };
  // "the US and Saudi Arabia are conducting a propaganda campaign", "Trump would pay dearly"
  // (a named group only: "they" standing for the last event's parties is too far a guess here;
  // "claims of a Ukrainian attack were fabricated": a party inside a phrase is not the subject)
  // "accusations Moscow plans to attack Ukraine were provocative": said of a claim, the cue is
  // about the claim, not about the parties the claim names
  // ("the accusations by Washington are baseless", "US claims are nonsense": a rejection is of the claimant)
  for (let j = k - 1; j >= s.first && inQuote[j] === qi; j--) {
    if (!CLAIM_NOUNS.test(tokens[j].lower)) continue;
    if (cue.type !== "REJECT") return null;
    const by = groupAfterWord(env, j + 1, ["by", "from"], 3);
    if (ok(by)) return { group: by!, how: "claimant" };
    let b = j - 1;
    while (b >= s.first && groupAt[b - s.first] < 0 && tokens[b].pos === "ADJ") b--;
    if (b >= s.first && tokens[b].norm === "'s") b--;
    const g = b >= s.first && groupAt[b - s.first] >= 0 ? groups[groupAt[b - s.first]] : null;
    return ok(g) ? { group: g!, how: "claimant" } : null;
  }
  const subj = subjectBefore(env, k);
  if (subj && inStatement(subj)) return groups.includes(subj) && other(subj) && !afterPreposition(env, subj) ? { group: subj, how: "subject" } : null;
  // "the war of aggression that it started against Ukraine": the one party the statement names
  // outside the speaker's side and outside a prepositional phrase
  let sole: Group | null = null;
  for (const g of groups) {
    if (!inStatement(g) || !other(g) || g.first >= s.last) continue;
    if (afterPreposition(env, g)) continue;
    const codes = new Set(g.actors.map((a) => stateOf(env, a)));
    if (sole) {
      const prevCodes = new Set(sole.actors.map((a) => stateOf(env, a)));
      if ([...codes].some((c) => !prevCodes.has(c))) return null;
      continue;
    }
    sole = g;
  }
  return sole ? { group: sole, how: "sole-party" } : null;
}
