// Rules that give an event the party its trigger's own pattern leaves out: a protest's target
// from its purpose, a bare agreement's or refusal's from its complement, the place of an attack no
// one is named for, obligations in reported speech, and who must meet a condition.
import { topicGroup } from "./topic-parties.js";
import { type Trigger, type SentenceEnv, type RawEvent } from "./sentence-env.js";
import { isPlace, REPORTING_VERBS } from "./find-parties.js";
import type { Group } from "./sentence-env.js";
import type { Quote, Token } from "../../model/types.js";
import { unassertedClause, clauseStartOf } from "./event-status.js";
import { REBELS } from "./domestic.js";

/** "unless Israel rescinded", "if the United States goes ahead": who must meet the condition (ids). */
export function conditionParties(env: SentenceEnv, from: number, source: string[]): string[] | null {
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

/**
 * "X said that China must drop barriers", "“Libya has to hand over the suspects,” the minister said":
 * an obligation laid on someone in reported words is a demand (REQUEST) of the speaker.
 */
export function obligations(env: SentenceEnv, parts: ReadonlyMap<string, string>): [RawEvent, Trigger][] {
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
    // "the deal with Iran should be amended", "the campaign to take Raqqa should be accelerated": the
    // party is the object of a preposition or a verb, not the one obliged
    if (!subjectPosition(tokens, env.groups[gi].first, s.first, env.heads)) continue;
    // "the artillery that the Ukrainians need to support their defence", "every pathway Iran has to
    // get to a weapon": a need in a clause that qualifies a thing says what it is for, demands nothing
    if (w !== "must" && w !== "should" && relativeSubject(tokens, env.groups[gi].first, s.first)) continue;
    // "asked Ofcom to look at whether RT should be allowed to broadcast": a question, no demand
    if (askedOver(tokens, env.groups[gi].first, s.first, env.senses.askVerbs)) continue;
    // "Holder or Kerry should have gone in his place": a past counterfactual reproaches, demands nothing
    if (counterfactual(tokens, w === "must" || w === "should" ? k + 1 : k + 2, s.last)) continue;
    // "I have never suggested that Israel should trade away its security": words that do not assert it
    if (unassertedClause(tokens, s, clauseStartOf(tokens, s, k), env.senses)) continue;
    const trig: Trigger = { at: k, end: /^(has|have|needs|need|ought)$/.test(w) ? k + 2 : k + 1, verb: undefined, noun: undefined };
    // (armed rebels who lay an obligation on their government demand of the other side of a conflict:
    // "Rwandan rebels announced that President Kagame must agree" keeps the rebels' sector, so the
    // demand is between two parts of one state; a politician's "the UK should" is domestic debate,
    // whose speaker stays of no part, as before)
    const own = layer.actors[speaker].sector;
    const sourceSector = own && parts.get(own) === REBELS ? own : null;
    // the demand is made by saying it: it occurred when the words were said, whatever the modal
    // ("should", "must") says of the act demanded; a speaker who "will say" has not yet demanded
    const status = reportedLater(env, q) ? ("planned" as const) : ("occurred" as const);
    out.push([{ type: "REQUEST", cameo: "100", source: [speaker], target: env.groups[gi].actors, trigger: k, triggerEnd: trig.end, rule: "events/obligation", statusVerb: k, status, refused: undefined, noAct: undefined, sourceSector, targetSector: env.groups[gi].sector ?? null }, trig]);
  }
  return out;
}

/** The word before a group (over its determiners and modifiers) leaves it a clause's subject: not a
 *  preposition ("with Iran"; "by Russia" names the agent) nor an infinitive's verb ("to take Raqqa"). */
function subjectPosition(tokens: Token[], first: number, sFirst: number, heads: ReadonlyMap<string, string>): boolean {
  let p = first - 1;
  while (p >= sFirst && /^(DET|ADJ)$/.test(tokens[p].pos)) p--;
  if (p < sFirst) return true;
  const t = tokens[p];
  // ("the rebels in Darfur must", "officials in Kyiv should": people the place locates stand for it)
  if (/^(in|from|of)$/.test(t.lower) && heads.has(tokens[p - 1]?.lower ?? "")) return true;
  // ("attacks by Russia must cease": the agent of the subject's act is the one obliged)
  // ("firms such as Google should pay": examples of the subject)
  if (t.pos === "ADP" && t.lower !== "that" && t.lower !== "by" && !(t.lower === "as" && tokens[p - 1]?.lower === "such")) return false;
  return !(t.pos === "VERB" && tokens[p - 1]?.lower === "to");
}

