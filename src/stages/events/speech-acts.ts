// Acts done by saying something: an attributed statement that carries a cue of data/speech-acts.json
// ("propaganda", "war criminal", "pay dearly", "stand with") is an event of its speaker's side.
// The saying occurred; what the statement claims keeps its own status (other rules code it).
// The target: the actor after the cue's preposition ("solidarity with Ukraine"), else the one the
// statement says does the thing named (modifier, agent, clause subject, or the one party named).
import type { Token } from "../../model/types.js";
import type { LabelSense, SpeechActCue, SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import { labelAt, OF_STATE } from "./label-words.js";
import { byLower } from "../../lexicon/phrase-index.js";
import { SUBORDINATORS, stateOf, type Group, type RawEvent, type SentenceEnv, type Trigger } from "./sentence-env.js";
import { ownExecutive, partySpeaker } from "./opposition-speech.js";
import { groupAfterWord, subjectBefore, firstSubjectGroup, REPORTING_VERBS } from "./find-parties.js";
import { ALL_OPEN, GATE } from "./rule-gates.js";

// speakers whose words are the text's own report, not a party's act
const NOT_PARTY_SECTORS = new Set(["MED"]);

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

/** A state named by a noun under a simple past "was"/"were" ("was in solidarity with"): in reported
 *  speech, the speaker's present shifted back; "had", "did", "would" and "will" mark a time of their own. */
function backshiftedPresent(env: SentenceEnv, v: number, speakerState: string): boolean {
  const { tokens, s } = env;
  if (tokens[v].pos !== "NOUN") return false;
  for (let k = v - 1; k >= Math.max(s.first, v - 5); k--) {
    const w = tokens[k].lower;
    if (/^(had|did|would|will|been)$/.test(w)) return false;
    if (w !== "was" && w !== "were") continue;
    // the subject right before "was": the speaker's own state, or a pronoun that stands for the speaker's side
    if (/^(we|it|he|she|they)$/.test(tokens[k - 1]?.lower ?? "")) return true;
    const g = k - 1 >= s.first ? env.groupAt[k - 1 - s.first] : -1;
    return g >= 0 && env.groups[g].actors.some((a) => stateOf(env, a) === speakerState);
  }
  return false;
}

type Found = { group: Group; how: string };


/** Speech-act events of one sentence; `existing` are the events other rules found there (not repeated). */
export function speechActs(env: SentenceEnv, lex: SpeechActLexicon | undefined, existing: RawEvent[], parts?: ReadonlyMap<string, string>, open: number = ALL_OPEN): [RawEvent, Trigger][] {
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
    // ("his threat to hit Beijing with tariffs", "made a threat to cut off the gas": a "to" before a
    // verb, closing the cue or right after it, opens an infinitive, what the threat would do, not
    // the one it falls on)
    if (m.values.every((c) => c.noInfinitive) && infinitiveAt(env, end)) {
      k = end - 1;
      continue;
    }
    const q = quotes[qi];
    if (q.headline) continue;
    const speaker = layer.actors.findIndex((a) => a.id === q.speaker);
    if (speaker < 0 || !code(speaker) || NOT_PARTY_SECTORS.has(layer.actors[speaker].sector ?? "")) continue;
    // (a punishment still to come is said with "will" or "would" in any case: "would be brought to justice")
    if (negated(env, lex, k, qi) || selfLabel(env, lex, k, qi) || (unrealCue(env, lex, k, end, qi) && !m.values.every((c) => c.prospective))) {
      k = end - 1;
      continue;
    }
    for (const cue of m.values) {
      // ("is behind bars", "has been held to account": a punishment done is told, not threatened)
      if (cue.prospective && !prospectiveBefore(env, lex, k, qi)) continue;
      // ("lifting the sanctions on Burma is out of the question", "we will never accept talks with Hamas":
      // a refusal whose statement names no doer turns down the party of the act of cooperation it names)
      const refused = cue.type === "REJECT" ? refusedAct(env, existing, k, end, qi) : null;
      let found = targetOf(env, lex, cue, k, end, qi, code(speaker)!) ?? refused?.found ?? (cue.doer ? saidOf(env, qi, code(speaker)!) : null);
      let target = found ? found.group.actors.filter((a) => code(a) && code(a) !== code(speaker) && layer.actors[a].kind !== "location") : [];
      // ("Kennedy said the government's plans were shameful": a party speaker's criticism of its own
      // state's government, opposition-speech.ts; the speaker's state then counts as another side)
      if (!target.length && cue.type === "ACCUSE" && parts && partySpeaker(layer, speaker, parts)) {
        found = targetOf(env, lex, cue, k, end, qi, "\u0000");
        target = found ? found.group.actors.filter((a) => code(a) === code(speaker) && a !== speaker && ownExecutive(layer, a, parts)) : [];
        if (found && target.length) found = { group: found.group, how: `${found.how}+own-government` };
      }
      if (!found || !target.length) continue;
      if (refused && found === refused.found) refused.act.noAct = true;
      const keys = target.map((a) => `${cue.type}|${code(a)}`);
      if (keys.every((x) => done.has(x) || made.has(x))) {
        // "“Germany stands in solidarity with Ukraine,” Scholz said": the act the statement itself
        // states in the present is made by saying it, not claimed
        for (const x of keys) {
          const ev = done.get(x);
          // ("Duda said Poland was in full solidarity with Ukraine": reported speech puts the
          // speaker's own present in the past; only the speaker's side's state is made by saying it)
          const backshifted = q.kind === "indirect" && !!ev && backshiftedPresent(env, ev.statusVerb, code(speaker)!);
          if (ev && inQuote[ev.trigger] === qi && !ev.status && (presentTense(env, ev.statusVerb) || backshifted)) {
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
          refused: undefined,
          noAct: undefined,
          sourceSector: sp.kind === "person" ? sp.sector ?? "GOV" : sp.sector ?? null,
          targetSector: found.group.sector ?? null,
        },
        { at: k, end, verb: undefined, noun: undefined },
      ]);
      break;
    }
    k = end - 1;
  }
  // (each walk only where the sentence holds one of its words: rule-gates.ts)
  if (open & GATE.deniedClaims) out.push(...deniedClaims(env, lex, existing));
  if (open & GATE.stateLabels) out.push(...labels(env, lex, existing));
  if (open & GATE.toldToAct) out.push(...toldToAct(env, lex, existing));
  return out;
}

