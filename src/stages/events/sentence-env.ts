// What the event stage reads a sentence with: its actor groups ("Russia and Iran", "Sudanese rebels"
// with their sector), the tokens, quotes and the last event's parties; the raw event before it is
// a record; word lists the finders share.
import { latestNamedSides, namedSidesBefore, type NamedSidesLog } from "./named-sides.js";
import { fixedCollectiveParties } from "./fixed-collectives.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Doc, Quote, Sentence, Token } from "../../model/types.js";
import type { NounPattern, VerbPattern } from "../../lexicon/compile-events.js";
import type { ActorLayer, PlacedMention } from "../actors/actor-layer.js";

export const EVENT_ACTOR_KINDS = new Set(["country", "igo", "organization", "person", "group", "location"]);

export const PREPOSITIONS = new Set(["in", "at", "to", "from", "with", "of", "on", "for", "against", "by", "into", "near", "over", "than", "about", "between", "like", "as", "under", "after", "before", "during", "since", "amid", "despite", "through", "toward", "towards", "across", "around", "onto", "upon", "within", "without", "throughout", "inside"]);

export const STOP_CLAUSE = new Set([";", ":"]);

export const QUANTITY = /^(thousands|hundreds|dozens|scores|millions|tens|group|groups|some|many|most|members|crowds|one|two|three|several|number)$/;

export const SUBORDINATORS = new Set(["as", "after", "before", "since", "while", "when", "until", "because", "once", "if", "unless", "though", "although"]);

export const SPEECH_ACT_NOUNS = /^(calls?|offers?|appeals?|demands?|proposals?|requests?|pleas?|invitations?|bids?|ultimatums?|warnings?|criticism|accusations?|claims?|charges?|plans?|initiatives?|suggestions?|overtures?|mediation|admission|apology|explanation|pressure|support|assurances?|guarantees?|commitments?|concessions?)$/;

/** A run of actors joined by "and", "or", commas: "Russia and Iran", "the US and its allies". */
export interface Group {
  first: number;
  last: number;
  actors: number[];
  /** the CAMEO sector of the group: a state's government, or its people, forces, rebels ... */
  sector?: string | null;
}

/** The sector a group noun names ("rebels" → REB, "police" → COP; data/groups.json). */
export function nounSector(heads: ReadonlyMap<string, string>, t: Token | undefined): string | null {
  return t ? heads.get(t.lower) ?? null : null;
}

