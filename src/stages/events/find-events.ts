// Event stage: who did what to whom, per sentence, without a parser run first. Triggers come from
// the pattern dictionary (verbs with their particles, objects and prepositions; event nouns);
// subjects and objects are found by walking the tagged tokens: actor groups ("Russia and Iran"),
// prepositional phrases, relative clauses ("Pezeshkian, who won"), passives ("were imposed on
// Russia by the EU"), purpose clauses ("are meeting in Moscow to sign"). Status, date and place
// come from the words around the trigger.
import { oneSidedPledge } from "./joint-pledges.js";
import { partyPreps, topicGroup, topicNounAfter, topicPreposition } from "./topic-parties.js";
import type { Actor, ActorKind, Doc, EventRecord, Quote, Sentence, Token } from "../../model/types.js";
import { actorOnSide } from "./actor-side.js";
import type { EventLexicon, VerbPattern } from "../../lexicon/compile-events.js";
import type { ActorLayer } from "../actors/actor-layer.js";
import { eventStatus, framedNoun, ownStatedFuture, deniedByClause, ownedActStatus, namedOwner, IRREGULAR_PAST, pastAfterModalClause, clauseStartOf, type Status } from "./event-status.js";
import { questionReading } from "./questions.js";
import { narratorAside } from "./narrator-asides.js";
import { firstTokenAt, actorGroups, stateOf, FORCE_TYPES, INTENT_TO_HARM, SYMMETRIC, OPENING_QUOTE, type Group, type Trigger, type SentenceEnv, type RawEvent } from "./sentence-env.js";
import { clausePartaker, answeringSubject } from "./partaker.js";
import { REPORTING_VERBS, relationWith, isPassive, participleShape, governingVerb, subjectBefore, groupBetween, partiesBetween, nearestGroupBefore, firstSubjectGroup, objectAfter, groupAfterWord, timeAdjunctEnd, isPlace, weaponClauseStart, holderModifier, backerModifier, clauseVerbAfterNoun, allegingVerb, pronounPossessor, pronounState, nounOwner, possessorConjuncts, otherSubject, unnamedCollectiveSubject, reporterOfCoordinate } from "./find-parties.js";
import { speechActs, speechTarget } from "./speech-acts.js";
import { labelledActs } from "./labelled-acts.js";
import { quotedActs } from "./quoted-acts.js";
import type { SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import { oneEventPerAct } from "./one-event-per-act.js";
import { calledOffPlans } from "./called-off-plans.js";
import { conditionalThreats } from "./conditional-threats.js";
import { demandedNouns, mandativeRequests } from "./mandative-requests.js";
import { twoSidesOfOneState } from "./domestic.js";
import { relationPossessor } from "./relation-possessors.js";
import { partyAttack } from "./party-attacks.js";
import { backgroundMention } from "./background-mention.js";
import { suppliedArms, supplierModifier } from "./supplied-arms.js";
import { massedForces } from "./massed-forces.js";
import { preparedAttacks, preparedFor } from "./prepared-attacks.js";
import { builtForces } from "./built-forces.js";
import { ultimatums } from "./ultimatums.js";
import { endedTolerance } from "./ended-tolerance.js";
import { doersPledge, doersWord, doersWordAfter } from "./own-word.js";
import { repelledForces } from "./repelled-forces.js";
import { vowedFights } from "./vowed-fights.js";
import { pledgeReporter } from "./stated-pledges.js";
import { vowedResponses } from "./vowed-responses.js";
import { askedCondition, reciprocalCondition } from "./asked-conditions.js";
import { heldAbroad } from "./held-abroad.js";
import { heldBy } from "./held-by.js";
import { ownFolk } from "./own-folk.js";
import { advisedFolk } from "./advised-folk.js";
import { deniedClaims } from "./denied-claims.js";
import { expectedDoer } from "./expected-doers.js";
import { reporterAsides } from "./reporter-asides.js";
import { tradeFlowTargets } from "./trade-flows.js";
import { namedMembers } from "./named-members.js";
import { affairPlaces } from "./affair-places.js";
import { wantedActs } from "./wanted-acts.js";
import { capturedFrom } from "./captured-from.js";
import { retakenGround } from "./retaken-ground.js";
import { helpedBy } from "./helped-by.js";
import { verbalHelp } from "./verbal-help.js";
import { armsSale } from "./arms-sales.js";
import { recordNamedSides, type NamedSidesLog } from "./named-sides.js";
import { arrestCharges } from "./arrest-charges.js";
import { expelledParties } from "./expelled-parties.js";
import { custodyHarms } from "./custody-harms.js";
import { farAccusers, participleAgent } from "./far-accusers.js";
import { arrivals } from "./arrivals.js";
import { releasedHeld } from "./released-held.js";
import { aidContainer } from "./aid-containers.js";
import { sentRelatives } from "./sent-relatives.js";
import { modalBefore, type ModalWords } from "./modal-before.js";
import { displacedPeople } from "./displaced-people.js";
import { journeyTalks } from "./journey-talks.js";
import { writtenRequests } from "./written-requests.js";
import { ownPeople } from "./own-people.js";
import { orderedTo } from "./ordered-to.js";
import { coordinatedTo } from "./coordinated-infinitives.js";
import { sharedObjects } from "./shared-objects.js";
import { gappedClauses } from "./gapped-clauses.js";
import { jointPartners } from "./joint-partners.js";
import { reciprocalActs } from "./reciprocal-acts.js";
import { fightsBetween } from "./fights-between.js";
import { forPartyTarget } from "./for-party.js";
import { rejectedProposals, refusedActs, admissions } from "./rejected-proposals.js";
import { refusedComments } from "./refused-comments.js";
import { forumProtection } from "./forum-protection.js";
import { rejectedBy } from "./rejected-by.js";
import { partyModifier } from "./party-modifier.js";
import { measureNamedAfter } from "./named-measures.js";
import { roundOwner } from "./measure-rounds.js";
import { passiveRelativeDoer } from "./passive-relatives.js";
import { objectGapAntecedent } from "./object-gaps.js";
import { publicOccupation } from "./public-occupation.js";
import { pressedRefusals } from "./pressed-refusals.js";
import { objectMakers } from "./object-makers.js";
import { inspectedPlace } from "./inspected-places.js";
import { investigatedHarm } from "./investigated-harms.js";
import { breachedMeasure } from "./breached-measures.js";
import { sanctionAim } from "./sanction-aims.js";
import { conditionParties, obligations, ENDED_PROTEST_CUES, BARE_COMPLEMENT, complementTarget, protestTarget, unattributedAttackPlace, attackerDemonym, ownDestination, admittedParty, relayingPlace, borderPlace, crowdPlace } from "./target-rules.js";
import { negationReading } from "./negated-acts.js";
import { frontedNegative } from "./fronted-negatives.js";
import { firstPersonOwner } from "./first-person.js";
import { statelessParty } from "./stateless-groups.js";
import { offerCue, hostOffer, offerable, offeredMeeting } from "./offered-acts.js";
import { otherSense, objectHead, seemsAs, forSense, modifierOnly, negatedIntent, subjectiveOf, voidedSense, subjectSense, verbalAttack, heldBack, materialSupport, materielDefence, supportGift } from "./senses.js";
import { findDiscards, discardedSentence } from "./discards.js";
import { withoutAsides } from "./asides.js";
import { recallKnownActs, rememberAct, knownActMention, type KnownActs } from "./known-acts.js";
import { permittingVerb } from "./allowed-acts.js";
import { possessedAppeal } from "./possessed-appeals.js";
import { reinforcedAllies } from "./reinforced-allies.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { compileRuleGates, GATE, openRules, type RuleGates } from "./rule-gates.js";

/** a resolved date; start: where its words begin in the text, when the text states it */
export interface ResolvedDate {
  /** null: the text puts the act in a past it does not measure ("years ago") */
  date: string | null;
  source: string;
  rule: string;
  start?: number;
}

export interface EventStageContext {
  patterns: EventLexicon;
  /** resolves the date of an event from its sentence; null when the text states none */
  resolveDate: (span: { start: number; end: number }, tense: "past" | "future" | "present", focus: number) => ResolvedDate | null;
  published: string | null;
  /** the date of an act mentioned in passing: the resolved date only when it lies in the mention's phrase */
  backgroundDate: (found: ResolvedDate | null, mention: { start: number; end: number }) => ResolvedDate | null;
  /** group head nouns → sector (lexicon.groupHeads) */
  groupHeads: ReadonlyMap<string, string>;
  /** a sector → the part of a state it belongs to (lexicon.stateParts): which acts inside one state are events */
  stateParts?: ReadonlyMap<string, string>;
  /** cues of acts done by saying something (data/speech-acts.json) */
  speechActs?: SpeechActLexicon;
  /** sense, status and discard word lists (data/event-senses.json) */
  senses: SenseLexicon;
  /** the words the word-led rules start from (rule-gates.ts), compiled once per engine; built here when absent */
  gates?: RuleGates;
}


// acts done for another's good, whose party is the one they are for
const BENEFITS = new Set(["SUPPORT", "AID", "COOPERATE"]);

// acts on a thing that fall on its owner ("a British tanker seized", "a Ukrainian village shelled")
const OWNER_STRUCK = new Set(["ASSAULT", "COERCE", "SANCTION"]);

const PLACE_TARGET_TYPES = new Set(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"]);
const PLACE_PREPS = ["in", "into", "on", "at", "near"];

/** The token at `q` is a month's name inside the sentence, capital and all ("since March", "in May"): a date.
 * Not in a headline or a run of capitalised words, where every word has its capital ("Protesters Held A
 * March Against Putin"), unless a day's number follows ("A March 3 Rally"). */
function monthName(env: SentenceEnv, q: number): boolean {
  const { tokens, s } = env;
  const t = tokens[q];
  if (q <= s.first || !/^[A-Z]/.test(t.text) || !env.senses.timePhrases.months.has(t.lower)) return false;
  if (q + 1 < s.last && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[q + 1].text)) return true;
  return !s.headline && !/^[A-Z]/.test(tokens[q - 1].text);
}

/**
 * The group `g` is a town or region (no state) after "at" or "in" that follows a common noun after the
 * verb ending at `end` ("ask the court at The Hague"): it places that noun. "lashed out at Moscow"
 * (the verb's own "at") and "asked Poland at the summit" are not.
 */
function objectsPlace(env: SentenceEnv, g: Group, end: number): boolean {
  const { tokens, s } = env;
  // (a capital stands for its government: "warned of strikes at Washington and Seoul")
  if (!g.actors.every((a) => env.layer.actors[a].kind === "location" && env.layer.actors[a].sector !== "GOV")) return false;
  let q = g.first - 1;
  if (q > s.first && tokens[q].pos === "DET" && env.groupAt[q - s.first] < 0) q--;
  return q > end && /^(at|in)$/.test(tokens[q].lower) && tokens[q - 1].pos === "NOUN" && env.groupAt[q - 1 - s.first] < 0;
}

/** "struck (military) targets", "hit energy infrastructure": the object after `k`, over modifiers, is a generic site (senses.spreadPlaces.objects). */
function spreadObject(tokens: Token[], k: number, last: number, lex: SenseLexicon): boolean {
  for (let q = k; q < last && q - k <= 4; q++) {
    if (lex.spreadPlaces.objects.has(tokens[q].lower)) return true;
    if (!/^(DET|ADJ|NOUN|NUM)$/.test(tokens[q].pos) && tokens[q].text !== "-") return false;
  }
  return false;
}
const spreadPreps = new WeakMap<string[], string[]>();
/** the place prepositions with those of spread ("across", "throughout"), built once per lexicon */
const PLACE_PREPS_SPREAD = (spread: string[]): string[] => {
  let all = spreadPreps.get(spread);
  if (!all) spreadPreps.set(spread, (all = [...PLACE_PREPS, ...spread]));
  return all;
};


// acts of fighting that two sides do to each other ("fighting between", "clashes between")
const FIGHTING = /^(fighting|fight|fights|clash|clashes|clashed|battle|battles|battling|war|hostilities|skirmishes|combat)$/;

const OBJECT_PRONOUN = /^(it|them|him|her|us|me|itself|themselves|himself|herself|ourselves)$/;

const FRONTED = new Set(["amid", "after", "despite", "following", "since", "with", "under", "before", "during"]);

const REQUESTING = /^(urge|urges|urged|urging|ask|asks|asked|asking|call|calls|called|calling|press|pressed|pressing|persuade|persuaded|invite|invited|encourage|encouraged|push|pushed|advise|advised|pressure|pressured|pressuring|demand|demanded|want|wants|wanted|tell|told)$/;

const BOILERPLATE = /\b(for (a )?comment|request for comment|declined to comment|did not (immediately )?respond|could not be reached|not immediately available)\b/i;

// "urged the US to return", "asked Iran to release": the complement's doer is the object
const OBJECT_CONTROL = /^(urge|urges|urged|urging|ask|asks|asked|asking|call|calls|called|calling|press|pressed|pressing|persuade|persuaded|allow|allows|allowed|permit|permits|permitted|enable|enables|enabled|order|ordered|invite|invited|encourage|encouraged|force|forced|help|helped|push|pushed|tell|told|advise|advised|pressure|pressured|pressuring|prompt|prompted|prompting|demand|demanded|want|wants|wanted)$/;

const LIGHT_VERBS = /^(speed|speeded|sped|accelerate|accelerated|complete|completed|order|ordered|orders|announce|announced|announces|approve|approved|authorize|authorized|authorise|authorised|launch|launched|launches|launching|stage|staged|stages|staging|hold|held|holds|holding|begin|began|begun|begins|start|started|starts|conduct|conducted|conducts|carry|carried|mount|mounted|wage|waged|wages|continue|continued|continues|make|made|makes|give|gave|gives|issue|issued|issues|undertake|undertook|undertaken|resume|resumed|step|stepped|escalate|escalated|intensify|intensified|deliver|delivered|express|expressed)$/;

/**
 * The verb of responding (senses.responseVerbs: "retaliated", "responded", "hit back") whose "with"
 * stands at `w`, over its complement ("responded to those strikes with"); -1 when none.
 */
function responseVerbBefore(env: SentenceEnv, w: number): number {
  const { tokens, s, groupAt } = env;
  for (let q = w - 1; q >= s.first && w - q <= 7; q--) {
    const t = tokens[q];
    // "hit back with", "struck back with": the verb and its particle, joined as the list has them
    const word = t.lower === "back" && q > s.first ? `${tokens[q - 1].lower}-back` : t.lower;
    if (env.senses.responseVerbs.has(word)) return t.lower === "back" ? q - 1 : q;
    // ("responded to the US strikes with": over the complement the response answers)
    if (!(/^(DET|ADJ|NOUN|NUM|PROPN)$/.test(t.pos) || t.lower === "to" || groupAt[q - s.first] >= 0)) return -1;
  }
  return -1;
}

// the possessives that own an effort ("commending its efforts")
const POSSESSIVES = /^(its|their|his|her)$/;

// ("Blair's refusal to accept the proposals": the noun refuses as the verb does)
const REFUSALS = /^(refuse|refuses|refused|refusing|refusal|refusals|decline|declines|declined|declining|reject|rejects|rejected|rejecting)$/;

// (without the parts of a state, every act inside one state is one side's)
const NO_PARTS: ReadonlyMap<string, string> = new Map();

type PartyHistory = { parties: number[]; source: number[]; at: number; background?: boolean }[];

export function findEvents(whole: Doc, wholeLayer: ActorLayer, quotes: Quote[], ctx: EventStageContext): EventRecord[] {
  // ("worth $1bn (£825m) for Ukraine", "an attack - its third this week - on Kyiv": every walk reads past the aside)
  const { doc, layer } = withoutAsides(whole, wholeLayer, (w) => ctx.patterns.verbs.has(w) || ctx.patterns.nouns.has(w));
  const tokens = doc.tokens;
  const inQuote = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    for (let i = firstTokenAt(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) if (inQuote[i] < 0) inQuote[i] = qi;
  });
  const out: EventRecord[] = [];
  const seen = new Set<string>();
  let lastParties: number[] = [];
  // the parties of the events emitted so far, for a phrase that counts its parties ("all three countries")
  const partyHistory: PartyHistory = [];
  const discards = findDiscards(doc, ctx.senses);
  // the last act of each type the article named, for a noun that names it again ("the invasion")
  const known: KnownActs = { acts: new Map(), sentence: -1 };
  // the pairs of parties named side by side, for "the two sides" (named-sides.ts)
  const namedSides: NamedSidesLog = { pairs: [], sentence: -1 };
  // each sentence's group index by token is a view of its own tokens' part of one array (a typed
  // array made per sentence cost more than the walk that fills it)
  const groupAtAll = new Int32Array(tokens.length);
  const gates = ctx.gates ?? compileRuleGates(ctx.senses, ctx.speechActs);
  for (const s of doc.sentences) {
    // a linked story's headline ("BLINKEN CONFIRMS IRAN SUPPLYING RUSSIA", "...Read more") is not this article's news
    if (s.end <= doc.bodyStart || s.headline) continue;
    // "The BBC has asked the White House for comment": the newsroom's own routine, not an event
    if (BOILERPLATE.test(doc.text.slice(s.start, s.end))) continue;
    // a linked story's "READ: ..." line, a sports or entertainment report
    if (discardedSentence(doc, s, ctx.senses, discards)) continue;
    // ("accused Kyiv's allies": the possessor of a noun of relation is no party)
    const groups = actorGroups(doc, layer, s, ctx.groupHeads).filter((g) => !relationPossessor(tokens, g, s.last, ctx.senses.relationNouns));
    const groupAt = groupAtAll.subarray(s.first, s.last).fill(-1);
    groups.forEach((g, gi) => {
      for (let k = g.first; k < g.last; k++) groupAt[k - s.first] = gi;
    });
    const env: SentenceEnv = { doc, layer, s, groups, groupAt, tokens, inQuote, quotes, lastParties, partyHistory, heads: ctx.groupHeads, senses: ctx.senses, partiesHere: undefined, lastPartiesAt: undefined, namedSides };
    known.sentence++;
    namedSides.sentence++;
    recordNamedSides(env, groups, namedSides);
    // the word-led rules whose words the sentence holds: the others would find nothing (rule-gates.ts)
    const open = openRules(tokens, s.first, s.last, gates);
    const raws = triggeredEvents(env, ctx);
    // "Armenia and Azerbaijan accused each other": each party's act on the others
    raws.push(...reciprocalActs(env, ctx.senses, raws));
    // "condemned and sanctioned Iran", "established ties with and opened an embassy in Iran": one object for both verbs
    sharedObjects(env, raws);
    harmInAttack(env, raws);
    // "A US citizen was detained in Russia": the place's state holds the people of another
    heldAbroad(env, ctx.senses, raws);
    // "two French nationals held by Iran were released": the holder frees the people of another state
    releasedHeld(env, ctx.senses, raws);
    // "Iran, Washington claims, has sent drones": the subject before the reporter's commas
    reporterAsides(env, ctx.senses, raws);
    // "imposed restrictions on arms sales to Turkey": the state a sanctioned flow of goods goes to
    tradeFlowTargets(env, ctx.senses, raws);
    // "halted gas supplies to two EU member states – Poland and Bulgaria": the named states, not the body
    namedMembers(env, ctx.senses, raws);
    // "complained over Benghazi": a place after a reproach's "over" names the affair, no party
    affairPlaces(env, ctx.senses, raws);
    // "retook the village from Russia": the holder a capture is taken from
    capturedFrom(env, ctx.senses, raws);
    // "NATO peacekeeping troops have arrived in Bosnia": peacekeeping, no visit
    arrivals(env, ctx.senses, raws);
    // "took in refugees fleeing Syria", "evacuated the wounded from Gorazde": aid to the state the people come from
    displacedPeople(env, ctx.senses, raws);
    // "U.S. and Russian negotiators return to Geneva for talks": talks between them, no visit of Geneva
    if (open & GATE.journeyTalks) raws.push(...journeyTalks(env, ctx.senses, raws));
    // "recaptured Ramadi with the help of Iran": the helper's aid to the clause's subject
    raws.push(...helpedBy(env, ctx.senses));
    // "penned an open letter to Putin urging him to free": the writer asks the addressee
    writtenRequests(env, ctx.senses, raws);
    // "the court ordered Russia to halt its offensive": a demand on Russia (first: the act ordered is the request's)
    if (open & GATE.orderedTo) raws.unshift(...orderedTo(env, ctx.senses, raws));
    // "forced the UN refugee agency out of the country", "ordered the diplomats to leave": an
    // expulsion (after orderedTo: the order's demand is the expulsion)
    if (open & GATE.expelledParties) raws.push(...expelledParties(env, ctx.senses, raws));
    // "Thailand's army declared martial law": on its own people
    ownPeople(env, ctx.senses, raws);
    // "arrested two men on charges of sabotage": the arrest is also an accusation
    raws.push(...arrestCharges(env, ctx.senses, raws));
    // "a British journalist died in Iranian custody": the custodian's state harmed the victim's
    if (open & GATE.custodyHarms) raws.push(...custodyHarms(env, ctx.senses, raws));
    // "was accused of misusing public funds, much of it embezzled, by officials": the far agent accuses
    farAccusers(env, ctx.senses, raws);
    allegedActs(env, raws);
    governedActs(env, raws, ctx);
    clauseTargets(env, raws, ctx, open);
    sayingActs(env, raws, ctx, open);
    // "Poland described this as a direct attack": a hostile label given to another's act accuses its doer
    if (open & GATE.labelledActs) raws.push(...labelledActs(env, ctx.speechActs, raws.map(([ev]) => ev), out));
    // "recaptured the village", "launched an offensive to retake Kherson": from its holder, not from
    // the taker's own state (after clauseTargets, which gives an attack its infinitive's place)
    retakenGround(env, ctx.senses, raws, out, ctx.stateParts ?? NO_PARTS);
    // "demanded the release of the journalist held by Russia": a request on the holder (after the
    // search for parties, which gives it the people held)
    heldBy(env, ctx.senses, raws);
    // "the Ukrainian government promised to help the people of Ukraine": no act between two parties
    ownFolk(env, ctx.senses, raws);
    // "the State Department warned American citizens in Russia to depart": advice to its own people
    advisedFolk(env, ctx.senses, raws);
    // "denied Nato was locked in a proxy war with Russia": a claim denied, no rejection of Nato
    deniedClaims(env, ctx.senses, raws);
    // "held joint drills with Russia": the subject cooperates with each partner after "with" (after
    // the search for parties, whose MOBILIZE toward the partners gives way)
    if (open & GATE.jointPartners) raws.push(...jointPartners(env, ctx.senses, raws));
    if (open & GATE.reinforcedAllies) raws.push(...reinforcedAllies(env, ctx.senses, raws));
    // "Poland expelled 45 diplomats, Germany 40": each remnant's subject does the act (after the
    // search for parties, whose target the remnants share)
    raws.push(...gappedClauses(env, raws));
    recallKnownActs(env, raws.map(([ev]) => ev), known);
    const before = out.length;
    lastParties = emitEvents(env, raws, ctx, out, seen, lastParties, partyHistory, known);
    // "“Russian forces are shelling Kharkiv,” Zelensky said": the speaker accuses the doer (quoted-acts.ts)
    out.push(...quotedActs(env, ctx.speechActs, out.slice(before), seen));
  }
  // "were due to meet on Friday, but the summit was cancelled": a plan called off is no plan
  return calledOffPlans(oneEventPerAct(out, layer.actors), doc, ctx.senses);
}