/** A "to" before a verb that closes a cue ending at `end`, or comes right after it: an infinitive. */
function infinitiveAt(env: SentenceEnv, end: number): boolean {
  const { tokens, s } = env;
  if (tokens[end - 1].lower === "to") return end < s.last && tokens[end].pos === "VERB";
  return end + 1 < s.last && tokens[end].lower === "to" && tokens[end + 1].pos === "VERB";
}

// acts of cooperation, whose turning down rejects the party they would be done with (as rejected-proposals.ts)
const COOPERATIVE = new Set(["CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT"]);

/**
 * The act of cooperation a refusal cue turns down in the same statement and clause: the subject of
 * "is out of the question", "is non-negotiable" ("removing the sanctions on Burma", "a ceasefire with
 * Hamas"), or the object of "will never accept" ("talks with the Taliban"). Its party (target, or
 * the other side of a joint act) is the one rejected. Null when none, or when it is hostile
 * ("an attack on Russia is out of the question" rejects no one).
 */
function refusedAct(env: SentenceEnv, existing: RawEvent[], k: number, end: number, qi: number): { act: RawEvent; found: Found } | null {
  const { tokens, s, inQuote, groupAt, groups } = env;
  // the clause around the cue: back to a clause break, on to the next one
  let from = k - 1;
  while (from > s.first && inQuote[from - 1] === qi && !/^(,|;|:|that|because|as|but|and|said|says)$/.test(tokens[from - 1].lower)) from--;
  let to = end;
  while (to < s.last && inQuote[to] === qi && to - end < 10 && !/^(,|;|:|because|as|but)$/.test(tokens[to].lower)) to++;
  const act = existing.find((e) => COOPERATIVE.has(e.type) && !e.noAct && inQuote[e.trigger] === qi && e.trigger >= from && e.trigger < to && (e.trigger < k || e.trigger >= end));
  if (!act) return null;
  // the first group of the act's parties after its trigger ("on Burma", "with Hamas")
  for (let q = act.trigger; q < to; q++) {
    const gi = groupAt[q - s.first];
    if (gi < 0 || groups[gi].first !== q) continue;
    if (groups[gi].actors.some((a) => act.target.includes(a) || act.source.includes(a))) return { act, found: { group: groups[gi], how: "refused-act" } };
  }
  return null;
}

/** The first token of a run of adverbs and auxiliaries before k ("has repeatedly denied"). */
function overAuxiliaries(env: SentenceEnv, k: number): number {
  const { tokens, s } = env;
  let j = k;
  while (j - 1 >= s.first && /^(ADV|AUX|PART)$/.test(tokens[j - 1].pos)) j--;
  return j;
}

/** The group that ends right before token k (over adverbs and auxiliaries). */
function groupEndingBefore(env: SentenceEnv, k: number): Group | null {
  const j = overAuxiliaries(env, k) - 1;
  const gi = j >= env.s.first ? env.groupAt[j - env.s.first] : -1;
  return gi >= 0 ? env.groups[gi] : null;
}

/**
 * "Kyiv says the depots supply the Russian military, which Moscow denies", "Israel says Iran is
 * building a bomb, something Tehran denies": a denial of a claim the sentence reports is a
 * rejection (REJECT, CAMEO 120) of its claimant: the speaker of the claim, else the subject of the
 * sentence's reporting verb, else its first subject. "Moscow denied entry to ...", "which Moscow denied
 * the envoy": a denial with an object of its own is another act.
 */