// the noun after a demonym says who of the state acts: "Iraqi Kurds", "Russian forces", "Algerian landowners"
export function groupSector(doc: Doc, layer: ActorLayer, m: PlacedMention, heads: ReadonlyMap<string, string>): string | null {
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

export interface Trigger {
  at: number;
  end: number;
  verb?: VerbPattern;
  noun?: NounPattern;
}

export interface SentenceEnv {
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
  /** sense and status word lists (data/event-senses.json) */
  senses: SenseLexicon;
  /** "last week", "earlier this month" (lexicon.timePhrases) */
  timePhrases: { deictics: ReadonlySet<string>; units: ReadonlySet<string>; months?: ReadonlySet<string> };
  /** the last parties were found in this sentence ("they" refers no further back) */
  partiesHere?: boolean;
  /** the trigger whose event gave the last parties, when it is in this sentence */
  lastPartiesAt?: number;
  /** the parties of the events emitted before, oldest first, each with its trigger */
  /** the parties of the events emitted so far; background: an act mentioned in passing ("after his talks with Modi") */
  partyHistory?: { parties: number[]; source: number[]; at: number; background?: boolean }[];
  /** the pairs of parties named side by side so far ("Russia and Ukraine"), for "the two sides" (named-sides.ts) */
  namedSides?: NamedSidesLog;
  /** per group index, the topic noun the group qualifies or -1 (-2: not yet asked); filled by topicNounAfter */
  topicNouns?: Int32Array;
}

/** a mark that opens a quotation */
export const OPENING_QUOTE = /^["“‘']$/;

/** PLOVER's symmetric types, whose parties may all stand as doers with no target */
export const SYMMETRIC: ReadonlySet<string> = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/**
 * The parties "the two countries", "both sides" at token `at` refer to: those of the last event, when
 * that event comes before the phrase ("Putin met Kim, and the two signed"); an event after it in the
 * sentence cannot be what it refers back to ("delegations from the two countries, which ... since
 * Russia's invasion of Ukraine").
 */
export function partiesBefore(env: SentenceEnv, at: number, doer: number[] = []): number[] {
  const parties = env.lastPartiesAt === undefined || env.lastPartiesAt < at ? env.lastParties : [];
  // "the two leaders", "all three countries", "both sides": a phrase that counts its parties refers
  // back only to at least as many states or bodies ("all three countries" after an act of Turkey
  // toward a Syrian group is not those two; an antecedent with one more, often the body they meet
  // in, still holds them)
  const n = partyCount(env.tokens, at);
  // ("Japan condemned China. The two Koreas agreed": a fixed collective names its own states, fixed-collectives.ts)
  const fixed = n ? fixedCollectiveParties(env, countEnd(env.tokens, at)) : null;
  if (fixed) return fixed;
  const code = (a: number) => env.layer.actors[a].code ?? env.layer.actors[a].country ?? env.layer.actors[a].id;
  const codes = (xs: number[]) => new Set(xs.map(code)).size;
  // ("Xi planned to speak with Zelensky after his trip to Moscow. ... the two leaders have spoken"):
  // a count of people (senses.personCountHeads) refers back to people only, never to a place or state
  // an act of one of them went to; those of the latest event between that many people
  const people = n > 0 && env.senses.personCountHeads.has(env.tokens[countEnd(env.tokens, at)]?.lower ?? "");
  const persons = (xs: number[]) => xs.every((a) => env.layer.actors[a].kind === "person");
  // ("Moscow attacked Ukraine. Russia has repeatedly warned both countries against the move"): a
  // counted phrase as the object of an act does not refer back to the last act of that same doer
  // (its doer and the one it was done to); the latest parties named together without the doer are
  // meant. ("Trump blamed both the US and Russia ... I hold both countries responsible": the last act
  // was done to the pair, not by the doer toward one of them, and the pair holds)
  const doerCodes = new Set(doer.map(code));
  const free = (xs: number[]) => !xs.some((a) => doerCodes.has(code(a)));
  const hist = env.partyHistory ?? [];
  const last = hist.length && hist[hist.length - 1].parties === parties ? hist[hist.length - 1] : null;
  const ownAct = doerCodes.size > 0 && !!last && !free(last.source);
  // ("The French president hosted the German chancellor in Paris, where the two leaders signed"): an
  // act of just that many states earlier in the same sentence is the one whose people are counted,
  // whoever the text named for them; no place is among them
  const statesHere = !!env.partiesHere && codes(parties) === n && parties.every((a) => env.layer.actors[a].kind !== "location");
  // ("As Russia's assault on Ukraine continues, Stoltenberg said Finland and Sweden would be welcome.
  // ... the two countries had agreed to apply"): a pair named side by side after the last event's
  // trigger is the newer antecedent, not that event's parties
  const lastAt = env.lastPartiesAt ?? last?.at;
  if (n && parties.length && !statesHere && lastAt !== undefined) {
    const pair = latestNamedSides(env, at, n, people);
    if (pair && pair.at > lastAt && free(pair.parties) && pair.parties.some((a) => !parties.includes(a))) return pair.parties;
  }
  if (n && parties.length && (codes(parties) < n || (people && !persons(parties) && !statesHere) || ownAct)) {
    // ("Turkey, Finland and Sweden signed a memorandum ... Biden congratulated the three countries"):
    // the latest of the fifteen events before whose doers, named together, are that many
    for (let i = hist.length - 1; i >= 0 && i >= hist.length - 15; i--) {
      if (hist[i].at >= at || (ownAct && !free(people ? hist[i].parties : hist[i].source))) continue;
      if (people ? persons(hist[i].parties) && codes(hist[i].parties) === n : codes(hist[i].source) === n) return people ? hist[i].parties : hist[i].source;
    }
    // ("Moscow and Kyiv traded accusations. The US urged restraint. The two sides agreed"): no event
    // before has that many, the pair the text last named side by side does (named-sides.ts)
    return ownAct ? [] : namedSidesBefore(env, at, n, people);
  }
  // ("Russia and Ukraine have fought since 2014. The two sides held talks"): no event before at all
  if (n && !parties.length) return namedSidesBefore(env, at, n, people);
  // ("Putin met Xi in Beijing, a week after his talks with Modi. Both countries are committed to"):
  // an act mentioned in passing is not what a count refers back to when the news act just before it
  // has that many parties
  if (n && last?.background && hist.length > 1) {
    const news = hist[hist.length - 2];
    if (!news.background && news.at < at && codes(news.parties) === n && !(people && !persons(news.parties) && !statesHere)) return news.parties;
  }
  // ("Russia warned Sweden and Finland ... if the two countries joined Nato"): when the last act's
  // parties are more than the count, the side of it that holds just that many is meant, its doers
  // first, else those it was done to ("Armenia and Azerbaijan held talks at the EU ... the two": the doers)
  if (n && last && codes(parties) > n) {
    if (codes(last.source) === n) return last.source;
    const done = parties.filter((a) => !last.source.includes(a));
    if (codes(done) === n) return done;
  }
  return parties;
}

const COUNTS: Record<string, number> = { both: 2, two: 2, pair: 2, three: 3, four: 4 };

/** The number a party phrase starting at `at` names ("the two sides", "all three", "both"), or 0. */
function partyCount(tokens: Token[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const w = tokens[k].lower;
    if (COUNTS[w]) return COUNTS[w];
    if (w !== "the" && w !== "all") return 0;
  }
  return 0;
}

/** The token after the count of a party phrase starting at `at` ("the two leaders" → "leaders"). */
function countEnd(tokens: Token[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) if (COUNTS[tokens[k].lower]) return k + 1;
  return -1;
}

export function firstTokenAt(tokens: Token[], offset: number): number {
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
export function actorGroups(doc: Doc, layer: ActorLayer, s: Sentence, sectors: ReadonlyMap<string, string>): Group[] {
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
    // ("Putin's invasion of a sovereign UN member state", "if Russia attacked a Nato member country"):
    // a body's name in "a ... member state" says which kind of state, one the text does not name;
    // the body is no party ("Nato member states", "every EU member state" are its members together)
    if (a.kind === "igo" && tokens[m.tokenEnd]?.lower === "member" && /^(state|country|nation)$/.test(tokens[m.tokenEnd + 1]?.lower ?? "")) {
      let b = m.token - 1;
      while (b > s.first && m.token - b <= 3 && tokens[b].pos === "ADJ") b--;
      if (/^(a|an|another|one)$/.test(tokens[b]?.lower ?? "")) return false;
    }
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
  // the mentions of each group, and whether a conjunction joins them ("X, Y and Z")
  const members: PlacedMention[][] = [];
  const conjoined: boolean[] = [];
  for (const m of heads) {
    const prev = groups[groups.length - 1];
    if (prev && joinable(tokens, prev.last, m.token, modifier)) {
      if (!onlyCommas(tokens, prev.last, m.token, modifier)) conjoined[groups.length - 1] = true;
      prev.last = m.tokenEnd;
      if (!prev.actors.includes(m.actor)) prev.actors.push(m.actor);
      members[groups.length - 1].push(m);
      continue;
    }
    groups.push({ first: m.token, last: m.tokenEnd, actors: [m.actor], sector: groupSector(doc, layer, m, sectors) });
    members.push([m]);
    conjoined.push(false);
  }
  // "Before visiting Israel, Mr Blair made": two names with a comma and no conjunction are no list
  // (three or more are: "to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba")
  // ("Officials from the U.S., Japan, and 10 other nations": a list that goes on past its names)
  const goesOn = (g: Group) => /^(and|or)$/.test(tokens[g.last]?.lower ?? "") || (tokens[g.last]?.text === "," && /^(and|or)$/.test(tokens[g.last + 1]?.lower ?? ""));
  // ("The administration sanctioned Russians, and Special Counsel Robert Mueller has indicted"): two
  // names joined by a comma and "and" with a verb right after the second join two clauses, not a list
  // of two (a list of two takes no comma: "Russia and Iran have signed")
  const clauses = (gi: number) => {
    const [a, b] = members[gi];
    if (members[gi].length !== 2) return false;
    const between = [];
    for (let k = a.tokenEnd; k < b.token; k++) if (!modifier.has(k)) between.push(tokens[k].lower);
    // (not the end of a longer list: "Biden, his foreign secretary, Antony Blinken, and defence
    // secretary Lloyd Austin had held a meeting")
    let p = a.token - 1;
    while (p > s.first && (modifier.has(p) || tokens[p].pos === "DET")) p--;
    if (tokens[p]?.text === ",") return false;
    return between.length === 2 && between[0] === "," && between[1] === "and" && /^(AUX|VERB)$/.test(tokens[b.tokenEnd]?.pos ?? "");
  };
  return groups.flatMap((g, gi) =>
    (conjoined[gi] && !clauses(gi)) || members[gi].length !== 2 || goesOn(g) ? [g] : members[gi].map((m) => ({ first: m.token, last: m.tokenEnd, actors: [m.actor], sector: groupSector(doc, layer, m, sectors) })),
  );
}

function onlyCommas(tokens: Token[], from: number, to: number, modifier: Set<number>): boolean {
  for (let k = from; k < to; k++) if (!modifier.has(k) && tokens[k].text !== "," && tokens[k].lower !== "the") return false;
  return true;
}

/** Tokens between two mentions that join them into one group: "and", "or", ",", "as well as". */
export function joinable(tokens: Token[], from: number, to: number, modifier: Set<number>): boolean {
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

export interface RawEvent {
  type: string;
  cameo: string;
  source: number[];
  target: number[];
  trigger: number;
  triggerEnd: number;
  rule: string;
  /** the clause's governing verb for status (purpose clauses take their main verb's status) */
  statusVerb: number;
  /** a status fixed by the rule that found it (a speech act: the saying occurred) */
  status?: "occurred" | "ongoing" | "planned" | "claimed" | "denied" | "hypothetical";
  /** the act was refused ("refused to meet"): the refusal is the event */
  refused?: boolean;
  /** a reporting verb that carries no act here ("warned that Russia was contemplating a coup"): no event, and no other rule gives it a party */
  noAct?: boolean;
  /** who of a state acts and is acted on ("Iraqi Kurds" CVL, "Iraq" GOV): for acts inside one state */
  sourceSector?: string | null;
  targetSector?: string | null;
}

/** acts of force (events of these types are done with arms or police, not words) */
export const FORCE_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "COERCE", "MOBILIZE"]);
/** hostile acts that an announced intent makes threats of ("said it would strike", "vowed to drive out") */
export const INTENT_TO_HARM: ReadonlySet<string> = new Set([...FORCE_TYPES, "SANCTION"]);

/** The states of the actors, without the ones that have none. */
export function statesOf(env: SentenceEnv, actors: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) {
    const st = stateOf(env, a);
    if (st !== null) out.add(st);
  }
  return out;
}

/** An actor's state: its own code, else the country of a person, group or place; null when it has none. */
export function stateOf(env: SentenceEnv, i: number): string | null {
  const a = env.layer.actors[i];
  return a.code ?? a.country ?? null;
}