// The phases of one sentence are functions of their own: V8 recompiles a function whole each time one of its
// branches meets a new shape, and findEvents with all of them in its loop cost over a second of compile time each time.

/** each trigger's raw event, with the parties of a symmetric act found between them */
function triggeredEvents(env: SentenceEnv, ctx: EventStageContext): [RawEvent, Trigger][] {
  const tokens = env.tokens;
  const raws: [RawEvent, Trigger][] = [];
  for (const trig of findTriggers(env, ctx.patterns)) {
    const ev = trig.verb ? verbEvent(env, trig) : nounEvent(env, trig, ctx.patterns);
    if (!ev) continue;
    // "a meeting between Turkey's president, ... Finland and the Swedish prime minister": all parties
    // ("discuss the pact between Russia and Germany": the parties of the topic, not of the talk)
    const topic = !!trig.verb && ctx.senses.topicVerbs.has(tokens[ev.trigger].lower) && tokens[ev.triggerEnd]?.lower !== "between";
    // "because of fighting between Azerbaijanis and Armenians", "the two armies clashed between
    // the villages": a fight between parties is theirs, not the clause subject's; the first named
    // strikes the others (the verb only: a noun's "war between" or "trade clash between" is often a
    // figure or a forecast, "a proxy war between Russia and Nato", "could lead to a clash between")
    if (ev.type === "ASSAULT" && trig.verb && FIGHTING.test(tokens[ev.trigger].lower)) {
      const parties = partiesBetween(env, ev.triggerEnd);
      if (parties.length > 1) [ev.source, ev.target, ev.sourceSector, ev.targetSector, ev.rule] = [[parties[0]], parties.slice(1), null, null, `${ev.rule}+between`];
    }
    // "warned against any potential meeting between Russian and Nato troops": forces that meet
    // clash; a meeting of armed units is no talks (their commanders' meeting is)
    if (ev.type === "CONSULT" && trig.noun && unitsBetween(env, ev.triggerEnd)) continue;
    // "clashes between Indian and Chinese troops": both sides fire (fights-between.ts)
    const mutual = fightsBetween(env, ctx.senses, ev, trig);
    if (SYMMETRIC.has(ev.type) && !topic) {
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
    raws.push([ev, trig], ...mutual.map((m): [RawEvent, Trigger] => [m, trig]));
    // "Putin met Kim ..., where the two signed": the parties of this event for the next
    if (ev.source.length && ev.target.length) {
      env.lastParties = [...ev.source, ...ev.target];
      env.lastPartiesAt = ev.trigger;
      env.partiesHere = true;
    }
  }
  return raws;
}

/**
 * A verb's object between `from` and the infinitive's "to" at `to` that names parties or people
 * without naming an actor ("urged allies", "asked member states", "called on countries", "told
 * officials"): a head of senses.partyNouns, collectiveSubjects, personCountHeads or roleNouns. A
 * thing ("called for faster action to help") is no such object.
 */
function unnamedPartyObject(env: SentenceEnv, from: number, to: number): boolean {
  const { tokens, senses } = env;
  if (to - from < 1 || to - from > 5) return false;
  const head = tokens[to - 1];
  for (let k = from; k < to; k++) if (tokens[k].pos === "VERB" || tokens[k].text === "," || env.groupAt[k - env.s.first] >= 0) return false;
  // (a pronoun may stand for the actors just named: "signed an agreement calling for them to work together")
  // ("called on Arabs to unite", "urged Muslims to boycott": a people named in the plural, no actor of the lexicon)
  const people = head.pos === "PROPN" && /^[A-Z][a-z]+s$/.test(head.text);
  if (people && (to - from === 1 || (to - from === 2 && /^(on|upon)$/.test(tokens[from].lower)))) return true;
  if (head.pos !== "NOUN") return false;
  return senses.partyNouns.has(head.lower) || senses.collectiveSubjects.has(head.lower) || senses.personCountHeads.has(head.lower) || senses.roleNouns.has(head.lower);
}

/** The phrase after 'between' right after `k` ends in a noun of armed units (senses.unitNouns): "between Russian and Nato troops". */
function unitsBetween(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  if (tokens[k]?.lower !== "between") return false;
  let r = k + 1;
  while (r < s.last && r - k < 12 && /^(NOUN|PROPN|ADJ|DET|CCONJ|NUM)$/.test(tokens[r].pos) && tokens[r].text !== ",") r++;
  return r - 1 > k && env.senses.unitNouns.has(tokens[r - 1].lower);
}

function allegedActs(env: SentenceEnv, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  // "was arrested for collaborating with Israel", "Lebanon charged three men with aiding Israel":
  // the act alleged is a claim, done by the one arrested or charged, never by the one who does that
  for (const [ev] of raws) {
    // (a noun of the act names no doer of its own: "blamed Iran for the attack")
    const noun = ev.rule.startsWith("events/noun:");
    if (noun && ev.source.length) continue;
    // (the charge itself, "arrested two tourists for spying", is the arrester's accusation: arrest-charges.ts)
    if (ev.rule.startsWith("events/arrest-charges:")) continue;
    const a = allegingVerb(env, ev.trigger, noun);
    if (a < 0) continue;
    // ("capable of hitting US bases in the event of a strike on Iran": an act on a condition is alleged by no one)
    ev.status = noun && framedNoun(tokens, s, ev.trigger, env.senses) === "hypothetical" ? "hypothetical" : "claimed";
    ev.rule += "+alleged";
    // ("12 Russian officers were charged by a U.S. grand jury for hacking": the subject, not the one charging)
    if (isPassive(tokens, a, s.first)) {
      const subj = subjectBefore(env, a);
      if (subj) [ev.source, ev.sourceSector] = [subj.actors, subj.sector ?? null];
      continue;
    }
    // ("people accused by Turkey of supporting Gülen": a reduced passive, whose 'by' names the accuser;
    // the accused is the noun before, and without an actor there no one is named as the doer)
    if (tokens[a + 1]?.lower === "by") {
      const subj = subjectBefore(env, a);
      if (subj && !subj.actors.every((x) => isPlace(env, x))) [ev.source, ev.sourceSector] = [subj.actors, subj.sector ?? null];
      else ev.noAct = true;
      continue;
    }
    const accused = groupBetween(env, a + 1, ev.trigger - 1);
    if (accused && !accused.actors.every((x) => isPlace(env, x))) [ev.source, ev.sourceSector] = [accused.actors, accused.sector ?? null];
    else ev.noAct = true;
  }
}

function governedActs(env: SentenceEnv, raws: [RawEvent, Trigger][], ctx: EventStageContext): void {
  const { tokens, s } = env;
  // "refused to deploy peacekeepers in Iraq", "agreed to lift embargoes on Iran": a governing verb
  // without a target of its own takes its complement's; a refused act did not happen
  for (const [ev] of raws) {
    // "Blair's refusal to accept the proposals": the noun refuses as the verb does
    if (tokens[ev.trigger - 1]?.lower === "to" && REFUSALS.test(tokens[ev.trigger - 2]?.lower ?? "")) ev.refused = true;
    if (ev.statusVerb === ev.trigger) continue;
    // "declined to condemn Russia": a refused act did not happen, whether or not the refusal is an event of its own;
    // nor did one held back from ("failed to condemn", "neglected to consult")
    if (REFUSALS.test(tokens[ev.statusVerb].lower) || heldBack(tokens, ev.statusVerb, ev.type, s.first, ctx.senses)) ev.refused = true;
    const gov = raws.find(([g]) => g.trigger === ev.statusVerb);
    if (!gov) continue;
    // ("discuss efforts to impose sanctions on Russia": what is discussed is a topic, not a party of the talk)
    const topic = ctx.senses.topicVerbs.has(tokens[gov[0].trigger].lower);
    // "promised to defend Sweden and Finland against Russian threats": a verb whose infinitive follows it
    // at once has no object of its own; what its search found lies in the complement, whose own target it takes
    // ("traveling to Paris to meet": "to" before a place is a preposition, not the infinitive's)
    const complementAtOnce = tokens[gov[0].triggerEnd]?.lower === "to" && tokens.slice(gov[0].triggerEnd + 1, ev.trigger).every((t) => t.pos === "ADV") && ev.trigger > gov[0].triggerEnd;
    // ("refused to deploy to Ukraine": where the doer would go is no party of the refusal)
    if (ownDestination(env, ev)) continue;
    // ("praised Qatar, commending its efforts to mediate between Israel and Hamas"): praise or blame of
    // someone's effort, role or work is for the one the possessive stands for, not for the parties of
    // what the effort is to do
    if (!gov[0].target.length && (gov[0].type === "SUPPORT" || gov[0].type === "ACCUSE") && POSSESSIVES.test(tokens[gov[0].triggerEnd]?.lower ?? "")) {
      const owner = pronounPossessor(env, gov[0].triggerEnd);
      const by = owner ? owner.actors.filter((a) => !gov[0].source.includes(a)) : [];
      if (by.length) {
        [gov[0].target, gov[0].rule] = [by, `${gov[0].rule}+possessor`];
        continue;
      }
    }
    if (!topic && (!gov[0].target.length || (complementAtOnce && ev.target.length))) [gov[0].target, gov[0].targetSector] = [ev.target, ev.targetSector];
    // "sent 21 personnel to Bosnia to investigate": a purpose without a target of its own is about its governing verb's
    else if (!ev.target.length && tokens[ev.trigger - 1]?.lower === "to" && !ev.rule.includes("+object-control")) {
      [ev.target, ev.targetSector] = [gov[0].target.filter((a) => !ev.source.includes(a)), gov[0].targetSector];
      if (ev.target.length) ev.rule += "+purpose-target";
    }
  }
}

/** targets from the clause around an act: protests, bare complements, speech acts */
function clauseTargets(env: SentenceEnv, raws: [RawEvent, Trigger][], ctx: EventStageContext, open: number): void {
  // "began a hunger strike to protest President Assad's failure", "staged rallies against Abbas":
  // a protest is against the one its purpose names
  // ("thousands of people protested in Tbilisi": the people of the place hold it)
  // ("students occupied the rector's office": the public's occupation is a protest, before its place and target are looked for)
  for (const [ev] of raws) publicOccupation(env, ev);
  for (const [ev] of raws) crowdPlace(env, ev);
  for (const [ev] of raws) if (ev.type === "PROTEST" && ev.target.every((a) => isPlace(env, a))) protestTarget(env, ev);
  // "called off a four-day strike after deliberations with the government": an ended protest is a concession to its target
  for (const [ev] of raws) if (ev.type === "CONCEDE" && !ev.target.length && /-protest$/.test(ev.rule)) protestTarget(env, ev, ENDED_PROTEST_CUES);
  // "APEC has agreed to set up an energy research center in Tokyo", "Ethiopia has agreed to re-open
  // its borders to UN peacekeepers", "refused to respond to a demand from the US": a bare agreement
  // or refusal is with the one its complement names
  for (const [ev] of raws) if (!ev.target.length && BARE_COMPLEMENT.test(ev.rule)) complementTarget(env, ev);
  // "declined to comment on the sanctions", "refused to speculate": a refusal to speak turns down no one
  refusedComments(env, ctx.senses, raws);
  // "protected Pyongyang in the world body": protection in a forum is verbal backing, no military aid
  forumProtection(env, ctx.senses, raws);
  // "dismissed an appeal from the president to lay down their arms": the act a rejected proposal names is none
  rejectedProposals(env, ctx.senses, raws);
  // "Labour's demands for a Commons vote were dismissed by Mr Howard": a passive rejection turns down the proposer
  rejectedBy(env, ctx.senses, raws, ctx.stateParts ?? NO_PARTS);
  // "declined to attend the talks with South Korea": a refused act of cooperation rejects its party
  raws.push(...refusedActs(env, ctx.senses, raws));
  // "declined to resign despite pressure from the EU": a refusal rejects the one who pressed
  if (open & GATE.pressedRefusals) raws.push(...pressedRefusals(env, ctx.senses, raws));
  // "conceded the Kremlin was likely behind it": an admission, no concession
  admissions(env, ctx.senses, raws);
  // "allow UN peacekeepers into Darfur": the party let in, not the place
  for (const [ev] of raws) if (ADMITTING.test(ev.rule)) admittedParty(env, ev);
  // "dispatched inspectors to a uranium plant in central Iran": the state of the site inspected
  for (const [ev] of raws) if (ev.type === "ACCUSE") inspectedPlace(env, ctx.senses, ev);
  // "investigating the death of a Russian journalist": the victims are not the ones investigated
  for (const [ev] of raws) if (ev.type === "ACCUSE") investigatedHarm(env, ctx.senses, ev);
  // "violated sanctions against Iran": the one a measure falls on is not the one defied
  for (const [ev] of raws) if (ev.type === "REJECT") breachedMeasure(env, ctx.senses, ev);
  // "imposed sanctions on Tehran to help prevent attacks on Israel": the measure's aim is no act of its own
  for (const [ev] of raws) sanctionAim(env, ctx.senses, ev);
  // "welcomed the decision by Iran", "warned that it will no longer tolerate South Korean drills"
  const found = raws.map(([r]) => r);
  for (const ev of found) speechTarget(env, ctx.speechActs, ev, found);
  // "defied a ban by the general", "accepted a plan put forward by France": the object's maker, of any state
  for (const ev of found) objectMakers(env, ctx.senses, ev);
}

/** the acts done by saying something: obligations, statements, conditional threats, mandative requests */
function sayingActs(env: SentenceEnv, raws: [RawEvent, Trigger][], ctx: EventStageContext, open: number): void {
  const layer = env.layer;
  raws.push(...obligations(env, ctx.stateParts ?? NO_PARTS));
  raws.push(...speechActs(env, ctx.speechActs, raws.map(([ev]) => ev), ctx.stateParts, open));
  // "has pledged to bolster its arsenal unless Washington scraps its policy": a threat to Washington
  if (open & GATE.conditionalThreats) raws.push(...conditionalThreats(env, ctx.senses, raws.map(([ev]) => ev)));
  // "gave Syria 48 hours to withdraw", "set a deadline for Iraq to disarm": an ultimatum to Syria, to Iraq
  if (open & GATE.ultimatums) raws.push(...ultimatums(env, ctx.senses, raws.map(([ev]) => ev)));
  // "said it will no longer tolerate provocations by Taiwan": a threat to Taiwan, and one act, one
  // type: no other event at the same verb
  const ended = open & GATE.endedTolerance ? endedTolerance(env, ctx.senses, ctx.stateParts ?? NO_PARTS) : [];
  if (ended.length) {
    const at = new Set(ended.map(([ev]) => ev.trigger));
    for (const [ev] of raws) if (at.has(ev.trigger)) ev.noAct = true;
    raws.push(...ended);
  }
  // "insisted that Ukraine withdraw its troops": a REQUEST to Ukraine; the withdrawal has not happened
  const mandative = open & GATE.mandativeRequests ? mandativeRequests(env, ctx.senses, ctx.patterns.lemmas) : null;
  if (mandative) for (const [ev] of raws) if (mandative.demanded.has(ev.trigger)) ev.noAct = true;
  // "demanded Israel's withdrawal", "called for the release of the journalists": the act asked for is none
  demandedNouns(env, ctx.senses, raws);
  if (mandative) raws.push(...mandative.found);
  // "Turkey wants Sweden to extradite the suspects": a REQUEST to Sweden; the extradition has not happened
  raws.push(...wantedActs(env, ctx.senses, raws));
  // "Ukraine used US-supplied Himars": the arms' supplier aided whoever holds them
  if (open & GATE.suppliedArms) raws.push(...suppliedArms(env, ctx.senses));
  // "the equipment Britain has sent to Ukraine": arms given in a relative clause after them
  if (open & GATE.sentRelatives) raws.push(...sentRelatives(env, ctx.senses));
  // "Russia is preparing to attack Ukraine": the preparation is the act, MOBILIZE, not a planned attack
  preparedAttacks(env, ctx.senses, raws);
  // "is preparing for an attack on Ukraine": its own attack prepared; "for a Russian attack": another's expected
  preparedFor(env, ctx.senses, raws);
  // "trained hackers capable of attacking South Korea": forces raised against a state, MOBILIZE; the attack is only their purpose
  raws.push(...builtForces(env, ctx.senses, raws));
  // "Russian troops massed near the Ukrainian border": the forces' state mobilised against the place's
  if (open & GATE.massedForces) raws.push(...massedForces(env, ctx.senses, raws.map(([ev]) => ev)));
  // "pushed Russian forces back from Kyiv": the subject attacked the forces' state
  if (open & GATE.repelledForces) raws.push(...repelledForces(env, ctx.senses, raws.map(([ev]) => ev)));
  // "vowed to crush the insurgents", "pledged to drive Russian forces out": a threat of force, one act
  // (after repelledForces, whose planned attack at the hostile verb it replaces)
  if (open & GATE.vowedFights) raws.push(...vowedFights(env, ctx.senses, raws));
  // "said it would respond firmly to any Israeli attack": a threat to Israel; the attack is only supposed
  if (open & GATE.vowedResponses) raws.push(...vowedResponses(env, ctx.senses, raws.map(([ev]) => ev)));
  // "threatened to hold a general strike unless Israel rescinded": the threatened is the condition's
  for (const [ev] of raws) {
    if (ev.type !== "THREATEN" || ev.target.length) continue;
    const ids = conditionParties(env, ev.trigger, []);
    if (ids?.length) ev.target = ids.map((id) => layer.actors.findIndex((a) => a.id === id)).filter((i) => i >= 0 && !ev.source.includes(i));
  }
}

/** the records of the sentence's triggers that stand, and the intents they state; returns the parties of the last one */
function emitEvents(env: SentenceEnv, raws: [RawEvent, Trigger][], ctx: EventStageContext, out: EventRecord[], seen: Set<string>, lastParties: number[], partyHistory: PartyHistory, known: KnownActs): number[] {
  const { tokens, s, inQuote, layer } = env;
  // triggers whose records stand: a request that stands is the event of the act it asks for
  const emitted = new Set<number>();
  for (const [ev, trig] of raws) {
    if (ev.refused || ev.noAct) continue;
    // "offered no details", "made no concessions", "gave no support": an act whose object is "no" thing did not happen
    if (REJECTABLE.has(ev.type) && ev.rule.startsWith("events/verb:") && objectIsNone(tokens, ev.trigger, s.last)) continue;
    if (voidedSense(env, ev, trig, ctx.senses)) continue;
    // ("hit out at some in the EU for 'attacking' Spain", "migrants 'weaponised'"): a word of force
    // alone in quotation marks is someone's word for it, a figure, not an act of force
    if (FORCE_TYPES.has(ev.type) && scareQuoted(tokens, ev.trigger, ev.triggerEnd)) continue;
    const bySubject = subjectSense(env, ev, trig, ctx.senses);
    if (bySubject === "SANCTION") Object.assign(ev, { type: "SANCTION", cameo: "163", rule: `${ev.rule}+sanction-subject` });
    else if (bySubject === "ACCUSE") Object.assign(ev, { type: "ACCUSE", cameo: "111", rule: `${ev.rule}+word-subject` });
    const venue = verbalAttack(env, ev, trig, ctx.senses);
    if (venue) {
      // (the venue's actors, "on Twitter", are where the words were said, no party)
      const inVenue = (a: number) => env.groups.some((g) => g.first >= venue[0] && g.first < venue[1] && g.actors.includes(a));
      Object.assign(ev, { type: "ACCUSE", cameo: "111", rule: `${ev.rule}+verbal`, target: ev.target.filter((a) => !inVenue(a)) });
      if (!ev.target.length) continue;
    } else if (partyAttack(env, ev, trig, ctx.senses, ctx.stateParts ?? NO_PARTS)) {
      // (a party's attack is made in words: party-attacks.ts)
      Object.assign(ev, { type: "ACCUSE", cameo: "111", rule: `${ev.rule}+party-words` });
    }
    if (supportGift(ev, trig, tokens, s.last, ctx.senses)) Object.assign(ev, { type: "SUPPORT", cameo: "051", rule: `${ev.rule}+support-gift` });
    // ("Russia's sale of S-400 missiles to Turkey": arms sold are aid, arms-sales.ts)
    const aid = materialSupport(ev, trig, tokens, s.first, ctx.senses) ?? materielDefence(ev, trig, tokens, s.first, ctx.senses) ?? armsSale(ev, trig, tokens, s.last, ctx.senses);
    if (aid) Object.assign(ev, { type: "AID", cameo: aid, rule: `${ev.rule}+material` });
    // ("to help promote democracy in Ukraine", "help support the rights of the Palestinians": help in words, verbal-help.ts)
    else if (verbalHelp(env, ev, trig, ctx.senses)) Object.assign(ev, { type: "SUPPORT", cameo: "051", rule: `${ev.rule}+verbal-help` });
    // "my commitment to Israel", "the US commitment to Taiwan": a commitment to a party, not to an
    // act, is devotion to it (SUPPORT), no pledge of a deed ("a commitment to withdraw" stays AGREE)
    if (devotedTo(env, ev, trig)) Object.assign(ev, { type: "SUPPORT", cameo: "051", rule: `${ev.rule}+devotion` });
    // one act, one type: "urged the Council to work with America" is REQUEST; the act asked for
    // has not happened. When the request is no event ("Kellogg is urging the US to stand with the
    // Iranian people": within one state), the act asked for stays, hypothetical.
    if (ev.rule.includes("+object-control") && REQUESTING.test(tokens[ev.statusVerb].lower) && emitted.has(ev.statusVerb)) continue;
    // "is willing to send equipment to help defend Poland", "ready to host a meeting between": an offer, AGREE planned, one event
    const cue = offerCue(env, ctx.senses, ev.trigger);
    if (cue >= 0) hostOffer(env, ctx.senses, ev, cue);
    else if (offeredMeeting(env, ctx.senses, ev)) continue;
    const record = toRecord(env, ev, trig, ctx);
    if (!record) continue;
    // (on the record: a doer the act takes from its quote's speaker offers too)
    if (cue >= 0 && offerable(ctx.senses, record)) Object.assign(record, { type: "AGREE", cameo: "030", status: "planned", rule: `${record.rule}+offer` });
    emitted.add(ev.trigger);
    rememberAct(env, ev, known);
    const key = `${record.type}|${record.source.join("+")}|${record.target.join("+")}|${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(record);
    env.lastParties = lastParties = [...ev.source, ...ev.target];
    env.lastPartiesAt = ev.trigger;
    partyHistory.push({ parties: lastParties, source: ev.source, at: ev.trigger, background: record.background });
    // an intent to act is itself an act: "will provide aid" is AGREE, "threatened to cut off" THREATEN
    // ("will withdraw its forces from Armenia if Yerevan asks": a condition of asking is an offer's, no threat's)
    // ("would withdraw from Yemen if the Iranians would agree to leave": a withdrawal for the other side's is an offer too)
    const offered = askedCondition(env, ctx.senses, ev.trigger) || (record.type === "RETREAT" && reciprocalCondition(env, ctx.senses, ev.trigger));
    const condition = offered ? null : conditionParties(env, ev.trigger, record.source);
    // "said it could cut off gas if sanctions continue", "“we may halt aid unless ...”": a hostile act
    // its doer says it may do on a condition is a threat made by saying it
    const possible = condition && INTENT_TO_HARM.has(record.type) ? statedPossibility(env, ev, record.source, ctx.senses, condition) : null;
    const commitment = committed(tokens, s, ev, ctx.senses) ?? (possible ? "modal" : null);
    // "said it would close", in quotes: the doer's own word; "announced it would prohibit": a decision
    const reporting = ownStatedFuture(tokens, s, ev.trigger);
    // ("an official said Iraqi forces would launch an assault": a third party's report is no threat, own-word.ts)
    const voiced = (inQuote[ev.trigger] >= 0 && doersWord(env, env.quotes[inQuote[ev.trigger]], record.source.length ? ev.source : [])) || reporting >= 0;
    const decided = [ev.statusVerb, reporting].some((k) => k >= 0 && ctx.senses.decisionVerbs.has(tokens[k].lower));
    // ("threatened to pull out of Nato": a verb of threatening makes any act it governs a threat)
    const threatened = commitment === "explicit" && ctx.senses.threatVerbs.has(tokens[ev.statusVerb].lower);
    // ("Do you still believe that we will attack Ukraine from here?", "You insisted that Russia and
    // Belarus would invade"): a question, or a claim the words put to the one addressed, commits no
    // one, and an act still to come in it is only entertained: no event ("Why did Russia invade?"
    // asks about an act done, which stays)
    if (questionAfter(tokens, s, ev.trigger) || addresseesClaim(tokens, s, ev.trigger)) {
      if (record.status === "planned" && out[out.length - 1] === record) out.pop();
      continue;
    }
    // ("said it would impose sanctions on Russian banks": the act names a measure of policy)
    const measure = record.type === "SANCTION" && namedMeasure(tokens, ev.trigger, s.last, ctx.senses);
    // ("Portugal will support Turkey's bid, Portuguese President Mario Soares said": the doer's own
    // word after the clause pledges a cooperative act, own-word.ts)
    // ("Mr Jackson would be warmly welcomed by Labour MPs": a reception or praise is done by saying,
    // and one still to come is on the calendar, no pledge of cooperation; senses.receptionPatterns)
    const cooperative = INTENT_TO_COOPERATE.has(record.type) && record.status === "planned" && !ctx.senses.receptionPatterns.has(patternId(record.rule));
    const pledged = cooperative && (reporting >= 0 || (inQuote[ev.trigger] >= 0 ? doersPledge(env, env.quotes[inQuote[ev.trigger]], record.source.length ? ev.source : []) : doersWordAfter(env, ev.trigger, ev.source)));
    const derived = intentEvent(record, commitment, condition, voiced, decided, threatened, measure, pledged);
    if (derived && possible) derived.rule += "+possibility";
    if (derived) {
      // the threat or pledge is made by the words that commit ("vowed to shoot down", "said it will
      // close"): it took place when they were said, in their tense, whatever the act's own
      // ("Psaki said the US was prepared to welcome refugees": the speaker's side commits by saying it, no claim)
      const by = commitment === "explicit" ? ev.statusVerb : possible ? possible.reporting : reporting;
      let pledgeBy = -1;
      // (in the doer's own quoted words the threat is made by saying them)
      if (possible && by < 0) derived.status = "occurred";
      const q = by >= 0 && inQuote[by] >= 0 ? env.quotes[inQuote[by]] : null;
      const speaker = q ? layer.actors.find((a) => a.id === q.speaker) : undefined;
      const speakerSide = speaker ? speaker.code ?? speaker.country : undefined;
      const own = !!speakerSide && ev.source.some((i) => (layer.actors[i].code ?? layer.actors[i].country) === speakerSide);
      if (by >= 0 && tokens[by].pos === "VERB") derived.status = eventStatus(tokens, s, by, by, own ? null : q, layer, { lex: ctx.senses, published: ctx.published, speakersOwnAct: true }).status;
      // ("Turkey will freeze relations with the EU if it recognises the killings, the minister said"):
      // the act is still to come, but the threat that puts a condition on it has been made
      // ("A joint statement said Russia and Turkey would withdraw": the doer's own side states the pledge, stated-pledges.ts)
      else if (derived.type === "AGREE" && derived.status === "planned" && commitment === "modal" && (pledgeBy = pledgeReporter(env, ev.trigger, ev.source, ctx.senses)) >= 0)
        derived.status = eventStatus(tokens, s, pledgeBy, pledgeBy, null, layer, { lex: ctx.senses, published: ctx.published, speakersOwnAct: true }).status;
      // ("Turkey will veto the bid unless ...": the veto on its condition is hypothetical, the threat made)
      else if (derived.rule.endsWith("+condition") && (derived.status === "planned" || (derived.status === "hypothetical" && statedFutureBefore(tokens, s, ev.trigger)))) derived.status = "occurred";
      // one act, one type: "threatened to impose sanctions" is a threat, no sanctions were imposed
      // ("said it would boycott the Olympics if Russia took part": the boycott is only threatened, no
      // PROTEST planned; "said it would block the applications of Sweden unless ..." is a veto in force
      // as well as a threat, and its REJECT stays)
      // ("threatened to withdraw its troops from Somalia if Mogadishu signed the deal": a withdrawal on a
      // condition is the leverage, no retreat planned)
      if (derived.type === "THREATEN" && (INTENT_TO_HARM.has(record.type) || derived.rule.endsWith("+threatened") || ((record.type === "PROTEST" || record.type === "RETREAT") && derived.rule.endsWith("+condition")))) out.pop();
      const dkey = `${derived.type}|${derived.source.join("+")}|${derived.target.join("+")}|${s.start}`;
      if (!seen.has(dkey)) {
        seen.add(dkey);
        out.push(derived);
      }
    }
  }
  return lastParties;
}

/** The sentence asks: a question mark after the trigger before any full stop. */
function questionAfter(tokens: Token[], s: Sentence, trigger: number): boolean {
  for (let q = trigger + 1; q < s.last; q++) {
    if (tokens[q].text === "?") return true;
    if (tokens[q].text === "." || tokens[q].text === "!") return false;
  }
  return false;
}

/** The clause of the trigger is what "you" says or believes: "you insisted that", "do you still believe that". */
function addresseesClaim(tokens: Token[], s: Sentence, trigger: number): boolean {
  for (let k = trigger - 1; k > s.first && trigger - k <= 12; k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (tokens[k].lower !== "that" || tokens[k - 1].pos !== "VERB") continue;
    let j = k - 2;
    while (j >= s.first && tokens[j].pos === "ADV") j--;
    return j >= s.first && tokens[j].lower === "you";
  }
  return false;
}

// patterns of letting someone in, whose object names the party admitted (data/events.json ids)
const ADMITTING = /^events\/verb:(allow-access|permit-access|admit-inspectors)\b/;

/** The group ending before `last` is a modifier of the pattern's object word right after it ("Nato troops", "German tanks"), not a noun of its own ("refugees aid"). */
function qualifiesGift(tokens: Token[], last: number, objects: readonly string[]): boolean {
  return tokens[last - 1]?.pos !== "NOUN" && objects.includes(tokens[last]?.lower ?? "");
}

/** "events/verb:welcome+passive" -> "welcome" */
const patternId = (rule: string) => rule.slice(rule.indexOf(":") + 1).split("+", 1)[0];

const INTENT_TO_COOPERATE = new Set(["SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);


const CONDITIONAL_OFFERS = new Set(["SUPPORT", "COOPERATE", "AID", "CONCEDE", "AGREE", "CONSULT"]);

/**
 * PLOVER codes a stated intention as its own act (CAMEO 03x, 13x): a planned cooperative act
 * ("will provide aid", "agreed to lift the embargo") is also AGREE; a planned hostile one ("threatened
 * to cut off electricity", "will impose sanctions") is also THREATEN.
 */
function intentEvent(e: EventRecord, committed: Commitment, condition: string[] | null, voiced = false, decided = false, threatened = false, measure = false, pledged = false): EventRecord | null {
  // "will withdraw its force from Chad unless ...", "threatened to stop negotiations if the US ...":
  // a commitment on a condition is a threat to whoever must meet it; a conditional offer ("will
  // support a two-state solution if both parties agree") is no threat
  if (condition && committed && !CONDITIONAL_OFFERS.has(e.type) && (e.status === "planned" || e.status === "hypothetical"))
    return { ...e, type: "THREATEN", cameo: "130", target: condition.length ? condition : e.target, rule: `${e.rule}+condition` };
  if (e.status !== "planned" || (!e.target.length && e.type !== "CONSULT") || !committed) return null;
  // "threatened to pull out of Nato", "threatened to withdraw its troops", "threatened to sue": the
  // act is threatened, neither planned nor pledged (hostile acts keep their own rule below)
  if (threatened && e.target.length && e.type !== "THREATEN" && !INTENT_TO_HARM.has(e.type)) return { ...e, type: "THREATEN", cameo: "130", rule: `${e.rule}+threatened` };
  // one event per act: a meeting on the calendar ("will meet with", "is set to visit") is CONSULT,
  // planned, alone; an expressed intent to meet ("agreed to meet", "offered talks") is also AGREE (036)
  if (e.type === "CONSULT") return committed === "explicit" ? { ...e, type: "AGREE", cameo: "036", rule: `${e.rule}+intent` } : null;
  // a pledge is a word of commitment ("pledged to send tanks", "agreed to withdraw", "offered to
  // mediate") or the doer's own word of what it will do ("Hungary said it will support the
  // resolution", "“we will send more aid,” the minister said"); a bare future in the narrator's or a
  // third party's words ("the four Britons held by the US will be freed within weeks", "analysts say
  // Berlin will send tanks") is the act on the calendar, planned, of its own type alone
  if (INTENT_TO_COOPERATE.has(e.type)) return committed === "explicit" || pledged ? { ...e, type: "AGREE", cameo: "030", rule: `${e.rule}+intent` } : null;
  // a strike or boycott announced is a threat of one (CAMEO 1312)
  // one act, one type: a hostile act on the calendar in the narrator's words ("is set to impose
  // further sanctions", "will impose") is that act, planned; a threat is the doer's own word
  // ("threatened to cut off", "said it will close the strait"); a decision ("agreed to impose") is the act
  // ("said it would impose sanctions on Russian banks", "the EU will impose sanctions": sanctions
  // announced with no condition are a measure on the calendar, whoever says so; "would impose
  // sanctions if" took the condition above)
  if (INTENT_TO_HARM.has(e.type) && (decided || (committed === "modal" && (!voiced || measure)))) return null;
  // ("will deploy the THAAD battery to South Korea", "pledged to send troops to Lithuania",
  // "would reinforce Nato's defences"): forces are deployed to a place, most often a host or an
  // ally, so a deployment planned is a threat only under a verb of threatening or on a condition
  if (e.type === "MOBILIZE" && !threatened) return null;
  if (INTENT_TO_HARM.has(e.type) || (e.type === "PROTEST" && (e.cameo ?? "").startsWith("143"))) return { ...e, type: "THREATEN", cameo: "130", rule: `${e.rule}+intent` };
  return null;
}

/** "impose sanctions", "impose new tariffs on", "sanctions": a noun of a policy measure (senses.policySubjects) at the trigger or in its object, before its preposition. */
function namedMeasure(tokens: Token[], trigger: number, last: number, lex: SenseLexicon): boolean {
  for (let k = trigger; k < last && k - trigger <= 4; k++) {
    if (lex.policySubjects.has(tokens[k].lower)) return true;
    if (k > trigger && tokens[k].pos === "ADP") return false;
  }
  return false;
}

const COMMITMENT = /^(will|'ll|shall|agreed|agree|agrees|pledged|pledges|promised|promises|vowed|vows|threatened|threatens|threaten|offered|offers|decided|decides|ready|prepared|willing|set|committed|undertook|announced)$/;

/** "explicit": a verb of commitment governs the act ("agreed to lift", "threatened to cut");
 *  "modal": a bare future ("will provide", "is set to meet"); null: a wish ("want to join") or an ability. */
type Commitment = "explicit" | "modal" | null;

function committed(tokens: Token[], s: Sentence, ev: RawEvent, lex: SenseLexicon): Commitment {
  // "will be able to attend": an ability, not a commitment
  for (let k = Math.max(s.first, ev.trigger - 4); k < ev.trigger; k++) if (tokens[k].lower === "able") return null;
  const verb = tokens[ev.statusVerb].lower;
  // ("have sworn to fight", "vowing to strike": every form of a verb of commitment, senses.conditionalThreats)
  if (COMMITMENT.test(verb) || (ev.statusVerb !== ev.trigger && lex.threatCommitments.has(verb))) return ev.statusVerb !== ev.trigger && !SCHEDULED.test(verb) ? "explicit" : "modal";
  // a noun act is a commitment only when a verb of commitment governs it ("pledged its support",
  // "offered talks"); under another verb's modal it is no one's pledge ("the bill would undercut US
  // support for the coalition")
  if (ev.rule.startsWith("events/noun:")) return null;
  // ("would have charged Trump if the guidance had not been in place"): a modal perfect is a past
  // counterfactual, no one's commitment
  // (whatever the participle's form, "would have sent"; "would have to withdraw" is an obligation,
  // no counterfactual)
  for (let k = Math.max(s.first, ev.trigger - 4); k < ev.trigger; k++) if (/^(will|'ll|shall|wo|would)$/.test(tokens[k].lower)) return tokens[k + 1]?.lower === "have" && tokens[k + 2]?.lower !== "to" && k + 1 < ev.trigger ? null : "modal";
  return null;
}

/**
 * "Russia said it could cut off gas to Germany if ...", "“We may halt aid to Serbia unless ...,” the EU
 * said": a modal of possibility (senses.conditionalThreats.possibilities) right before the act, in the
 * doer's own words: a quote whose speaker is of the doer's side, or a reporting verb before "it"/"they"
 * and the modal. `reporting`: that verb's index, -1 for a quote. An organisation's measure is spoken
 * of by an official of a member ("the EC may halt its mediation if ..., the Dutch foreign minister
 * said"): any speaker with a state, save one of the `condition`'s parties, speaks for it. A measure of
 * policy only its doer takes (SANCTION: "the EU may suspend talks with Turkey if Ankara keeps
 * drilling", "Washington could cut aid to Egypt unless Cairo frees them") put on a condition a party
 * must meet is leverage in the narrator's words too. Null for the narrator's or another's forecast
 * of force ("Israel could strike Iran if talks fail", "Russia could cut off gas if ..., analysts
 * said"), a condition no party meets, and a negated modal ("could not").
 */
function statedPossibility(env: SentenceEnv, ev: RawEvent, source: string[], lex: SenseLexicon, condition: string[] = []): { reporting: number } | null {
  const { tokens, s, inQuote, quotes, layer } = env;
  let m = ev.trigger - 1;
  while (m > s.first && tokens[m].pos === "ADV" && !/^(not|n't|never)$/.test(tokens[m].lower)) m--;
  if (m < s.first || !lex.threatPossibilities.has(tokens[m].lower)) return null;
  const qi = inQuote[ev.trigger];
  if (qi >= 0) {
    const speaker = layer.actors.find((a) => a.id === quotes[qi].speaker);
    const side = speaker ? speaker.code ?? speaker.country : null;
    const sideOf = (id: string) => {
      const a = layer.actors.find((x) => x.id === id);
      return a ? a.code ?? a.country : null;
    };
    if (!side) return null;
    const spokenFor = (id: string) => sideOf(id) === side || (layer.actors.find((x) => x.id === id)?.kind === "igo" && !condition.some((c) => sideOf(c) === side));
    return source.some(spokenFor) ? { reporting: -1 } : null;
  }
  // "said (that) it could", "warned they might"
  let r = m - 1;
  if (r >= s.first && ev.type === "SANCTION" && condition.length && env.groupAt[r - s.first] >= 0 && env.groups[env.groupAt[r - s.first]].actors.some((a) => source.includes(layer.actors[a].id))) return { reporting: -1 };
  if (r < s.first || !/^(it|they|we)$/.test(tokens[r].lower)) return null;
  r--;
  if (tokens[r]?.lower === "that") r--;
  return r >= s.first && REPORTING_VERBS.test(tokens[r].lower) ? { reporting: r } : null;
}

/**
 * "Greece said it would defend its national rights in the Aegean and urged Turkey to accept": the
 * verb at `v`, in the past right after "and", follows a reported clause whose verb is a bare form
 * after a modal ("would defend"); it cannot share that modal, so it is coordinate with the past
 * verb of reporting before the words, the narrator's account. ("said Russia would attack and
 * occupy the city": a bare form shares it; "said Russia had attacked and occupied": no modal.)
 */
function reportCoordinate(env: SentenceEnv, v: number, quote: Quote): boolean {
  const { tokens, s } = env;
  const start = firstTokenAt(tokens, quote.start);
  // the words are reported by a verb in the past right before them ("said", "told reporters")
  let reported = false;
  for (let k = Math.max(s.first, start - 4); k < start; k++) if (tokens[k].pos === "VERB" && (tokens[k].lower.endsWith("ed") || IRREGULAR_PAST.has(tokens[k].lower))) reported = true;
  if (reported && pastAfterModalClause(tokens, v, Math.max(s.first, start))) return true;
  // ("Zelensky said Russia was "increasing the pace" and urged the EU leader": the reporter's act, find-parties)
  if (tokens[v - 1]?.lower !== "and") return false;
  let q = v - 2;
  while (q > s.first && v - q < 15 && tokens[q].pos !== "VERB") q--;
  return tokens[q]?.pos === "VERB" && reporterOfCoordinate(env, q, v) !== null;
}

const BE_FORMS = /^(is|are|was|were|am|be)$/;

/**
 * The subject of an infinitive of "be to": "Putin was to meet Xi" (the subject before "be"), "Nato
 * would respond were Russia to use chemical weapons" (the subject after an inverted "were"). `to`
 * is the infinitive's "to". Null when no such "be" stands right before it.
 */
function beToSubject(env: SentenceEnv, to: number): Group | null {
  const { tokens, s, groupAt, groups } = env;
  const prev = to - 1;
  if (prev <= s.first) return null;
  if (BE_FORMS.test(tokens[prev].lower) && tokens[prev].pos === "AUX") return subjectBefore(env, prev);
  const gi = groupAt[prev - s.first];
  if (gi < 0 || groups[gi].last !== to) return null;
  const g = groups[gi];
  return g.first - 1 >= s.first && /^(were|was)$/.test(tokens[g.first - 1].lower) ? g : null;
}

/** A noun of commitment (senses.devotionNouns) whose "to" names a party right after it (over a determiner). */
function devotedTo(env: SentenceEnv, ev: RawEvent, trig: Trigger): boolean {
  const { tokens, s, groupAt } = env;
  if (!trig.noun || ev.type !== "AGREE" || !env.senses.devotionNouns.has(tokens[trig.at].lower) || tokens[trig.end]?.lower !== "to") return false;
  let q = trig.end + 1;
  if (/^(the|its|their)$/.test(tokens[q]?.lower ?? "")) q++;
  if (q >= s.last || groupAt[q - s.first] < 0) return false;
  const g = env.groups[groupAt[q - s.first]];
  // ("commitment to Ukraine's defence", "to NATO membership": the party owns or qualifies an act or a thing)
  const after = tokens[g.last];
  if (after && g.last < s.last && (/^['’]s?$/.test(after.text) || after.pos === "NOUN")) return false;
  return ev.target.length > 0 && g.actors.every((a) => ev.target.includes(a));
}

/**
 * "calling for faster action to help Taiwan", "urged more steps to isolate Russia": an infinitive after
 * the noun phrase (no actor in it) that a verb of asking asks for. `v` is the infinitive's verb.
 */
function requestedThing(env: SentenceEnv, v: number): boolean {
  const { tokens, s } = env;
  const to = v - 1;
  if (tokens[to]?.lower !== "to") return false;
  let q = to - 1;
  let nouns = 0;
  // (the tagger reads some nouns as verbs, "calling for faster action/VERB to help": after "for" no
  // verb can be finite, so there one counts as the noun)
  let verbs = 0;
  while (q >= s.first && to - q <= 6 && /^(DET|ADJ|NOUN|ADV|NUM|VERB)$/.test(tokens[q].pos) && tokens[q].lower !== "to" && env.groupAt[q - s.first] < 0) {
    if (tokens[q].pos === "NOUN") nouns++;
    if (tokens[q].pos === "VERB") verbs++;
    q--;
  }
  if (q < s.first || !(nouns + verbs)) return false;
  if (tokens[q].lower === "for") q--;
  else if (verbs) return false;
  return q >= s.first && REQUESTING.test(tokens[q].lower);
}

// "will", "is set to": a schedule or a forecast, not a pledge
const SCHEDULED = /^(will|'ll|shall|set)$/;

/** acts of meeting and working together: with a news outlet, an interview or a job (toRecord) */
const MEETINGS = new Set(["CONSULT", "COOPERATE"]);
const SPEECH_ACTS = new Set(["THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"]);

// acts that judge another's act (praise, criticism, opposition) and leave it as it was
const JUDGEMENTS = new Set(["ACCUSE", "REJECT", "SUPPORT"]);

// possessive determiners: a noun after one is a noun ("failed to meet its targets"), never a verb
const POSSESSIVE_DET = /^(its|his|her|their|our|my|your)$/;

// acts of force, whose words in scare quotes are figures ("'attacking' Spain")

const CLOSING_QUOTE = /^["”’']$/;

/** The trigger's words, and nothing else, stand in quotation marks. */
function scareQuoted(tokens: readonly Token[], from: number, to: number): boolean {
  return OPENING_QUOTE.test(tokens[from - 1]?.text ?? "") && CLOSING_QUOTE.test(tokens[to]?.text ?? "");
}

const REJECTABLE = new Set(["AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "CONSULT", "RETREAT"]);

/**
 * "withdraw US military aid": the listed word ("military", of withdraw-troops) only qualifies a noun
 * that another sense of the same verb lists ("aid", of withdraw-aid): the head chooses the sense. A
 * compound no other sense claims keeps its modifier ("began a hunger strike").
 */
function modifiesNoun(tokens: Token[], q: number, last: number, p: VerbPattern, rivals: readonly VerbPattern[]): boolean {
  const next = tokens[q + 1];
  if (q + 1 >= last || next.pos !== "NOUN" || p.object!.includes(next.lower)) return false;
  return rivals.some((r) => r !== p && r.object?.includes(next.lower) && r.particle === p.particle);
}

/** the direct object after the verb (past a particle or an adverb) is determined by "no" */
function objectIsNone(tokens: Token[], v: number, last: number): boolean {
  for (let k = v + 1; k < Math.min(last, v + 3); k++) {
    const w = tokens[k].lower;
    if (w === "no") return true;
    if (tokens[k].pos !== "ADP" && tokens[k].pos !== "ADV" && tokens[k].pos !== "PART") return false;
  }
  return false;
}

/**
 * A negated modal of will before the act, in its own clause: "would not meet", "will not allow",
 * "won't join", "cannot accept", "would never sign" (over adverbs and "be"). A past negation ("did
 * not join") reports what did not happen; an infinitive ("not able to join", "never to join") is no
 * one's refusal.
 */
function refusalOfWill(tokens: Token[], s: Sentence, v: number): boolean {
  let k = v - 1;
  while (k > s.first && v - k <= 4 && (tokens[k].pos === "ADV" || /^(be|been|to)$/.test(tokens[k].lower)) && !/^(not|n't|never)$/.test(tokens[k].lower)) k--;
  if (k <= s.first || !/^(not|n't|never)$/.test(tokens[k].lower)) return false;
  const modal = tokens[k - 1].lower;
  // ("decided not to send weapons", "chose not to attend": the doer's own verb of will governs the act)
  if (tokens[k + 1]?.lower === "to") return tokens[k - 1].pos === "VERB";
  // ("does not recognize the government": a standing policy in the present is a refusal; "did not meet" only reports)
  return /^(will|would|wo|shall|'ll|can|ca|cannot|does|do)$/.test(modal) || tokens[k].lower === "cannot";
}

function negatedBefore(tokens: Token[], s: Sentence, v: number): boolean {
  for (let k = Math.max(s.first, v - 4); k < v; k++) if (/^(not|n't|never)$/.test(tokens[k].lower)) return true;
  return false;
}

const INFINITIVE_MARKERS = new Set(["to", "will", "would", "could", "can", "may", "might", "must", "should", "shall"]);

function findTriggers(env: SentenceEnv, patterns: EventLexicon): Trigger[] {
  const { tokens, s } = env;
  const out: Trigger[] = [];
  let consumed = -1;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    // (most words start no pattern: one lookup passes them over)
    if (t.kind !== "word" || !patterns.words.has(t.lower)) continue;
    // after "to" or a modal the base form is a verb, even one left out of the forms ("to ban")
    const before = tokens[i - 1]?.lower ?? "";
    const infinitiveContext = INFINITIVE_MARKERS.has(before);
    const byForm = patterns.verbs.get(t.lower);
    const byLemma = infinitiveContext ? patterns.lemmas.get(t.lower) : undefined;
    const nouns = patterns.nouns.get(t.lower);
    // (most words are no trigger: nothing more to look at)
    if (!byForm && !byLemma && !nouns) continue;
    // "atop Downing Street", "the Marching Band": a capitalised word inside a name is no trigger
    if (!s.headline && i > s.first && /^[A-Z][a-z]/.test(t.text) && /^[A-Z]/.test(tokens[i + 1]?.text ?? "") && /^[a-z]/.test(tokens[i - 1]?.text ?? "")) continue;
    const verbs = byLemma ? [...(byForm ?? []), ...byLemma.filter((p) => !byForm?.includes(p))] : byForm;
    // wink tags some verbs as nouns ("Russia attacks Ukraine"): only right after a subject or an
    // auxiliary; in an ALL-CAPS headline its tags say little, so any verb form counts
    const prev = tokens[i - 1];
    const afterInfinitive = infinitiveContext && t.pos !== "ADJ";
    // ("Trump, angry at Spain": a predicate adjective a pattern lists as one)
    // ("Iran's call for the withdrawal of US troops": a possessed appeal is its verb, possessed-appeals.ts)
    const verbal = !!verbs && (s.headline || afterInfinitive || possessedAppeal(env, i) || t.pos === "VERB" || t.pos === "AUX" || progressive(tokens, i, s.last) || (t.pos === "ADJ" && (/(ed|en)$/.test(t.lower) || verbs.some((p) => p.adjective))) ||
      (t.pos === "NOUN" && !patterns.nouns.has(t.lower) && !!prev && (env.groupAt[i - 1 - s.first] >= 0 || prev.pos === "AUX" || (prev.pos === "PRON" && !POSSESSIVE_DET.test(prev.lower)) || prev.pos === "PART" ||
        // "..., and blaming Iran": a participle wink took for a noun
        (t.lower.endsWith("ing") && /^(and|,|each|both|by|while|after|before|without)$/.test(prev.lower)) ||
        // "Israeli troops shot a teenager", "police shot dead two men": after the head noun of an
        // actor's phrase, a word that goes on to an article or a number heads no compound — it is the
        // verb ("the episode captures the effort", "a navy ship blocks the entrance" are no actors' acts)
        (prev.pos === "NOUN" && env.heads.has(prev.lower) && (/^(DET|NUM)$/.test(tokens[i + 1]?.pos ?? "") || tokens[i + 1]?.lower === "dead")))));
    if (verbs && verbal) {
      const v = verbs.find((p) => verbMatches(env, i, p, verbs, patterns.particles));
      if (v) {
        out.push({ at: i, end: v.particle ? particleAt(tokens, i, v, s.last, patterns.particles, env.senses.timePhrases) + 1 : i + 1, verb: v, noun: undefined });
        // ("drew condemnation from Germany for its bombing of Gaza": the noun a reversed pattern takes
        // as its object is that act, received; it is no act of its own with a party after "of")
        if (v.reverse && v.object) for (let q = i + 1; q < Math.min(s.last, i + 10); q++) if (v.object.includes(tokens[q].lower)) { consumed = q; break; }
        continue;
      }
    }
    if (i === consumed) continue;
    const noun = nouns && t.pos !== "VERB" ? nouns.find((p) => (!p.modifiers || p.modifiers.includes(compoundModifier(tokens, i, s.first))) && !p.notBefore?.includes(tokens[i + 1]?.lower ?? "")) : undefined;
    if (noun) out.push({ at: i, end: i + 1, verb: undefined, noun });
  }
  return out;
}

/**
 * The word that makes a compound with the noun at `n`: the word right before it ("hunger strike",
 * "general strike"), or a hyphenated modifier's last part ("a 24-hour strike" → hour). "" when none.
 */
function compoundModifier(tokens: Token[], n: number, first: number): string {
  let m = n - 1;
  // ("a workers' strike": the possessive's noun)
  if (m > first && /^['’]$/.test(tokens[m].text)) m--;
  if (m < first || tokens[m].kind !== "word") return "";
  return tokens[m].lower;
}

const ADVERB_BEFORE_PARTICLE = new Set(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"]);

/**
 * Where a verb's particle stands: right after it ("called for"), or after one adverb of manner or
 * degree ("pushing hard for", "worked closely with", "called again for"); an adverb that is itself
 * some pattern's particle ("backed back down", "pulled out on") is not skipped. -1 when absent.
 */
function particleAt(tokens: Token[], i: number, p: VerbPattern, last: number, particles: ReadonlySet<string>, time: SenseLexicon["timePhrases"]): number {
  const particle = p.particle;
  if (tokens[i + 1]?.lower === particle) return i + 1;
  // "met Tuesday with", "held talks last week with", "spoke on Monday to": wire copy puts the time
  // between a verb and its particle; when it happened does not change what happened
  const when = timeAdjunctEnd(tokens, i + 1, last, time);
  if (when > i + 1 && when < last && tokens[when].lower === particle) return when;
  // "blew themselves up", "shot it down", "called them off": a pronoun object stands before the particle
  if (OBJECT_PRONOUN.test(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === particle && i + 2 < last) return i + 2;
  // only for acts done by saying or deciding: an adverb before "with", "to", "on" of a meeting, a
  // joint act or an attack changes what happened too often ("failing to work properly with", "met
  // privately with" fellow partisans, "headed separately to", "fire protectively on")
  if (!ADVERB_BEFORE_PARTICLE.has(p.type)) return -1;
  const adv = tokens[i + 1];
  // (wink reads "hard" in "pushing hard for" as an adjective: a lone one right before the particle modifies the verb)
  if (i + 2 < last && (adv?.pos === "ADV" || adv?.pos === "ADJ") && !particles.has(adv.lower) && tokens[i + 2].lower === particle) return i + 2;
  return -1;
}

/**
 * "Saudi Arabia has been bombing Yemen", "Israel is bombing Gaza": an -ing form right after a form of
 * "be" that goes on to its object is the progressive verb, even where the tagger reads an event noun
 * ("bombing"). Not a noun with its own phrase after it ("the worst is bombing of hospitals") or none.
 */
function progressive(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  if (t.pos !== "NOUN" || !t.lower.endsWith("ing") || !/^(is|are|was|were|be|been|being|am|'re)$/.test(tokens[i - 1]?.lower ?? "") || i + 1 >= last) return false;
  const next = tokens[i + 1];
  return /^(DET|PROPN|NUM|PRON|ADJ)$/.test(next.pos) && !/^(of|by)$/.test(next.lower);
}

function verbMatches(env: SentenceEnv, i: number, p: VerbPattern, rivals: readonly VerbPattern[] = [], particles: ReadonlySet<string> = new Set()): boolean {
  const { tokens, s } = env;
  let k = i + 1;
  if (p.particle) {
    const at = particleAt(tokens, i, p, s.last, particles, env.senses.timePhrases);
    if (at < 0) return false;
    k = at + 1;
  }
  if (p.objectPerson && !personObject(env, k)) return false;
  if (p.reasonAfter && !reasonFollows(env, k, p.reasonAfter)) return false;
  if (p.object && p.objectIsHead) {
    // ("attacked China's crackdown", "attacked the policies of the government"): the head of the
    // direct object, past an adverb, is the listed word
    const start = tokens[k]?.pos === "ADV" ? k + 1 : k;
    const h = objectHead(tokens, start, s.last);
    return h >= 0 && p.object.includes(tokens[h].lower);
  }
  if (p.object) {
    // ("Stoltenberg has said the Madrid summit was never a deadline", "had agreed to a summit"): an
    // auxiliary right before a verb is no light verb; the verb after it heads the clause
    if (tokens[i].pos === "AUX" && k === i + 1 && k < s.last && tokens[k].pos === "VERB") return false;
    // "imposed sweeping new sanctions on", "signed an aid pact": the head within a few words
    // ("concerns shared by a top UK intelligence chief": a word that qualifies an actor is no object)
    const passive = isPassive(tokens, i, s.first);
    // ("crimes committed by Russian officials and military personnel": after a passive or a participle
    // that follows its noun, "by" names the doer, not the object)
    // ("an American journalist held by Russia": any participle's shape, "held", "shot", "seen")
    const agentBy = passive || (tokens[i - 1]?.pos === "NOUN" && participleShape(tokens[i].lower));
    for (let q = k; q < Math.min(s.last, k + 9); q++) {
      if (agentBy && tokens[q].lower === "by") break;
      // ("staged a sit-in", "held a teach-in": the tokenizer splits a compound whose second part is a
      // particle; the listed compound is the object, whatever tag its first part got)
      if (hyphenCompound(tokens, q, s.last, p.object)) return !otherSense(tokens, k, s.last, p);
      // ("give Japan a taste of its own medicine": the direct object's head says the sense, as for a bare verb)
      // ("withdraw US military aid": a listed word that only modifies the noun after it is not the object)
      // ("launched a rescue operation in Kherson": a civil purpose before the object word, `notModifier`, is another act)
      if (p.notModifier && p.object.includes(tokens[q].lower) && q > k && p.notModifier.includes(tokens[q - 1].lower)) return false;
      // ("sent rescue teams to Turkey": a head that needs its modifier, `objectModifier`, to be the object meant)
      if (p.objectModifier && !(q > k && p.objectModifier.includes(tokens[q - 1].lower))) continue;
      // ("has held the reporter since March": a month's name, spelt with its capital, is a date)
      if (p.object.includes(tokens[q].lower) && !monthName(env, q) && !modifierOnly(tokens, q, p.object, env.heads, env.senses) && !modifiesNoun(tokens, q, s.last, p, rivals)) return !otherSense(tokens, k, s.last, p);
      // ("lift deal-breaking objections": a participle glued by a hyphen is part of a modifier, not a
      // verb; after an actor, "the Ukraine-related sanctions", the actor is no party to this act, so the phrase stays closed)
      const glued = tokens[q - 1]?.text === "-" && !tokens[q - 1].spaceBefore && !tokens[q].spaceBefore && env.groupAt[q - 2 - s.first] < 0;
      if (tokens[q].text === "," || tokens[q].text === "." || (tokens[q].pos === "VERB" && q > k && !glued)) break;
    }
    // the passive puts it before: "sanctions were imposed"; a participle after its noun with its
    // agent after "by" has its object right before it: "hostages taken by Hamas", "the missiles
    // launched by Iran" (not "hostages taken to Gaza", whose doer the phrase does not name)
    if (agentBy && !passive && p.object.includes(tokens[i - 1].lower) && tokens[k]?.lower === "by") return !otherSense(tokens, k, s.last, p);
    if (passive)
      for (let q = i - 1; q >= Math.max(s.first, i - 7); q--) {
        if (p.object.includes(tokens[q].lower)) return true;
        if (tokens[q].text === ",") break;
      }
    return false;
  }
  // "hijacked the debate", "attacked the decision": another sense of the word
  return !otherSense(tokens, k, s.last, p) && !seemsAs(tokens, k, s.last, p) && !forSense(tokens, k, s.last, p);
}

/**
 * A phrase of cause follows in the clause: one of `preps` ("over", "for") whose noun, past its
 * determiners, modifiers and counts, is no noun of time ("came under fire from Congress over the
 * strikes", "drew fire from Paris for its stance"; not "came under fire from rebels for two hours",
 * "over the weekend").
 */
function reasonFollows(env: SentenceEnv, k: number, preps: readonly string[]): boolean {
  const { tokens, s } = env;
  for (let q = k; q < s.last && tokens[q].text !== ";"; q++) {
    if (!preps.includes(tokens[q].lower)) continue;
    let r = q + 1;
    while (r < s.last && /^(DET|ADJ|NUM)$/.test(tokens[r].pos)) r++;
    if (r < s.last && !env.senses.durationNouns.has(tokens[r].lower)) return true;
  }
  return false;
}

/**
 * A named person stands right after the verb as its whole object: "will release Prime Minister
 * Mahendra Chaudhry", "released Alexei Navalny and two aides". Not their possessive ("released
 * Trump's tax returns") and not a phrase the name only modifies ("released Biden administration
 * figures").
 */
function personObject(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  if (k + 1 >= s.last) return false;
  // ("released Ukrainian President Volodymyr Zelensky": a capitalised demonym before the title is the person's own)
  const at = env.groupAt[k - s.first] < 0 && /^[A-Z]/.test(tokens[k].text) && /^(ADJ|PROPN)$/.test(tokens[k].pos) ? k + 1 : k;
  if (env.groupAt[at - s.first] < 0) return false;
  const group = env.groups[env.groupAt[at - s.first]];
  const person = (a: number) => env.layer.actors[a].kind === "person";
  const people = group.actors.filter(person);
  const own = (a: number) => people.some((x) => env.layer.actors[x].country === env.layer.actors[a].code);
  if (group.first !== at || !people.length || !group.actors.every((a) => person(a) || own(a))) return false;
  const next = tokens[group.last];
  return !(next && (/^['’]s?$/.test(next.text) || next.pos === "NOUN" || next.pos === "PROPN"));
}

/** "in Russian rocket strikes", "during an Israeli raid": an attack's phrase opens at `k` (senses.attackNouns, weaponBlasts) */
function harmedInAttack(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  if (!/^(in|during|amid)$/.test(tokens[k]?.lower ?? "")) return false;
  for (let q = k + 1; q < s.last && q - k <= 5; q++) {
    const w = tokens[q].lower;
    if (env.senses.attackNouns.heads.has(w) || env.senses.weaponBlasts.has(w)) return true;
    if (tokens[q].pos === "VERB" || tokens[q].pos === "ADP" || tokens[q].pos === "PUNCT") return false;
  }
  return false;
}

/**
 * "Two Israelis were killed in a Palestinian attack", "five soldiers were wounded during Russian
 * shelling": a passive harm without a "by" agent names its doer in the attack it happened in. The
 * attack noun or gerund (with its doer and no target of its own) gives the verb its source and is the same act,
 * so it is dropped.
 */
function harmInAttack(env: SentenceEnv, raws: [RawEvent, Trigger][]): void {
  const { tokens } = env;
  for (const [ev, trig] of raws) {
    // ("the killing of General Soleimani in a US drone attack": a noun of harm with only the one harmed
    // after it names its doer in the attack too, past the phrase of the one harmed)
    const nominal = trig.noun && ev.rule.startsWith("events/noun:") && ev.target.length > 0;
    if (ev.type !== "ASSAULT" || !(ev.rule.includes("+passive") || nominal) || ev.source.length || !ev.target.length) continue;
    // (a gerund's doer is the demonym right before it, "in Russian shelling", not the clause's subject)
    const doer = (n: RawEvent, t: Trigger) => {
      if (t.noun) return n.source;
      const g = tokens[n.trigger].lower.endsWith("ing") ? env.groupAt[n.trigger - 1 - env.s.first] : -1;
      return g >= 0 ? env.groups[g].actors : [];
    };
    const reach = nominal ? 12 : 7;
    const i = raws.findIndex(([n, t]) => n.type === "ASSAULT" && doer(n, t).length > 0 && !n.target.length && n.trigger > ev.triggerEnd && n.trigger - ev.triggerEnd <= reach);
    if (i < 0) continue;
    const noun = raws[i][0];
    if (!raws[i][1].noun) {
      const g = env.groups[env.groupAt[noun.trigger - 1 - env.s.first]];
      [noun.source, noun.sourceSector] = [g.actors, g.sector ?? null];
    }
    let q = ev.triggerEnd;
    // ("were killed on Sunday in a ...": a time phrase between; "killed in a Palestinian attack")
    while (q < noun.trigger && !/^(in|during|amid)$/.test(tokens[q].lower) && tokens[q].text !== "," && tokens[q].pos !== "VERB") q++;
    if (q >= noun.trigger || !/^(in|during|amid)$/.test(tokens[q].lower)) continue;
    if (tokens.slice(q + 1, noun.trigger).some((t) => t.text === "," || t.pos === "VERB" || t.pos === "ADP")) continue;
    [ev.source, ev.sourceSector] = [noun.source, noun.sourceSector];
    ev.rule += "+agent-in-attack";
    raws.splice(i, 1);
  }
}

/**
 * "one of two Americans killed in the Brussels attacks", "three Russian soldiers wounded in a Ukrainian
 * strike": a participle of harm (senses.victimParticiples) right after an actor's phrase, with no
 * object after it, qualifies the actor as the one harmed: a passive without its auxiliary.
 * ("Russian troops killed two civilians": an object follows, the verb is active.)
 */
function reducedPassive(env: SentenceEnv, v: number, end: number, p: VerbPattern): boolean {
  const { tokens, s, groupAt } = env;
  if (p.target !== "object" || !env.senses.victimParticiples.has(tokens[v].lower)) return false;
  // the actor's phrase may end in its head noun ("Russian soldiers", "U.S. Marines")
  let k = v - 1;
  while (k > v - 3 && k >= s.first && groupAt[k - s.first] < 0 && tokens[k].pos === "NOUN") k--;
  if (k < s.first || groupAt[k - s.first] < 0) return false;
  const next = tokens[end];
  if (next && end < s.last && !/^(ADP|PUNCT|CCONJ|SCONJ)$/.test(next.pos)) return false;
  // ("kidnapped up to 12 French aid workers", "killed at least two": a count opens the object)
  if (env.senses.quantityPhrases.matchAt(tokens, end, (w) => w.lower, s.last)) return false;
  // the phrase only qualifies an actor that is no clause's subject ("one of two Americans killed in"), or
  // one whose own verb comes after it ("soldiers wounded in a strike were taken to hospital"); else the
  // participle is the clause's verb ("Turkish police detained on Monday 20 journalists")
  const g = env.groups[groupAt[k - s.first]];
  // (over a count: "one of at least two Americans killed", "among the dead were two Israelis killed by")
  let b = g.first - 1;
  while (b > s.first && (/^(NUM|ADJ|ADV|DET)$/.test(tokens[b].pos) || (tokens[b].lower === "at" && tokens[b + 1]?.lower === "least")) && g.first - b < 6) b--;
  if (b >= s.first && (tokens[b].pos === "ADP" || tokens[b].pos === "AUX")) return true;
  for (let q = end; q < s.last; q++) {
    const w = tokens[q];
    if (w.text === "," || w.text === ";" || /^(who|which|that)$/.test(w.lower)) return false;
    if (w.pos === "AUX" || (w.pos === "VERB" && q > end && /^(is|are|was|were|have|has|had)$/.test(w.lower))) return true;
  }
  return false;
}


/**
 * "condemned the weapons supplied to Ukraine", "part of a package of measures agreed with the US": a
 * past participle right after a noun of a thing (no actor, no noun of people or parties), whose
 * phrase is the object of a verb or a preposition, with a preposition or the clause's end after it
 * (no object of its own): a reduced relative that qualifies the thing. ("the troops killed civilians"
 * has an object; "the rebels attacked on Monday" names doers.) A thing's phrase that opens the
 * sentence ("The drones supplied to Russia by Iran have been used") is one too when its agent follows
 * after "by" (thingPhraseOpens, below).
 */
function thingParticiple(env: SentenceEnv, v: number, end: number, type: string): boolean {
  const { tokens, s, groupAt } = env;
  const t = tokens[v];
  if (t.pos !== "VERB" || !/^[a-z]/.test(t.text) || !(/(ed|en)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower))) return false;
  const noun = tokens[v - 1];
  // (a common noun that opens the sentence may be tagged as a name for its capital: "Missiles fired at Israel by Iran")
  const opening = v - 1 === s.first && noun.pos === "PROPN" && /^[A-Z][a-z]+$/.test(noun.text);
  if (v - 1 < s.first || (noun.pos !== "NOUN" && !opening) || groupAt[v - 1 - s.first] >= 0) return false;
  const lex = env.senses;
  if (env.heads.has(noun.lower) || lex.roleNouns.has(noun.lower) || lex.partyNouns.has(noun.lower) || lex.collectiveSubjects.has(noun.lower) || lex.unitNouns.has(noun.lower) || lex.personCountHeads.has(noun.lower)) return false;
  // (a policy with a verb of force, "sanctions package targeted at Russia", is read as sanctions: senses.ts subjectSense)
  if (lex.policySubjects.has(noun.lower) && (type === "ASSAULT" || type === "COERCE")) return false;
  const next = tokens[end];
  if (next && end < s.last && !(next.pos === "ADP" || next.text === "," || next.text === ".")) return false;
  // ("a deal agreed between Sweden and Turkey": the participle names its own parties)
  if (next?.lower === "between") return false;
  // the thing's phrase, back over its determiner and modifiers, is governed by a verb or a preposition
  let b = v - 2;
  while (b > s.first && v - b < 8 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[b].pos) && groupAt[b - s.first] < 0) b--;
  if (b >= s.first && ((tokens[b].pos === "VERB" && /^[a-z]/.test(tokens[b].text) && !/^(is|are|was|were|be|been|has|have|had)$/.test(tokens[b].lower)) || tokens[b].pos === "ADP")) return true;
  // ("The drones supplied to Russia by Iran have been used", "A British tanker seized by Iran was
  // released"): a thing's phrase that opens the sentence, over an actor that only qualifies it, is
  // the subject of a verb after the participle; with its agent after "by" it is a reduced relative
  // too (the caller requires the agent), not the clause's own verb
  return thingPhraseOpens(env, b, v) && !!groupAfterWord(env, end, ["by"], 14);
}

/** The thing's phrase that ends before the participle at `v` (back to `b`, over an actor that qualifies it: "A British tanker") opens the sentence. */
function thingPhraseOpens(env: SentenceEnv, b: number, v: number): boolean {
  const { tokens, s, groups, groupAt } = env;
  const gi = b >= s.first ? groupAt[b - s.first] : -1;
  let start = gi >= 0 && groups[gi].last === b + 1 ? groups[gi].first - 1 : b;
  while (start >= s.first && v - start < 9 && /^(DET|ADJ|NUM)$/.test(tokens[start].pos) && groupAt[start - s.first] < 0) start--;
  return start < s.first;
}

/**
 * The group a search after "by" found is that "by"'s own phrase: no verb, auxiliary or punctuation
 * lies between ("fired at Iraq by mistake, the drone was American", "shot down by error as Iran
 * said": the "by" names a manner, and the actor belongs to another clause).
 */
function agentOfBy(env: SentenceEnv, g: Group): boolean {
  const { tokens, s } = env;
  for (let q = g.first - 1; q >= s.first && g.first - q < 14; q--) {
    const t = tokens[q];
    if (t.lower === "by") return true;
    // ("backed by countries including Russia, China and Cuba", "by states, such as Iran": the examples of the agent's noun)
    if (t.lower === "including" || (t.text === "," && /^(including|such)$/.test(tokens[q + 1]?.lower ?? ""))) continue;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.pos === "SCONJ") return false;
  }
  return false;
}

/** The actor that qualifies the thing before the participle at `v` ("A British tanker seized", "a Ukrainian village shelled"), or null. */
function thingModifier(env: SentenceEnv, v: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let b = v - 2;
  while (b > s.first && v - b < 8 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[b].pos) && groupAt[b - s.first] < 0) b--;
  const gi = b >= s.first ? groupAt[b - s.first] : -1;
  if (gi < 0 || groups[gi].last !== b + 1) return null;
  // ("German-made tanks", "US-supplied drones": the maker or supplier is no owner)
  return supplierModifier(env, groups[gi]) || backerModifier(env, groups[gi]) ? null : groups[gi];
}

/**
 * "occupying Russian forces", "the invading army", "retreating Russian troops": an -ing form right
 * before an actor's phrase qualifies it when an article stands before it ("the occupying forces") or
 * when the phrase goes on to its own verb, as a subject ("if occupying Russian forces stop"). ("are
 * occupying Russian territory", "by attacking Russian troops, Ukraine ...": a verb with its object.)
 */
function participleOfDoers(env: SentenceEnv, v: number, end: number): boolean {
  const { tokens, s, groups, groupAt } = env;
  if (end !== v + 1 || !tokens[v].lower.endsWith("ing") || end >= s.last) return false;
  const gi = groupAt[end - s.first];
  if (gi < 0 || groups[gi].first !== end) return false;
  const prev = v > s.first ? tokens[v - 1] : undefined;
  // ("of helping Moscow find workarounds", "when attacking Ukraine": a gerund after a preposition or a subordinator takes an object)
  if (prev && (/^(AUX|NOUN|PROPN|PRON|VERB|ADP)$/.test(prev.pos) || groupAt[v - 1 - s.first] >= 0 || /^(when|while|after|before|since)$/.test(prev.lower))) return false;
  // the phrase is one of doers: it ends in a head noun of a group ("forces", "troops", "army", "rebels")
  let r = groups[gi].last;
  while (r < s.last && r - groups[gi].last < 2 && tokens[r].pos === "NOUN" && !env.heads.has(tokens[r].lower)) r++;
  const head = env.heads.has(tokens[r - 1]?.lower ?? "") ? r : env.heads.has(tokens[r]?.lower ?? "") ? r + 1 : -1;
  if (head < 0) return false;
  if (prev?.pos === "DET") return true;
  return head < s.last && (tokens[head].pos === "VERB" || tokens[head].pos === "AUX") && !/(ing)$/.test(tokens[head].lower);
}

/** `v` is the verb of a relative clause of ability ('that can', 'which could') whose antecedent is a thing, no actor. */
function thingCapability(env: SentenceEnv, v: number): boolean {
  const { tokens, s, groupAt } = env;
  let k = v - 1;
  while (k > s.first && tokens[k].pos === "ADV") k--;
  if (!/^(can|could)$/.test(tokens[k]?.lower ?? "") || k - 2 < s.first) return false;
  if (!/^(that|which)$/.test(tokens[k - 1].lower)) return false;
  const head = tokens[k - 2];
  return head.pos === "NOUN" && groupAt[k - 2 - s.first] < 0 && !env.heads.has(head.lower) && !env.senses.partyNouns.has(head.lower) && !env.senses.collectiveSubjects.has(head.lower);
}

/**
 * "an end to shelling of Gaza by Israel", "Russia's bombing of Kharkiv", "the Russian shelling of
 * Mariupol": an -ing form that takes its object with "of" is a noun. Its doer is the one after "by",
 * else its possessor or the demonym right before it, not the clause's subject ("Egypt helped bring an
 * end to shelling of Gaza by Israel" is no shelling by Egypt); the one acted on follows "of".
 */
function gerundNoun(env: SentenceEnv, v: number, end: number): Pick<RawEvent, "source" | "target" | "sourceSector" | "targetSector"> | null {
  const { tokens, s, groups, groupAt } = env;
  if (end !== v + 1 || !/ing$/.test(tokens[v].lower) || tokens[end]?.lower !== "of") return null;
  const of = groupAfterWord(env, end, ["of"], 1);
  let doer = groupAfterWord(env, end, ["by"], 12);
  if (!doer) {
    const possessed = tokens[v - 1]?.norm === "'s";
    const b = possessed ? v - 2 : v - 1;
    const gi = b >= s.first ? groupAt[b - s.first] : -1;
    if (gi >= 0 && groups[gi].last === b + 1) doer = groups[gi];
  }
  // (with no doer of its own the clause's words stand: "the emirate's war backing of Iraq")
  if (!doer) return null;
  return { source: doer?.actors ?? [], target: of?.actors.filter((a) => !doer?.actors.includes(a)) ?? [], sourceSector: doer?.sector ?? null, targetSector: of?.sector ?? null };
}

/** A verb's -s form ("demands", "pushes", "tries" of demand, push, try): after "to" only a plural noun. */
function pluralAfterTo(word: string, lemma: string): boolean {
  return word !== lemma && (word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith("y") && word === `${lemma.slice(0, -1)}ies`));
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
  // "renewed his threat to raise tariffs on Chinese imports": the act a threat names is threatened,
  // not done (one act, one type, as for "threatened to impose")
  let threatAt = -1;

  // "if occupying Russian forces stop their shelling", "the invading Russian army": a participle
  // that qualifies the doers' phrase names what they are, no act of the clause
  if (participleOfDoers(env, v, trig.end)) return null;
  // "rocket systems that can strike into Russia", "drones which could hit Moscow": what a thing can
  // do, in a relative clause of ability, is no act of anyone's
  if (thingCapability(env, v)) return null;
  // "an end to shelling of Gaza by Israel", "Russia's bombing of Kharkiv": an -ing form before "of" is a noun
  const gerund = gerundNoun(env, v, trig.end);
  // (its fields in the order of every other raw event's, not spread in: one hidden class for the phases that read them)
  if (gerund) return { type: p.type, cameo: p.cameo, source: gerund.source, target: gerund.target, trigger: v, triggerEnd: trig.end, rule: `${rule}+gerund-noun`, statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: gerund.sourceSector, targetSector: gerund.targetSector };
  // "China condemned the weapons supplied to Ukraine", "a package of security measures agreed with the
  // US": a participle after a thing that is an object qualifies it; its doer is the one after "by",
  // or one the text leaves unnamed, never the subject of the clause around it
  // ("missiles fired at Israel by Iran", "shells fired on Kharkiv by Russian troops": a particle that
  // is a preposition with its own phrase after it is no stranded particle; the thing is what was fired,
  // the party comes after the preposition, as for any other verb of the participle)
  // (only a verb whose party is the particle's object: "came under investigation by" has its own object word)
  const particlePrep = !!p.particle && !p.object && p.target === "object" && trig.end === v + 2 && tokens[v + 1].lower === p.particle && tokens[v + 1].pos === "ADP" && tokens[trig.end]?.lower !== "by" ? v + 1 : -1;
  const pEnd = particlePrep >= 0 ? particlePrep : trig.end;
  if (thingParticiple(env, v, pEnd, p.type)) {
    const by = groupAfterWord(env, trig.end, ["by"], 14);
    if (!by || !agentOfBy(env, by)) return null;
    // (a verb whose object is the thing names its party after a preposition: "weapons supplied to Ukraine by the US")
    // (a capture names the one it was taken from: "territories captured by Israel from Jordan", captured-from.ts)
    const preps = Array.isArray(p.target) ? p.target : particlePrep >= 0 ? [p.particle!] : ["to", "on", "upon", "against", "into"];
    // ("A British tanker seized by Iran", "a Ukrainian village shelled by Russian troops": with no
    // party after a preposition, the actor that qualifies the thing is its owner, the one acted on,
    // for acts that fall on what is another's; what is given or sent goes to the one after "to")
    const t = groupAfterWord(env, pEnd, env.senses.capturedFrom.has(p.id) ? [...preps, "from"] : preps, 10) ?? (OWNER_STRUCK.has(p.type) ? thingModifier(env, v) : null);
    if (!t || t.actors.some((a) => by.actors.includes(a))) return null;
    return { type: p.type, cameo: p.cameo, source: by.actors, target: t.actors, trigger: v, triggerEnd: trig.end, rule: `${rule}+thing-participle`, statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: by.sector ?? null, targetSector: t.sector ?? null };
  }
  // ("activists detained by Egyptian police", "suspects detained without trial in the UK": a participle of
  // harm right after a common noun that names no actor qualifies that noun; the one acted on is unnamed,
  // never an actor further back in the sentence; "the police detained activists" has its object after it)
  // (the tagger may read a plural noun as a verb: "terror suspects detained")
  const head = tokens[v - 1];
  // ("recorded 351 civilians killed and 707 injured", "at least 20 wounded": a count right before the
  // participle stands for the people it counts; a year does not: "in 2014 annexed")
  const count = !!head && v - 1 >= s.first && head.pos === "NUM" && /^[0-9][0-9,]*$|^[a-z]+$/.test(head.text) && !/^(1[89]|20)[0-9][0-9]$/.test(head.text) && !dayOfMonth(env, v - 1);
  const nounBefore = !!head && v - 1 >= s.first && (count || (/^[a-z]/.test(head.text) && (head.pos === "NOUN" || (head.pos === "VERB" && /s$/.test(head.lower) && /^(NOUN|ADJ)$/.test(tokens[v - 2]?.pos ?? "")))));
  // (only a phrase that names no actor: "Israeli troops killed yesterday two gunmen", "U.S. Navy sailors
  // detained by Iran" name theirs, over their head nouns, and reducedPassive reads them)
  let hk = v - 1;
  while (hk > v - 4 && hk > s.first && env.groupAt[hk - s.first] < 0 && /^(NOUN|ADJ|VERB)$/.test(tokens[hk].pos)) hk--;
  const victim = nounBefore && env.senses.victimParticiples.has(tokens[v].lower) && !/^(DET|NUM|PROPN|PRON|NOUN|ADJ)$/.test(tokens[trig.end]?.pos ?? "");
  const hg = env.groupAt[v - 1 - s.first];
  const patientGroup = victim && hg >= 0 && env.groups[hg].last === v ? env.groups[hg] : null;
  const reducedRelative = victim && (!!patientGroup || env.groupAt[hk - s.first] < 0);
  // (a count's harm in an attack, "were killed and 18 injured in Russian rocket strikes", takes the
  // attack's doer: harmInAttack)
  if (reducedRelative && !patientGroup && tokens[trig.end]?.lower !== "by" && !(count && harmedInAttack(env, trig.end))) return null;
  // ("attacks launched by Russia", "objections raised by Turkey to their bid": a participle right
  // after its own object noun, with its agent after "by", is a reduced passive whose doer is the agent;
  // the one acted on is after the verb's preposition or qualifies the noun, never a subject before)
  const objectAgent = !!p.object && p.object.includes(head?.lower ?? "") && tokens[trig.end]?.lower === "by" && !isPassive(tokens, v, s.first);
  if (objectAgent) {
    const by = groupAfterWord(env, trig.end, ["by"], 4);
    if (!by || !agentOfBy(env, by)) return null;
    const preps = Array.isArray(p.target) ? p.target : [];
    const t = (preps.length ? groupAfterWord(env, by.last, preps, 10) : null) ?? (OWNER_STRUCK.has(p.type) || p.target === "object" ? thingModifier(env, v) : null);
    if (t && t.actors.some((a) => by.actors.includes(a))) return null;
    return { type: p.type, cameo: p.cameo, source: by.actors, target: t?.actors ?? [], trigger: v, triggerEnd: trig.end, rule: `${rule}+agent-after-object`, statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: by.sector ?? null, targetSector: t?.sector ?? null };
  }
  // passive: "sanctions were imposed on Russia by the EU"
  const passive = isPassive(tokens, v, s.first) || reducedPassive(env, v, trig.end, p);
  if (passive) {
    // ("accused of crimes committed in Basra by Iranian soldiers": the agent of a participle in the complement, far-accusers.ts)
    const found = groupAfterWord(env, trig.end, ["by"], 14);
    const by = found && !participleAgent(env, found, trig.end) && agentOfBy(env, found) ? found : null;
    if (by) [source, srcG] = [by.actors, by];
    // ("rebels alleged to be backed by Iran": a subject that names no actor leaves the one acted on unnamed)
    const subj = reducedRelative ? patientGroup : by && !unnamedCollectiveSubject(env, v, false) ? subjectBefore(env, v) ?? nearestGroupBefore(env, v) : subjectBefore(env, v);
    // ("German-made tanks were destroyed by Russia": the maker or supplier is not the one acted on)
    // ("the meeting on Palestinian reform was hosted by Britain": what the talks were about, topic-parties.ts)
    if (subj && !supplierModifier(env, subj) && !topicGroup(env, p.type, subj)) [target, tgtG] = [subj.actors, subj];
    // ("rockets were fired at Israel by Hamas": the party after the particle's own phrase, not the thing fired)
    const prepTarget = Array.isArray(p.target) ? groupAfterWord(env, trig.end, p.target, 10) : particlePrep >= 0 ? groupAfterWord(env, particlePrep, [p.particle!], 10) : null;
    if (prepTarget && !(by && prepTarget.actors.some((a) => by.actors.includes(a)))) [target, tgtG] = [prepTarget.actors, prepTarget];
    rule += "+passive";
  } else {
    // purpose clause: "are meeting in Moscow to sign a treaty" → the subject of "are meeting"
    let k = v - 1;
    while (k >= s.first && (tokens[k].pos === "ADV" || tokens[k].lower === "not")) k--;
    // ("called on Arabs to unite and mobilize": the "to" of the infinitive it is coordinated with)
    const coordinated = tokens[k]?.lower !== "to" ? coordinatedTo(tokens, v, p.verb, s.first) : -1;
    if (coordinated >= 0) k = coordinated;
    if (tokens[k]?.lower === "to" && k > s.first) {
      // "refused to give in to demands from Brussels", "responded to requests from Finland": a form in
      // -s after "to" is no infinitive but a plural noun, another's act (its noun patterns read it);
      // "agreed to talks with Moscow" names the same meeting either way
      if (p.type !== "CONSULT" && pluralAfterTo(tokens[v].lower, p.verb)) return null;
      // "had no plans to talk to Putin": no one means to do it
      if (negatedIntent(tokens, k, s.first, env.senses)) return null;
      // "has it really renounced the right to invade Iraq", "claims the freedom to strike": an
      // entitlement names an act one may do, none done or planned
      // ("was right to threaten", "are right to call out": the adjective judges an act done)
      if (env.senses.rightNouns.has(tokens[k - 1].lower) && tokens[k - 1].pos === "NOUN") return null;
      // ("carried out its threat to impose", "made good on his threat": a threat fulfilled is the act done)
      const fulfilled = tokens.slice(Math.max(s.first, k - 5), k - 1).some((t) => env.senses.threatFulfilment.has(t.lower));
      if (env.senses.threatNouns.has(tokens[k - 1].lower) && !SYMMETRIC.has(p.type) && !fulfilled) threatAt = k - 1;
      const gov = governingVerb(tokens, k - 1, s.first);
      if (gov >= 0) statusVerb = gov;
      // "urged the US to return": the US would do it; "agreed to sign": the subject would
      const controller = gov >= 0 && OBJECT_CONTROL.test(tokens[gov].lower) ? groupBetween(env, gov + 1, k) : null;
      // "Biden urged allies to send weapons", "asked member states to impose sanctions": the act is
      // the object's, a party the text leaves unnamed; the one who urges is not its doer
      if (!controller && gov >= 0 && OBJECT_CONTROL.test(tokens[gov].lower) && unnamedPartyObject(env, gov + 1, k)) return null;
      // "welcomed Iran's decision to release the prisoners": the act of the noun's owner
      const owner = !controller && env.senses.intentNouns.has(tokens[k - 1].lower) ? nounOwner(env, k - 1) : null;
      // ("Putin was to meet Xi", "were Russia to use chemical weapons": "be" right before "to", or an
      // inverted "were" before the subject, makes an arrangement or a condition of that subject's;
      // the verb further back is no governor of it)
      const beTo = !controller && !owner ? beToSubject(env, k) : null;
      // ("he expects Turkey to hit ISIS back": the one expected to act, not the one who expects)
      const expected = !controller && !owner && !beTo && gov >= 0 ? expectedDoer(env, gov, k) : null;
      const subj = beTo ?? controller ?? owner ?? expected ?? subjectBefore(env, gov >= 0 ? gov : k);
      if (subj) [source, srcG] = [subj.actors, subj];
      rule += controller ? "+object-control" : expected ? "+expected-doer" : "+infinitive";
      if (coordinated >= 0) rule += "+coordinated";
      if (owner) rule += "+noun-owner";
    } else {
      const subj = subjectBefore(env, v);
      if (subj) [source, srcG] = [subj.actors, subj];
    }
    if (p.target === "object") {
      // ("demanding autonomy from Serbian authorities", "demanded the removal of President X")
      const asked = p.type === "REQUEST" ? ["from", "of"] : [];
      // ("captured part of a stronghold on the Thai border": a border is where, unless forces mass on it)
      // ("enable the Ukrainians to defend themselves against Russian artillery", "help Kyiv fight
      // against Russia": whom help is against is the enemy of the one helped, never the one helped)
      // ("pledged to help on Libya", "consulted on Iran with Germany": an act of talking, helping or
      // agreeing is about what follows "on", not done to it; topic-parties.ts)
      const at = groupAfterWord(env, trig.end, partyPreps(env, p.type, [...(BENEFITS.has(p.type) ? [] : ["against"]), "on", "upon", "at", "toward", "towards", ...asked]), 8);
      // ("will ask the court at The Hague", "asked the tribunal in Arusha"): a town after the object
      // noun's "at" or "in" is where that thing is, no party the act is directed at
      const where = at && !PLACE_TARGET_TYPES.has(p.type) && objectsPlace(env, at, trig.end);
      const o = objectAfter(env, trig.end, p) ?? (at && !where && !(p.type !== "MOBILIZE" && borderPlace(env, at)) ? at : null) ?? relationWith(env, trig.end);
      if (o) [target, tgtG] = [o.actors, o];
      // "Crimea, which Russia annexed in 2014": the object before the relative clause (object-gaps.ts)
      else if (srcG && !p.object && !p.particle) {
        const gap = objectGapAntecedent(env, srcG, v, trig.end, p.type);
        if (gap) [target, tgtG, rule] = [gap.actors, gap, `${rule}+relative-object`];
      }
    } else if (Array.isArray(p.target)) {
      // ("bolstered its presence in Estonia against Russia": forces face the state they are against, not the place they stand in)
      const faced = p.type === "MOBILIZE" && p.target.includes("against") ? groupAfterWord(env, trig.end, ["against"], 12) : null;
      const t = faced ?? groupAfterWord(env, trig.end, p.target, p.object ? 12 : 8);
      if (t) [target, tgtG] = [t.actors, t];
      // "threatened Japan with missile strikes": an actor as the direct object is the one acted on
      // ("discussing the Iran nuclear deal", "to discuss Ukraine": but a verb of discussing has its
      // partner after "with" or "between"; its direct object is the topic, senses.topicVerbs)
      else if (!env.senses.topicVerbs.has(tokens[v].lower)) {
        let q = trig.end;
        while (q < s.last && /^(the|a|an)$/.test(tokens[q].lower)) q++;
        const gi = q < s.last ? env.groupAt[q - s.first] : -1;
        // (but "removed Russian troops from Kherson": the troops a withdrawal moves are its doer's own,
        // and another's troops moved are no withdrawal from their state)
        if (gi >= 0 && p.type === "RETREAT") return null;
        // ("would reinforce Nato's defences", "bolstered Poland's border"): the owner of the forces a
        // deployment strengthens is on the doer's side, not the one the forces face
        const forcesOwner = gi >= 0 && p.type === "MOBILIZE" && tokens[env.groups[gi].last]?.norm === "'s";
        // ("investigated the Russia affair": a state that names a topic is no party, topic-parties.ts)
        const topical = gi >= 0 && topicNounAfter(env, env.groups[gi]) >= 0;
        if (forcesOwner) target = [];
        else if (gi >= 0 && env.layer.actors[env.groups[gi].actors[0]].kind !== "location" && !backerModifier(env, env.groups[gi]) && !topical) [target, tgtG] = [env.groups[gi].actors, env.groups[gi]];
        // "allow the return of U.N. weapons inspectors", "expelled Russian diplomats": the actor
        // that qualifies the object's head
        else if (p.object && !topical) {
          for (let r = trig.end; r < Math.min(s.last, trig.end + 9); r++) {
            // ("agreed on Iran", "offered help on Libya": what the act is about, topic-parties.ts)
            if (topicPreposition(env, p.type, tokens[r].lower)) break;
            if (p.object.includes(tokens[r].lower)) {
              // "expelled inspectors of the IAEA", "prevented the demonstration staged by students":
              // the object's owner or maker is the one acted on
              const ownerWord = tokens[r + 1]?.lower === "of" ? r + 1 : /^(staged|held|organized|organised|planned|called|led|by)$/.test(tokens[r + 1]?.lower ?? "") ? r + 1 : -1;
              const owner = ownerWord >= 0 ? groupAfterWord(env, ownerWord, ["of", "by"], 3) : null;
              if (owner && env.layer.actors[owner.actors[0]].kind !== "location") [target, tgtG] = [owner.actors, owner];
              break;
            }
            const g = env.groupAt[r - s.first];
            if (g >= 0 && topicNounAfter(env, env.groups[g]) >= 0) break;
            if (g >= 0 && env.layer.actors[env.groups[g].actors[0]].kind !== "location") {
              // ("would not send any Nato troops into Ukraine", "sent French tanks"): a name that
              // qualifies the thing given is its owner or maker, no receiver of the aid
              if (p.type === "AID" && qualifiesGift(tokens, env.groups[g].last, p.object)) break;
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
    // ("struck targets across Ukraine": force spread over a place falls on it, senses.spreadPlaces)
    const spread = env.senses.spreadPlaces.types.has(p.type) && spreadObject(tokens, trig.end, s.last, env.senses);
    const place = groupAfterWord(env, trig.end, spread ? PLACE_PREPS_SPREAD(env.senses.spreadPlaces.preps) : PLACE_PREPS, 10);
    // ("killed two people in a Russian-held town": the holder is no place)
    // ("killing 20 people, officials in Nairobi said": the relayers' place; "fighting near the Afghan border": either side of it)
    const where = place && !relayingPlace(env, place) && !(p.type !== "MOBILIZE" && borderPlace(env, place));
    // ("Palestinian refugees rallied in southern Lebanon": a protest held abroad is not against the
    // state it is held in; one held at home is, "ethnic Albanians demonstrated in Serbia")
    const abroad = p.type === "PROTEST" && !!place && source.length > 0 && !place.actors.some((a) => source.some((x) => stateOf(env, x) === stateOf(env, a)));
    if (where && !abroad && !holderModifier(env, place) && place.actors.every((a) => env.layer.actors[a].kind === "location" || env.layer.actors[a].kind === "country")) target = place.actors;
  }
  // "Saudi Arabia buys its weapons from the US": the one the phrase names does the act, to the subject
  if (p.reverse) {
    [source, target, srcG, tgtG] = [target, source, tgtG, srcG];
    rule += "+reverse";
  }
  // (the threat is the noun's act: the noun's clause gives its status, "renewed his threat" occurred)
  if (threatAt >= 0) return { type: "THREATEN", cameo: "130", source, target, trigger: threatAt, triggerEnd: trig.end, rule: `${rule}+threat-noun`, statusVerb: statusVerb === v ? threatAt : statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: srcG?.sector ?? null, targetSector: tgtG?.sector ?? null };
  return { type: p.type, cameo: p.cameo, source, target, trigger: v, triggerEnd: trig.end, rule, statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: srcG?.sector ?? null, targetSector: tgtG?.sector ?? null };
}

/**
 * "its unjustified and unprovoked war", "Russia's illegal, unjustifiable, and unprovoked invasion": a
 * conjunction or comma between two adjectives before the noun joins modifiers of one phrase; the owner
 * stands before them all. Not between nouns ("Ukraine's cities and drone attacks" names two things).
 */
function coordinatedModifier(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (t.lower !== "and" && t.text !== ",") return false;
  const adjective = (q: number) => q >= first && tokens[q].pos === "ADJ";
  const before = tokens[k - 1]?.text === "," && t.lower === "and" ? k - 2 : k - 1;
  return adjective(before) && (adjective(k + 1) || (t.text === "," && tokens[k + 1]?.lower === "and" && adjective(k + 2)));
}

function nounEvent(env: SentenceEnv, trig: Trigger, patterns: EventLexicon): RawEvent | null {
  const p = trig.noun!;
  const { tokens, s, groups, groupAt } = env;
  const n = trig.at;
  let source: number[] = [];
  let target: number[] = [];
  let srcG: Group | null = null;
  let tgtG: Group | null = null;
  // ("Washington's new package of military aid for Kyiv": the lot's owner gives the aid; aid-containers.ts)
  const lot = p.type === "AID" ? aidContainer(env, n, env.senses.aidContainers) : -1;
  const head = lot >= 0 ? lot : n;
  // "Putin's invasion", "Russia's full-scale invasion", "the Russian invasion", "Iran's supply"
  let k = head - 1;
  // ("her planned visit", "Iran's proposed talks": a participle of status after a determiner or possessor is a modifier)
  const statusModifier = (q: number) => env.senses.nounStatus.has(tokens[q].lower) && (/^(DET|PRON)$/.test(tokens[q - 1]?.pos ?? "") || tokens[q - 1]?.norm === "'s");
  // ("Washington's new $1bn package": a sum's currency sign; wink reads some adjectives after a possessor as adverbs)
  const amountOrAdv = (q: number) => /^[$£€]$/.test(tokens[q].text) || (tokens[q].pos === "ADV" && tokens[q - 1]?.norm === "'s" && /^(ADJ|NUM|NOUN)$/.test(tokens[q + 1]?.pos ?? ""));
  while (k >= s.first && (tokens[k].pos === "ADJ" || tokens[k].pos === "NUM" || tokens[k].text === "-" || (tokens[k].pos === "NOUN" && groupAt[k - s.first] < 0) || statusModifier(k) || amountOrAdv(k) || coordinatedModifier(tokens, k, s.first))) k--;
  // "Putin's invasion", "the Russian invasion" — but "the Ukraine war" names where, not who
  const possessive = k >= s.first && tokens[k].norm === "'s";
  if (possessive) k--;
  let possessor: Group | null = null;
  const pre = k >= s.first ? groupAt[k - s.first] : -1;
  // "Netanyahu said his country's strikes on Iran": the person's state
  const state = possessive && pre < 0 && k > s.first ? pronounState(env, k - 1) : null;
  if (state) [source, srcG] = [state.actors, state];
  if (pre >= 0) {
    const m = env.layer.mentionAt[k];
    // a demonym or an acronym used as one ("US strikes", "EU sanctions") is the doer
    // ("Kurdish militant groups and Sweden's suspension": the 's is the last conjunct's, find-parties)
    const owner = possessive ? possessorConjuncts(env, groups[pre]).owner : groups[pre];
    if (possessive || (m && (m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)) || partyModifier(env, groups[pre]))) [source, srcG] = [owner.actors, owner];
    if (possessive) possessor = owner;
  }
  let roundOwned = false;
  // "the EU's 14th package of sanctions", "a new US round of sanctions": the round's owner (measure-rounds.ts)
  if (!source.length) {
    const owner = roundOwner(env, n, env.senses.measureRounds);
    if (owner) [source, srcG, roundOwned] = [owner.actors, owner, true];
  }
  // "lost the support of top leaders": the one after "of" gives it
  const subjective = !!p.subjectiveOf && subjectiveOf(tokens, n, s.first, env.senses);
  const from = groupAfterWord(env, trig.end, subjective ? [...p.sourcePreps, "of"] : p.sourcePreps, 4);
  if (from) [source, srcG] = [from.actors, from];
  // a light verb carries the noun: "staged rallies", "began a hunger strike", "launched a mediation
  // effort" — the verb's subject does the act, and the verb gives its status
  let statusVerb = n;
  if (!source.length) {
    let q = head - 1;
    // ("its long-threatened invasion": a hyphenated compound is one modifier, whatever its last word's tag)
    const glued = (q: number) => tokens[q - 1]?.text === "-" && !tokens[q - 1].spaceBefore && !tokens[q].spaceBefore;
    // (wink tags some adjectives as adverbs after an article: "gave a warm welcome" reads warm/ADV)
    const adjAsAdv = (q: number) => tokens[q].pos === "ADV" && tokens[q - 1]?.pos === "DET";
    while (q >= s.first && head - q < 7 && (/^(DET|ADJ|NUM|NOUN|PRON)$/.test(tokens[q].pos) || adjAsAdv(q) || glued(q) || (tokens[q].text === "-" && !tokens[q].spaceBefore) || /^(up|out|off)$/.test(tokens[q].lower)) && groupAt[q - s.first] < 0) q--;
    // "participate in the pact-signing", "take part in talks"
    if (q > s.first && (tokens[q].lower === "in" || tokens[q].lower === "at") && /^(participate|participates|participated|participating|part|join|joined|joins|attend|attended|attends)$/.test(tokens[q - 1].lower)) q--;
    // ("amid continued pressure from Western sanctions regimes", "despite the continued shelling": a
    // participle after a preposition or an article qualifies the noun; it is no verb with a subject)
    const modifier = /ed$/.test(tokens[q]?.lower ?? "") && q > s.first && (tokens[q - 1].pos === "ADP" || tokens[q - 1].pos === "DET");
    if (q >= s.first && !modifier && (LIGHT_VERBS.test(tokens[q].lower) || /^(participate|participates|participated|participating|part)$/.test(tokens[q].lower))) {
      const subj = subjectBefore(env, q);
      if (subj) [source, srcG] = [subj.actors, subj];
      statusVerb = q;
      // "promised to continue military aid": the governing verb gives the status and the intent
      if (tokens[q - 1]?.lower === "to") {
        const gov = governingVerb(tokens, q - 2, s.first);
        if (gov >= 0) statusVerb = gov;
      }
    } else if (q > s.first && tokens[q].lower === "with") {
      // "Iran retaliated with missile strikes on US bases", "responded to the raid with sanctions on
      // Moscow": the act is the means of the response, done by the one who responds
      const v = responseVerbBefore(env, q);
      if (v >= 0) {
        const subj = subjectBefore(env, v);
        if (subj) [source, srcG] = [subj.actors, subj];
        statusVerb = v;
      }
    }
  }
  // a contact relative clause: "the sanctions President Reagan imposed on Japanese exports", "the
  // attack (that) Russia launched on Kyiv": its subject does the act, and its verb gives the status;
  // the parties acted on follow that verb
  let after = trig.end;
  let relative = false;
  if (!source.length) {
    const rel = relativeDoer(env, n, trig.end, patterns);
    if (rel) {
      [source, srcG] = [rel.group.actors, rel.group];
      statusVerb = rel.verb;
      after = rel.verb + 1;
      relative = true;
    }
  }
  let passiveRelative = false;
  // "the sanctions on Russia, which were adopted by the EU on Monday": a passive relative clause's
  // agent, when its verb puts the act in place (a light verb or a pattern of the noun's own type);
  // measures only: "an assault on China ordered up by a U.S. president" is as often a trade war's metaphor
  if (!source.length && p.type === "SANCTION") {
    const takes = (w: string, noun: string) => LIGHT_VERBS.test(w) || (patterns.verbs.get(w) ?? []).some((v) => !v.reverse && v.type === p.type && !!v.object?.includes(noun));
    const rel = passiveRelativeDoer(env, n, trig.end, p.targetPreps, takes);
    if (rel) {
      [source, srcG] = [rel.group.actors, rel.group];
      statusVerb = rel.verb;
      passiveRelative = true;
    }
  }
  // "angry at Spain for opposing his war on Iran": a possessive pronoun's party ("suspended its
  // sanctions on Turkey": not where the phrase is the object of a verb that says what became of the
  // act; one that only judges it, "opposing his war", takes it as done)
  const governing = patterns.verbs.get(tokens[k - 1]?.lower ?? "");
  let pronounOwned = false;
  if (!source.length && k >= s.first && !possessive && !governing?.some((v) => !JUDGEMENTS.has(v.type))) {
    const owner = pronounPossessor(env, k);
    if (owner) [source, srcG, pronounOwned] = [owner.actors, owner, true];
  }
  // ("protests against the Russian invasion took place in Berlin": the clause's own verb ends the noun's phrase)
  const to = !relative && clauseVerbAfterNoun(env, n, after) ? null : groupAfterWord(env, after, partyPreps(env, p.type, subjective ? p.targetPreps.filter((w) => w !== "of") : p.targetPreps), 6);
  if (to) [target, tgtG] = [to.actors, to];
  // "Navalny's arrest", "the envoy's expulsion": a person who owns an act done to people is the one it
  // is done to, when no object of the noun names another ("Russia's arrest of X" keeps its doer)
  else if (p.patientPossessor && possessor && possessor.actors.every((a) => env.layer.actors[a].kind === "person")) {
    [target, tgtG] = [possessor.actors, possessor];
    if (srcG === possessor) [source, srcG] = [[], null];
  }
  let namedTarget = false;
  // "the Russia sanctions approved by the EU", "the EU's Belarus sanctions": the state a measure is
  // named after is its target, a possessor before that name its doer (named-measures.ts)
  if (!target.length) {
    const named = measureNamedAfter(env, n, env.senses.namedMeasures);
    if (named && named.target !== srcG) {
      [target, tgtG, namedTarget] = [named.target.actors, named.target, true];
      if (!source.length && named.owner) [source, srcG] = [named.owner.actors, named.owner];
    }
  }
  // "an EU demand for Turkey to recognise Cyprus": the party asked to act, not one named in what it
  // is asked to do (for-party.ts)
  let forParty = false;
  if (p.forParty) {
    const g = forPartyTarget(env, trig.end);
    if (g && !g.actors.some((a) => source.includes(a))) [target, tgtG, forParty] = [g.actors, g, true];
  }
  if (p.onlyForParty && !forParty) return null;
  // ("if Ukraine loses its conflict with Russia": a mutual act's owner is no attacker; "its war on Ukraine" is)
  if (to && pronounOwned && p.mutualPreps) {
    let q = to.first - 1;
    while (q >= after && !p.targetPreps.includes(tokens[q].lower)) q--;
    if (q >= after && p.mutualPreps.includes(tokens[q].lower)) [source, srcG] = [[], null];
  }
  // "In a phone call with Zelenskiy, Biden said", "Biden said in talks with Xi": the framed clause's
  // subject is the meeting's other side (partaker.ts)
  let partaker = false;
  if (to && !source.length) {
    const part = clausePartaker(env, n, p, to);
    if (part) [source, srcG, target, partaker] = [part.source.actors, part.source, part.target, true];
  }
  // "Ukraine has ignored a Russian ultimatum", "Iran dismissed Israeli threats": the one who answers the act
  // is the one it was directed at (a doer of its own named, no target of its own; partaker.ts)
  if (!target.length && source.length && p.addresseeVerbs) {
    const addressee = answeringSubject(env, n, p.addresseeVerbs);
    if (addressee && !addressee.actors.some((a) => source.includes(a))) [target, tgtG] = [addressee.actors, addressee];
  }
  // "Amid sanctions from the US and its allies, Russia has deepened ...": the main clause's subject
  // (only when the noun heads the fronted phrase: "Despite much of the world siding with Ukraine ... to
  // stand up to Russian aggression, Pope Francis insisted" has verbs of its own between)
  // (not where the noun's own object names its target in words that are no actor of ours: "After Russia's invasion of its
  // western neighbour, Chancellor Scholz announced" invaded no Scholz)
  const ownObject = /^(of|on|against|into|upon)$/.test(tokens[after]?.lower ?? "");
  if (!target.length && !ownObject && FRONTED.has(tokens[s.first].lower) && !tokens.slice(s.first + 1, n).some((t) => t.pos === "VERB")) {
    let comma = n;
    while (comma < s.last && tokens[comma].text !== ",") comma++;
    // ("Since Syria's civil war erupted in 2011, Israel has ...": a fronted clause whose verb after the
    // noun takes no object tells when the act began or ended, not whom it hit; "After Russian strikes
    // hit the city, Ukraine ..." still names the one hit)
    let v = trig.end;
    while (v < comma && tokens[v].pos !== "VERB") v++;
    const ownVerb = v < comma && !/^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tokens[v + 1]?.pos ?? "");
    const main = comma < s.last && !ownVerb ? firstSubjectGroup(env, comma + 1) : null;
    if (main) [target, tgtG] = [main.actors, main];
  }
  return { type: p.type, cameo: p.cameo, source, target, trigger: n, triggerEnd: trig.end, rule: `events/noun:${p.id}${relative ? "+relative" : passiveRelative ? "+relative-agent" : statusVerb !== n ? "+light-verb" : partaker ? "+partaker" : ""}${forParty ? "+for-party" : ""}${roundOwned ? "+round-owner" : ""}${namedTarget ? "+named-target" : ""}`, statusVerb, status: undefined, refused: undefined, noAct: undefined, sourceSector: srcG?.sector ?? null, targetSector: tgtG?.sector ?? null };
}

/**
 * The doer named by a relative clause right after an act noun: "the sanctions (that) the EU imposed",
 * "the attack Russia had launched", "the aid Washington gave". The clause's verb must be one that
 * takes the noun as its object: a light verb (launch, stage, give, make, hold ...) or a verb pattern
 * that lists the noun among its objects (impose → sanctions, sign → deal). "The sanctions Russia
 * faces", "the aid Ukraine received", "the talks Iran wants" name no doer of the act.
 */
function relativeDoer(env: SentenceEnv, n: number, end: number, patterns: EventLexicon): { group: Group; verb: number } | null {
  const { tokens, s, groups, groupAt } = env;
  let q = end;
  // ("the new Iran sanctions, which Congress approved": a comma before a non-restrictive "which")
  if (tokens[q]?.text === "," && tokens[q + 1]?.lower === "which" && q + 1 < s.last) q++;
  if (q < s.last && /^(that|which)$/.test(tokens[q].lower)) q++;
  if (q < s.last && tokens[q].lower === "the") q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  if (gi < 0 || groups[gi].first !== q) return null;
  let r = groups[gi].last;
  // ("the sanctions the EU has imposed", "the attack Russia had long planned")
  while (r < s.last && r - groups[gi].last < 3 && (tokens[r].pos === "AUX" || tokens[r].pos === "ADV")) r++;
  if (r >= s.last || tokens[r].pos !== "VERB") return null;
  const w = tokens[r].lower;
  const noun = tokens[n].lower;
  // ("the criticism Clinton has received from Republicans": a verb that receives the act names its
  // target, no doer)
  const takes = LIGHT_VERBS.test(w) || (patterns.verbs.get(w) ?? []).some((p) => !p.reverse && !!p.object?.includes(noun));
  return takes ? { group: groups[gi], verb: r } : null;
}

function toRecord(env: SentenceEnv, ev: RawEvent, trig: Trigger, ctx: EventStageContext): EventRecord | null {
  const { layer, doc, tokens, s } = env;
  const actors = layer.actors;
  const code = (i: number) => actors[i].code ?? actors[i].country ?? null;
  // a state's people and its government are two parties even when both are "Iraq" (domestic.ts)
  const twoSides = twoSidesOfOneState(env, ev, ctx.stateParts ?? NO_PARTS, SYMMETRIC.has(ev.type));
  // a news outlet or a reporter reports, and travels to report: no doer of a material or diplomatic
  // act ("The BBC travelled to a Caracas hospital", "the BBC's Sarah Rainsford is at the scene of one
  // of the blasts to hit Kyiv"); its own words may still accuse, ask or praise
  // ("Taking Mariupol and other ports could allow Russia to ...", "Russia reabsorbed Crimea, ...,
  // and hacked into U.S. institutions"): a town or region, no capital that stands for its
  // government and no group noun that says who ("Protesters in Cairo"), does nothing but be
  // fought over; it is no doer of words, deals or measures (an unattributed blast's place is set below)
  const idlePlace = (i: number) => actors[i].kind === "location" && !actors[i].sector && !ev.sourceSector && ev.type !== "ASSAULT";
  let source = ev.source.filter((i) => (code(i) || statelessParty(actors[i], ev.type)) && (actors[i].sector !== "MED" || SPEECH_ACTS.has(ev.type)) && !idlePlace(i));
  // ("Tikhanovskaya, who was speaking to the BBC", "spoke in an interview with Ukrinform", "has
  // hosted a show on RT"): to talk to, appear on or work for a news outlet is to give an interview or
  // do a job, no meeting nor cooperation with it; what is said of an outlet or done to it still counts
  let target = ev.target.filter((i) => (code(i) || statelessParty(actors[i], ev.type)) && (twoSides || !source.includes(i)) && !(actors[i].sector === "MED" && MEETINGS.has(ev.type)));
  // acts inside a quote belong to the speaker's side ("we will respond" said by Iran's minister)
  const qi = env.inQuote[ev.trigger];
  const quote = qi >= 0 ? env.quotes[qi] : null;
  // ("Greece said it would defend its rights and urged Turkey to accept": a past verb after "and"
  // cannot share the reported clause's modal; it is the reporter's second act, told by the narrator)
  const statusQuote = quote && quote.kind === "indirect" && reportCoordinate(env, ev.trigger, quote) ? null : quote;
  // ("we will respond": the speaker's side is the one who says "we" or "I")
  // (an act noun is the speaker's only when "our"/"my" owns it or "we" is the subject of its light
  // verb: "if we saw an invasion", "I think for any Nato member to get involved in a conflict" name
  // someone else's act, or no one's)
  const firstPerson = ev.rule.startsWith("events/noun:") && !ev.rule.includes("+light-verb") ? firstPersonOwner(tokens, s, ev.trigger) : (() => {
    for (let k = Math.max(s.first, ev.trigger - 20); k < ev.trigger; k++) if (env.inQuote[k] === qi && /^(we|i|our|my)$/.test(tokens[k].lower)) return true;
    return false;
  })();
  // a threat, a demand, an accusation, praise or a refusal in someone's words is theirs to make
  const speechAct = SPEECH_ACTS.has(ev.type);
  // (a noun is no act of the speaker's without "we"/"our" or a party it is directed at: "the support
  // of voters" in a quote is no act, "solidarity with Ukraine" is the speaker's)
  // ("Western support for Ukraine", "international condemnation of Russia": a modifier that names
  // other doers makes the act theirs, not the speaker's; senses.otherDoers)
  const directedNoun = ev.rule.startsWith("events/noun:") && target.length > 0 && !otherDoerModifier(tokens, ev.trigger, s.first, ctx.senses);
  // ("“It would threaten the elimination of Israel”", "said the coalition supporting Ukraine": a verb
  // with a subject of its own that names someone else is not the speaker's act)
  const others = !!quote && ev.rule.startsWith("events/verb:") && otherSubject(env, ev.trigger, actors.findIndex((a) => a.id === quote.speaker));
  if (quote && !source.length && !others && !ev.rule.includes("+passive") && (firstPerson || (speechAct && (!ev.rule.startsWith("events/noun:") || directedNoun)))) {
    const sp = actors.findIndex((a) => a.id === quote.speaker);
    // (a news outlet relays others' acts: "a report, monitored by the BBC, said he gave the warning")
    if (sp >= 0 && code(sp) && actors[sp].sector !== "MED") source = [sp];
  }
  // "A roadside bombing near Samarra killed one U.S. soldier": an attack no one is named for is
  // coded to the state where it happened
  // ("killed in a Ukrainian drone strike on a warehouse close to Moscow": the demonym of the strike is
  // its doer; the one struck is the place's state, when another)
  const attacker = !source.length && ev.type === "ASSAULT" && target.length ? attackerDemonym(env, target, ev.rule.startsWith("events/noun:") ? ev.trigger : -1) : null;
  if (attacker !== null) {
    source = [attacker];
    target = target.filter((t) => code(t) !== code(attacker));
    if (!target.length) {
      const at = unattributedAttackPlace(env, [attacker]);
      if (at !== null && code(at) !== code(attacker)) target = [at];
    }
    ev.rule += "+attacker-demonym";
  }
  // ("a blast in Beirut ... motivated by the civil war in Syria": a war or an invasion is waged by
  // parties, never by the place where a blast with no doer went off)
  if (!source.length && ev.type === "ASSAULT" && target.length && !/^events\/noun:(war|invasion)\b/.test(ev.rule)) {
    // ("met negotiators in Minsk while shells struck a school": the place is the weapon clause's own)
    const own = ev.rule.startsWith("events/verb:") ? weaponClauseStart(env, ev.trigger) : -1;
    const at = unattributedAttackPlace(env, target, own < 0 ? s.first : own);
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
  // ("pledges from the Netherlands and Denmark": each one's own pledge, no agreement between them)
  if (!target.length && oneSidedPledge(env, ev)) return null;
  // a domestic act has the same code on both sides: an event only between parts of the state that
  // differ in kind (its people against its government), not between two of its officials
  const sc = new Set(source.map(code));
  const domestic = (t: number) => sc.has(code(t)) && !twoSides;
  if (target.length && target.every(domestic)) return null;
  if (target.length) target = target.filter((t) => !domestic(t));
  // "urged Iran to release the prisoners": a requested act has not happened, and is no one's intent
  // ("calling for faster action to help Taiwan", "urged more efforts to end the war": the act is
  // what the thing asked for is to do, still to be decided)
  const requested = (ev.rule.includes("+object-control") && REQUESTING.test(tokens[ev.statusVerb].lower)) || (ev.rule.includes("+infinitive") && requestedThing(env, ev.trigger));
  // an act a possessive pronoun owns is background: its own words say when, not its clause's
  // (an act named again with a known act's parties is that act: background too, known-acts.ts)
  const background = backgroundMention(env, ev) ?? knownActMention(env, ev);
  // ("sought to present Russia's invasion as a battle": so is one whose owner is named with "'s")
  const owned = (background?.rule === "+background:possessive" || (ev.rule.startsWith("events/noun:") && namedOwner(tokens, s, ev.trigger, ctx.senses, (k) => LIGHT_VERBS.test(tokens[k].lower)))) && ev.statusVerb === ev.trigger;
  const reading = ev.status || requested || owned ? null : eventStatus(tokens, s, ev.statusVerb, ev.trigger, statusQuote, layer, { lex: ctx.senses, published: ctx.published, nominal: ev.rule.includes("/noun:"), speakersOwnAct: speechAct && !!quote && source.some((i) => actors[i].id === quote.speaker) && relayOnSide(actors, quote, source.map(code)), speakersSide: speechAct && speakersSide(actors, quote, source.map(code)) && relayOnSide(actors, quote, source.map(code)), relayedBySide: ev.rule.startsWith("events/verb:") && relayedBySide(actors, quote, ev.type, source.map(code)), force: ev.type === "ASSAULT", type: ev.type });
  let status: Status = ev.status ?? (requested ? "hypothetical" : owned ? ownedActStatus(tokens, s, ev.trigger, ctx.senses) : reading!.status);
  // ("Russia accused Ukraine of shelling the plant, the Ukrainian foreign ministry said": the opener's
  // act, outside the words its quote keeps, is told by the attribution that relays the sentence; another
  // side's record of it is a claim, as it was when the whole sentence was that attribution's quote)
  if (status === "occurred" && !quote && !relayedByDoers(env, ev.trigger, source.map(code))) status = "claimed";
  let permitted = false;
  // ("Minsk allowed Russian troops to invade Ukraine from its territory": an act a named party let the
  // object do took place, in the permission's own status; allowed-acts.ts)
  if (!ev.status && status === "planned") {
    const gov = permittingVerb(env, ev, ctx.senses);
    const own = gov >= 0 ? eventStatus(tokens, s, gov, gov, statusQuote, layer, { lex: ctx.senses, published: ctx.published }).status : null;
    if (own === "occurred" || own === "claimed") [status, permitted] = [own, true];
  }
  // ("Did Russia really invade to protect its citizens?": a question asserts nothing; "Why did Russia
  // invade Ukraine?" takes the invasion as done; questions.ts)
  let asked = "";
  if (!ev.status && status !== "denied") {
    const reading = questionReading(tokens, s, ev.statusVerb, ev.trigger, ctx.senses, ev.rule.includes("/noun:") || /^(NOUN|PROPN)$/.test(tokens[ev.trigger].pos));
    if (reading === "hypothetical" && (status === "occurred" || status === "ongoing" || status === "claimed")) [status, asked] = ["hypothetical", "+asked"];
    else if (reading === "given" && (status === "ongoing" || status === "claimed")) [status, asked] = ["occurred", "+asked-given"];
  }
  // ("Pence warned that Iran could end like Libya – where Nato bombed Libyan forces in 2011 –": the
  // narrator's aside tells a past act as done, whatever the report around it; narrator-asides.ts)
  if (!ev.status && !asked && (status === "claimed" || status === "planned" || status === "hypothetical") && narratorAside(tokens, s, ev.statusVerb, ev.trigger, ctx.senses)) [status, asked] = ["occurred", "+aside"];
  // "would not meet the demands", "will not allow": to withhold cooperation is to reject (CAMEO 12)
  let type = ev.type;
  let cameo = ev.cameo;
  let rule = ev.rule + (permitted ? "+permitted" : "") + asked;
  // "could not rule out", "did not reject": no rejection took place
  if (type === "REJECT" && negatedBefore(tokens, s, ev.trigger)) return null;
  // ("denied that it supplied weapons to Iran": a denial of the act, no refusal of the one it names)
  // ("cannot rule out sending troops": the act stays open; "was not planning to visit", "must not
  // provide": the negation is not the doer's refusal, and the act is neither done nor refused)
  const negation = negationReading(tokens, s, ev.trigger, ctx.senses);
  // ("decided not to send weapons": the governing verb says when, the "not" makes it a refusal)
  // ("Under no circumstances will Hungary send troops": a fronted negative negates the clause; fronted-negatives.ts;
  // the status reader has read it where the act is its own status verb)
  const fronted = () => (reading && ev.statusVerb === ev.trigger ? reading.frontedNegative : frontedNegative(tokens, clauseStartOf(tokens, s, ev.trigger), ev.trigger, ctx.senses));
  const negatedAct = status === "denied" || ((status === "hypothetical" || status === "planned") && (negatedBefore(tokens, s, ev.trigger) || fronted()));
  if (negatedAct && REJECTABLE.has(type) && target.length && !deniedByClause(tokens, s, ev.statusVerb, ctx.senses)) {
    if (negation === "elsewhere") return null;
    if (negation === "open") status = "hypothetical";
    // (only a refusal of will: "would not meet", "will not allow", "won't join", "decided not to send";
    // "did not join", "was not able to join", "for Ukraine never to join" refuse nothing)
    else if (negation === "refusal" && (refusalOfWill(tokens, s, ev.trigger) || refusalOfWill(tokens, s, ev.statusVerb))) {
      type = "REJECT";
      cameo = "120";
      rule += "+negated";
      // ("Joe Biden has said the US will not supply Ukraine with rockets": a refusal its doer's own side
      // voices is made by saying it; one told of another ("Putin said Kyiv would not join") is a claim)
      const speaker = quote ? actors.find((a) => a.id === quote.speaker) : undefined;
      const speakerState = speaker ? speaker.code ?? speaker.country ?? null : null;
      status = quote && !(speakerState && source.some((i) => code(i) === speakerState)) ? "claimed" : "occurred";
    }
  }
  // "Russia did not attack", "never invaded": no act of that type took place; "we will not fight
  // Russian forces", "would not impose sanctions": the doer's own word that it will not happen; nor did
  // a negated act of cooperation that is no refusal ("the U.S. should not partner with")
  if (status === "denied") return null;
  if (negatedAct && type !== "REJECT" && negation !== "open" && (negation === "refusal" || REJECTABLE.has(type))) return null;
  const tense = status === "planned" ? "future" : status === "ongoing" ? "present" : "past";
  let date = ctx.resolveDate({ start: s.start, end: s.end }, tense, tokens[ev.trigger].start);
  // an act mentioned in passing keeps only a date of its own, never the news's or the publication's
  if (background) {
    date = ctx.backgroundDate(date, background);
    rule += background.rule;
  }
  const place = eventPlace(env, ev);
  return {
    type,
    cameo,
    source: source.map((i) => actors[i].id),
    target: target.map((i) => actors[i].id),
    status,
    // ("years ago": a text date with no measure is no date, and not the publication's)
    date: date ? date.date : background ? null : ctx.published,
    dateSource: date ? date.source : background ? "background" : "published",
    background: background ? true : undefined,
    location: place ? place.name : null,
    locationCode: place ? place.code : null,
    trigger: doc.text.slice(tokens[trig.at].start, tokens[trig.end - 1].end),
    triggerSpan: { start: tokens[trig.at].start, end: tokens[trig.end - 1].end },
    sentence: { start: s.start, end: s.end },
    via: quote?.via ?? null,
    rule,
    headline: s.headline ? true : undefined,
  } as EventRecord;
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

/** "sit-in", "walk-out": the word at q, a hyphen and a word glued to it, listed together in `words`. */
function hyphenCompound(tokens: Token[], q: number, last: number, words: readonly string[]): boolean {
  const dash = tokens[q + 1];
  if (q + 2 >= last || dash.text !== "-" || dash.spaceBefore || tokens[q + 2].spaceBefore) return false;
  return words.includes(`${tokens[q].lower}-${tokens[q + 2].lower}`);
}

/** Every party doing the act is of the state of the speaker of the words it is in (direct, or reported:
 *  event-status.ts asks a reported one for the simple present). */
function speakersSide(actors: readonly Actor[], quote: Quote | null, codes: readonly (string | null | undefined)[]): boolean {
  return !!quote && codes.length > 0 && actorOnSide(actors, quote.speaker, codes) === true;
}

/** False when the trigger is the opening report of a sentence a closing attribution of another side
 *  relays (its quote starts after the trigger and has a `viaActor`); true otherwise. */
function relayedByDoers(env: SentenceEnv, trigger: number, codes: readonly (string | null | undefined)[]): boolean {
  const t = env.tokens[trigger];
  for (const q of env.quotes) {
    if (q.viaActor === undefined || q.sentence.start > t.start || q.start < t.end || q.sentence.end < q.start) continue;
    if (q.sentence.start !== env.s.start) continue;
    return relayOnSide(env.layer.actors, q, codes) && q.viaActor !== null;
  }
  return true;
}

/** A quote a closing attribution relays ("Russia accused Ukraine ..., the Ukrainian foreign ministry
 *  said") is the relay's record: the speaker's own act or side counts only when the relay is of the
 *  doers' side too, or names no actor; a quote no one relays is the speaker's own. */
function relayOnSide(actors: readonly Actor[], quote: Quote | null, codes: readonly (string | null | undefined)[]): boolean {
  return !quote?.viaActor || actorOnSide(actors, quote.viaActor, codes) !== false;
}

// acts done in words or at the table, which a state's own institution reports as a record of its own
const VERBAL_ACTS = new Set([...SPEECH_ACTS, "AGREE", "CONSULT"]);

/** "Lavrov accused Kyiv of shelling the plant, the Russian foreign ministry said", "Britain has offered
 *  to send troops, Downing Street said": a verbal act of the speaker's own state, in the words of an
 *  institution (no person: "Trump said he had reached a deal" stays his claim). Verbs only: a noun
 *  in the words ("aimed at winning US government support, according to a Justice Department
 *  indictment") may name an act only sought or talked about. */
function relayedBySide(actors: readonly Actor[], quote: Quote | null, type: string, codes: readonly (string | null | undefined)[]): boolean {
  if (!quote || !VERBAL_ACTS.has(type)) return false;
  // ("Lavrov said Russia had agreed to extend the deal, the Russian foreign ministry said": the
  // speaker is the official, and the institution that relays the words, quote.viaActor, is the record;
  // "Russia accused Ukraine ..., the Ukrainian foreign ministry said" is Kyiv's record of Moscow's act)
  const id = quote.viaActor !== undefined ? quote.viaActor : quote.speaker;
  return codes.length > 0 && actorOnSide(actors, id, codes, INSTITUTIONS) === true;
}
const INSTITUTIONS: ReadonlySet<ActorKind> = new Set(["country", "organization"]);

/** An adjective right before the act noun (over other adjectives) names doers other than the speaker ("Western support"). */
function otherDoerModifier(tokens: Token[], n: number, first: number, lex: SenseLexicon): boolean {
  for (let q = n - 1; q >= first && n - q <= 3 && /^(ADJ|PROPN|NOUN)$/.test(tokens[q].pos); q--) if (lex.otherDoers.has(tokens[q].lower)) return true;
  return false;
}

const STATED_FUTURE: ModalWords = {
  modals: new Set(["will", "'ll", "shall"]),
  goingTo: "bare",
  between: (tokens, k, v) => v - k <= 6 && (tokens[k].pos === "ADV" || ((tokens[k].pos === "CCONJ" || tokens[k].text === "&") && tokens[k - 1]?.pos === "ADV")),
};

/** "will veto", "'ll strike", "is going to attack": a stated future right before the act at `v` (over
 *  adverbs and their coordination: "will quickly and fully strike back"). */
function statedFutureBefore(tokens: Token[], s: Sentence, v: number): boolean {
  return modalBefore(tokens, v, s.first, STATED_FUTURE) >= 0;
}

/** "on Oct. 7 killed", "on 7 October killed", "on the 7th": a number at `k` that is a date's day, not a count of people */
function dayOfMonth(env: SentenceEnv, k: number): boolean {
  const { tokens } = env;
  if (!/^[0-9]{1,2}$/.test(tokens[k].text)) return false;
  const months = env.senses.timePhrases.months;
  const monthLike = (t: Token | undefined) => {
    const w = t?.lower.replace(/\.$/, "") ?? "";
    if (w.length < 3) return false;
    for (const m of months) if (m.startsWith(w)) return true;
    return false;
  };
  const prev = tokens[k - 1];
  return prev?.lower === "on" || monthLike(prev) || (prev?.text === "." && monthLike(tokens[k - 2]));
}