function deniedClaims(env: SentenceEnv, lex: SpeechActLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, groups, quotes, inQuote, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let d = s.first + 2; d < s.last; d++) {
    if (!lex.denialVerbs.has(tokens[d].lower)) continue;
    const next = tokens[d + 1];
    // ("which Moscow denies.", "something that Tehran denies planning to do")
    if (next && /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next.pos) && !/ing$/.test(next.lower)) continue;
    const denier = groupEndingBefore(env, d);
    if (!denier) continue;
    const w1 = tokens[denier.first - 1]?.lower ?? "";
    const w2 = tokens[denier.first - 2]?.lower ?? "";
    const ofClaim = w1 === "which" || w1 === "something" || lex.claimNouns.has(w1) || (w1 === "that" && (w2 === "something" || lex.claimNouns.has(w2)));
    if (!ofClaim) continue;
    const own = new Set(denier.actors.map((a) => stateOf(env, a)).filter(Boolean));
    if (!own.size) continue;
    const others = (ids: number[]) => ids.filter((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
    // the claimant: the speaker of the claim the denial follows
    let claimant: number[] = [];
    const qi = inQuote[denier.first - 1];
    if (qi >= 0 && quotes[qi].speaker) claimant = others([layer.actors.findIndex((a) => a.id === quotes[qi].speaker)].filter((a) => a >= 0));
    if (!claimant.length) {
      const say = tokens.slice(s.first, denier.first).findIndex((t) => REPORTING_VERBS.test(t.lower));
      const subj = say >= 0 ? subjectBefore(env, s.first + say) : firstSubjectGroup(env, s.first);
      if (subj && subj.first < denier.first) claimant = others(subj.actors);
    }
    if (!claimant.length) continue;
    const same = existing.find((e) => e.trigger === d && e.type === "REJECT");
    if (same) {
      if (!same.target.length) {
        same.source = denier.actors;
        same.target = claimant;
        same.rule += "+denied-claim";
        same.status = "occurred";
      }
      continue;
    }
    out.push([
      { type: "REJECT", cameo: "120", source: denier.actors, target: claimant, trigger: d, triggerEnd: d + 1, rule: "events/statement:denied-claim", statusVerb: d, status: "occurred", refused: undefined, noAct: undefined, sourceSector: denier.sector ?? null, targetSector: null },
      { at: d, end: d + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}

/**
 * "calling Rabat a \"good ally\"", "described Poland as a true friend": a label a speaker gives a
 * state is an act toward it (data/speech-acts.json `labels`). Not after a negation or a denying
 * adjective ("not a reliable partner", "an unreliable ally"; `labelNegations`).
 */
function labels(env: SentenceEnv, lex: SpeechActLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let k = s.first; k < s.last - 2; k++) {
    if (!lex.labelVerbs.has(tokens[k].lower)) continue;
    const named = groupStartingAt(env, k + 1);
    if (!named) continue;
    let r = named.last;
    if (tokens[r]?.lower === "as") r++;
    // ("would not call Russia a rogue state", "never described Iran as a threat": a label taken back)
    let negative = false;
    for (let j = k - 1; j >= Math.max(s.first, k - 3) && !/^[,;:]$/.test(tokens[j].text); j--) if (lex.negations.has(tokens[j].lower)) negative = true;
    let label: LabelSense | undefined;
    for (; r < s.last && r - named.last < 7; r++) {
      const t = tokens[r];
      if (t.kind !== "word") continue;
      if (lex.labelNegations.has(t.lower)) negative = true;
      const m = labelAt(lex, tokens, r, s.last, OF_STATE);
      label = m?.sense;
      // ("a gang of criminals", "an empire of lies", "a friend of terrorists": a hostile label after
      // the head's "of" says what the state is called)
      if ((m || t.pos === "NOUN") && tokens[m ? m.end : r + 1]?.lower === "of") label = hostileAfterOf(lex, tokens, (m ? m.end : r + 1) + 1, s.last) ?? label;
      if (label || !/^(DET|ADJ|ADV|PRON)$/.test(t.pos)) break;
    }
    if (!label || negative) continue;
    // ("is not blaming Morocco, calling Rabat a good ally": a participle after a comma is the main
    // clause subject's act, not that of the object just before it)
    const source = adjunctSubject(env, k) ?? subjectBefore(env, k);
    if (!source) continue;
    const own = new Set(source.actors.map((a) => stateOf(env, a)));
    const target = named.actors.filter((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
    if (!target.length || !source.actors.some((a) => stateOf(env, a))) continue;
    if (existing.some((e) => e.type === label!.type && e.target.some((a) => target.includes(a)))) continue;
    out.push([
      { type: label.type, cameo: label.cameo, source: source.actors, target, trigger: k, triggerEnd: k + 1, rule: `events/statement:${label.id}`, statusVerb: k, status: "occurred", refused: undefined, noAct: undefined, sourceSector: source.sector ?? null, targetSector: named.sector ?? null },
      { at: k, end: k + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}

/** A state's hostile label (of type ACCUSE) heading the phrase at `q`, over determiners and adjectives. */
function hostileAfterOf(lex: SpeechActLexicon, tokens: Token[], q: number, last: number): LabelSense | undefined {
  for (let r = q; r < last && r - q < 3; r++) {
    const sense = labelAt(lex, tokens, r, last, (x) => OF_STATE(x) && x.type === "ACCUSE")?.sense;
    if (sense || !/^(DET|ADJ)$/.test(tokens[r].pos)) return sense;
  }
  return undefined;
}

/** ", calling Rabat a good ally", "..., and blaming Iran": a participle clause's doer is the main clause's subject. */
function adjunctSubject(env: SentenceEnv, k: number): Group | null {
  const { tokens, s } = env;
  if (!tokens[k].lower.endsWith("ing")) return null;
  let j = k - 1;
  if (tokens[j]?.lower === "and") j--;
  if (tokens[j]?.text !== ",") return null;
  const g = firstSubjectGroup(env, s.first);
  return g && g.last <= j && env.inQuote[g.first] < 0 ? g : null;
}

/** "is not a war criminal", "there was no aggression", "denied any interference": no act. */
function negated(env: SentenceEnv, lex: SpeechActLexicon, k: number, qi: number): boolean {
  const { tokens, s, inQuote } = env;
  for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) {
    if (inQuote[j] !== qi || tokens[j].text === "," || tokens[j].text === ";") break;
    if (lex.negations.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * "“Those responsible will be held to account,” Lammy said of the Russian commanders": the party a
 * reporting verb after the statement says it is about ("said of", "said about"), outside the
 * statement, in the same sentence; for a statement that names no doer of its own.
 */
function saidOf(env: SentenceEnv, qi: number, speakerCode: string): Found | null {
  const { tokens, s, inQuote, groupAt, groups, layer } = env;
  for (let v = s.first; v + 1 < s.last; v++) {
    if (inQuote[v] >= 0 || !REPORTING_VERBS.test(tokens[v].lower) || !/^(of|about)$/.test(tokens[v + 1].lower)) continue;
    // the verb reports this statement: it ends right before the verb's clause ("...,” Lammy said of")
    if (env.quotes[qi].end > tokens[v].start) continue;
    let r = v + 2;
    while (r < s.last && r - v < 5 && /^(DET|ADJ)$/.test(tokens[r].pos) && groupAt[r - s.first] < 0) r++;
    const gi = r < s.last ? groupAt[r - s.first] : -1;
    if (gi < 0) return null;
    const g = groups[gi];
    const other = g.actors.some((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && stateOf(env, a) !== speakerCode);
    return other ? { group: g, how: "said-of" } : null;
  }
  return null;
}

/**
 * "They call us aggressors", "the West calls me a dictator": a label verb with a first-person object
 * (`labelVerbs`, `selfObjects`) within four tokens before the cue, in the statement's clause: the
 * speaker repeats what the other side says of them; they accuse no one by it.
 */
function selfLabel(env: SentenceEnv, lex: SpeechActLexicon, k: number, qi: number): boolean {
  const { tokens, s, inQuote } = env;
  for (let j = k - 1; j > Math.max(s.first, k - 5); j--) {
    if (inQuote[j] !== qi || tokens[j].text === "," || tokens[j].text === ";") return false;
    if (lex.selfObjects.has(tokens[j].lower) && lex.labelVerbs.has(tokens[j - 1].lower)) return true;
  }
  return false;
}

/**
 * "will be held to account", "must be brought to justice", "they risk spending the rest of their days
 * behind bars": a word of what is to come or is due (`prospectiveWords`) in the cue's clause of the
 * statement, within ten tokens before it; a comma, a semicolon or a "that" ends the clause.
 */
function prospectiveBefore(env: SentenceEnv, lex: SpeechActLexicon, k: number, qi: number): boolean {
  const { tokens, s, inQuote } = env;
  for (let j = k - 1; j >= Math.max(s.first, k - 10); j--) {
    if (inQuote[j] !== qi || /^(,|;|that|which)$/.test(tokens[j].lower)) return false;
    if (lex.prospectiveWords.has(tokens[j].lower)) return true;
  }
  return false;
}

const DEFINITE = /^(the|this|that|these|those|its|his|her|their|our|your|my)$/;

/**
 * "to deter any future aggression", "military aggression towards Taiwan would be a strategic mistake",
 * "it would be irresponsible if the world let it slip": a cue that a modifier of what may come
 * qualifies (status.nounStatus: planned or hypothetical), that heads an indefinite subject of a modal
 * of what may be (`unrealModals`), or that follows that modal's "be", names an act someone may do, and
 * accuses no one of an act done. "Russian aggression would not be tolerated" (an actor in the phrase),
 * "Russia's war would end" (a definite act) and "Russia's aggression is criminal" stay accusations.
 */
function unrealCue(env: SentenceEnv, lex: SpeechActLexicon, k: number, end: number, qi: number): boolean {
  const { tokens, s, inQuote, groupAt } = env;
  // the cue's own modifiers, back to its determiner
  let b = k - 1;
  let actor = false;
  for (; b >= s.first && k - b <= 4 && inQuote[b] === qi; b--) {
    const st = env.senses.nounStatus.get(tokens[b].lower);
    if (st === "planned" || st === "hypothetical") return true;
    if (!/^(ADJ|ADV|NOUN|PROPN)$/.test(tokens[b].pos)) break;
    if (groupAt[b - s.first] >= 0) actor = true;
  }
  // "would be irresponsible", "could be seen as a provocation"
  let p = k - 1;
  while (p > s.first && /^(ADV|DET)$/.test(tokens[p].pos)) p--;
  // ("would pose a threat to", "could become a danger to": another copula of `unrealCopulas`, over an adverb)
  if ((tokens[p]?.lower === "be" || lex.unrealCopulas.has(tokens[p]?.lower ?? "")) && lex.unrealModals.has(tokens[p - 1]?.lower ?? "")) return true;
  if (lex.unrealCopulas.has(tokens[p]?.lower ?? "") && tokens[p - 1]?.pos === "ADV" && lex.unrealModals.has(tokens[p - 2]?.lower ?? "")) return true;
  // the cue as its clause's indefinite subject: no actor or definite determiner before it, no verb
  // of its clause before it ("Biden said aggression would" reports the clause; that is fine too)
  const before = b >= s.first ? tokens[b] : null;
  const definite = !!before && (((before.pos === "DET" || before.pos === "PRON") && DEFINITE.test(before.lower)) || before.norm === "'s" || before.text === "’s" || before.pos === "ADP");
  if (actor || definite) return false;
  for (let q = end; q < Math.min(s.last, end + 10); q++) {
    const t = tokens[q];
    if (t.text === "," || t.text === ";" || /^(that|which|who|and|but)$/.test(t.lower) || inQuote[q] !== qi) return false;
    if (lex.unrealModals.has(t.lower)) return true;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return false;
}

/** The group is the object of a preposition ("against Ukraine", "amid Japanese ... visit", "of a Ukrainian attack"). */
function afterPreposition(env: SentenceEnv, lex: SpeechActLexicon, g: Group): boolean {
  const { tokens, s, groupAt } = env;
  let b = g.first - 1;
  while (b > s.first && g.first - b <= 5 && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[b].pos)) b--;
  const t = tokens[b];
  // "as the Russians continue": a subordinator opens a clause whose subject the group is
  const next = tokens[g.last];
  if (t && SUBORDINATORS.has(t.lower) && next && /^(VERB|AUX)$/.test(next.pos)) return false;
  return b >= s.first && !!t && (lex.notDoerPreps.has(t.lower) || (t.pos === "ADP" && t.lower !== "by"));
}

function targetOf(env: SentenceEnv, lex: SpeechActLexicon, cue: SpeechActCue, k: number, end: number, qi: number, speakerCode: string): Found | null {
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
    if (!lex.claimNouns.has(tokens[j].lower)) continue;
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
  // ("Ukraine faces a grave threat", "Taiwan is facing the biggest threat": the subject of a verb of
  // `exposedVerbs` before the cue is the one it falls on)
  if (subj && inStatement(subj)) for (let j = subj.last; j < k; j++) if (lex.exposedVerbs.has(tokens[j].lower)) return null;
  if (subj && inStatement(subj)) return groups.includes(subj) && other(subj) && !afterPreposition(env, lex, subj) ? { group: subj, how: "subject" } : null;
  // "the war of aggression that it started against Ukraine": the one party the statement names
  // outside the speaker's side and outside a prepositional phrase
  let sole: Group | null = null;
  for (const g of groups) {
    if (!inStatement(g) || !other(g) || g.first >= s.last) continue;
    if (afterPreposition(env, lex, g)) continue;
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

/**
 * The target of a reporting verb whose direct object names no actor (a pattern of events.json found
 * no one): the one who made what it is said of ("welcomed the decision by Iran", "condemned the
 * attack from Russia", "demanded an apology from Japan"), else, for a warning or an accusation with a
 * that-clause, the one the clause is about: "alleged that Iran had sent drones" accuses Iran; "warned
 * that it will no longer tolerate South Korean drills" threatens South Korea (the speaker's own side
 * as the clause's subject is the one who will act; another state as the subject is only talked about:
 * "warned that Russia could attack" is no threat to Russia).
 */
export function speechTarget(env: SentenceEnv, lex: SpeechActLexicon | undefined, ev: RawEvent, others: RawEvent[] = []): void {
  if (!lex) return;
  if (!ev.source.length && (SPOKEN_TYPES.has(ev.type) || ev.type === "CONCEDE" || ev.type === "AGREE") && ev.rule.startsWith("events/verb:")) frontedSource(env, lex, ev);
  if (!SPOKEN_TYPES.has(ev.type)) return;
  if (ev.type === "ACCUSE" && ev.rule.startsWith("events/verb:")) victimNotAccused(env, lex, ev);
  if (ev.rule.startsWith("events/noun:")) return claimThat(env, lex, ev);
  if (!ev.rule.startsWith("events/verb:") || ev.rule.includes("+passive")) return;
  if (!ev.source.length) speakerSource(env, ev);
  // "..., accusing Washington of sabotage", "and blaming Iran": said along with the main clause's act
  const adjunct = adjunctSubject(env, ev.trigger);
  if (adjunct) {
    if (!ev.source.length) {
      ev.source = adjunct.actors;
      ev.sourceSector = adjunct.sector ?? null;
      ev.rule += "+adjunct";
    }
    if (!ev.status && !hasFuture(env, ev.trigger)) ev.status = "occurred";
  }
  saidOfClause(env, lex, ev, others);
  if (ev.target.length || !ev.source.length) return;
  const { tokens, s, groups, groupAt, layer } = env;
  const own = new Set(ev.source.map((a) => stateOf(env, a)));
  const usable = (g: Group) => g.actors.filter((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
  // (in a clause only a named party: "various parties" has no state of its own)
  const clausal = (g: Group) => usable(g).filter((a) => layer.actors[a].kind !== "group");
  // the object's maker: over the object's noun phrase (no actor in it) to "by"/"from" and a group right after
  let q = ev.triggerEnd;
  while (q < s.last && q - ev.triggerEnd < 6 && groupAt[q - s.first] < 0 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[q].pos)) q++;
  // ("the ban imposed by the UN", "the attack carried out by Russia": a participle of making between)
  let p = q;
  if (q > ev.triggerEnd && tokens[q - 1].pos === "NOUN") while (p < s.last && p - q < 2 && lex.agentParticiples.has(tokens[p].lower)) p++;
  const made = p > q && p < s.last && lex.agentPreps.has(tokens[p].lower);
  if (made) q = p;
  if (q > ev.triggerEnd && (made || tokens[q - 1].pos === "NOUN") && q < s.last && lex.agentPreps.has(tokens[q].lower)) {
    let r = q + 1;
    while (r < s.last && r - q <= 2 && tokens[r].pos === "DET") r++;
    const gi = r < s.last ? groupAt[r - s.first] : -1;
    if (gi >= 0 && groups[gi].first === r) {
      const target = usable(groups[gi]);
      if (target.length) {
        ev.target = target;
        ev.targetSector = groups[gi].sector ?? null;
        ev.rule += "+object-agent";
      }
      return;
    }
  }
  // a that-clause: "warned (on Monday) that ...", "alleged that ..."
  if (ev.type !== "THREATEN" && ev.type !== "ACCUSE") return;
  const c = clauseAfter(env, ev);
  if (!c) return;
  let pick: Group | null = null;
  if (ev.type === "THREATEN") pick = c.subjectOwn ? actedOn(env, lex, c, usable) ?? conditionGroup(env, c, usable) : null;
  else if (c.subject && !c.subjectOwn) pick = c.subject;
  const target = pick ? clausal(pick) : [];
  if (!target.length) return;
  ev.target = target;
  ev.targetSector = pick!.sector ?? null;
  ev.rule += "+that-clause";
}

/** The party a clause's act falls on: the first other party not its subject, not after a place preposition. */
function actedOn(env: SentenceEnv, lex: SpeechActLexicon, c: Clause, usable: (g: Group) => number[]): Group | null {
  const prev = (g: Group) => env.tokens[g.first - 1]?.lower ?? "";
  return (
    c.groups.find((g) => g !== c.subject && usable(g).length && !lex.notDoerPreps.has(prev(g))) ??
    // ("will retaliate against Israel": the one acted on may follow a preposition, not a place one)
    c.groups.find((g) => g !== c.subject && usable(g).length && !lex.placePreps.has(prev(g))) ??
    null
  );
}

/**
 * "warned that Ankara could still block the process if the two countries fail to meet his
 * expectations": a clause of the speaker's own act with no party acted on threatens the one its
 * condition ("if", "unless") puts under a verb: the group that opens the condition.
 */
function conditionGroup(env: SentenceEnv, c: Clause, usable: (g: Group) => number[]): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (c.end >= s.last || !/^(if|unless)$/.test(tokens[c.end].lower)) return null;
  for (let q = c.end + 1; q < Math.min(s.last, c.end + 6); q++) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) return usable(groups[gi]).length ? groups[gi] : null;
    if (/^(VERB|AUX)$/.test(tokens[q].pos) || tokens[q].text === ",") return null;
  }
  return null;
}

interface Clause {
  /** the groups that begin in the clause, in order */
  groups: Group[];
  /** its subject, when a group */
  subject: Group | null;
  /** its subject is the speaker's own side (a pronoun, or the same state) */
  subjectOwn: boolean;
  first: number;
  end: number;
}

/**
 * The clause a reporting verb reports: "warned (on Monday) that X ...", or "warned X would ..." (a
 * group right after the verb that has a verb of its own is the clause's subject, not the object).
 */
function clauseAfter(env: SentenceEnv, ev: RawEvent): Clause | null {
  const { tokens, s, groups, groupAt } = env;
  let t = ev.triggerEnd;
  while (t < s.last && t - ev.triggerEnd < 3 && /^(ADV|NOUN|PROPN|ADP|NUM)$/.test(tokens[t].pos) && groupAt[t - s.first] < 0 && tokens[t].lower !== "that") t++;
  let first: number;
  // ("alleged that", a pattern whose particle is the "that")
  if (tokens[ev.triggerEnd - 1]?.lower === "that" && ev.triggerEnd - 1 > ev.trigger) first = ev.triggerEnd;
  else if (tokens[t]?.lower === "that") first = t + 1;
  // ('She warned: "Russia is likely to ..."': the words themselves)
  else if (tokens[ev.triggerEnd]?.text === ":") {
    first = ev.triggerEnd + 1;
    while (first < s.last && tokens[first].kind !== "word") first++;
  }
  else {
    // "warned the Abstentions Party was the real challenge", "warned Russia would pay"; "warned a
    // catastrophe at the Russian-controlled plant would threaten Europe": a noun phrase and a modal
    const said = groupStartingAt(env, ev.triggerEnd);
    const modalAt = said ? -1 : modalAfterNounPhrase(env, ev.triggerEnd);
    if (!said && modalAt < 0) return null;
    let v = said ? said.last : modalAt;
    while (v < s.last && tokens[v].pos === "ADV") v++;
    if (!/^(AUX|VERB)$/.test(tokens[v]?.pos ?? "") || /ing$/.test(tokens[v].lower)) return null;
    first = ev.triggerEnd;
  }
  const inClause: Group[] = [];
  let end = first;
  for (; end < s.last && end - first < 25; end++) {
    const w = tokens[end];
    // ("warned that Ukraine could face a battle for its existence as more countries joined in
    // sanctions against Russia": a clause of time or cause is not the warning's; "as" only before a
    // clause's subject, not "as well", "as much", "as a result")
    const timeClause = /^(when|after|before|since|amid|whereas)$/.test(w.lower) || (w.lower === "as" && /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[end + 1]?.pos ?? "") && !/^(a|an|well|much|many|long|soon|far|good|part|such|usual)$/.test(tokens[end + 1]?.lower ?? ""));
    if (w.text === ";" || w.text === ":" || (w.text === "," && end > first) || (end > first && (/^(if|unless|because|while|although|though|but)$/.test(w.lower) || timeClause))) break;
    const gi = groupAt[end - s.first];
    if (gi >= 0 && groups[gi].first === end) inClause.push(groups[gi]);
  }
  const own = new Set(ev.source.map((a) => stateOf(env, a)));
  let subjAt = first;
  while (subjAt < end && tokens[subjAt].pos === "DET") subjAt++;
  const pronoun = /^(it|they|we|i)$/.test(tokens[subjAt]?.lower ?? "") || ownPossessedSubject(env, subjAt, end);
  const subject = inClause[0]?.first === subjAt ? inClause[0] : null;
  const subjectOwn = pronoun || (!!subject && subject.actors.every((a) => own.has(stateOf(env, a))));
  return { groups: inClause, subject, subjectOwn, first, end };
}

/**
 * "warned that its forces will no longer tolerate ...", "said their army would respond": a subject
 * owned by a possessive pronoun of the speaker's side, a noun phrase with no actor in it right
 * before its verb, is the speaker's own side.
 */
function ownPossessedSubject(env: SentenceEnv, at: number, end: number): boolean {
  const { tokens, s, groupAt } = env;
  if (!/^(its|their|our)$/.test(tokens[at]?.lower ?? "")) return false;
  let q = at + 1;
  while (q < end && q - at <= 3 && groupAt[q - s.first] < 0 && /^(NOUN|ADJ|PROPN)$/.test(tokens[q].pos)) q++;
  return q > at + 1 && q < end && /^(AUX|VERB)$/.test(tokens[q].pos);
}

/**
 * "warned that a Russian hacker group had developed malware", "warned the Abstentions Party was the
 * real challenge": a warning about what another party does or is threatens no one; only a clause
 * that names a price for it ("Russia would face severe consequences", `threatWords`) threatens it.
 * The speaker's side as the subject ("warned that it will no longer tolerate South Korean drills")
 * threatens the one it would act on.
 */
export function saidOfClause(env: SentenceEnv, lex: SpeechActLexicon | undefined, ev: RawEvent, others: RawEvent[] = []): void {
  if (!lex || ev.type !== "THREATEN" || !ev.target.length || !ev.source.length || !ev.rule.startsWith("events/verb:") || ev.rule.includes("+passive")) return;
  const c = clauseAfter(env, ev);
  const { tokens, layer } = env;
  // the target named in what was said ("warned that if Putin succeeded ..., Ukrainians would never acquiesce")
  if (!c || !env.groups.some((g) => g.first >= c.first && g.actors.some((a) => ev.target.includes(a)))) return;
  const own = new Set(ev.source.map((a) => stateOf(env, a)));
  const usable = (g: Group) => g.actors.filter((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
  if (c.subjectOwn) {
    const g = actedOn(env, lex, c, usable);
    ev.target = g ? usable(g) : [];
    ev.rule += "+that-clause";
    if (!g) sameSpeakerTarget(env, ev, others);
    return;
  }
  for (let k = c.first; k < env.s.last; k++) if (lex.threatWords.has(tokens[k].lower)) return;
  ev.target = [];
  ev.noAct = true;
  ev.rule += "+said-of";
}

/**
 * "She accused the Russian forces of holding staff hostage": the reporting verb is the cue of a quote
 * whose speaker the quote stage resolved (a pronoun to the person it stands for, a title to its
 * holder); the one who said it is the one who accused.
 */
function speakerSource(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s, quotes, layer } = env;
  const at = tokens[ev.trigger];
  for (const q of quotes) {
    if (q.headline || !q.speaker || !q.speakerSpan || !q.cue || q.sentence.start < s.start || q.sentence.start >= s.end) continue;
    if (q.cue.toLowerCase().split(" ")[0] !== at.lower) continue;
    // the speaker's words right before the verb, over adverbs and auxiliaries only ("she has also accused")
    if (q.speakerSpan.end > at.start) continue;
    let k = ev.trigger - 1;
    while (k >= s.first && tokens[k].start >= q.speakerSpan.end && /^(ADV|AUX|PART)$/.test(tokens[k].pos)) k--;
    // ("the minister called the attacks a violation ..., and warned that"): a verb coordinated with the speaker's first one
    // (the speaker as the sentence's subject, before its first verb: not "The motion urged Nato to ... and accused")
    const coordinated = tokens[k]?.lower === "and" && q.speakerSpan.start >= s.start && !tokens.slice(s.first, ev.trigger).some((t) => t.end <= q.speakerSpan!.start && t.pos === "VERB");
    if (k < s.first || (tokens[k].end !== q.speakerSpan.end && !coordinated)) continue;
    const sp = layer.actors.findIndex((a) => a.id === q.speaker);
    if (sp < 0 || !stateOf(env, sp)) continue;
    ev.source = [sp];
    ev.sourceSector = layer.actors[sp].sector ?? (layer.actors[sp].kind === "person" ? "GOV" : null);
    ev.rule += "+speaker";
    return;
  }
}

/**
 * "Trump will announce tariffs, accusing ...": the main clause is to come, and so is the saying. Only the
 * main verb's own modal counts ("announced that the U.S. would withdraw, accusing Iran" was said).
 */
function hasFuture(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  for (let j = s.first; j < k; j++) {
    if (/^(will|would|could|might|may|shall|'ll)$/.test(tokens[j].lower)) return true;
    if (tokens[j].pos === "VERB") return false;
  }
  return false;
}

/**
 * "called the US attacks a violation ..., and warned that Tehran would take decisive measures": a
 * threat whose clause names no one else is aimed at the one the same speaker's other act in the
 * sentence is aimed at (only when that is one party, not a choice).
 */
function sameSpeakerTarget(env: SentenceEnv, ev: RawEvent, others: RawEvent[]): void {
  const own = new Set(ev.source.map((a) => stateOf(env, a)));
  const targets = new Set<string>();
  let pick: RawEvent | null = null;
  for (const o of others) {
    if (o === ev || !SPOKEN_TYPES.has(o.type) || !o.target.length || !o.source.length) continue;
    if (!o.source.every((a) => own.has(stateOf(env, a)))) continue;
    for (const t of o.target) targets.add(stateOf(env, t) ?? "");
    pick = o;
  }
  if (!pick || targets.size !== 1 || own.has([...targets][0])) return;
  ev.target = pick.target;
  ev.targetSector = pick.targetSector ?? null;
  ev.rule += "+same-speaker";
}

/**
 * "Pope Francis has doubled down on accusations that Nato may have provoked the war", "Kyiv
 * dismissed Russian accusations that Ukraine shelled the plant": an accusation noun with a
 * that-clause accuses the clause's subject (another state than the accuser's); its maker is the
 * noun's own (a possessor, a demonym, "by"), else the subject of a verb that carries the claim
 * ("repeated", "made", "doubled down on"; `claimCarriers`). "rejected accusations that it shelled"
 * accuses no one (the clause's subject is the speaker's side), nor does "amid accusations that
 * Russia interfered" (no accuser).
 */
function claimThat(env: SentenceEnv, lex: SpeechActLexicon, ev: RawEvent): void {
  if (ev.type !== "ACCUSE" || ev.target.length || env.tokens[ev.triggerEnd]?.lower !== "that") return;
  const { tokens, s, layer } = env;
  let source = ev.source;
  let sector = ev.sourceSector ?? null;
  let how = "";
  if (!source.length) {
    let k = ev.trigger - 1;
    while (k > s.first && ev.trigger - k < 5 && /^(DET|ADJ|ADP|PART|ADV|PRON)$/.test(tokens[k].pos) && !lex.claimCarriers.has(tokens[k].lower)) k--;
    if (!lex.claimCarriers.has(tokens[k]?.lower ?? "")) return;
    const subj = subjectBefore(env, k);
    if (!subj || !subj.actors.some((a) => stateOf(env, a))) return;
    [source, sector, how] = [subj.actors, subj.sector ?? null, "+carrier"];
  }
  const c = clauseAfter(env, { ...ev, source });
  if (!c || !c.subject || c.subjectOwn) return;
  const own = new Set(source.map((a) => stateOf(env, a)));
  const target = c.subject.actors.filter((a) => layer.actors[a].kind !== "location" && layer.actors[a].kind !== "group" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
  if (!target.length) return;
  ev.source = source;
  ev.sourceSector = sector;
  ev.target = target;
  ev.targetSector = c.subject.sector ?? null;
  ev.rule += how + "+that-clause";
}

/**
 * "told China it should play by the rules", "reminded Iran that it must honour the deal": an
 * obligation laid on the one told is a demand of the teller (REQUEST). Only "it"/"they" as the
 * clause's subject ("told Putin he must" leaves open who "he" is); `tellVerbs` and `obligations`
 * are data.
 */
function toldToAct(env: SentenceEnv, lex: SpeechActLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let k = s.first; k < s.last - 3; k++) {
    if (!lex.tellVerbs.has(tokens[k].lower)) continue;
    const told = groupStartingAt(env, k + 1);
    if (!told) continue;
    let r = told.last;
    if (tokens[r]?.lower === "that") r++;
    if (!/^(it|they)$/.test(tokens[r]?.lower ?? "")) continue;
    r++;
    while (r < s.last && tokens[r].pos === "ADV") r++;
    const w = tokens[r]?.lower ?? "";
    const modal = lex.obligations.has(w) || (lex.obligations.has(`${w}-to`) && tokens[r + 1]?.lower === "to");
    if (!modal) continue;
    // ("is not blaming Morocco, calling Rabat a good ally": a participle after a comma is the main
    // clause subject's act, not that of the object just before it)
    const source = adjunctSubject(env, k) ?? subjectBefore(env, k);
    if (!source || !source.actors.some((a) => stateOf(env, a))) continue;
    const own = new Set(source.actors.map((a) => stateOf(env, a)));
    const target = told.actors.filter((a) => layer.actors[a].kind !== "location" && !!stateOf(env, a) && !own.has(stateOf(env, a)));
    if (!target.length) continue;
    if (existing.some((e) => e.type === "REQUEST" && e.target.some((a) => target.includes(a)))) continue;
    out.push([
      { type: "REQUEST", cameo: "100", source: source.actors, target, trigger: k, triggerEnd: k + 1, rule: "events/statement:told-to-act", statusVerb: k, status: hasFuture(env, k) ? undefined : ("occurred" as const), refused: undefined, noAct: undefined, sourceSector: source.sector ?? null, targetSector: told.sector ?? null },
      { at: k, end: k + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}

/**
 * "Just two days after agreeing to lift its objections to Sweden's accession, Turkey's president
 * warned ...", "After condemning the strikes, Iran said ...": a fronted participle clause's doer is
 * the main clause's subject, the first party after the comma that closes it (`frontedOpeners` open
 * the clause).
 */
function frontedSource(env: SentenceEnv, lex: SpeechActLexicon, ev: RawEvent): void {
  const { tokens, s } = env;
  let k = s.first;
  while (k < s.last && k - s.first < 5 && !lex.frontedOpeners.has(tokens[k].lower)) k++;
  if (!lex.frontedOpeners.has(tokens[k]?.lower ?? "") || !/ing$/.test(tokens[k + 1]?.lower ?? "")) return;
  // the act lies in the fronted clause: between the participle and the comma that closes it
  let comma = k + 1;
  while (comma < s.last && tokens[comma].text !== "," && comma - k < 30) comma++;
  if (tokens[comma]?.text !== "," || ev.trigger <= k || ev.trigger >= comma) return;
  const g = firstSubjectGroup(env, comma + 1);
  if (!g || !g.actors.some((a) => stateOf(env, a))) return;
  // (the group must open the main clause: "..., Turkey's president has warned", not a party deep in it)
  let q = comma + 1;
  while (q < g.first && /^(DET|ADJ|PROPN|NOUN|ADV)$/.test(tokens[q].pos) && env.groupAt[q - s.first] < 0) q++;
  if (q !== g.first) return;
  ev.source = g.actors;
  ev.sourceSector = g.sector ?? null;
  ev.target = ev.target.filter((a) => !g.actors.includes(a));
  ev.rule += "+fronted";
  // ("While urging China to act, the US imposed tariffs": said along with the main clause's act)
  if (!ev.status && SPOKEN_TYPES.has(ev.type) && !hasFuture(env, comma + 1)) ev.status = "occurred";
}

/**
 * "condemned the strikes on Syria", "denounced the invasion of Ukraine": the party after the act
 * noun of the object is its victim, not the one accused (`victimNouns`); the target is left to
 * other rules (the act's doer is often named elsewhere).
 */
function victimNotAccused(env: SentenceEnv, lex: SpeechActLexicon, ev: RawEvent): void {
  const { tokens, s, groupAt, groups } = env;
  if (!ev.target.length) return;
  const gi = groups.findIndex((g) => g.actors.some((a) => ev.target.includes(a)) && g.first >= ev.triggerEnd);
  if (gi < 0) return;
  const g = groups[gi];
  const prep = tokens[g.first - 1]?.lower ?? "";
  let n = g.first - 1;
  // ("the strikes on Syria", "the invasion of Ukraine", "attacks against the Kurds")
  if (!/^(on|against|in|into|of|upon)$/.test(prep)) {
    if (!/^(DET)$/.test(tokens[g.first - 1]?.pos ?? "")) return;
    n = g.first - 2;
    if (!/^(on|against|in|into|of|upon)$/.test(tokens[n]?.lower ?? "")) return;
  }
  if (!lex.victimNouns.has(tokens[n - 1]?.lower ?? "") || groupAt[n - 1 - s.first] >= 0) return;
  // ("blamed the attack on Iran": after a verb of laying blame the "on" is the blame's, and names the
  // one blamed; "blamed the attack on the embassy on Iran": a later "on" is, and the first the victim)
  if (tokens[n].lower === "on" && lex.ascribeVerbs.has(tokens[ev.trigger]?.lower ?? "")) {
    const later = groupAfterOn(env, g.last);
    if (!later) return;
    ev.target = later.actors;
    ev.targetSector = later.sector ?? null;
    ev.rule += "+ascribed";
    return;
  }
  // ("condemned the violation of Ukraine's sovereignty by Russia", "denounced the attacks on civilians by the army": the
  // act's doer after "by", within the object's phrase, is the one accused)
  const doer = doerAfterBy(env, g.last);
  ev.target = doer ? doer.actors : [];
  ev.targetSector = doer ? doer.sector ?? null : null;
  ev.rule += doer ? "+victim+doer" : "+victim";
}

/** The actor group after "by" in the few words that end the victim's phrase from `q` (no verb, comma or clause between), or null. */
function doerAfterBy(env: SentenceEnv, q: number): Group | null {
  const { tokens, s } = env;
  for (let r = q; r < Math.min(s.last, q + 6); r++) {
    const t = tokens[r];
    if (t.text === "," || t.text === ";" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") return null;
    if (t.lower === "by") return groupStartingAt(env, r + 1);
  }
  return null;
}

/** The actor group right after a later "on" in the clause from `q` ("... on the embassy on Iran"), or null. */
function groupAfterOn(env: SentenceEnv, q: number): Group | null {
  const { tokens, s } = env;
  for (let r = q; r < Math.min(s.last, q + 8); r++) {
    const t = tokens[r];
    if (t.text === "," || t.text === ";" || t.pos === "VERB" || t.pos === "AUX") return null;
    if (t.lower === "on") return groupStartingAt(env, r + 1);
  }
  return null;
}

/** The actor group that starts at `q`, past determiners ("told the Chinese it should", "warned Russia would"), or null. */
/**
 * "warned a “catastrophe” at the Russian-controlled facility would threaten ...": a noun phrase that
 * opens with a determiner right after the verb and runs to a modal is a clause's subject, not the
 * verb's object. The modal's index, or -1.
 */
function modalAfterNounPhrase(env: SentenceEnv, q: number): number {
  const { tokens, s } = env;
  if (q >= s.last || tokens[q].pos !== "DET" || /^(that|this|these|those)$/.test(tokens[q].lower)) return -1;
  for (let k = q + 1; k < Math.min(s.last, q + 12); k++) {
    const t = tokens[k];
    if (/^(would|will|could|may|might|can)$/.test(t.lower)) return k;
    // ("Russian-controlled": a participle glued by a hyphen is a modifier's)
    const glued = tokens[k - 1]?.text === "-" && !tokens[k - 1].spaceBefore && !t.spaceBefore;
    if ((t.pos === "VERB" && !glued) || t.text === "," || t.text === ";" || /^(of|about|over|against|that)$/.test(t.lower)) return -1;
  }
  return -1;
}

function groupStartingAt(env: SentenceEnv, q: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  while (q < s.last && tokens[q].pos === "DET") q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  return gi >= 0 && groups[gi].first === q ? groups[gi] : null;
}
