// Event stage: who did what to whom, per sentence, without a parser run first. Triggers come from
// the pattern dictionary (verbs with their particles, objects and prepositions; event nouns);
// subjects and objects are found by walking the tagged tokens: actor groups ("Russia and Iran"),
// prepositional phrases, relative clauses ("Pezeshkian, who won"), passives ("were imposed on
// Russia by the EU"), purpose clauses ("are meeting in Moscow to sign"). Status, date and place
// come from the words around the trigger.
import type { Actor, Doc, EventRecord, Quote, Sentence, Token } from "../../model/types.js";
import type { EventLexicon, NounPattern, VerbPattern } from "../../lexicon/compile-events.js";
import type { ActorLayer, PlacedMention } from "../actors/actor-layer.js";
import { eventStatus, type Status } from "./event-status.js";

export interface EventStageContext {
  patterns: EventLexicon;
  /** resolves the date of an event from its sentence; null when the text states none */
  resolveDate: (span: { start: number; end: number }, tense: "past" | "future" | "present", focus: number) => { date: string; source: string; rule: string } | null;
  published: string | null;
  /** group head nouns → sector (lexicon.groupHeads) */
  groupHeads: ReadonlyMap<string, string>;
}

const SYMMETRIC = new Set(["CONSULT", "AGREE", "COOPERATE"]);
const PLACE_TARGET_TYPES = new Set(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"]);
const EVENT_ACTOR_KINDS = new Set(["country", "igo", "organization", "person", "group", "location"]);
const PREPOSITIONS = new Set(["in", "at", "to", "from", "with", "of", "on", "for", "against", "by", "into", "near", "over", "than", "about", "between", "like", "as", "under", "after", "before", "during", "since", "amid", "despite", "through", "toward", "towards", "across", "around", "onto", "upon", "within", "without", "throughout", "inside"]);
const PARTY_WORDS = /^(the two|both|the pair|the (two|three|four) (sides|countries|nations|leaders|governments|states)|both (sides|countries|nations|leaders|governments)|the sides|they|all three|all three countries)$/;
const FRONTED = new Set(["amid", "after", "despite", "following", "since", "with", "under", "before", "during"]);
const STOP_CLAUSE = new Set([";", ":"]);
const REQUESTING = /^(urge|urges|urged|urging|ask|asks|asked|asking|call|calls|called|calling|press|pressed|pressing|persuade|persuaded|invite|invited|encourage|encouraged|push|pushed|advise|advised|pressure|pressured|pressuring|demand|demanded|want|wants|wanted|tell|told)$/;
const BOILERPLATE = /\b(for (a )?comment|request for comment|declined to comment|did not (immediately )?respond|could not be reached|not immediately available)\b/i;
// "urged the US to return", "asked Iran to release": the complement's doer is the object
const OBJECT_CONTROL = /^(urge|urges|urged|urging|ask|asks|asked|asking|call|calls|called|calling|press|pressed|pressing|persuade|persuaded|allow|allows|allowed|order|ordered|invite|invited|encourage|encouraged|force|forced|help|helped|push|pushed|tell|told|advise|advised|pressure|pressured|pressuring|prompt|prompted|prompting|demand|demanded|want|wants|wanted)$/;
const QUANTITY = /^(thousands|hundreds|dozens|scores|millions|tens|group|groups|some|many|most|members|crowds|one|two|three|several|number)$/;
const LIGHT_VERBS = /^(speed|speeded|sped|accelerate|accelerated|complete|completed|order|ordered|orders|announce|announced|announces|approve|approved|authorize|authorized|authorise|authorised|launch|launched|launches|launching|stage|staged|stages|staging|hold|held|holds|holding|begin|began|begun|begins|start|started|starts|conduct|conducted|conducts|carry|carried|mount|mounted|wage|waged|wages|continue|continued|continues|make|made|makes|give|gave|gives|issue|issued|issues|undertake|undertook|undertaken|resume|resumed|step|stepped|escalate|escalated|intensify|intensified|deliver|delivered|express|expressed)$/;
const SUBORDINATORS = new Set(["as", "after", "before", "since", "while", "when", "until", "because", "once", "if", "unless", "though", "although"]);
const SPEECH_ACT_NOUNS = /^(calls?|offers?|appeals?|demands?|proposals?|requests?|pleas?|invitations?|bids?|ultimatums?|warnings?|criticism|accusations?|claims?|charges?|plans?|initiatives?|suggestions?|overtures?|mediation|admission|apology|explanation|pressure|support|assurances?|guarantees?|commitments?|concessions?)$/;
const REFUSALS = /^(refuse|refuses|refused|refusing|decline|declines|declined|declining|reject|rejects|rejected|rejecting)$/;

/** A run of actors joined by "and", "or", commas: "Russia and Iran", "the US and its allies". */
interface Group {
  first: number;
  last: number;
  actors: number[];
  /** the CAMEO sector of the group: a state's government, or its people, forces, rebels ... */
  sector?: string | null;
}

// parts of a state that can act on its executive (government, army, police) and be acted on by it:
// its people, opposition, rebels, and the other branches (parliament, courts)
const OUTSIDE_EXECUTIVE = new Set(["CVL", "OPP", "REB", "BUS", "MED", "REL", "NGO", "LAB", "EDU", "CRM", "LEG", "JUD"]);

/** The sector a group noun names ("rebels" → REB, "police" → COP; data/groups.json). */
function nounSector(heads: ReadonlyMap<string, string>, t: Token | undefined): string | null {
  return t ? heads.get(t.lower) ?? null : null;
}

// the noun after a demonym says who of the state acts: "Iraqi Kurds", "Russian forces", "Algerian landowners"
function groupSector(doc: Doc, layer: ActorLayer, m: PlacedMention, heads: ReadonlyMap<string, string>): string | null {
  const a = layer.actors[m.actor];
  if (a.kind === "person" || a.kind === "organization" || a.kind === "igo" || a.kind === "group") return a.sector ?? (a.kind === "person" ? "GOV" : null);
  // "Darfur rebels", "Gaza residents": a place's people or fighters
  if (a.kind === "location") return nounSector(heads, doc.tokens[m.tokenEnd]);
  // a demonym in the plural names a people: "Nigerians", "Palestinians"
  if (/s$/.test(m.text) && m.rule.endsWith("demonym")) return "CVL";
  for (let q = m.tokenEnd; q < Math.min(doc.tokens.length, m.tokenEnd + 3); q++) {
    const t = doc.tokens[q];
    const sector = heads.get(t.lower);
    if (sector) return sector;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN") break;
  }
  return "GOV";
}

interface Trigger {
  at: number;
  end: number;
  verb?: VerbPattern;
  noun?: NounPattern;
}

export function findEvents(doc: Doc, layer: ActorLayer, quotes: Quote[], ctx: EventStageContext): EventRecord[] {
  const tokens = doc.tokens;
  const inQuote = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    for (let i = firstTokenAt(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) if (inQuote[i] < 0) inQuote[i] = qi;
  });
  const out: EventRecord[] = [];
  const seen = new Set<string>();
  let lastParties: number[] = [];
  for (const s of doc.sentences) {
    if (s.end <= doc.bodyStart) continue;
    // "The BBC has asked the White House for comment": the newsroom's own routine, not an event
    if (BOILERPLATE.test(doc.text.slice(s.start, s.end))) continue;
    const groups = actorGroups(doc, layer, s, ctx.groupHeads);
    const groupAt = new Int32Array(s.last - s.first).fill(-1);
    groups.forEach((g, gi) => {
      for (let k = g.first; k < g.last; k++) groupAt[k - s.first] = gi;
    });
    const env: SentenceEnv = { doc, layer, s, groups, groupAt, tokens, inQuote, quotes, lastParties, heads: ctx.groupHeads };
    const raws: [RawEvent, Trigger][] = [];
    for (const trig of findTriggers(env, ctx.patterns)) {
      const ev = trig.verb ? verbEvent(env, trig) : nounEvent(env, trig);
      if (!ev) continue;
      // "a meeting between Turkey's president, ... Finland and the Swedish prime minister": all parties
      if (SYMMETRIC.has(ev.type)) {
        const parties = partiesBetween(env, ev.triggerEnd);
        if (parties.length > 1) {
          // a mediator who acts between the parties: "launched a mediation effort between X and Y"
          const mediator = ev.source.length > 0 && !ev.source.some((a) => parties.includes(a)) && /^mediat/.test(tokens[ev.trigger].lower);
          if (mediator) ev.target = parties;
          else {
            ev.source = parties;
            ev.target = [];
          }
          ev.rule += "+between";
        }
      }
      raws.push([ev, trig]);
      // "Putin met Kim ..., where the two signed": the parties of this event for the next
      if (ev.source.length && ev.target.length) {
        env.lastParties = [...ev.source, ...ev.target];
        env.partiesHere = true;
      }
    }
    // "refused to deploy peacekeepers in Iraq", "agreed to lift embargoes on Iran": a governing verb
    // without a target of its own takes its complement's; a refused act did not happen
    for (const [ev] of raws) {
      if (ev.statusVerb === ev.trigger) continue;
      const gov = raws.find(([g]) => g.trigger === ev.statusVerb);
      if (!gov) continue;
      if (!gov[0].target.length) [gov[0].target, gov[0].targetSector] = [ev.target, ev.targetSector];
      // "sent 21 personnel to Bosnia to investigate": a purpose without a target of its own is about its governing verb's
      else if (!ev.target.length && tokens[ev.trigger - 1]?.lower === "to" && !ev.rule.includes("+object-control")) {
        [ev.target, ev.targetSector] = [gov[0].target.filter((a) => !ev.source.includes(a)), gov[0].targetSector];
        if (ev.target.length) ev.rule += "+purpose-target";
      }
      if (REFUSALS.test(tokens[ev.statusVerb].lower)) ev.refused = true;
    }
    // "began a hunger strike to protest President Assad's failure", "staged rallies against Abbas":
    // a protest is against the one its purpose names
    for (const [ev] of raws) if (ev.type === "PROTEST" && ev.target.every((a) => isPlace(env, a))) protestTarget(env, ev);
    // "called off a four-day strike after deliberations with the government": an ended protest is a concession to its target
    for (const [ev] of raws) if (ev.type === "CONCEDE" && !ev.target.length && /-protest$/.test(ev.rule)) protestTarget(env, ev, ENDED_PROTEST_CUES);
    // "APEC has agreed to set up an energy research center in Tokyo", "Ethiopia has agreed to re-open
    // its borders to UN peacekeepers", "refused to respond to a demand from the US": a bare agreement
    // or refusal is with the one its complement names
    for (const [ev] of raws) if (!ev.target.length && BARE_COMPLEMENT.test(ev.rule)) complementTarget(env, ev);
    raws.push(...obligations(env));
    // "threatened to hold a general strike unless Israel rescinded": the threatened is the condition's
    for (const [ev] of raws) {
      if (ev.type !== "THREATEN" || ev.target.length) continue;
      const ids = conditionParties(env, ev.trigger, []);
      if (ids?.length) ev.target = ids.map((id) => layer.actors.findIndex((a) => a.id === id)).filter((i) => i >= 0 && !ev.source.includes(i));
    }
    for (const [ev, trig] of raws) {
      if (ev.refused) continue;
      const record = toRecord(env, ev, trig, ctx);
      if (!record) continue;
      const key = `${record.type}|${record.source.join("+")}|${record.target.join("+")}|${s.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(record);
      env.lastParties = lastParties = [...ev.source, ...ev.target];
      // an intent to act is itself an act: "will provide aid" is AGREE, "threatened to cut off" THREATEN
      const derived = intentEvent(record, committed(tokens, s, ev), conditionParties(env, ev.trigger, record.source));
      if (derived) {
        const dkey = `${derived.type}|${derived.source.join("+")}|${derived.target.join("+")}|${s.start}`;
        if (!seen.has(dkey)) {
          seen.add(dkey);
          out.push(derived);
        }
      }
    }
  }
  return out;
}

const INTENT_TO_COOPERATE = new Set(["SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);
const INTENT_TO_HARM = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE"]);

/**
 * PLOVER codes a stated intention as its own act (CAMEO 03x, 13x): a planned cooperative act
 * ("will provide aid", "agreed to lift the embargo") is also AGREE; a planned hostile one ("threatened
 * to cut off electricity", "will impose sanctions") is also THREATEN.
 */
function intentEvent(e: EventRecord, committed: boolean, condition: string[] | null): EventRecord | null {
  // "will withdraw its force from Chad unless ...", "threatened to stop negotiations if the US ...":
  // a commitment on a condition is a threat to whoever must meet it
  if (condition && committed && (e.status === "planned" || e.status === "hypothetical"))
    return { ...e, type: "THREATEN", cameo: "130", target: condition.length ? condition : e.target, rule: `${e.rule}+condition` };
  if (e.status !== "planned" || (!e.target.length && e.type !== "CONSULT") || !committed) return null;
  if (e.type === "CONSULT") return { ...e, type: "AGREE", cameo: "036", rule: `${e.rule}+intent` };
  if (INTENT_TO_COOPERATE.has(e.type)) return { ...e, type: "AGREE", cameo: "030", rule: `${e.rule}+intent` };
  // a strike or boycott announced is a threat of one (CAMEO 1312)
  if (INTENT_TO_HARM.has(e.type) || (e.type === "PROTEST" && (e.cameo ?? "").startsWith("143"))) return { ...e, type: "THREATEN", cameo: "130", rule: `${e.rule}+intent` };
  return null;
}

const COMMITMENT = /^(will|'ll|shall|agreed|agree|agrees|pledged|pledges|promised|promises|vowed|vows|threatened|threatens|threaten|offered|offers|decided|decides|ready|prepared|willing|set|committed|undertook|announced)$/;

/** "will provide", "agreed to lift", "threatened to cut": a commitment, not a wish ("want to join"). */
/** "unless Israel rescinded", "if the United States goes ahead": who must meet the condition (ids). */
function conditionParties(env: SentenceEnv, from: number, source: string[]): string[] | null {
  const { tokens, s } = env;
  for (let k = from + 1; k < s.last; k++) {
    if (!/^(if|unless)$/.test(tokens[k].lower)) continue;
    for (let q = k + 1; q < Math.min(s.last, k + 6); q++) {
      const gi = env.groupAt[q - s.first];
      if (gi >= 0) {
        const ids = env.groups[gi].actors.map((a) => env.layer.actors[a].id).filter((id) => !source.includes(id));
        return ids;
      }
      if (tokens[q].pos === "VERB") break;
    }
    return [];
  }
  return null;
}

function committed(tokens: Token[], s: Sentence, ev: RawEvent): boolean {
  // "will be able to attend": an ability, not a commitment
  for (let k = Math.max(s.first, ev.trigger - 4); k < ev.trigger; k++) if (tokens[k].lower === "able") return false;
  if (COMMITMENT.test(tokens[ev.statusVerb].lower)) return true;
  for (let k = Math.max(s.first, ev.trigger - 4); k < ev.trigger; k++) if (/^(will|'ll|shall|wo|would)$/.test(tokens[k].lower)) return true;
  return false;
}

const SPEECH_ACTS = new Set(["THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"]);
const REJECTABLE = new Set(["AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "CONSULT", "RETREAT"]);

function negatedBefore(tokens: Token[], s: Sentence, v: number): boolean {
  for (let k = Math.max(s.first, v - 4); k < v; k++) if (/^(not|n't|never)$/.test(tokens[k].lower)) return true;
  return false;
}

interface SentenceEnv {
  doc: Doc;
  layer: ActorLayer;
  s: Sentence;
  groups: Group[];
  groupAt: Int32Array;
  tokens: Token[];
  inQuote: Int32Array;
  quotes: Quote[];
  lastParties: number[];
  /** group head nouns → sector */
  heads: ReadonlyMap<string, string>;
  /** the last parties were found in this sentence ("they" refers no further back) */
  partiesHere?: boolean;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions of the sentence joined into groups; a state right before a person qualifies it. */
function actorGroups(doc: Doc, layer: ActorLayer, s: Sentence, sectors: ReadonlyMap<string, string>): Group[] {
  const tokens = doc.tokens;
  const mentions: PlacedMention[] = [];
  for (let i = s.first; i < s.last; i++) {
    const m = layer.mentionAt[i];
    if (m && m.token === i && EVENT_ACTOR_KINDS.has(layer.actors[m.actor].kind)) mentions.push(m);
  }
  // "Russian President Vladimir Putin", "Kremlin spokesperson Dmitry Peskov": the state is a modifier
  const heads = mentions.filter((m) => {
    const a = layer.actors[m.actor];
    if (a.kind === "person" || a.kind === "location") return true;
    for (let q = m.tokenEnd; q < Math.min(s.last, m.tokenEnd + 5); q++) {
      const next = layer.mentionAt[q];
      if (next && next !== m) return !(next.token === q && layer.actors[next.actor].kind === "person");
      const t = tokens[q];
      if (!(t.norm === "'s" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN")) break;
    }
    return true;
  });
  // tokens of the modifiers left out may stand between the members of a group
  const modifier = new Set<number>();
  for (const m of mentions) if (!heads.includes(m)) for (let k = m.token; k < m.tokenEnd; k++) modifier.add(k);
  const groups: Group[] = [];
  for (const m of heads) {
    const prev = groups[groups.length - 1];
    if (prev && joinable(tokens, prev.last, m.token, modifier)) {
      prev.last = m.tokenEnd;
      if (!prev.actors.includes(m.actor)) prev.actors.push(m.actor);
      continue;
    }
    groups.push({ first: m.token, last: m.tokenEnd, actors: [m.actor], sector: groupSector(doc, layer, m, sectors) });
  }
  return groups;
}

/** Tokens between two mentions that join them into one group: "and", "or", ",", "as well as". */
function joinable(tokens: Token[], from: number, to: number, modifier: Set<number>): boolean {
  if (to <= from) return false;
  // "US-Israeli strikes", "the China-EU summit": two names joined by a hyphen act together
  if (to - from === 1 && tokens[from].text === "-" && !tokens[from].spaceBefore && !tokens[to].spaceBefore) return true;
  let conj = false;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (modifier.has(k)) continue;
    if (++words > 3) return false;
    const w = tokens[k].lower;
    if (w === "and" || w === "or" || w === "&") conj = true;
    else if (w !== "," && w !== "the" && w !== "its" && w !== "'s") return false;
  }
  // "the EU, the US, the UK and Canada": a list of commas and articles
  let commas = true;
  for (let k = from; k < to; k++) if (!modifier.has(k) && tokens[k].text !== "," && tokens[k].lower !== "the") commas = false;
  return conj || (commas && tokens[from].text === ",");
}

function findTriggers(env: SentenceEnv, patterns: EventLexicon): Trigger[] {
  const { tokens, s } = env;
  const out: Trigger[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    // after "to" or a modal the base form is a verb, even one left out of the forms ("to ban")
    const before = tokens[i - 1]?.lower ?? "";
    const infinitiveContext = /^(to|will|would|could|can|may|might|must|should|shall)$/.test(before);
    const byForm = patterns.verbs.get(t.lower);
    const byLemma = infinitiveContext ? patterns.lemmas.get(t.lower) : undefined;
    const verbs = byLemma ? [...(byForm ?? []), ...byLemma.filter((p) => !byForm?.includes(p))] : byForm;
    // wink tags some verbs as nouns ("Russia attacks Ukraine"): only right after a subject or an
    // auxiliary; in an ALL-CAPS headline its tags say little, so any verb form counts
    const prev = tokens[i - 1];
    const afterInfinitive = infinitiveContext && t.pos !== "ADJ";
    const verbal = s.headline || afterInfinitive || t.pos === "VERB" || t.pos === "AUX" || (t.pos === "ADJ" && /(ed|en)$/.test(t.lower)) ||
      (t.pos === "NOUN" && !patterns.nouns.has(t.lower) && !!prev && (env.groupAt[i - 1 - s.first] >= 0 || prev.pos === "AUX" || prev.pos === "PRON" || prev.pos === "PART" ||
        // "..., and blaming Iran": a participle wink took for a noun
        (t.lower.endsWith("ing") && /^(and|,|each|both|by|while|after|before|without)$/.test(prev.lower))));
    if (verbs && verbal) {
      const v = verbs.find((p) => verbMatches(env, i, p));
      if (v) {
        out.push({ at: i, end: v.particle ? i + 2 : i + 1, verb: v });
        continue;
      }
    }
    const nouns = patterns.nouns.get(t.lower);
    if (nouns && t.pos !== "VERB") out.push({ at: i, end: i + 1, noun: nouns[0] });
  }
  return out;
}

function verbMatches(env: SentenceEnv, i: number, p: VerbPattern): boolean {
  const { tokens, s } = env;
  let k = i + 1;
  if (p.particle) {
    if (tokens[k]?.lower !== p.particle) return false;
    k++;
  }
  if (p.object) {
    // "imposed sweeping new sanctions on", "signed an aid pact": the head within a few words
    for (let q = k; q < Math.min(s.last, k + 9); q++) {
      if (p.object.includes(tokens[q].lower)) return true;
      if (tokens[q].text === "," || tokens[q].text === "." || (tokens[q].pos === "VERB" && q > k)) break;
    }
    // the passive puts it before: "sanctions were imposed"
    if (isPassive(tokens, i, s.first))
      for (let q = i - 1; q >= Math.max(s.first, i - 7); q--) {
        if (p.object.includes(tokens[q].lower)) return true;
        if (tokens[q].text === ",") break;
      }
    return false;
  }
  return true;
}

interface RawEvent {
  type: string;
  cameo: string;
  source: number[];
  target: number[];
  trigger: number;
  triggerEnd: number;
  rule: string;
  /** the clause's governing verb for status (purpose clauses take their main verb's status) */
  statusVerb: number;
  /** the act was refused ("refused to meet"): the refusal is the event */
  refused?: boolean;
  /** who of a state acts and is acted on ("Iraqi Kurds" CVL, "Iraq" GOV): for acts inside one state */
  sourceSector?: string | null;
  targetSector?: string | null;
}

/**
 * "X said that China must drop barriers", "“Libya has to hand over the suspects,” the minister said":
 * an obligation laid on someone in reported words is a demand (REQUEST) of the speaker.
 */
function obligations(env: SentenceEnv): [RawEvent, Trigger][] {
  const { tokens, s, quotes, inQuote, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let k = s.first; k < s.last; k++) {
    if (inQuote[k] < 0) continue;
    const w = tokens[k].lower;
    const modal = w === "must" || w === "should" || ((w === "has" || w === "have" || w === "needs" || w === "need" || w === "ought") && tokens[k + 1]?.lower === "to");
    if (!modal) continue;
    const q = quotes[inQuote[k]];
    const speaker = layer.actors.findIndex((a) => a.id === q.speaker);
    if (speaker < 0) continue;
    // the one obliged: the group right before the modal (over "also", "not")
    let j = k - 1;
    while (j >= s.first && (tokens[j].pos === "ADV" || tokens[j].pos === "PART")) j--;
    let gi = j >= s.first ? env.groupAt[j - s.first] : -1;
    // "told China it should play by the rules": the pronoun is the one told
    if (gi < 0 && j >= s.first && /^(it|they)$/.test(tokens[j].lower)) {
      for (let t = s.first; t < j; t++)
        if (/^(told|tells|telling|tell|warned|warns|urged|reminded)$/.test(tokens[t].lower) && env.groupAt[t + 1 - s.first] >= 0) gi = env.groupAt[t + 1 - s.first];
    }
    if (gi < 0) continue;
    const trig: Trigger = { at: k, end: /^(has|have|needs|need|ought)$/.test(w) ? k + 2 : k + 1 };
    out.push([{ type: "REQUEST", cameo: "100", source: [speaker], target: env.groups[gi].actors, trigger: k, triggerEnd: trig.end, rule: "events/obligation", statusVerb: k, sourceSector: null, targetSector: env.groups[gi].sector ?? null }, trig]);
  }
  return out;
}

function verbEvent(env: SentenceEnv, trig: Trigger): RawEvent | null {
  const p = trig.verb!;
  const { tokens, s } = env;
  const v = trig.at;
  let source: number[] = [];
  let target: number[] = [];
  let srcG: Group | null = null;
  let tgtG: Group | null = null;
  let rule = `events/verb:${p.id}`;
  let statusVerb = v;

  // passive: "sanctions were imposed on Russia by the EU"
  const passive = isPassive(tokens, v, s.first);
  if (passive) {
    const by = groupAfterWord(env, trig.end, ["by"], 14);
    if (by) [source, srcG] = [by.actors, by];
    const subj = by ? subjectBefore(env, v) ?? nearestGroupBefore(env, v) : subjectBefore(env, v);
    if (subj) [target, tgtG] = [subj.actors, subj];
    if (Array.isArray(p.target)) {
      const t = groupAfterWord(env, trig.end, p.target, 10);
      if (t) [target, tgtG] = [t.actors, t];
    }
    rule += "+passive";
  } else {
    // purpose clause: "are meeting in Moscow to sign a treaty" → the subject of "are meeting"
    let k = v - 1;
    while (k >= s.first && (tokens[k].pos === "ADV" || tokens[k].lower === "not")) k--;
    if (tokens[k]?.lower === "to" && k > s.first) {
      const gov = governingVerb(tokens, k - 1, s.first);
      if (gov >= 0) statusVerb = gov;
      // "urged the US to return": the US would do it; "agreed to sign": the subject would
      const controller = gov >= 0 && OBJECT_CONTROL.test(tokens[gov].lower) ? groupBetween(env, gov + 1, k) : null;
      const subj = controller ?? subjectBefore(env, gov >= 0 ? gov : k);
      if (subj) [source, srcG] = [subj.actors, subj];
      rule += controller ? "+object-control" : "+infinitive";
    } else {
      const subj = subjectBefore(env, v);
      if (subj) [source, srcG] = [subj.actors, subj];
    }
    if (p.target === "object") {
      // ("demanding autonomy from Serbian authorities", "demanded the removal of President X")
      const asked = p.type === "REQUEST" ? ["from", "of"] : [];
      const o = objectAfter(env, trig.end, p) ?? groupAfterWord(env, trig.end, ["against", "on", "upon", "at", "toward", "towards", ...asked], 8) ?? relationWith(env, trig.end);
      if (o) [target, tgtG] = [o.actors, o];
    } else if (Array.isArray(p.target)) {
      const t = groupAfterWord(env, trig.end, p.target, p.object ? 12 : 8);
      if (t) [target, tgtG] = [t.actors, t];
      // "threatened Japan with missile strikes": an actor as the direct object is the one acted on
      else {
        let q = trig.end;
        while (q < s.last && /^(the|a|an)$/.test(tokens[q].lower)) q++;
        const gi = q < s.last ? env.groupAt[q - s.first] : -1;
        if (gi >= 0 && env.layer.actors[env.groups[gi].actors[0]].kind !== "location") [target, tgtG] = [env.groups[gi].actors, env.groups[gi]];
        // "allow the return of U.N. weapons inspectors", "expelled Russian diplomats": the actor
        // that qualifies the object's head
        else if (p.object) {
          for (let r = trig.end; r < Math.min(s.last, trig.end + 9); r++) {
            if (p.object.includes(tokens[r].lower)) {
              // "expelled inspectors of the IAEA", "prevented the demonstration staged by students":
              // the object's owner or maker is the one acted on
              const ownerWord = tokens[r + 1]?.lower === "of" ? r + 1 : /^(staged|held|organized|organised|planned|called|led|by)$/.test(tokens[r + 1]?.lower ?? "") ? r + 1 : -1;
              const owner = ownerWord >= 0 ? groupAfterWord(env, ownerWord, ["of", "by"], 3) : null;
              if (owner && env.layer.actors[owner.actors[0]].kind !== "location") [target, tgtG] = [owner.actors, owner];
              break;
            }
            const g = env.groupAt[r - s.first];
            if (g >= 0 && env.layer.actors[env.groups[g].actors[0]].kind !== "location") {
              [target, tgtG] = [env.groups[g].actors, env.groups[g]];
              break;
            }
          }
        }
      }
    }
  }
  // "blew themselves up in Tel Aviv", "imposed a curfew in Algiers": the place is what is acted on
  if (!target.length && PLACE_TARGET_TYPES.has(p.type)) {
    const place = groupAfterWord(env, trig.end, ["in", "into", "on", "at", "near"], 10);
    if (place && place.actors.every((a) => env.layer.actors[a].kind === "location" || env.layer.actors[a].kind === "country")) target = place.actors;
  }
  return { type: p.type, cameo: p.cameo, source, target, trigger: v, triggerEnd: trig.end, rule, statusVerb, sourceSector: srcG?.sector ?? null, targetSector: tgtG?.sector ?? null };
}

function nounEvent(env: SentenceEnv, trig: Trigger): RawEvent | null {
  const p = trig.noun!;
  const { tokens, s, groups, groupAt } = env;
  const n = trig.at;
  let source: number[] = [];
  let target: number[] = [];
  let srcG: Group | null = null;
  let tgtG: Group | null = null;
  // "Putin's invasion", "Russia's full-scale invasion", "the Russian invasion", "Iran's supply"
  let k = n - 1;
  while (k >= s.first && (tokens[k].pos === "ADJ" || tokens[k].pos === "NUM" || tokens[k].text === "-" || (tokens[k].pos === "NOUN" && groupAt[k - s.first] < 0))) k--;
  // "Putin's invasion", "the Russian invasion" — but "the Ukraine war" names where, not who
  const possessive = k >= s.first && tokens[k].norm === "'s";
  if (possessive) k--;
  const pre = k >= s.first ? groupAt[k - s.first] : -1;
  if (pre >= 0) {
    const m = env.layer.mentionAt[k];
    // a demonym or an acronym used as one ("US strikes", "EU sanctions") is the doer
    if (possessive || (m && (m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)))) [source, srcG] = [groups[pre].actors, groups[pre]];
  }
  const from = groupAfterWord(env, trig.end, p.sourcePreps, 4);
  if (from) [source, srcG] = [from.actors, from];
  // a light verb carries the noun: "staged rallies", "began a hunger strike", "launched a mediation
  // effort" — the verb's subject does the act, and the verb gives its status
  let statusVerb = n;
  if (!source.length) {
    let q = n - 1;
    // ("its long-threatened invasion": a hyphenated compound is one modifier, whatever its last word's tag)
    const glued = (q: number) => tokens[q - 1]?.text === "-" && !tokens[q - 1].spaceBefore && !tokens[q].spaceBefore;
    while (q >= s.first && n - q < 7 && (/^(DET|ADJ|NUM|NOUN|PRON)$/.test(tokens[q].pos) || glued(q) || (tokens[q].text === "-" && !tokens[q].spaceBefore) || /^(up|out|off)$/.test(tokens[q].lower)) && groupAt[q - s.first] < 0) q--;
    // "participate in the pact-signing", "take part in talks"
    if (q > s.first && (tokens[q].lower === "in" || tokens[q].lower === "at") && /^(participate|participates|participated|participating|part|join|joined|joins|attend|attended|attends)$/.test(tokens[q - 1].lower)) q--;
    if (q >= s.first && (LIGHT_VERBS.test(tokens[q].lower) || /^(participate|participates|participated|participating|part)$/.test(tokens[q].lower))) {
      const subj = subjectBefore(env, q);
      if (subj) [source, srcG] = [subj.actors, subj];
      statusVerb = q;
      // "promised to continue military aid": the governing verb gives the status and the intent
      if (tokens[q - 1]?.lower === "to") {
        const gov = governingVerb(tokens, q - 2, s.first);
        if (gov >= 0) statusVerb = gov;
      }
    }
  }
  const to = groupAfterWord(env, trig.end, p.targetPreps, 6);
  if (to) [target, tgtG] = [to.actors, to];
  // "Amid sanctions from the US and its allies, Russia has deepened ...": the main clause's subject
  if (!target.length && FRONTED.has(tokens[s.first].lower)) {
    let comma = n;
    while (comma < s.last && tokens[comma].text !== ",") comma++;
    const main = comma < s.last ? firstSubjectGroup(env, comma + 1) : null;
    if (main) [target, tgtG] = [main.actors, main];
  }
  return { type: p.type, cameo: p.cameo, source, target, trigger: n, triggerEnd: trig.end, rule: `events/noun:${p.id}${statusVerb !== n ? "+light-verb" : ""}`, statusVerb, sourceSector: srcG?.sector ?? null, targetSector: tgtG?.sector ?? null };
}

// bare agreements and refusals whose complement names the other party
const ENDED_PROTEST_CUES = /^(with|against|by|over)$/;
const BARE_COMPLEMENT = /^events\/verb:(agree|offer|pledge|promise|accept-proposal|refuse|reject|oppose|decline|threaten)(\+infinitive)?$/;
const WHEN_WORDS = /^(today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|also|now|then|once|finally|reportedly|on)$/;
const CLAUSE_END = /^(if|unless|but|because|although|though|while|whereas|after|before|as|when|since|despite|amid)$/;

/** The first party named in the complement of an agreement: "agreed to re-open its borders to UN peacekeepers". */
function complementTarget(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s, groups, groupAt } = env;
  // ("threatened Monday to resume", "agreed on Friday to")
  let from = ev.triggerEnd;
  while (from < s.last && from - ev.triggerEnd < 3 && WHEN_WORDS.test(tokens[from].lower)) from++;
  const next = tokens[from]?.lower;
  if (next !== "to" && next !== "on" && next !== "upon") return;
  for (let k = from; k < Math.min(s.last, from + 16); k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === "," || CLAUSE_END.test(t.lower) || env.inQuote[k] !== env.inQuote[ev.trigger]) return;
    const gi = groupAt[k - s.first];
    if (gi < 0 || groups[gi].first !== k) continue;
    const g = groups[gi];
    if (g.actors.some((a) => ev.source.includes(a))) continue;
    ev.target = g.actors;
    ev.targetSector = g.sector ?? null;
    ev.rule += "+complement";
    return;
  }
}

const PROTEST_CUES = /^(against|protest|protests|protesting|protested|demand|demands|demanding|demanded|calling|over|by|defiance|denounce|denouncing|condemn|condemning|disapproval|anger|outrage|opposition)$/;

/** The one a protest is against: the first party after a cue word ("against", "to protest", "demanding ... by"). */
function protestTarget(env: SentenceEnv, ev: RawEvent, cues: RegExp = PROTEST_CUES): void {
  const { tokens, s, groups, groupAt, layer } = env;
  let cue = false;
  for (let k = ev.triggerEnd; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === ";" || env.inQuote[k] !== env.inQuote[ev.trigger]) return;
    if (cues.test(t.lower)) cue = true;
    const gi = groupAt[k - s.first];
    if (gi < 0 || groups[gi].first !== k) continue;
    const g = groups[gi];
    // the same state stands on both sides only as two of its parts ("landowners" against "government forces")
    const same = g.actors.some((a) => ev.source.includes(a)) && (g.sector ?? null) === (ev.sourceSector ?? null);
    if (!cue || same || g.actors.every((a) => layer.actors[a].kind === "location")) continue;
    ev.target = g.actors;
    ev.targetSector = g.sector ?? null;
    ev.rule += "+protest-target";
    return;
  }
}

const REPORTING_VERBS = /^(said|says|say|announced|announces|confirmed|confirms|stated|declared|insisted|added|indicated|told|warned|claimed|claims|reported)$/;
const WRONGDOING = /^(crimes|crime|abuses|abuse|violations|atrocities|killings|killing|massacres|massacre|corruption|fraud|attacks|attack|torture|repression|persecution|crackdown|violence|misconduct|wrongdoing|interference|aggression|provocations)$/;
const RELATION_NOUNS = /^(contact|contacts|ties|relations|talks|trade|cooperation|co-operation|dealings|links|dialogue|negotiations|exchanges)$/;

/** "boycott all official contact with the United States": a relation's other party is the one acted on. */
function relationWith(env: SentenceEnv, k: number): Group | null {
  const { tokens, s } = env;
  for (let q = k; q < Math.min(s.last, k + 5); q++) {
    if (RELATION_NOUNS.test(tokens[q].lower) && tokens[q + 1]?.lower === "with") return groupAfterWord(env, q + 1, ["with"], 3);
    if (tokens[q].pos === "VERB" || tokens[q].text === ",") return null;
  }
  return null;
}

function isPassive(tokens: Token[], v: number, first: number): boolean {
  const w = tokens[v].lower;
  if (!/(ed|en|wn|ne|lt|ut|ck|id|ld|ht)$/.test(w)) return false;
  // "Israel is opposed to French mediation": a state, not a passive
  if (/^(opposed|committed|prepared|determined|resigned)$/.test(w) && tokens[v + 1]?.lower === "to") return false;
  // "were engaged in ethnic cleansing", "is involved in the fighting": a state, not a passive
  if (/^(engaged|involved|embroiled|locked|mired)$/.test(w) && tokens[v + 1]?.lower === "in") return false;
  for (let k = v - 1; k >= Math.max(first, v - 3); k--) {
    const x = tokens[k].lower;
    if (/^(is|are|was|were|be|been|being|get|got|gets)$/.test(x)) return true;
    if (tokens[k].pos !== "ADV" && tokens[k].pos !== "AUX") return false;
  }
  return false;
}

/** The verb that governs an infinitive at `k`: "are meeting (in Moscow) to", "set to", "agreed to". */
function governingVerb(tokens: Token[], k: number, first: number): number {
  for (let q = k; q >= Math.max(first, k - 8); q--) {
    if (tokens[q].pos === "VERB" || (tokens[q].pos === "ADJ" && /^(set|due|expected|likely|ready|able|willing|poised)$/.test(tokens[q].lower))) return q;
    if (tokens[q].text === ",") return -1;
  }
  return -1;
}

/** The actor group that is the subject of the verb at v: the nearest group to its left that is not a prepositional object. */
function subjectBefore(env: SentenceEnv, v: number, depth = 0): Group | null {
  const { tokens, s, groups, groupAt } = env;
  // "dismissed Truss's comments and accused Nato": a coordinated verb shares the first one's subject
  let c = v - 1;
  while (c > s.first && (tokens[c].pos === "ADV" || tokens[c].pos === "AUX")) c--;
  if (depth < 2 && tokens[c]?.lower === "and" && env.groupAt[c - 1 - s.first] < 0) {
    for (let q = c - 1; q > s.first && c - q < 15; q--) {
      if (tokens[q].text === ";" || env.groupAt[q - s.first] >= 0 && tokens[q - 1]?.lower === "and") break;
      if (tokens[q].pos === "VERB" && tokens[q - 1]?.lower !== "to") return subjectBefore(env, q, depth + 1);
    }
  }
  for (let k = v - 1; k >= s.first; k--) {
    const t = tokens[k];
    // ", which both border Hormuz,", ", a key U.S. ally in the war against terrorism,": over a
    // relative clause or an appositive to what it describes
    if (t.text === ",") {
      let r = k - 1;
      while (r > s.first && tokens[r].text !== "," && !/^(which|who|whose)$/.test(tokens[r].lower) && k - r < 16) r--;
      if (/^(which|who|whose)$/.test(tokens[r]?.lower ?? "") && tokens[r - 1]?.text === ",") {
        k = r - 1;
        continue;
      }
      if (tokens[r]?.text === "," && /^(a|an|the|its|his|her|their)$/.test(tokens[r + 1]?.lower ?? "") && groupAt[r - 1 - s.first] >= 0) {
        k = r;
        continue;
      }
    }
    if (STOP_CLAUSE.has(t.text) || (env.inQuote[k] >= 0) !== (env.inQuote[v] >= 0)) break;
    // "the two signed", "they met": the parties of the last event
    const phrase = partyPhraseEndingAt(tokens, k, s.first);
    if (phrase >= 0 && env.lastParties.length && (tokens[k].lower !== "they" || env.partiesHere)) return { first: phrase, last: k + 1, actors: env.lastParties };
    const gi = groupAt[k - s.first];
    if (gi < 0) {
      // "The Fijian rebels said they will release ...": a pronoun in reported speech is its speaker
      if (/^(they|it|he|she|we)$/.test(t.lower) && env.inQuote[k] >= 0) {
        const speaker = env.quotes[env.inQuote[k]].speaker;
        const g = groups.find((x) => x.last <= k && x.actors.some((a) => env.layer.actors[a].id === speaker));
        if (g) return g;
      }
      // "The union announced Thursday that it has called off", "said they would boycott": the
      // pronoun after a reporting verb is its subject
      if (/^(it|they)$/.test(t.lower) && depth < 2) {
        let r = k - 1;
        if (tokens[r]?.lower === "that") r--;
        // (only a named subject: "the Nordic countries said they" names no one)
        for (let q = r; q >= Math.max(s.first, r - 3); q--)
          if (REPORTING_VERBS.test(tokens[q].lower)) {
            const g = subjectBefore(env, q, depth + 1);
            if (g && groups.includes(g)) return g;
            break;
          }
      }
      // a new clause with its own verb before this one ends the search, unless it is a relative clause
      if (t.lower === "that" && k < v - 1) break;
      continue;
    }
    const g = groups[gi];
    // ("Rebels in the Ivory Coast", "Albanians of southern Serbia": over an article or an adjective to the preposition)
    let b = g.first - 1;
    while (b > s.first && g.first - b <= 2 && (tokens[b].lower === "the" || (tokens[b].pos === "ADJ" && groupAt[b - s.first] < 0))) b--;
    const before = tokens[b];
    // "Security forces in Guinea", "troops from Chad": a place or state qualifying a group noun
    const qualifies = before && /^(in|from|of|throughout|across|inside)$/.test(before.lower) && (env.heads.has(tokens[b - 1]?.lower ?? "") || (before.lower === "of" && QUANTITY.test(tokens[b - 1]?.lower ?? "")));
    // "as Russian forces encircled", "after Russia invaded": a subordinator starts a clause
    const opensClause = before && SUBORDINATORS.has(before.lower) && adjacentTo(tokens, g.last, v);
    if (before && PREPOSITIONS.has(before.lower) && before.pos === "ADP" && !qualifies && !opensClause) {
      k = g.first;
      continue;
    }
    // "Opposition groups in Zimbabwe": the group noun says who of the state acts
    if (qualifies) return { ...g, sector: nounSector(env.heads, tokens[b - 1]) ?? g.sector };
    return g;
  }
  return null;
}

function groupBetween(env: SentenceEnv, from: number, to: number): Group | null {
  for (let k = from; k < to; k++) {
    const gi = env.groupAt[k - env.s.first];
    if (gi >= 0) return env.groups[gi];
    const phrase = partyPhraseEndingAt(env.tokens, k, from);
    if (phrase >= 0 && env.lastParties.length > 1) return { first: phrase, last: k + 1, actors: env.lastParties };
  }
  return null;
}

/** The actors after "between" ("talks between X, Y and Z"), up to the next verb or place. */
function partiesBetween(env: SentenceEnv, k: number): number[] {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  while (q < Math.min(s.last, k + 8) && tokens[q].lower !== "between") {
    if (tokens[q].pos === "VERB" || tokens[q].text === ",") return [];
    q++;
  }
  if (tokens[q]?.lower !== "between") return [];
  const out: number[] = [];
  for (let r = q + 1; r < s.last && r - q < 40; r++) {
    const t = tokens[r];
    if (t.pos === "VERB" || t.text === ";" || ((t.lower === "in" || t.lower === "at" || t.lower === "on") && tokens[r - 1]?.text === ",")) break;
    const gi = groupAt[r - s.first];
    if (gi >= 0) for (const a of groups[gi].actors) if (!out.includes(a) && env.layer.actors[a].kind !== "location") out.push(a);
  }
  return out;
}

/** Only nouns, adjectives, adverbs and auxiliaries between a group and a verb. */
function adjacentTo(tokens: Token[], from: number, v: number): boolean {
  for (let k = from; k < v; k++) if (!/^(NOUN|ADJ|ADV|AUX|PART|PROPN)$/.test(tokens[k].pos)) return false;
  return true;
}

function nearestGroupBefore(env: SentenceEnv, v: number): Group | null {
  for (let k = v - 1; k >= env.s.first; k--) {
    const gi = env.groupAt[k - env.s.first];
    if (gi >= 0) return env.groups[gi];
  }
  return null;
}

const PARTY_LAST_WORDS = new Set(["two", "both", "pair", "sides", "countries", "nations", "leaders", "governments", "states", "they", "three"]);

function partyPhraseEndingAt(tokens: Token[], k: number, first: number): number {
  if (!PARTY_LAST_WORDS.has(tokens[k].lower)) return -1;
  for (let len = 1; len <= 3; len++) {
    const start = k - len + 1;
    if (start < first) break;
    const phrase = tokens
      .slice(start, k + 1)
      .map((t) => t.lower)
      .join(" ");
    if (PARTY_WORDS.test(phrase)) return start;
  }
  return -1;
}

/** The first group of a main clause starting at k (not inside a prepositional phrase). */
function firstSubjectGroup(env: SentenceEnv, k: number): Group | null {
  for (const g of env.groups) {
    if (g.first < k) continue;
    const before = env.tokens[g.first - 1];
    if (before && PREPOSITIONS.has(before.lower)) continue;
    return g;
  }
  return null;
}

/** The direct object's actors: "attacked Ukraine", "met with Kim Jong Un", "supply Russia with missiles". */
function objectAfter(env: SentenceEnv, k: number, p: VerbPattern): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  if (tokens[q]?.lower === "with" || tokens[q]?.lower === "to") q++; // "met with", "spoke to"
  // "denounced as an ugly crime Serbia's suppression of ...": over a predicative "as" phrase
  if (tokens[q]?.lower === "as" && groupAt[q + 1 - s.first] < 0) {
    let r = q + 1;
    while (r < s.last && r - q <= 5 && /^(DET|ADJ|NOUN)$/.test(tokens[r].pos) && groupAt[r - s.first] < 0) r++;
    if (r > q + 1 && r < s.last && groupAt[r - s.first] >= 0) q = r;
  }
  for (let steps = 0; q < s.last && steps < 7; q++, steps++) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) {
      // "condemned the invasion of Ukraine by Russia": the one who did it
      const g = groups[gi];
      if (tokens[q - 1]?.lower === "of" && tokens[g.last]?.lower === "by" && groupAt[g.last + 1 - s.first] >= 0) return groups[groupAt[g.last + 1 - s.first]];
      // "workers of the bus company of Tehran", "the people of Gaza": the head noun says who
      if (tokens[q - 1]?.lower === "of" || (tokens[q - 1]?.pos === "DET" && tokens[q - 2]?.lower === "of")) {
        const ofAt = tokens[q - 1]?.lower === "of" ? q - 1 : q - 2;
        const head = nounSector(env.heads, tokens[ofAt - 1]);
        if (head) return { ...g, sector: head };
      }
      return g;
    }
    // "congratulated the three countries", "both countries": the parties of the last event
    const phrase = partyPhraseEndingAt(tokens, q, k);
    if (phrase >= 0 && env.lastParties.length > 1) return { first: phrase, last: q + 1, actors: env.lastParties };
    const t = tokens[q];
    // "rejected a fresh offer from Afghanistan", "rejected calls by Kofi Annan": the one who made it
    // ("prevented the demonstration staged by students": the object's makers)
    const madeBy = !!p.object?.includes(t.lower) && /^(staged|held|organized|organised|planned|called|led)$/.test(tokens[q + 1]?.lower ?? "") && tokens[q + 2]?.lower === "by";
    // ("investigating alleged war crimes by Croatian extremists", "condemned the killings by the army": the wrongdoers)
    const doneBy = WRONGDOING.test(t.lower) && tokens[q + 1]?.lower === "by";
    if (((SPEECH_ACT_NOUNS.test(t.lower) || doneBy) && /^(from|by)$/.test(tokens[q + 1]?.lower ?? "")) || madeBy) {
      let r = madeBy ? q + 3 : q + 2;
      while (r < s.last && /^(the|a|an)$/.test(tokens[r].lower)) r++;
      const gr = groupAt[r - s.first];
      if (r < s.last && gr >= 0) return groups[gr];
    }
    // "proposed Israeli changes": a participle before the noun is a modifier
    const participle = t.pos === "VERB" && ((/(ed|en)$/.test(t.lower) && q === k) || (tokens[q - 1]?.text === "-" && !t.spaceBefore));
    // "tortured scores of Liberian refugees", "killed the deputy chief of ..."
    if ((t.pos === "VERB" && !participle) || t.text === "," || t.text === "." || (PREPOSITIONS.has(t.lower) && t.lower !== "of")) return null;
    if (p.object && p.object.includes(t.lower)) continue;
  }
  return null;
}

/** The group right after one of `words` ("sanctions on Russia"), or after "such as" in the phrase that follows. */
function groupAfterWord(env: SentenceEnv, k: number, words: string[], window: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  for (let q = k; q < Math.min(s.last, k + window); q++) {
    const t = tokens[q];
    // ("the nightly curfew imposed in Sudan", "in the occupied West Bank": a participle after its
    // noun or before one does not end the phrase)
    const reducedRelative = /(ed|en)$/.test(t.lower) && /^(NOUN|DET|ADJ)$/.test(tokens[q - 1]?.pos ?? "");
    if (t.text === "." || t.text === ";" || (t.pos === "VERB" && q > k + 1 && !words.includes(t.lower) && !reducedRelative)) return null;
    if (!words.includes(t.lower)) continue;
    // the phrase after the preposition: the first group, or one after "such as" / "including"
    for (let r = q + 1; r < Math.min(s.last, q + 12); r++) {
      const gi = groupAt[r - s.first];
      if (gi >= 0) return groups[gi];
      const w = tokens[r];
      const suchAs =
        (w.lower === "as" && tokens[r - 1]?.lower === "such") ||
        // "with the president of Armenia", "against the people of Gaza"
        (w.lower === "of" && tokens[r - 1]?.pos === "NOUN") ||
        ((w.lower === "with" || w.lower === "of") && /^(border|borders|frontier|coast|outskirts|capital|city|town|village|province|region|state|district|port|enclave|republic)$/.test(tokens[r - 1]?.lower ?? "")) ||
        // "troops to an international peace-keeping force in Liberia": a force or mission is where it serves
        (w.lower === "in" && /^(force|forces|mission|missions|operation|operations|contingent)$/.test(tokens[r - 1]?.lower ?? ""));
      // "war-torn Mozambique": a hyphenated modifier
      const hyphenated = (w.text === "-" && !w.spaceBefore) || (tokens[r - 1]?.text === "-" && !w.spaceBefore) || (tokens[r + 1]?.text === "-" && !tokens[r + 1].spaceBefore);
      // ("in the occupied West Bank": a participle before its noun)
      const participle = /(ed|en)$/.test(w.lower) && tokens[r - 1]?.pos === "DET";
      if ((w.pos === "VERB" && !hyphenated && !participle) || w.text === ";" || w.pos === "CCONJ" || (PREPOSITIONS.has(w.lower) && !suchAs && w.lower !== "like" && w.lower !== "including")) break;
    }
  }
  return null;
}

function toRecord(env: SentenceEnv, ev: RawEvent, trig: Trigger, ctx: EventStageContext): EventRecord | null {
  const { layer, doc, tokens, s } = env;
  const actors = layer.actors;
  const code = (i: number) => actors[i].code ?? actors[i].country ?? null;
  // a state's people and its government are two parties even when both are "Iraq"; a place acted on
  // by its own state ("imposed a curfew in Algiers", "demonstrated in Serbia") stands for its other side
  const twoSides =
    (ev.sourceSector !== ev.targetSector && (OUTSIDE_EXECUTIVE.has(ev.sourceSector ?? "") || OUTSIDE_EXECUTIVE.has(ev.targetSector ?? ""))) ||
    (ev.target.length > 0 && ev.target.every((i) => isPlace(env, i)));
  let source = ev.source.filter((i) => code(i));
  let target = ev.target.filter((i) => code(i) && (twoSides || !source.includes(i)));
  // acts inside a quote belong to the speaker's side ("we will respond" said by Iran's minister)
  const qi = env.inQuote[ev.trigger];
  const quote = qi >= 0 ? env.quotes[qi] : null;
  // ("we will respond": the speaker's side is the one who says "we" or "I")
  const firstPerson = (() => {
    for (let k = Math.max(s.first, ev.trigger - 20); k < ev.trigger; k++) if (env.inQuote[k] === qi && /^(we|i|our|my)$/.test(tokens[k].lower)) return true;
    return false;
  })();
  // a threat, a demand, an accusation, praise or a refusal in someone's words is theirs to make
  const speechAct = SPEECH_ACTS.has(ev.type);
  if (quote && !source.length && !ev.rule.includes("+passive") && (firstPerson || speechAct)) {
    const sp = actors.findIndex((a) => a.id === quote.speaker);
    if (sp >= 0 && code(sp)) source = [sp];
  }
  // "A roadside bombing near Samarra killed one U.S. soldier": an attack no one is named for is
  // coded to the state where it happened
  if (!source.length && ev.type === "ASSAULT" && target.length) {
    const at = unattributedAttackPlace(env, target);
    if (at !== null) {
      source = [at];
      ev.rule += "+place-of-attack";
    }
  }
  // "French and Egyptian warships launched war games": exercises held together are military cooperation
  if (ev.type === "MOBILIZE" && /exercises/.test(ev.rule) && !target.length && new Set(source.map(code)).size > 1) {
    ev.type = "COOPERATE";
    ev.cameo = "062";
    ev.rule += "+joint";
  }
  const symmetric = SYMMETRIC.has(ev.type);
  if (!source.length) return null;
  if (!target.length && !(symmetric && new Set(source.map(code)).size > 1)) return null;
  // a domestic act has the same code on both sides: an event only between parts of the state that
  // differ in kind (its people against its government), not between two of its officials
  const sc = new Set(source.map(code));
  const domestic = (t: number) => sc.has(code(t)) && !twoSides;
  if (target.length && target.every(domestic)) return null;
  if (target.length) target = target.filter((t) => !domestic(t));
  // "urged Iran to release the prisoners": a requested act has not happened, and is no one's intent
  const requested = ev.rule.includes("+object-control") && REQUESTING.test(tokens[ev.statusVerb].lower);
  let status: Status = requested ? "hypothetical" : eventStatus(tokens, s, ev.statusVerb, ev.trigger, quote, layer);
  // "would not meet the demands", "will not allow": to withhold cooperation is to reject (CAMEO 12)
  let type = ev.type;
  let cameo = ev.cameo;
  let rule = ev.rule;
  // "could not rule out", "did not reject": no rejection took place
  if (type === "REJECT" && negatedBefore(tokens, s, ev.trigger)) return null;
  if ((status === "denied" || (status === "hypothetical" && negatedBefore(tokens, s, ev.trigger))) && REJECTABLE.has(type) && target.length) {
    type = "REJECT";
    cameo = "120";
    rule += "+negated";
    status = quote ? "claimed" : "occurred";
  }
  const tense = status === "planned" ? "future" : status === "ongoing" ? "present" : "past";
  const date = ctx.resolveDate({ start: s.start, end: s.end }, tense, tokens[ev.trigger].start);
  const place = eventPlace(env, ev);
  return {
    type,
    cameo,
    source: source.map((i) => actors[i].id),
    target: target.map((i) => actors[i].id),
    status,
    date: date?.date ?? ctx.published,
    dateSource: date ? date.source : "published",
    location: place ? place.name : null,
    locationCode: place ? place.code : null,
    trigger: doc.text.slice(tokens[trig.at].start, tokens[trig.end - 1].end),
    triggerSpan: { start: tokens[trig.at].start, end: tokens[trig.end - 1].end },
    sentence: { start: s.start, end: s.end },
    via: quote?.via ?? null,
    rule,
    ...(s.headline ? { headline: true } : {}),
  } as EventRecord;
}

const ATTACK_AGENTS = /^(bomb|bombs|bombing|bombings|explosion|explosions|blast|blasts|device|devices|ied|ieds|mine|mines|minefield|landmine|landmines|rocket|rockets|mortar|mortars|shell|shells|grenade|grenades|car-bomb|suicide|booby-trap|drone)$/;
const PLACE_HEADS = /^(city|town|village|capital|province|region|district|port|area)$/;

/** The place (an actor index) of an attack by a weapon with no one named behind it, when the sentence names one state's place. */
function unattributedAttackPlace(env: SentenceEnv, target: number[]): number | null {
  const { tokens, s, layer } = env;
  let weapon = false;
  for (let k = s.first; k < s.last; k++) if (ATTACK_AGENTS.test(tokens[k].lower)) weapon = true;
  if (!weapon) return null;
  const places = new Map<string, number>();
  for (let k = s.first; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (!m || m.token !== k || target.includes(m.actor)) continue;
    const a = layer.actors[m.actor];
    // "near the town of Samarra", "outside of the Iraqi city of Basra"
    const place = a.kind === "location" || (a.kind === "country" && (isPlace(env, m.actor) || PLACE_HEADS.test(tokens[m.tokenEnd]?.lower ?? "")));
    const code = a.code ?? a.country ?? null;
    if (place && code && !places.has(code)) places.set(code, m.actor);
  }
  return places.size === 1 ? [...places.values()][0] : null;
}

/** The actor stands as a place in the sentence: a location, or a state named after "in" ("a state of siege in Haiti"). */
function isPlace(env: SentenceEnv, actor: number): boolean {
  const { layer, tokens, s } = env;
  if (layer.actors[actor].kind === "location") return true;
  for (let k = s.first; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (m && m.token === k && m.actor === actor) return /^(in|into|throughout|across)$/.test(tokens[k - 1]?.lower ?? "");
  }
  return false;
}

/** Where: a place named with "in"/"at" in the event's clause, else the dateline for the lead. */
function eventPlace(env: SentenceEnv, ev: RawEvent): { name: string; code: string | null } | null {
  const { tokens, s, layer, doc } = env;
  let best: { name: string; code: string | null; dist: number } | null = null;
  for (let k = s.first; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (!m || m.token !== k) continue;
    const a: Actor = layer.actors[m.actor];
    if (a.kind !== "location") continue;
    const prep = tokens[k - 1]?.lower;
    if (prep !== "in" && prep !== "at") continue;
    const dist = Math.abs(k - ev.trigger);
    if (!best || dist < best.dist) best = { name: a.name, code: a.code, dist };
  }
  if (best) return { name: best.name, code: best.code };
  if (doc.dateline && s.paragraph === doc.sentences.find((x) => x.start >= doc.bodyStart)?.paragraph) {
    const p = doc.dateline.place;
    return { name: p.charAt(0) + p.slice(1).toLowerCase(), code: null };
  }
  return null;
}