/** The subject at `first` opens a clause that qualifies the noun before it: right after the noun
 *  ("the weapons Ukraine needs to") or after its "that" or "which" ("the arms that Kyiv has to"). */
function relativeSubject(tokens: Token[], first: number, sFirst: number): boolean {
  let p = first - 1;
  if (p >= sFirst && /^(that|which)$/.test(tokens[p].lower)) p--;
  return p >= sFirst && tokens[p].pos === "NOUN";
}

/** The subject at `first` opens an indirect question: "whether RT should", "asked if Kyiv must". */
function askedOver(tokens: Token[], first: number, sFirst: number, askVerbs: ReadonlySet<string>): boolean {
  const p = first - 1;
  if (p < sFirst) return false;
  if (tokens[p].lower === "whether") return true;
  return tokens[p].lower === "if" && p - 1 >= sFirst && askVerbs.has(tokens[p - 1].lower);
}

/** "should have gone", "must not have known", "shouldn't have invaded": the modal over a perfect (its past participle) at `k`. */
function counterfactual(tokens: Token[], k: number, last: number): boolean {
  while (k < last && (tokens[k].pos === "ADV" || /^(not|n't|n’t)$/.test(tokens[k].lower))) k++;
  return tokens[k]?.lower === "have" && k + 1 < last && tokens[k + 1].pos === "VERB" && tokens[k + 1].lower !== "to";
}

/** "Biden will say that China must ...", "is expected to tell Iran it should ...": the words are still to
 *  be said. Looks at the few words before the quote's cue verb in the sentence. */
function reportedLater(env: SentenceEnv, q: Quote): boolean {
  const { tokens, s } = env;
  if (!q.cue) return false;
  const cue = q.cue.toLowerCase();
  for (let k = s.first; k < s.last; k++) {
    if (tokens[k].lower !== cue) continue;
    for (let j = Math.max(s.first, k - 3); j < k; j++) if (/^(will|'ll|shall)$/.test(tokens[j].lower) || (/^(expected|set|due|going)$/.test(tokens[j].lower) && tokens[j + 1]?.lower === "to")) return true;
  }
  return false;
}

// bare agreements and refusals whose complement names the other party
export const ENDED_PROTEST_CUES = /^(with|against|by|over)$/;

export const BARE_COMPLEMENT = /^events\/verb:(agree|offer|pledge|promise|accept-proposal|refuse|reject|oppose|decline|threaten)(\+infinitive)?$/;

/** A word of when between a verb and its complement ("threatened Monday to resume", "agreed again on"): a day, or one of WHEN_ADVERBS. */
export function whenWord(env: SentenceEnv, lower: string): boolean {
  return env.senses.timePhrases.days.has(lower) || WHEN_ADVERBS.test(lower);
}
const WHEN_ADVERBS = /^(again|also|now|then|once|finally|reportedly|on)$/;

export const CLAUSE_END = /^(if|unless|but|because|although|though|while|whereas|after|before|as|when|since|despite|amid)$/;

export const OWN_CLAUSE = /^(that|which|who|whom|whose|where|it|he|she|they|we|i)$/;

/** An auxiliary and a verb right after a group ("Russia had proposed"): the group is a clause's subject ("let Ukraine join" is no clause). */
export function ownVerbAfter(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  let q = k;
  let aux = false;
  for (; q < s.last && (tokens[q].pos === "ADV" || tokens[q].pos === "AUX"); q++) if (tokens[q].pos === "AUX") aux = true;
  return aux && q < s.last && tokens[q].pos === "VERB";
}

/** The first party named in the complement of an agreement: "agreed to re-open its borders to UN peacekeepers". */
export function complementTarget(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s, groups, groupAt } = env;
  // ("threatened Monday to resume", "agreed on Friday to")
  let from = ev.triggerEnd;
  while (from < s.last && from - ev.triggerEnd < 3 && whenWord(env, tokens[from].lower)) from++;
  const next = tokens[from]?.lower;
  if (next !== "to" && next !== "on" && next !== "upon") return;
  for (let k = from; k < Math.min(s.last, from + 16); k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === "," || CLAUSE_END.test(t.lower) || env.inQuote[k] !== env.inQuote[ev.trigger]) return;
    // "refused to give succour to suggestions it was preparing strikes against Iran": a clause with
    // its own subject or a relative clause is another act, and its parties are not this one's
    if (OWN_CLAUSE.test(t.lower) || (t.pos === "AUX" && k > from + 1)) return;
    const gi = groupAt[k - s.first];
    if (gi < 0 || groups[gi].first !== k) continue;
    const g = groups[gi];
    // ("refused to deploy to Ukraine", "agreed to travel to Moscow": where the doer itself goes or
    // serves is no party; senses.selfMotionVerbs)
    if (destination(env, from, k)) continue;
    // ("agreed to work together on North Korea", "offered to help on Libya": what the act is about; topic-parties.ts)
    if (topicGroup(env, ev.type, g)) continue;
    // (a group that is the subject of a verb of its own: "agreed to talks Russia had proposed")
    if (ownVerbAfter(env, g.last)) return;
    if (g.actors.some((a) => ev.source.includes(a))) continue;
    ev.target = g.actors;
    ev.targetSector = g.sector ?? null;
    ev.rule += "+complement";
    return;
  }
}

/** "deploy to Ukraine", "go into Syria": the act's verb is one of the doer's own moving, right before
 *  the preposition of its destination; the place it reaches is no party of a verb that governs it. */
export function ownDestination(env: SentenceEnv, ev: RawEvent): boolean {
  const { tokens } = env;
  return env.senses.selfMotionVerbs.has(tokens[ev.trigger].lower) && /^(to|in|into)$/.test(tokens[ev.triggerEnd]?.lower ?? "");
}

/** The group at k follows "to", "in" or "into" (over an article) after a verb of one's own moving that the complement at `from` opens. */
function destination(env: SentenceEnv, from: number, k: number): boolean {
  const { tokens } = env;
  let p = k - 1;
  if (/^(the|a|an)$/.test(tokens[p]?.lower ?? "")) p--;
  if (!/^(to|in|into)$/.test(tokens[p]?.lower ?? "")) return false;
  for (let q = p - 1; q > from && p - q <= 3; q--) {
    if (env.senses.selfMotionVerbs.has(tokens[q].lower) && tokens[q - 1]?.lower === "to") return true;
    if (tokens[q].pos !== "ADV" && tokens[q].pos !== "ADP") return false;
  }
  return false;
}

export const PROTEST_CUES = /^(against|protest|protests|protesting|protested|demand|demands|demanding|demanded|calling|over|by|defiance|denounce|denouncing|condemn|condemning|disapproval|anger|outrage|opposition|press|pressure|urge|convince|persuade|force)$/;

/** The one a protest is against: the first party after a cue word ("against", "to protest", "demanding ... by"). */
export function protestTarget(env: SentenceEnv, ev: RawEvent, cues: RegExp = PROTEST_CUES): void {
  const { tokens, s, groups, groupAt, layer } = env;
  let cue = false;
  for (let k = ev.triggerEnd; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === ";" || env.inQuote[k] !== env.inQuote[ev.trigger]) return;
    // ("held a protest in a shopping centre": the act's own object noun is no cue; "in protest at" is one)
    if (cues.test(t.lower) && !ownObjectNoun(env, ev, k)) cue = true;
    const gi = groupAt[k - s.first];
    if (gi < 0 || groups[gi].first !== k) continue;
    const g = groups[gi];
    if (!cue || g.actors.every((a) => layer.actors[a].kind === "location")) continue;
    // ("... and Swedish security forces did nothing": a party that opens a clause of its own is no target)
    if (opensClause(env, g)) return;
    // the same state stands on both sides only as two of its parts ("landowners" against "government
    // forces"); the first party after the cue is the one protested against, so one of the protesters'
    // own side there leaves the protest without a target ("Palestinians protested against the
    // Palestinian Authority's talks with Israel" is no protest against Israel)
    const same = g.actors.some((a) => ev.source.includes(a)) && (g.sector ?? null) === (ev.sourceSector ?? null);
    if (same) return;
    ev.target = g.actors;
    ev.targetSector = g.sector ?? null;
    ev.rule += "+protest-target";
    return;
  }
}

/** The cue word at k heads the trigger's own direct object ("staged a protest", "held protests"), past determiners and modifiers. */
function ownObjectNoun(env: SentenceEnv, ev: RawEvent, k: number): boolean {
  const { tokens } = env;
  if (tokens[k].pos !== "NOUN" || k - ev.triggerEnd > 3) return false;
  for (let q = ev.triggerEnd; q < k; q++) if (!/^(DET|ADJ|NUM)$/.test(tokens[q].pos)) return false;
  return true;
}

/** The group is the subject of a verb of its own right after it (past its head nouns and adverbs): "and Swedish security forces did nothing". */
function opensClause(env: SentenceEnv, g: Group): boolean {
  const { tokens, s } = env;
  let q = g.last;
  while (q < s.last && (tokens[q].pos === "NOUN" || tokens[q].pos === "ADV")) q++;
  return q < s.last && (tokens[q].pos === "VERB" || tokens[q].pos === "AUX") && !/(ing)$/.test(tokens[q].lower) && tokens[g.first - 1]?.lower === "and";
}

/**
 * "Thousands of people protested in Tbilisi", "Hundreds of thousands of people blocked streets in Hong
 * Kong in defiance of Chinese authorities": a protest by the public that the text gives no state is
 * held by the people of the place it is held in. The doers' phrase before the verb ends in a head of
 * the public or of labour (groups.json CVL, LAB: "people", "protesters", "workers"), and no actor stands
 * in it; the place is the one after "in" in the verb's clause. What the protest is against comes after
 * (protestTarget).
 */
export function crowdPlace(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s, groupAt, groups, layer } = env;
  if (ev.type !== "PROTEST" || ev.source.length) return;
  let crowd = false;
  for (let k = ev.trigger - 1; k >= s.first && ev.trigger - k <= 8; k--) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || groupAt[k - s.first] >= 0) return;
    if (/^(CVL|LAB)$/.test(env.heads.get(t.lower) ?? "")) crowd = true;
  }
  if (!crowd) return;
  const placeGroup = (g: Group) => g.actors.every((a) => isPlace(env, a) || layer.actors[a].kind === "location");
  for (let k = ev.triggerEnd; k < Math.min(s.last, ev.triggerEnd + 8); k++) {
    if (tokens[k].pos === "VERB" || /^[,;:]$/.test(tokens[k].text)) return;
    const gi = groupAt[k - s.first];
    if (gi < 0 || groups[gi].first !== k) continue;
    if (!/^(in|at)$/.test(tokens[k - 1]?.lower ?? "") || !placeGroup(groups[gi])) continue;
    ev.source = groups[gi].actors;
    ev.sourceSector = "CVL";
    if (ev.target.every((a) => groups[gi].actors.includes(a))) [ev.target, ev.targetSector] = [[], null];
    ev.rule += "+crowd-place";
    return;
  }
}

export const PLACE_HEADS = /^(city|town|village|capital|province|region|district|port|area)$/;

/**
 * "killing about 20 people, relief officials in Nairobi said", "diplomatic sources in Pakistan
 * reported": a place inside the phrase of those who relay the news is where they are, not where the
 * act happened nor whom it struck. The group's phrase runs on to a reporting verb, over a time ("in
 * Nairobi on Monday said").
 */
export function relayingPlace(env: SentenceEnv, g: Group): boolean {
  const { tokens, s } = env;
  for (let k = g.last; k < Math.min(s.last, g.last + 4); k++) {
    if (REPORTING_VERBS.test(tokens[k].lower)) return true;
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX" || /^[,;.:"“”]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * "captured a stronghold on the Thai border", "fighting near the Afghan frontier": a state's border
 * after a preposition of place is where the act was, on either side of it; no party. ("Thai border
 * guards", "Thai border villages": a noun after "border" heads a phrase of its own, which stays.)
 */
export function borderPlace(env: SentenceEnv, g: Group): boolean {
  const { tokens } = env;
  if (!/^(border|borders|frontier|frontiers|borderlands)$/.test(tokens[g.last]?.lower ?? "")) return false;
  // ("near the Turkish border yesterday": a time is no head)
  const next = tokens[g.last + 1];
  if (next && /^(NOUN|PROPN)$/.test(next.pos) && !timeNoun(env, next.lower)) return false;
  let p = g.first - 1;
  if (/^(the|a|an)$/.test(tokens[p]?.lower ?? "")) p--;
  return /^(on|at|near|along|across|by|over|close)$/.test(tokens[p]?.lower ?? "");
}

/** "yesterday", "Monday", "morning", "overnight": a noun of time, no head of the phrase before it */
function timeNoun(env: SentenceEnv, lower: string): boolean {
  const time = env.senses.timePhrases;
  return time.days.has(lower) || time.units.has(lower) || lower === "overnight";
}

/** The place (an actor index) of an attack by a weapon with no one named behind it, when the sentence (from
 * token `from`: the weapon's own clause, find-parties weaponClauseStart) names one state's place. */
export function unattributedAttackPlace(env: SentenceEnv, target: number[], from = env.s.first): number | null {
  const { tokens, s, layer } = env;
  let weapon = false;
  // ("a gas explosion killed 270 miners", "the worst mine disaster": an accident, no weapon's blast;
  // senses.accidentBlasts, accidentHeads; 'rocket fire' stays a weapon's: only a workplace word has heads)
  for (let k = s.first; k < s.last; k++) {
    if (!env.senses.weaponBlasts.has(tokens[k].lower)) continue;
    const before = k > s.first ? tokens[k - 1].lower : "";
    const after = k + 1 < s.last ? tokens[k + 1].lower : "";
    if (!env.senses.accidentBlasts.has(before) && !env.senses.accidentHeads.get(tokens[k].lower)?.has(after)) weapon = true;
  }
  if (!weapon) return null;
  const places = new Map<string, number>();
  for (let k = from; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (!m || m.token !== k || target.includes(m.actor)) continue;
    // ("the carpet bombing of Dresden and atomic bombing of Japan": the place after "of" and a noun of
    // the strike is what was struck, not where a strike with no doer was made from)
    const b = tokens[k - 1]?.lower === "the" ? k - 2 : k - 1;
    const struck = tokens[b - 1]?.lower ?? "";
    if (b > s.first && tokens[b].lower === "of" && (env.senses.weaponBlasts.has(struck) || env.senses.attackNouns.heads.has(struck))) continue;
    // ("..., officials in Nairobi said": where the news came from)
    const gi = env.groupAt[k - s.first];
    if (gi >= 0 && relayingPlace(env, env.groups[gi])) continue;
    const a = layer.actors[m.actor];
    // "near the town of Samarra", "outside of the Iraqi city of Basra"
    const place = a.kind === "location" || (a.kind === "country" && (isPlace(env, m.actor) || PLACE_HEADS.test(tokens[m.tokenEnd]?.lower ?? "")));
    const code = a.code ?? a.country ?? null;
    if (place && code && !places.has(code)) places.set(code, m.actor);
  }
  return places.size === 1 ? [...places.values()][0] : null;
}

/**
 * "were killed in a Ukrainian drone strike on a warehouse close to Moscow", "injured in Russian rocket
 * strikes on railway stations in Vinnytsia": a target of an attack with no doer of its own that is a
 * demonym right before a noun of the strike (senses.attackNouns, over weapon words) is the strike's
 * doer, never the one struck; for an act named by a noun (`noun`, its token), only that noun's
 * demonym. Its actor index, or null.
 */
export function attackerDemonym(env: SentenceEnv, target: number[], noun = -1): number | null {
  const { tokens, s, layer } = env;
  const { heads, weapons } = env.senses.attackNouns;
  for (let k = s.first; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (!m || m.token !== k || !target.includes(m.actor) || !m.rule.endsWith("demonym")) continue;
    // ("anti-Russian attacks", "pro-Ukrainian raids": a prefix glued by a hyphen turns the demonym around)
    if (tokens[k - 1]?.text === "-" && !tokens[k].spaceBefore) continue;
    let q = m.tokenEnd;
    while (q < s.last && q - m.tokenEnd < 3 && weapons.has(tokens[q].lower)) q++;
    // (an act named by a noun is that noun's strike: "the 2001 al Qaeda attacks on New York and
    // Washington or the Japanese bombing of Pearl Harbor" gives "attacks" no Japanese doer)
    if (q < s.last && heads.has(tokens[q].lower) && (noun < 0 || q === noun)) return m.actor;
  }
  return null;
}

/**
 * "Sudan agreed to allow UN peacekeepers into Darfur", "Iran allowed IAEA inspectors into the Fordow
 * site": the party let in stands in the object of a verb of admitting; the place after "into" or "to"
 * is where, not whom. Only when the pattern found no party but places or the doer's own state
 * ("allowed aid into Gaza" keeps Gaza, a party the aid is for).
 */
export function admittedParty(env: SentenceEnv, ev: RawEvent): void {
  const { tokens, s, groups, groupAt, layer } = env;
  const own = (a: number) => ev.source.some((x) => (layer.actors[x].code ?? layer.actors[x].country) === (layer.actors[a].code ?? layer.actors[a].country));
  if (ev.target.some((a) => !own(a) && !isPlace(env, a))) return;
  for (let k = ev.triggerEnd; k < Math.min(s.last, ev.triggerEnd + 4); k++) {
    const gi = groupAt[k - s.first];
    if (gi >= 0) {
      const party = groups[gi].actors.filter((a) => layer.actors[a].kind !== "location" && !own(a));
      if (party.length) [ev.target, ev.targetSector, ev.rule] = [party, groups[gi].sector ?? null, `${ev.rule}+admitted`];
      return;
    }
    if (tokens[k].pos !== "DET" && tokens[k].pos !== "ADJ") return;
  }
}
