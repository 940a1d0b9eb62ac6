// The status of an event from the words around its verb: planned ("will", "set to", "expected to",
// "are meeting ... on Friday"), hypothetical ("could", "would", "if"), denied ("did not", "never"),
// ongoing (present tense), occurred (past tense, perfect, event nouns), claimed (in someone's words
// that the text does not vouch for).
import { coordinatedTo } from "./coordinated-infinitives.js";
import type { Quote, Sentence, Token } from "../../model/types.js";
import type { ActorLayer } from "../actors/actor-layer.js";
import { frontedNegative } from "./fronted-negatives.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { firstTokenAt } from "./sentence-env.js";
import { reportersOwnAct } from "./reporters-own-act.js";
import { laterCondition } from "./later-conditions.js";
import { rankedInfinitive } from "./ranked-infinitives.js";
import { modalAlternative } from "./alternative-acts.js";
import { historicDate } from "./history-dates.js";
import { clauseEndAfter } from "./clause-after.js";
import { foretoldConsequence } from "./consequences.js";
import { backshiftedStance } from "./backshifted-stances.js";
import { votedAct } from "./voted-acts.js";
import { abilityStatus } from "./ability-acts.js";
import { realisedPlan } from "./realised-plans.js";
import { timeClauseAct } from "./time-clauses.js";

export type Status = "occurred" | "ongoing" | "planned" | "claimed" | "denied" | "hypothetical";

/** tags that open a noun phrase: after "to" they make it a preposition, not an infinitive's mark */
const NOMINAL_START = /^(DET|PROPN|NOUN|PRON|NUM)$/;
const PLANNING = /^(set|expected|due|scheduled|slated|poised|planning|plans|plan|planned|going|intends|intend|intended|aims|aim|aimed|hopes|hope|hoped|wants|want|wanted|seeks|seek|sought|agreed|agree|agrees|decided|decide|decides|prepared|preparing|ready|likely|looking|vowed|vows|pledged|pledges|promised|promises|threatened|threatens|offered|offers|proposed|proposes|invited|asked|urged|called|demanded)$/;
const MODAL_FUTURE = /^(will|'ll|shall|wo)$/;
const MODAL_HYPOTHETICAL = /^(would|could|might|may|should|can|'d|must)$/;
const NEGATION = /^(not|n't|never|no longer|neither|nor)$/;
const BE_PRESENT = /^(is|are|am|'s|'re)$/;
const BE_PAST = /^(was|were)$/;
const HAVE = /^(has|have|had|'ve|'d)$/;
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  "met held struck took gave sent led fought shot sold bought spoke told won lost left kept began broke brought made put cut hit withdrew beat drove threw overthrew sought said came went saw stood fell flew grew knew rose ran wrote forbade undertook underwent swore froze chose stole hid arose became fled bound caught taught built spent lent felt dealt meant paid laid shut spread quit sat set fed bore".split(" "),
);

/** The words that decide status beyond the verb's own form (data/event-senses.json), and the year of
 *  publication that tells a past date ("the 2014 annexation") from a coming one. */
export interface StatusCues {
  lex: SenseLexicon;
  published: string | null;
  /** the act is one done by saying (praise, accusation, demand, threat, refusal) and its doer is the quote's speaker */
  speakersOwnAct?: boolean;
  /** the trigger is a noun pattern's ("offensive", "attack"), whatever part of speech the tagger gave it */
  nominal?: boolean;
  /** the act is one done by saying and its doer is the speaker's own state, in the speaker's direct words
   *  ("'The United States supports Turkey,' the US envoy said") */
  speakersSide?: boolean;
  /** the act is one done in words or at the table (a statement, a demand, an offer, talks), and the
   *  words are an institution's of the doer's own state ("Lavrov accused Kyiv of shelling the plant, the
   *  Russian foreign ministry said"): the state relays its own official act, no claim about another's */
  relayedBySide?: boolean;
  /** the act is one of force (ASSAULT): tried for, it is done ("tried to kill the governor") */
  force?: boolean;
  /** the event's type ("SANCTION"): an act of some types is done by the vote that decides it (voted-acts.ts) */
  type?: string;
}

/** An act's status, and whether the clause of its status verb opens on a fronted negative with inversion
 *  ("Under no circumstances will Hungary send troops": negated, as "not" negates; fronted-negatives.ts),
 *  which the caller reads again to tell a refusal from a plan. */
export interface StatusReading {
  status: Status;
  frontedNegative: boolean;
}

export function eventStatus(tokens: Token[], s: Sentence, statusVerb: number, trigger: number, quote: Quote | null, layer: ActorLayer, cues?: StatusCues): StatusReading {
  const fronted = !!cues && frontedNegative(tokens, clauseStartBefore(tokens, s, statusVerb), statusVerb, cues.lex);
  return { status: statusOf(tokens, s, statusVerb, trigger, quote, layer, cues, fronted), frontedNegative: fronted };
}

function statusOf(tokens: Token[], s: Sentence, statusVerb: number, trigger: number, quote: Quote | null, layer: ActorLayer, cues: StatusCues | undefined, fronted: boolean): Status {
  // in reported speech "would" is the speaker's future ("Iraq said it would allow the inspectors")
  const reportedFuture = quote?.kind === "indirect";
  // "were Russia to attack Poland", "had Putin not invaded Ukraine in 2014": an inverted condition,
  // whatever the tense or date of the act inside it
  if (cues && invertedCondition(tokens, s, trigger, cues.lex)) return "hypothetical";
  // "will only lead to tit-for-tat expulsions", "risks provoking an attack": an act noun that a cause only
  // foretold would bring about is a prospect, in anyone's words (consequences.ts)
  if (cues && (cues.nominal || tokens[trigger].pos === "NOUN" || tokens[trigger].pos === "PROPN") && foretoldConsequence(tokens, s, trigger, cues.lex)) return "hypothetical";
  let base = verbStatus(tokens, s, statusVerb, trigger, fronted, reportedFuture, cues?.lex, !!cues?.nominal && statusVerb === trigger, !!cues?.force);
  // an act the text dates in a past year happened, whatever the plan or question around it:
  // "Bush's decision to invade Iraq in 2003", "asked if he will raise Russia's seizure of Crimea in 2014"
  if (cues?.published && base !== "occurred" && base !== "denied" && pastYearAfter(tokens, s, trigger, Number(cues.published.slice(0, 4)))) base = "occurred";
  // "the Security Council voted 15-0 to sanction North Korea": a body's condemnation, sanction, backing
  // or refusal is made by its vote (voted-acts.ts); "voted to send tanks" stays planned
  if (cues?.type && base === "planned" && (cues.lex.votes.types.has(cues.type) || cues.lex.votes.approvals.has(tokens[trigger].lower)) && votedAct(tokens, s, statusVerb, trigger, cues.lex)) base = "occurred";
  // ("allowed Russian troops to use its territory to invade Ukraine last year": a time gone by in the
  // clause of an act that is the purpose of another infinitive dates the act; status.pastTimes. After a
  // finite governor the time may be the governor's: "agreed to send tanks last week" stays planned)
  if (cues && base === "planned" && statusVerb !== trigger && tokens[statusVerb - 1]?.lower === "to" && tokens[statusVerb].pos === "VERB" && pastTimeAfter(tokens, s, trigger, cues.lex)) base = "occurred";
  // "Russian troops reportedly shelled the town": the text passes the account on without vouching for it
  if (cues && (base === "occurred" || base === "ongoing") && hearsay(tokens, s, statusVerb, cues.lex)) return "claimed";
  // "Russia, it alleges, has supplied drones", "Iran sent drones to Russia, Washington claims.": a
  // parenthetical of claiming puts the clause in someone's words
  if (cues && (base === "occurred" || base === "ongoing") && claimParenthetical(tokens, s, statusVerb, trigger, cues.lex)) return "claimed";
  // "to inaccurately portray China as supporting Russia's war": an act someone is cast as doing is their claim
  if (cues && statusVerb === trigger && portrayed(tokens, s, trigger, cues.lex)) return "claimed";
  // someone's words: their account of what happened is a claim; a plan or a condition stays one.
  // A news outlet's report ("Bloomberg reported") is the text vouching, not a claim.
  // "We condemn Russia's attack", "I ask all members to work with us": said in the first person and
  // the present, the words are the act, done as they are spoken
  if (quote?.kind === "direct" && base === "ongoing" && performative(tokens, s, statusVerb)) return "occurred";
  // "Truss said she strongly supports Finland", "he said he condemns the attack": one's own praise,
  // blame or demand reported in the present is made by saying it, not a claim about something else
  if (quote && cues?.speakersOwnAct && base === "ongoing") return "occurred";
  // "Stoltenberg said the price of long-term support for Ukraine was justified": the speaker's own
  // praise, blame or demand named by a noun in the words is stated by saying them, whatever the tense
  // of the clause around it
  // ("said Norway had been in solidarity with Denmark for years": a perfect gives the stance a time of its own)
  if (quote && cues?.speakersOwnAct && cues.nominal && statusVerb === trigger && base === "occurred" && !perfectBefore(tokens, s, trigger)) return "occurred";
  // "'The United States supports Turkey's modernisation,' the US envoy said": the speaker's own side's
  // praise, blame or demand in the present, in the speaker's own words, is made by saying it ("'Russia
  // supplies Iran with jets,' the envoy said" tells of another's act, and stays a claim)
  if (quote?.kind === "direct" && cues?.speakersSide && base === "ongoing") return "occurred";
  // ("Scholz said Germany condemns Iran's attack", "Lavrov said Russia rejects the accusations"): so is
  // one reported in the simple present, which keeps the speaker's own present ("Scholz said France
  // supports Ukraine" tells of another side's stance, a claim; "said Germany is backing" is no stance
  // stated but a course reported)
  if (quote?.kind === "indirect" && cues?.speakersSide && base === "ongoing" && statusVerb === trigger && tokens[trigger].pos === "VERB" && !tokens[trigger].lower.endsWith("ing")) return "occurred";
  // "Zelensky said Russia was adapting and urged the EU to act": the speaker's own second act, in the
  // past after "and", is the narrator's account, not the speaker's claim (reporters-own-act.ts)
  if (quote?.kind === "indirect" && cues?.speakersOwnAct && base === "occurred" && statusVerb === trigger && pastForm(tokens, trigger) && reportersOwnAct(tokens, s, trigger, firstTokenAt(tokens, quote.start))) return "occurred";
  // "Erdogan said ... in the wake of Russia's invasion of Ukraine": a definite act the words take as
  // given ("Russia's invasion", "the Russian invasion") is presupposed, not asserted; what they assert is
  // the speaker's claim ("the alleged attack" keeps its own status)
  // ("argued the bill would undercut US support": so is a known act a verb of affecting takes, status.affectVerbs)
  if (quote && base === "occurred" && (statusVerb === trigger || relativeOfNoun(tokens, trigger, statusVerb)) && cues && (presupposed(tokens, s, trigger, cues.lex) || (cues.nominal && statusVerb === trigger && affectedAct(tokens, s, trigger, cues.lex)))) return "occurred";
  // ("“When Russia invaded Ukraine, our security changed,” the party said", "100 days since Russia
  // launched its aggression": an act a clause of time takes as given is presupposed; time-clauses.ts)
  if (quote && base === "occurred" && cues && timeClauseAct(tokens, s, statusVerb, pastForm1, cues.lex)) return "occurred";
  // ("Putin said Nato bombed Serbia in 1999": history dated well before the article is told as done; history-dates.ts)
  if (quote && base === "occurred" && cues?.published && historicDate(tokens, s, trigger, Number(cues.published.slice(0, 4)) - cues.lex.history.minYearsBack)) return "occurred";
  // ("Mr Howard said he rejected the idea", "Russia said it rejected the proposal"): one's own praise, blame,
  // refusal or demand in a simple past after "said he" is the present shifted back, made by saying it
  // (backshifted-stances.ts); "said he had rejected", "said he rejected it last week" keep a time of their own
  if (quote?.kind === "indirect" && cues?.speakersOwnAct && base === "occurred" && statusVerb === trigger && backshiftedStance(tokens, s, trigger, pastForm1, cues.lex) && !pastTimeAfter(tokens, s, trigger, cues.lex)) return "occurred";
  // ("Russia has committed atrocities, Kyiv said" is another's act, and "Russian forces shelled the
  // depot, the defence ministry said" an act of force told by its own side: both stay claims)
  if (quote && cues?.relayedBySide && base === "occurred") return "occurred";
  if (quote && (base === "occurred" || base === "ongoing")) {
    const speaker = layer.actors.find((a) => a.id === quote.speaker);
    if (speaker?.sector !== "MED") return "claimed";
  }
  return base;
}

/** A perfect auxiliary ("had", "has", "have") in the clause before the act noun at `n`. */
function perfectBefore(tokens: Token[], s: Sentence, n: number): boolean {
  for (let q = n - 1; q >= s.first && n - q <= 8; q--) {
    const t = tokens[q];
    if (t.text === "," || /^(said|says|that)$/.test(t.lower)) return false;
    if (/^(had|has|have)$/.test(t.lower) && t.pos === "AUX") return true;
  }
  return false;
}

function verbStatus(tokens: Token[], s: Sentence, v: number, trigger: number, fronted: boolean, reportedFuture = false, lex?: SenseLexicon, nominalTrigger = false, force = false): Status {
  // ("a possible Russian offensive": a noun pattern's trigger the tagger read as an adjective is still the act's noun)
  const nominal = tokens[v].pos === "NOUN" || tokens[v].pos === "PROPN" || nominalTrigger;
  const clauseStart = clauseStartBefore(tokens, s, v);
  // "we do not see any indication that Russia intends to", "denied reports that troops attacked"
  // ("rejected claims that she had conceded too much": the denial falls on the degree, not on the act)
  const unasserted = lex ? unassertedClause(tokens, s, clauseStart, lex) ?? (v === trigger && tokens[v].pos === "VERB" ? unassertedBare(tokens, s, clauseStart, v, lex) ?? deniedGerund(tokens, s, v, lex) : null) : null;
  if (unasserted && !degreeFocus(tokens, s, v) && !boundaryBetween(tokens, clauseStart, v)) return unasserted;
  // "demanded that a foreign government investigate", "Trump's request of Zelensky that he investigate":
  // the act a demand puts in the subjunctive is still to be done, if ever
  if (lex && v === trigger && mandatedClause(tokens, s, clauseStart, v, lex)) return "hypothetical";
  // conditions: "if Russia attacks", "unless"
  for (let k = clauseStart; k < v; k++) if (lex ? lex.conditions.has(tokens[k].lower) : /^(if|unless|whether)$/.test(tokens[k].lower)) return "hypothetical";
  // "has been reluctant to target Russian banks", "unwilling to send troops": an act not meant
  if (lex && disinclined(tokens, clauseStart, trigger, lex)) return "hypothetical";
  // ("was unable to attack", "had the opportunity to warn", "possible for the G7 to ban": an act only
  // possible; "was able to evacuate" done, as "managed to"; "was right to threaten" judged, done; ability-acts.ts)
  const able = lex ? abilityStatus(tokens, clauseStart, trigger, lex) : null;
  if (able) return able;
  // "until Turkey withdraws its troops", "as long as Iran complies", "provided that": a condition
  // still to be met; "fought until Russia withdrew" tells what happened
  if (lex && pendingCondition(tokens, s, clauseStart, v, lex) && !pastForm(tokens, v)) return "hypothetical";
  // "warned it would retaliate if Finland were to join", "will decide whether to send": a condition
  // between the governing verb and the infinitive holds the act, not the verb's clause
  if (lex && trigger > v && conditionBetween(tokens, v, trigger, lex) && !pastForm(tokens, trigger)) return "hypothetical";
  // "will sign the deal or impose new sanctions": alternatives under one modal, neither stated to come
  // (alternative-acts.ts)
  if (v === trigger && modalAlternative(tokens, s, v)) return "hypothetical";
  // "became the sixth associate to be charged", "the first leader to visit Kyiv": the infinitive of a
  // ranked noun tells an act done, in the mood of the ranked phrase's copula (ranked-infinitives.ts)
  if (lex && tokens[trigger].pos === "VERB") {
    const ranked = rankedInfinitive(tokens, s, trigger, lex, reportedFuture);
    if (ranked) return ranked;
  }
  // a nominal act carries its own status in its modifiers: "the upcoming summit", "a possible
  // accession", "the alleged attack"; "an invasion ... would bring suffering" is one that may come
  if (lex && v === trigger && nominal) {
    if (deliberated(tokens, s, v, lex)) return "hypothetical";
    const own = nounStatus(tokens, s, v, lex);
    if (own) return own;
    // "the risk of Iranian attack", "fears of a Russian offensive", "a plan for the destruction of
    // Moldova": an act named as the complement of a noun of what may come is a prospect; one of a noun
    // of intent (a plan, a proposal) is planned
    // ("hopes of brokering an accord": the object of a gerund after a noun of aim is aimed at, planned)
    const prospect = prospectNounBefore(tokens, s, v, lex);
    if (prospect >= 0) return lex.intentNouns.has(tokens[prospect].lower) || lex.goalNouns.has(tokens[prospect].lower) ? "planned" : "hypothetical";
    // "in the event of a strike on Iran": a condition; "ahead of Kim's summit with Moon": still to come
    const framed = framedNoun(tokens, s, v, lex);
    if (framed) return framed;
    // ("would undercut US support for Kyiv", "could threaten the terms of the agreement": a known act
    // that a verb of affecting takes as its object; the modal is the verb's, status.affectVerbs)
    if (affectedAct(tokens, s, v, lex)) return "occurred";
  }
  // "a deal agreed between Finland, Sweden and Turkey": a past participle that qualifies the noun
  // before it tells of an act done; the plan or modal of the clause around the noun is not its own
  if (v === trigger && postnominalParticiple(tokens, s, clauseStart, v)) return "occurred";
  // words between the clause start and the verb
  let negated = false;
  let future = false;
  /** the future is only a reported "would" ("said it would consult Seoul"), no "will" */
  let reportedWould = false;
  let hypothetical = false;
  let planning = false;
  let perfect = false;
  let bePresent = false;
  let bePast = false;
  // ("said it would defend its rights and accused Turkey": a past form right after "and" has no
  // modal or auxiliary of its own; those before "and" belong to the other verb)
  const coordinatePast = v === trigger && pastAfterModalClause(tokens, v, clauseStart);
  // ("pressured its allies around the world to bar Huawei", "an effort is in the works to punish
  // Turkey", "UN chief to visit Ukraine": an infinitive whose governor lies out of reach has no tense of
  // its own; the tense before its "to" is another verb's, and the act is still to be done)
  // ("it is so important to support Ukraine": an infinitive that an adjective's "it" stands for keeps
  // the copula's tense, a stance stated in the present)
  // ("has been trying for months and with heavy losses to capture Bakhmut", "continues, despite the
  // losses, to shell the city": an attempt or an aspect far off keeps its tense, as one in reach does)
  const far = v === trigger && tokens[v - 1]?.lower === "to" && tokens[v].pos === "VERB" && !tokens[v].lower.endsWith("ing") && !extraposedInfinitive(tokens, clauseStart, v) ? verbBefore(tokens, clauseStart, v - 1) : -2;
  const farTense = far >= 0 && !!lex && (lex.aspectVerbs.has(tokens[far].lower) || lex.attemptVerbs.has(tokens[far].lower) || (force && lex.tryVerbs.has(tokens[far].lower)));
  const bareInfinitive = far !== -2 && !farTense;
  for (let k = coordinatePast ? v : Math.max(clauseStart, v - 6); k < v; k++) {
    const w = tokens[k].lower;
    // ("since May, when the U.S. began to press": the month, not the modal)
    if (monthMay(tokens, s, k)) continue;
    // ("not only condemned Russia but also sanctioned": "not only" adds, it negates nothing)
    if (NEGATION.test(w) && !(w === "not" && lex?.negation.additive.has(tokens[k + 1]?.lower ?? ""))) negated = true;
    else if (MODAL_FUTURE.test(w)) {
      future = true;
      reportedWould = false;
    } else if (w === "would" && (reportedFuture || reportedBefore(tokens, s, k, lex))) {
      reportedWould = !future;
      future = true;
    }
    else if (MODAL_HYPOTHETICAL.test(w)) hypothetical = true;
    else if (bareInfinitive) continue;
    else if (HAVE.test(w)) perfect = true;
    // ("Russia's military": a possessive, not "is")
    else if (BE_PRESENT.test(w) && tokens[k].pos !== "PART") bePresent = true;
    else if (BE_PAST.test(w)) bePast = true;
    // ("was made due to Russia's ongoing aggression", "agreed to Moscow's terms": "to" before a noun
    // phrase is a preposition, and the word before it no plan of an act)
    // ("is eager to sanction", "keen to join": a word of wanting is a plan of its infinitive, status.inclinations;
    // "willing to flout UN sanctions" plans no sanctions)
    if ((PLANNING.test(w) || (lex?.inclinations.has(w) && k + 2 === trigger)) && tokens[k + 1]?.lower === "to" && !NOMINAL_START.test(tokens[k + 2]?.pos ?? "")) planning = true;
  }
  const verb = tokens[v];
  // the event is an infinitive governed by a planning verb: "set to engage", "agreed to sign"
  // ("continues to urge", "began to withdraw": aspect, not a plan; the governing verb's own tense)
  // ("failed to capture Kyiv", "struggled to capture": force attempted is force used, in the attempt's tense)
  // ("travelled to Warsaw to rally support": a purpose done on the journey, the going's own tense)
  // ("tried to kill the governor", "attempted to assassinate": force tried for is force used, as "failed to capture")
  // ("Turkey moved to demand the extradition", "went on to accuse", "took steps to sanction": the
  // governor reports the act done, in its own tense; status.accomplishedGovernors)
  if (trigger !== v && !lex?.aspectVerbs.has(verb.lower) && !(lex && accomplishedGovernor(tokens, v, trigger, lex)) && !lex?.attemptVerbs.has(verb.lower) && !(force && lex?.tryVerbs.has(verb.lower)) && !(lex && purposeOfPastMotion(tokens, s, clauseStart, v, trigger, lex)))
    // ("plan to work with and train": a verb coordinated with the infinitive is one too)
    planning ||= PLANNING.test(verb.lower) || tokens[trigger - 1]?.lower === "to" || coordinatedTo(tokens, trigger, tokens[trigger].lower, s.first) >= 0;
  // ("held separate talks with the king and the crown prince in Jiddah to discuss": a purpose of past
  // going or meeting, however far the governor, is done on arrival, as with a governor in reach)
  let pastPurpose = false;
  if (bareInfinitive && lex) {
    pastPurpose = far >= 0 && purposeOfPastMotion(tokens, s, clauseStart, far, trigger, lex);
    planning ||= !pastPurpose;
  }
  // ("At no point did Iran accept the proposal", "Nowhere did he give Ukraine aid": a fronted negative
  // with inversion negates the clause; fronted-negatives.ts, read once by eventStatus)
  if (fronted) negated = true;
  if (negated) return hypothetical || future ? "hypothetical" : "denied";
  // "said it would consult Seoul first if a military option were considered": a condition after the
  // act holds a reported "would" (later-conditions.ts)
  // ("will veto the bid unless Ankara gets guarantees", "is going to strike if Israel attacks": a
  // stated future or a plan on a later condition is one too)
  if (future && lex && laterCondition(tokens, s, trigger, lex)) return "hypothetical";
  if (future) return "planned";
  // "were to reach an agreement by 1 July", "is to visit": be + to, an arrangement
  if (tokens[trigger - 1]?.lower === "to" && (BE_PRESENT.test(tokens[trigger - 2]?.lower ?? "") || BE_PAST.test(tokens[trigger - 2]?.lower ?? "")) && tokens[trigger - 2].pos !== "PART") return "planned";
  // "a deal to be agreed between Finland, Sweden and Turkey", "talks to be held in Geneva": a passive
  // infinitive names an act still to come, whatever the participle's form
  // ("talks are to be held": the verb that carries a nominal act)
  // ("proud to be working with": a progressive infinitive, not a passive)
  const passiveInfinitive = (k: number) =>
    tokens[k - 1]?.lower === "be" && tokens[k - 2]?.lower === "to" && tokens[k].pos === "VERB" && (/(ed|en)$/.test(tokens[k].lower) || IRREGULAR_PAST.has(tokens[k].lower));
  if ((passiveInfinitive(trigger) || passiveInfinitive(v)) && !hypothetical) return "planned";
  if (hypothetical) return "hypothetical";
  if (planning && lex && trigger !== v && laterCondition(tokens, s, trigger, lex)) return "hypothetical";
  if (planning) return "planned";
  if (pastPurpose) return "occurred";
  const w = verb.lower;
  // ("Israel is bombing Gaza": an -ing word the tagger read as a noun, right after "be", is the progressive verb)
  const progressive = w.endsWith("ing") && /^(is|are|was|were|be|been|being|am|'re)$/.test(tokens[v - 1]?.lower ?? "");
  if ((verb.pos === "NOUN" || verb.pos === "PROPN" || (nominal && v === trigger)) && !progressive) return "occurred";
  if (w.endsWith("ing")) {
    // "China is seriously considering sending lethal aid", "was weighing imposing tariffs": a course
    // weighed, whatever the tense of the weighing
    if (lex && deliberated(tokens, s, v, lex)) return "hypothetical";
    if (bePast) return "occurred";
    if (bePresent) return lex && onCalendar(tokens, s, clauseStart, v, lex) ? "planned" : "ongoing";
    // a participle or gerund without "be" has no tense of its own: it takes the clause's
    if (lex) return participleStatus(tokens, s, v, clauseStart, lex) ?? "ongoing";
    return "ongoing";
  }
  if (perfect || w.endsWith("ed") || IRREGULAR_PAST.has(w) || bePast) return "occurred";
  // "officials meet tomorrow", "the ministers gather on Friday": news puts a scheduled act in the
  // present tense; the time phrase of its clause says it is still to come
  if (lex && onCalendar(tokens, s, clauseStart, v, lex)) return "planned";
  return "ongoing";
}

/**
 * "moved to demand", "went on to accuse", "took steps to sanction": the governor of the infinitive at
 * `trigger` (at `v`, or a word or two before it when the tagger read "steps" as the verb) is one of
 * status.accomplishedGovernors, ending right at the infinitive's "to".
 */
function accomplishedGovernor(tokens: Token[], v: number, trigger: number, lex: SenseLexicon): boolean {
  if (tokens[trigger - 1]?.lower !== "to") return false;
  for (let j = v; j >= Math.max(0, v - 2); j--) {
    const m = lex.accomplishedGovernors.matchAt(tokens, j, (x) => x.lower, trigger - 1);
    if (m && j + m.length === trigger - 1) return true;
  }
  return false;
}

const NOT_BARE = /^(have|has|had|be|been|being|was|were|is|are)$/;

/**
 * "said it would defend its rights and urged Turkey", "would defend ... and accused": a past form at
 * `v` right after "and" whose first conjunct is a bare verb after a modal cannot share that modal (a
 * bare form would: "would attack and occupy"; so would a participle after "be" or "have": "will be
 * tried and sentenced", "would have attacked and killed"). Not past the clause's start at `from`.
 */
export function pastAfterModalClause(tokens: Token[], v: number, from: number): boolean {
  const t = tokens[v];
  if (t.pos !== "VERB" || tokens[v - 1]?.lower !== "and" || !(t.lower.endsWith("ed") || IRREGULAR_PAST.has(t.lower))) return false;
  for (let k = v - 2; k >= from; k--) {
    if (tokens[k].lower === "and" || tokens[k].text === ";") return false;
    if (!MODAL_FUTURE.test(tokens[k].lower) && !MODAL_HYPOTHETICAL.test(tokens[k].lower)) continue;
    let b = k + 1;
    while (b < v && tokens[b].pos === "ADV") b++;
    const bare = tokens[b];
    // ("would set out its plans and attacked": right after a modal a verb is bare, even one whose past
    // looks the same, "set", "put", "cut"; after "'d", which may be "had", "he'd met Xi and thanked him",
    // such a form is the perfect's participle)
    const pastLike = bare && (bare.lower.endsWith("ed") || (IRREGULAR_PAST.has(bare.lower) && (tokens[k].lower === "'d" || tokens[k].pos !== "AUX")));
    return !!bare && b < v - 1 && bare.pos === "VERB" && !NOT_BARE.test(bare.lower) && !pastLike;
  }
  return false;
}

/**
 * A time still to come ("tomorrow", "next week", "on Friday") in the verb's own clause: after it up
 * to the clause's end, or before it back to its clause's start without another verb between ("Russia
 * said on Monday it attacks" dates the saying, not the attack).
 */
function onCalendar(tokens: Token[], s: Sentence, clauseStart: number, v: number, lex: SenseLexicon): boolean {
  for (let k = v + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.text === ":" || /^(that|which|who|but|while)$/.test(t.lower)) break;
    if (lex.futureTimes.has(t.lower) && lex.futureTimes.matchAt(tokens, k, (x) => x.lower, s.last)) return true;
  }
  for (let k = v - 1; k >= clauseStart; k--) {
    const t = tokens[k];
    if (t.pos === "VERB") break;
    if (lex.futureTimes.has(t.lower)) {
      const m = lex.futureTimes.matchAt(tokens, k, (x) => x.lower, v);
      if (m) return true;
    }
  }
  return false;
}

const REPORTING = /^(said|says|say|confirmed|confirms|announced|announces|stated|states|insisted|insists|added|declared|declares|indicated|indicates|signalled|signaled|made clear|told|warned|warns|promised|pledged|vowed)$/;

/** "NATO confirmed it would tighten the blockade", "Iran said it will close the strait": a future the
 *  doer states itself (reported), as against the narrator's schedule ("is set to impose"): the index
 *  of the reporting verb, -1 when none. */
export function ownStatedFuture(tokens: Token[], s: Sentence, trigger: number): number {
  for (let k = trigger - 1; k >= Math.max(s.first, trigger - 4); k--) if (/^(will|would|'ll)$/.test(tokens[k].lower)) return reportingVerbBefore(tokens, s, k);
  return -1;
}

/** "said they would boycott", "confirmed on Wednesday it would tighten": "would" as a reported future. */
function reportedBefore(tokens: Token[], s: Sentence, would: number, lex?: SenseLexicon): boolean {
  return reportingVerbBefore(tokens, s, would) >= 0 || reportedSubjectBefore(tokens, s, would, lex) || attributedAfter(tokens, s, would);
}

/**
 * "The UK would provide 6,000 missiles to Ukraine, Johnson said on Wednesday", "..., said the
 * ministry": an attribution after a comma later in the sentence makes the clause reported speech, and
 * its "would" the reporter's future. The attribution is a reporting verb after a comma, with at most
 * a short subject (names, nouns, a pronoun) between them.
 */
function attributedAfter(tokens: Token[], s: Sentence, would: number): boolean {
  return attributionAfter(tokens, s, would) !== null;
}

const ISSUED = /^(issued|released|published|posted|signed|read)$/;

/**
 * The attribution after a comma later in the sentence than `from` (see attributedAfter): the
 * reporting verb and its subject's tokens, before the verb (", Johnson said") or right after it
 * (", said the ministry"; up to the next comma or the sentence's end, at most six tokens).
 */
export function attributionAfter(tokens: Token[], s: Sentence, from: number): { verb: number; first: number; last: number } | null {
  for (let k = from + 1; k < s.last - 1; k++) {
    if (tokens[k].text !== ",") continue;
    for (let j = k + 1; j < Math.min(s.last, k + 11); j++) {
      if (REPORTING.test(tokens[j].lower) && tokens[j].pos === "VERB" && !(j + 1 < s.last && tokens[j + 1].lower === "by")) {
        if (j > k + 1) return { verb: j, first: k + 1, last: j - 1 };
        let e = j + 1;
        while (e < s.last && e - j <= 6 && tokens[e].text !== "," && tokens[e].pos !== "PUNCT") e++;
        return { verb: j, first: j + 1, last: e - 1 };
      }
      // ("the ministry of finance said", "a statement issued by the ministry said": 'of' inside the
      // subject, and a participle of issuing with its 'by')
      if (j > k + 1 && tokens[j].lower === "of" && /^(NOUN|PROPN)$/.test(tokens[j - 1].pos)) continue;
      if (j > k + 1 && ISSUED.test(tokens[j].lower) && tokens[j + 1]?.lower === "by") {
        j++;
        continue;
      }
      if (!/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[j].pos) && tokens[j].norm !== "'s") break;
    }
  }
  return null;
}

/**
 * "the ministry said the Swedish and Finnish foreign ministers, Ann Linde and Pekka Haavisto, would
 * travel": "would" after a named subject that a reporting verb governs is the future of the report.
 * Only over the subject's words (names, nouns, commas, "and"); any other verb between ends it.
 */
function reportedSubjectBefore(tokens: Token[], s: Sentence, would: number, lex?: SenseLexicon): boolean {
  for (let k = would - 1; k >= Math.max(s.first, would - 16); k--) {
    const t = tokens[k];
    if (REPORTING.test(t.lower)) return k < would - 1;
    if (t.lower === "that" && REPORTING.test(tokens[k - 1]?.lower ?? "")) return k < would - 1;
    // ("the announcement that the UK would supply tanks", "the decision that Germany would send":
    // a noun whose that-clause reports a future; status.announcementNouns)
    if (t.lower === "that" && k - 1 >= s.first && tokens[k - 1].pos === "NOUN" && lex?.announcementNouns.has(tokens[k - 1].lower)) return k < would - 1;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PUNCT|CCONJ|PART)$/.test(t.pos) || t.text === ";" || t.text === ":") return false;
  }
  return false;
}

/** The reporting verb of "said they would", "confirmed on Wednesday it would"; -1 when none. */
function reportingVerbBefore(tokens: Token[], s: Sentence, would: number): number {
  let k = would - 1;
  if (k < s.first || !/^(it|they|he|she|we|i)$/.test(tokens[k].lower)) return -1;
  k--;
  if (tokens[k]?.lower === "that") k--;
  // over a time phrase: "confirmed on Wednesday it would"
  for (let q = k; q >= Math.max(s.first, k - 3); q--) if (REPORTING.test(tokens[q].lower)) return q;
  return -1;
}

/** Where the clause of the word at `v` starts: after the nearest "that", "which", "but", ";" before it. */
export function clauseStartOf(tokens: Token[], s: Sentence, v: number): number {
  return clauseStartBefore(tokens, s, v);
}

function clauseStartBefore(tokens: Token[], s: Sentence, v: number): number {
  for (let k = v - 1; k > s.first; k--) if (tokens[k].text === ";" || tokens[k].text === ":" || /^(that|which|who|where|while|whereas|but)$/.test(tokens[k].lower)) return k + 1;
  return s.first;
}

const GERUND_PREPS = /^(by|after|before|in|on|for|of|from|with|without|while|when|since|upon|about|through|against|despite)$/;
const NOT_FINITE_AUX = /^(been|being|be|to)$/;

/** The status a finite verb or modal gives what it governs; null for a word that is not one. */
function finiteStatus(t: Token): Status | null {
  const w = t.lower;
  if (MODAL_FUTURE.test(w)) return "planned";
  if (MODAL_HYPOTHETICAL.test(w) && w !== "'d") return "hypothetical";
  if (t.pos !== "VERB" && t.pos !== "AUX") return null;
  if (NOT_FINITE_AUX.test(w) || w.endsWith("ing")) return null;
  if (BE_PAST.test(w) || w === "did" || w === "had" || w.endsWith("ed") || IRREGULAR_PAST.has(w)) return "occurred";
  // "has reported": a perfect tells what happened
  if (w === "has" || w === "have") return "occurred";
  return "ongoing";
}

/**
 * "hit back by accusing", "reported destroying", "Speaking after talks, Ushakov told ...": the
 * governing verb's tense; "More forces fighting side by side ... would help": the modal of the clause
 * the participle belongs to. Null when nothing governs it ("troops fighting in Donbas").
 */
function participleStatus(tokens: Token[], s: Sentence, v: number, clauseStart: number, lex: SenseLexicon): Status | null {
  const prev = tokens[v - 1];
  // "caused Obama to consider cancelling a meeting", "is weighing imposing tariffs": a course weighed, not taken
  if (deliberated(tokens, s, v, lex)) return "hypothetical";
  // "with the goal of reaching a deal", "the prospect of joining Nato": an aim or a prospect, not an act done
  // ("the chances of successfully negotiating a deal": over the gerund's adverbs)
  let of = v - 1;
  while (of > s.first && tokens[of].pos === "ADV") of--;
  if (tokens[of]?.lower === "of" && of - 1 >= s.first) {
    const noun = tokens[of - 1].lower;
    if (lex.goalNouns.has(noun)) return "planned";
    if (lex.prospectNouns.has(noun)) return "hypothetical";
  }
  // "has tasked its troops with capturing the city", "charged the envoy with negotiating": a task given
  if (prev?.lower === "with" && assignedBefore(tokens, v - 1, clauseStart, lex)) return "planned";
  // ", with the country's army chief rejecting US aid": an absolute phrase tells what went with the main clause
  const absolute = absoluteWith(tokens, v, clauseStart);
  if (absolute >= 0) {
    for (let k = absolute - 1; k >= clauseStart; k--) {
      const st = tokens[k - 1]?.lower === "to" ? null : finiteStatus(tokens[k]);
      const modal = st && k - 1 >= clauseStart && (MODAL_FUTURE.test(tokens[k - 1].lower) || MODAL_HYPOTHETICAL.test(tokens[k - 1].lower)) ? finiteStatus(tokens[k - 1]) : null;
      if (st) return modal ?? st;
    }
    return null;
  }
  const opensSentence = v === s.first || (v === clauseStart && prev?.text !== ",");
  if (prev && v > s.first && (GERUND_PREPS.test(prev.lower) || (prev.pos === "VERB" && !NOT_FINITE_AUX.test(prev.lower)))) {
    for (let k = v - 1; k >= clauseStart; k--) {
      if (tokens[k - 1]?.lower === "to") continue;
      const st = finiteStatus(tokens[k]);
      // "should take a firmer stance in supporting": the modal before the bare verb
      if (st && k - 1 >= clauseStart) {
        const modal = MODAL_FUTURE.test(tokens[k - 1].lower) || MODAL_HYPOTHETICAL.test(tokens[k - 1].lower) ? finiteStatus(tokens[k - 1]) : null;
        if (modal) return modal;
      }
      if (st) return st;
    }
    return null;
  }
  // "passed a resolution condemning Moscow", "issued a statement accusing Iran": a record of a body's
  // act is as finished as the act that made it; "is debating a resolution condemning" goes on
  const record = recordBefore(tokens, v, clauseStart, lex);
  if (record >= 0) return recordStatus(tokens, s, record, clauseStart);
  // "Biden said, announcing sanctions", "invaded Iraq, sending 130,000 troops": a participle after the
  // comma of a clause with its own verb is an adjunct of that clause and takes its tense; after a
  // bare noun phrase ("Kurz, arriving for talks, said") it is an appositive and has none of its own
  if (prev?.text === "," && !opensSentence) {
    const st = clauseTenseBefore(tokens, v - 1, clauseStart);
    if (st) return st;
  }
  // a participial phrase opens the sentence: the main clause after its comma gives the tense
  let k = v + 1;
  if (opensSentence) {
    while (k < s.last && tokens[k].text !== ",") k++;
    k++;
  }
  // a participle after its noun ("forces fighting ... would certainly help"): the clause's own verb
  for (; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === "," && !opensSentence) return null;
    if (tokens[k - 1]?.lower === "to") continue;
    const st = finiteStatus(t);
    if (st) return opensSentence || st === "hypothetical" || st === "planned" ? st : null;
  }
  return null;
}

/**
 * The act at `v` is what a verb of weighing a course governs: a gerund right after it ("considered
 * cancelling the visit") or an indefinite noun phrase ("is mulling new sanctions", "weighing a
 * ban"). A definite act ("considered the invasion a mistake", "Russia's attack") is one the text
 * knows of, whatever is weighed about it.
 */
function deliberated(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  if (tokens[v].pos === "NOUN" || tokens[v].pos === "PROPN") {
    while (k > s.first && v - k <= 4 && (/^(ADJ|NOUN|NUM)$/.test(tokens[k].pos) || /^(a|an|more|further|fresh|new)$/.test(tokens[k].lower))) k--;
  } else if (!tokens[v].lower.endsWith("ing")) return false;
  return k >= s.first && k < v && lex.deliberationVerbs.has(tokens[k].lower);
}

/**
 * A hearsay adverb (status.hearsayAdverbs) in the verb group of the verb at `v`: among the
 * auxiliaries and adverbs right before it ("reportedly shelled", "has allegedly funded", "were
 * reportedly killed") or right after it ("shelled reportedly"). One in another clause ("Kyiv
 * reportedly said Russia shelled") qualifies that clause's verb, not this one.
 */
function hearsay(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): boolean {
  if (tokens[v].pos !== "VERB" && tokens[v].pos !== "AUX") return false;
  for (let k = v - 1; k >= Math.max(s.first, v - 4); k--) {
    const t = tokens[k];
    if (lex.hearsayAdverbs.has(t.lower)) return true;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") break;
  }
  return v + 1 < s.last && lex.hearsayAdverbs.has(tokens[v + 1].lower);
}

/** A gerund right after "as" whose clause has a verb of portrayal before it (status.portrayalVerbs):
 *  "portray China as supporting", "depicted Kyiv as shelling its own cities". */
function portrayed(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): boolean {
  if (!tokens[v].lower.endsWith("ing") || tokens[v - 1]?.lower !== "as") return false;
  for (let k = v - 2; k >= Math.max(s.first, v - 10); k--) {
    if (lex.portrayalVerbs.has(tokens[k].lower)) return true;
    if (/^[,;:]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/** The comma before "with" of an absolute phrase ("..., with Iran's army chief rejecting"), or -1. */
function absoluteWith(tokens: Token[], v: number, clauseStart: number): number {
  let k = v - 1;
  while (k > clauseStart && v - k <= 6 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k].pos) || tokens[k].norm === "'s" || tokens[k].text === "’s")) k--;
  if (k === v - 1 || tokens[k].lower !== "with" || tokens[k - 1]?.text !== ",") return -1;
  return k - 1;
}

/** A verb of giving a task governs the "with" at `w`, over its object ("tasked their troops with"). */
function assignedBefore(tokens: Token[], w: number, clauseStart: number, lex: SenseLexicon): boolean {
  for (let k = w - 1; k >= Math.max(clauseStart, w - 6); k--) {
    if (lex.assignVerbs.has(tokens[k].lower)) return true;
    if (tokens[k].pos === "VERB" || tokens[k].text === ",") return false;
  }
  return false;
}

/** The tense of the nearest finite verb (or its modal) before the comma at `comma`, back to the clause start; null when none. */
function clauseTenseBefore(tokens: Token[], comma: number, clauseStart: number): Status | null {
  for (let k = comma - 1; k >= clauseStart; k--) {
    // "to meet the president, pledging": an infinitive has no tense to lend
    if (tokens[k - 1]?.lower === "to") continue;
    const st = finiteStatus(tokens[k]);
    if (!st) continue;
    // ("would also need to tighten sanctions, banning imports": the modal over an adverb)
    let m = k - 1;
    while (m > clauseStart && tokens[m].pos === "ADV") m--;
    const modal = m >= clauseStart && (MODAL_FUTURE.test(tokens[m].lower) || MODAL_HYPOTHETICAL.test(tokens[m].lower)) ? finiteStatus(tokens[m]) : null;
    return modal ?? st;
  }
  return null;
}

/** The record noun ("resolution", "statement") the participle at v qualifies, over adverbs; -1 when none. */
function recordBefore(tokens: Token[], v: number, clauseStart: number, lex: SenseLexicon): number {
  let k = v - 1;
  while (k > clauseStart && tokens[k].pos === "ADV") k--;
  return k >= clauseStart && lex.recordNouns.has(tokens[k].lower) && tokens[k].pos !== "VERB" ? k : -1;
}

/**
 * The status of the act that made a record: the verb that governs its noun phrase ("passed a
 * resolution", "voted last year in a UN resolution", "will issue a statement"), over the phrase's
 * words and prepositions; without one, the record is the clause's subject ("a resolution
 * condemning Russia was adopted") and the clause's verb gives it.
 */
function recordStatus(tokens: Token[], s: Sentence, n: number, clauseStart: number): Status | null {
  for (let k = n - 1; k >= Math.max(clauseStart, n - 12); k--) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";") break;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    let st = finiteStatus(t);
    // "is debating", "has been passing": the auxiliary before a non-finite verb
    for (let a = k - 1; !st && a >= clauseStart && (tokens[a].pos === "AUX" || tokens[a].pos === "ADV"); a--) st = finiteStatus(tokens[a]);
    const modal = k - 1 >= clauseStart && (MODAL_FUTURE.test(tokens[k - 1].lower) || MODAL_HYPOTHETICAL.test(tokens[k - 1].lower)) ? finiteStatus(tokens[k - 1]) : null;
    return modal ?? st;
  }
  for (let k = n + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === ";" || /^(that|which|who)$/.test(t.lower)) break;
    if (tokens[k - 1]?.lower === "to") continue;
    const st = finiteStatus(t);
    if (st) return st;
  }
  return null;
}

/**
 * The status of a that-clause starting at `clauseStart` that its governor does not assert: under a
 * verb of denial ("denied that", "dismissed reports that") the act is denied; under a negated verb of
 * belief or noun of evidence ("did not believe that", "saw no sign that", "there is no evidence that")
 * it is only entertained, hypothetical. Null for a clause asserted or reported ("said that", "evidence
 * that", "not only ... but"): the negation must stand among the governor's own words, before a comma.
 */
/** "denied that it supplied weapons", "did not see China arm Russia": the act at `v` (a verb) is denied
 *  or doubted by another's words, not withheld by its doer. */
export function deniedByClause(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): boolean {
  const start = clauseStartBefore(tokens, s, v);
  if (boundaryBetween(tokens, start, v)) return false;
  return !!(unassertedClause(tokens, s, start, lex) ?? (tokens[v].pos === "VERB" ? unassertedBare(tokens, s, start, v, lex) ?? deniedGerund(tokens, s, v, lex) : null));
}

/**
 * "Russia denies aiding the rebels", "denied ever having supplied drones": a gerund that a verb of
 * denying a fact (`denials` that end the word "deny") governs is an act its doer says it did not do:
 * denied. "rejected joining the alliance", "dismissed sending troops" (a refusal of a course, not of a
 * fact) are left to the negation rules.
 */
function deniedGerund(tokens: Token[], s: Sentence, v: number, lex: SenseLexicon): Status | null {
  let k = v - 1;
  // ("denied ever having supplied", "denies having aided")
  if (tokens[k]?.lower === "having") k--;
  else if (!tokens[v].lower.endsWith("ing")) return null;
  while (k > s.first && tokens[k].pos === "ADV") k--;
  const t = tokens[k];
  return k >= s.first && lex.unasserted.denials.has(t.lower) && /^den(y|ies|ied|ying)$/.test(t.lower) ? "denied" : null;
}

export function unassertedClause(tokens: Token[], s: Sentence, clauseStart: number, lex: SenseLexicon): Status | null {
  const that = clauseStart - 1;
  if (that <= s.first || tokens[that].lower !== "that") return null;
  return unassertedUnder(tokens, s, that - 1, lex) ?? unassertedUnder(tokens, s, headBeforePhrase(tokens, s, that - 1), lex);
}

/**
 * "no evidence in the intercepted phone communications that", "no sign from Moscow that": the noun a
 * prepositional phrase qualifies, right before the phrase, or -1 (the phrase holds no verb or comma).
 */
function headBeforePhrase(tokens: Token[], s: Sentence, end: number): number {
  for (let k = end; k > Math.max(s.first, end - 7); k--) {
    const t = tokens[k];
    if (t.pos === "ADP") return tokens[k - 1]?.pos === "NOUN" ? k - 1 : -1;
    // ("the intercepted phone communications": a participle qualifies the noun)
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !(t.pos === "VERB" && t.lower.endsWith("ed") && /^(DET|ADJ)$/.test(tokens[k - 1]?.pos ?? ""))) return -1;
  }
  return -1;
}

/**
 * "there is no evidence Iran attacked", "denied Russian troops had shelled": the same without "that",
 * the governor right before the clause's subject (names, nouns, a pronoun) and auxiliaries.
 */
function unassertedBare(tokens: Token[], s: Sentence, clauseStart: number, v: number, lex: SenseLexicon): Status | null {
  let k = v - 1;
  while (k > clauseStart && (tokens[k].pos === "ADV" || tokens[k].pos === "AUX")) k--;
  const subjectEnd = k;
  const u = lex.unasserted;
  const governs = (t: Token) => u.heads.has(t.lower) || u.denials.has(t.lower) || u.reportNouns.has(t.lower);
  while (k > clauseStart && v - k <= 8 && !governs(tokens[k]) && (/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k].pos) || tokens[k].norm === "'s" || tokens[k].text === "’s")) k--;
  if (k === subjectEnd || k < clauseStart) return null;
  return unassertedUnder(tokens, s, k, lex);
}

function unassertedUnder(tokens: Token[], s: Sentence, h: number, lex: SenseLexicon): Status | null {
  const u = lex.unasserted;
  if (h < s.first) return null;
  // "denied media reports that", "dismissed the claims that"
  if (u.reportNouns.has(tokens[h].lower)) {
    for (let q = h - 1; q >= Math.max(s.first, h - 4); q--) {
      if (u.denials.has(tokens[q].lower)) return "denied";
      if (!/^(DET|ADJ|NOUN|PROPN|ADV)$/.test(tokens[q].pos) && tokens[q].norm !== "'s") break;
    }
    return null;
  }
  if (u.denials.has(tokens[h].lower)) return "denied";
  if (!u.heads.has(tokens[h].lower)) return null;
  for (let q = h - 1; q >= Math.max(s.first, h - 5); q--) {
    const t = tokens[q];
    // ("No 10 said": Downing Street, no negation)
    if (u.negators.has(t.lower) && tokens[q + 1]?.pos !== "NUM") return "hypothetical";
    if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ" || /^(that|which|who|but)$/.test(t.lower)) return null;
    // ("officials who did not attend said that": the negation of another verb)
    if (t.pos === "VERB" && !u.heads.has(t.lower)) return null;
  }
  return null;
}

/** "no indication that ... – even when Macron tried to negotiate": a dash, a bracket or a subordinate
 *  clause between the that-clause's start and the verb puts the verb in a clause of its own. */
function boundaryBetween(tokens: Token[], from: number, v: number): boolean {
  for (let k = from; k < v; k++) if (/^[–—(;:]$/.test(tokens[k].text) || tokens[k].pos === "SCONJ" || /^(when|while|because|although|after|before|since)$/.test(tokens[k].lower)) return true;
  return false;
}

/** "May" written as the month: capitalised inside a sentence, or before a day or a year. */
function monthMay(tokens: Token[], s: Sentence, k: number): boolean {
  const t = tokens[k];
  if (t.text !== "May") return false;
  return k > s.first || /^\d/.test(tokens[k + 1]?.text ?? "");
}

/**
 * A bare verb ("investigate", not "investigates", "investigated") opening a that-clause whose
 * governor is a verb or noun of demanding (senses.mandative), over the governor's own complements
 * ("Trump's request of Ukrainian President Zelensky on the call that he investigate").
 */
function mandatedClause(tokens: Token[], s: Sentence, clauseStart: number, v: number, lex: SenseLexicon): boolean {
  const that = clauseStart - 1;
  if (that <= s.first || tokens[that].lower !== "that") return false;
  const w = tokens[v].lower;
  if (tokens[v].pos !== "VERB" || /(s|ed|ing)$/.test(w) || IRREGULAR_PAST.has(w)) return false;
  // the clause's own words before the verb: its subject, "not", "should"
  for (let k = clauseStart; k < v; k++) if (tokens[k].pos === "VERB" || (tokens[k].pos === "AUX" && !lex.mandativeModals.has(tokens[k].lower))) return false;
  for (let k = that - 1; k >= Math.max(s.first, that - 12); k--) {
    const t = tokens[k];
    if (lex.mandativeVerbs.has(t.lower) || (lex.mandativeNouns.has(t.lower) && t.pos === "NOUN")) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || /^[,;:–—]$/.test(t.text)) return false;
  }
  return false;
}

/** "conceded too much", "went too far": a degree word right after the verb (or its object word). */
function degreeFocus(tokens: Token[], s: Sentence, v: number): boolean {
  for (let k = v + 1; k < Math.min(s.last, v + 3); k++) if (tokens[k].lower === "too") return true;
  return false;
}

/** A simple past by its own form ("rejected", "met"). */
const pastForm1 = (t: Token): boolean => t.lower.endsWith("ed") || IRREGULAR_PAST.has(t.lower);

function pastForm(tokens: Token[], v: number): boolean {
  const w = tokens[v].lower;
  if (w.endsWith("ed") || IRREGULAR_PAST.has(w)) return true;
  const prev = tokens[v - 1]?.lower ?? "";
  return prev === "had" || prev === "did" || BE_PAST.test(prev);
}

/**
 * "travelled to Warsaw to rally support", "led a delegation to Kyiv to meet the president": the
 * infinitive at `trigger` is the purpose of a past verb of going or meeting at `v`, with that verb's
 * complement between (no verb, no clause break), and no time still to come in the infinitive's own
 * clause ("travelled to Kyiv to sign a deal next week" stays planned).
 */
function purposeOfPastMotion(tokens: Token[], s: Sentence, clauseStart: number, v: number, trigger: number, lex: SenseLexicon): boolean {
  if (!(lex.purposeMotions.has(tokens[v].lower) || journeyMade(tokens, v, trigger, lex)) || tokens[trigger - 1]?.lower !== "to" || trigger - 1 <= v + 1) return false;
  // ("had led", "was sent": the verb's own group is past too; "will have sent" is not)
  for (let k = v - 1; k >= Math.max(clauseStart, v - 3); k--) if (MODAL_FUTURE.test(tokens[k].lower) || MODAL_HYPOTHETICAL.test(tokens[k].lower)) return false;
  for (let k = v + 1; k < trigger - 1; k++) {
    const t = tokens[k];
    // ("gathered outside Downing Street to protest": a capitalised word inside a name is no verb)
    if ((t.pos === "VERB" && !/^[A-Z]/.test(t.text)) || t.pos === "AUX" || t.pos === "SCONJ" || t.text === ";" || t.text === ":" || t.text === "(" || /^(that|which|who|where|when|if|unless)$/.test(t.lower)) return false;
  }
  // (over the commas of an apposition: "to meet the president, Volodymyr Zelenskiy, next week")
  for (let k = trigger + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === ":" || /^(that|which|who|where|but|while)$/.test(t.lower)) break;
    if (lex.futureTimes.has(t.lower) && lex.futureTimes.matchAt(tokens, k, (x) => x.lower, s.last)) return false;
  }
  return true;
}

/** "it is vital to back Kyiv", "it was important to support": the infinitive at `v` is the subject an
 *  "it" before a copula and an adjective stands for. */
function extraposedInfinitive(tokens: Token[], from: number, v: number): boolean {
  let k = v - 2;
  if (tokens[k]?.pos !== "ADJ") return false;
  k--;
  while (k > from && tokens[k].pos === "ADV") k--;
  return k > from && (BE_PRESENT.test(tokens[k].lower) || BE_PAST.test(tokens[k].lower)) && tokens[k - 1].lower === "it";
}

/** The nearest verb before `to` back to `from` (a capitalised word inside a name is none), or -1. */
function verbBefore(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k].pos === "VERB" && !(k > from && /^[A-Z]/.test(tokens[k].text))) return k;
  return -1;
}

/** "has made a surprise trip to Kyiv to meet", "paid a visit to Warsaw to rally": a light verb whose object is a journey (status.journeyVerbs) is a verb of going;
 *  "held talks with the king to discuss" (status.meetingVerbs) one of meeting. */
function journeyMade(tokens: Token[], v: number, trigger: number, lex: SenseLexicon): boolean {
  // ("held talks in Jiddah to discuss", "had a call with Macron to express": a meeting held, status.meetingVerbs,
  // is one too: what it was held for is done in it)
  const journey = lex.journeyVerbs.verbs.has(tokens[v].lower);
  const meeting = lex.meetingVerbs.verbs.has(tokens[v].lower);
  // ("has made it his mission to": a pronoun object makes no journey)
  if (!(journey || meeting) || tokens[v + 1]?.lower === "it") return false;
  for (let k = v + 1; k < trigger && k - v <= 4; k++) {
    if ((journey && lex.journeyVerbs.nouns.has(tokens[k].lower)) || (meeting && lex.meetingVerbs.nouns.has(tokens[k].lower))) return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos)) return false;
  }
  return false;
}

/**
 * "A deal agreed between Finland, Sweden and Turkey cleared the way", "joined the pact signed in
 * 1997": a past participle right after the noun it qualifies (a reduced relative), with a
 * determiner before that noun and a verb or preposition governing the phrase, then a preposition,
 * a comma or the sentence's end after it. "a deal to be agreed" (an infinitive) and "troops attacked
 * the city" (a finite verb with its object) are not such participles.
 */
function postnominalParticiple(tokens: Token[], s: Sentence, clauseStart: number, v: number): boolean {
  const w = tokens[v].lower;
  if (tokens[v].pos !== "VERB" || !(w.endsWith("ed") || IRREGULAR_PAST.has(w))) return false;
  if (tokens[v - 1]?.pos !== "NOUN" || v - 1 <= s.first) return false;
  // the determiner of the noun phrase, over adjectives
  let k = v - 2;
  while (k > clauseStart && v - k <= 4 && (tokens[k].pos === "ADJ" || tokens[k].pos === "NOUN")) k--;
  if (!/^(a|an|the|this|that|its|their|his|her)$/.test(tokens[k]?.lower ?? "")) return false;
  // the phrase is an object or a subject whose verb follows: not the subject of the participle as a finite verb
  const gov = tokens[k - 1];
  const subjectPosition = k === s.first || k === clauseStart || gov?.text === "," ;
  const next = tokens[v + 1];
  const after = !next || v + 1 >= s.last || next.pos === "ADP" || next.text === ",";
  if (!after || next?.lower === "to") return false;
  // a sentence-opening "A deal agreed between ... cleared": the finite verb comes later in the clause
  if (subjectPosition) return finiteVerbAfter(tokens, s, v);
  return gov.pos === "VERB" || gov.pos === "ADP";
}

/** A finite verb later in the sentence, before any clause break, that the noun phrase is the subject of. */
function finiteVerbAfter(tokens: Token[], s: Sentence, v: number): boolean {
  for (let k = v + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === ":" || /^(that|which|who|where|while|but)$/.test(t.lower)) return false;
    if ((t.pos === "VERB" || t.pos === "AUX") && finiteStatus(t) !== null && tokens[k - 1]?.lower !== "to" && tokens[k - 1]?.text !== ",") return true;
  }
  return false;
}

function pendingCondition(tokens: Token[], s: Sentence, clauseStart: number, v: number, lex: SenseLexicon): boolean {
  // "provided that Iran complies": the clause starts after "that", the condition just before it
  for (let k = Math.max(s.first, clauseStart - 4); k < v; k++) {
    const m = lex.pendingConditions.matchAt(tokens, k, (t) => t.lower, v);
    if (m && (k >= clauseStart || k + m.length === clauseStart) && !(m.length === 1 && givingVerb(tokens, k, v)) && !continuedFact(tokens, k, k + m.length, v, lex)) return true;
  }
  return false;
}

/** "as long as Scholz continues to reject": a durative condition over a clause that says the act goes on is a fact, no condition. */
function continuedFact(tokens: Token[], k: number, end: number, v: number, lex: SenseLexicon): boolean {
  if (!lex.durativeConditions.has(tokens.slice(k, end).map((t) => t.lower).join(" "))) return false;
  for (let q = end; q <= v; q++) if (lex.continuingVerbs.has(tokens[q].lower)) return true;
  return false;
}

/**
 * "The Intercept provided authorities with a copy", "providing weapons to Kyiv": a bare "provided" or
 * "providing" with 'with' or 'to' after its object, before any verb, is the verb of giving, no
 * condition ("provided Russia withdraws" has a clause of its own).
 */
function givingVerb(tokens: Token[], k: number, v: number): boolean {
  for (let q = k + 1; q < Math.min(v, k + 9); q++) {
    const t = tokens[q];
    if (t.lower === "with" || t.lower === "to") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ",") return false;
  }
  return false;
}

/**
 * "Russia's invasion of Ukraine", "Moscow's full-scale war", "Iran's attack on Israel": a nominal act
 * whose owner is named with "'s" over its modifiers. Like "its invasion" (ownedActStatus), the act is
 * a known one mentioned in passing, and the plan or modal of the clause around it is the clause's
 * ("sought to present Russia's invasion as a battle", "vowed he would stop Russia's war"); "the
 * invasion", "an attack" and the complement of a noun of what may come ("the threat of Russia's
 * invasion") are not owned so.
 */
export function namedOwner(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon, carries: (k: number) => boolean): boolean {
  if (tokens[n].pos !== "NOUN" && tokens[n].pos !== "PROPN" && tokens[n].pos !== "ADJ") return false;
  for (let q = n - 1; q >= s.first && n - q <= 6; q--) {
    const t = tokens[q];
    if (t.norm === "'s" || t.text === "’s") {
      if (q - 1 < s.first || !/^(PROPN|NOUN)$/.test(tokens[q - 1].pos) || prospectBefore(tokens, s, q - 1, lex)) return false;
      // ("likely to send Sweden's membership application", "launched Russia's offensive": a verb that
      // carries the act out, status.carrierVerbs or a light verb, gives it the clause's status)
      let b = q - 1;
      while (b > s.first && q - b <= 4 && /^(PROPN|NOUN|ADJ|DET)$/.test(tokens[b - 1].pos)) b--;
      return !(b - 1 >= s.first && (lex.carrierVerbs.has(tokens[b - 1].lower) || carries(b - 1)));
    }
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-") return false;
  }
  return false;
}

/** "the upcoming summit", "Ukraine's possible accession", "no talks", "an invasion of Ukraine would". */
function nounStatus(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): Status | null {
  let q = n - 1;
  for (; q >= s.first && n - q <= 5; q--) {
    const t = tokens[q];
    const st = lex.nounStatus.get(t.lower);
    // ("the planned meeting took place in Sochi", "the proposed summit was held in Bali": a plan that came about, realised-plans.ts)
    if (st) return (st === "planned" || st === "hypothetical") && realisedPlan(tokens, s, n, lex) ? "occurred" : st;
    if (!/^(ADJ|NOUN|PROPN|NUM|DET)$/.test(t.pos) && t.text !== "-" && t.norm !== "'s") break;
    if (t.pos === "DET") break;
  }
  // the act as its clause's subject: "an invasion of Ukraine would bring suffering" may come;
  // "talks between the US and Iran are scheduled", "the summit will take place" are still to come
  // ("Putin's invasion would not have happened": a definite act the text knows happened)
  const indefinite = q >= s.first && /^(a|an|any)$/.test(tokens[q].lower);
  // (a subject: no verb of its own clause before it; "Qatar says talks are scheduled" reports the clause)
  for (let k = q; k >= s.first && !REPORTING.test(tokens[k].lower); k--) if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX" || tokens[k].lower === "that") return null;
  for (let k = n + 1; k < Math.min(s.last, n + 12); k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || /^(that|which|who)$/.test(t.lower)) break;
    // ("Russia's invasion will dominate the talks", "the war is expected to overshadow the summit": the
    // future is the predicate's, whose topic the act is; status.topicPredicates)
    if (MODAL_FUTURE.test(t.lower)) return topicPredicateAfter(tokens, s, k, lex) ? null : "planned";
    if (MODAL_HYPOTHETICAL.test(t.lower)) return indefinite ? "hypothetical" : null;
    if ((BE_PRESENT.test(t.lower) || BE_PAST.test(t.lower)) && lex.schedulePredicates.has(tokens[k + 1]?.lower ?? "")) return topicPredicateAfter(tokens, s, k + 1, lex) ? null : "planned";
    if (t.pos === "VERB" || t.pos === "AUX") break;
  }
  return null;
}

/** The verb the future or schedule word at `k` governs (over adverbs, "to" and "be") is one of
 *  status.topicPredicates: "will dominate", "is expected to overshadow", "will continue to loom over". */
function topicPredicateAfter(tokens: Token[], s: Sentence, k: number, lex: SenseLexicon): boolean {
  for (let q = k + 1; q < s.last && q - k <= 4; q++) {
    const t = tokens[q];
    if (t.pos === "ADV" || t.lower === "to" || t.lower === "be" || lex.aspectVerbs.has(t.lower)) continue;
    return lex.topicPredicates.has(t.lower);
  }
  return false;
}

/**
 * The status of an act a possessive pronoun owns ("its invasion of Ukraine", "his criticism of Putin",
 * "her planned visit", "his trip to Moscow next week"). The owner makes the act a known one, mentioned
 * in passing: it does not take the mood of the clause it sits in ("if its invasion continues to
 * flounder" doubts the floundering, not the invasion; "Russia should not win its war" does not make
 * the war hypothetical). Only the noun's own words say when: a modifier ("planned", "upcoming",
 * "possible"), a modal of which the act is the subject ("my visit will be", reported "said her visit
 * would go ahead"), a time to come in its
 * clause ("next week", "later this week"; a weekday only where no past-tense verb precedes it in the
 * clause: "leaves on his visit on Wednesday" as against "cut short his visit on Wednesday"), a past
 * year. Otherwise it happened.
 */
export function ownedActStatus(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): Status {
  if (deliberated(tokens, s, n, lex)) return "hypothetical";
  const own = nounStatus(tokens, s, n, lex);
  if (own) return own;
  // ("ahead of Kim's summit with Moon", "in the event of Russia's attack")
  const framed = framedNoun(tokens, s, n, lex);
  if (framed) return framed;
  // ("said her visit to China would go ahead": the act as the subject of a reported future)
  for (let k = n + 1; k < Math.min(s.last, n + 12); k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || /^(that|which|who)$/.test(t.lower)) break;
    if (t.lower === "would" && (reportedBefore(tokens, s, k, lex) || reportedPhrase(tokens, s, n))) return "planned";
    if (t.pos === "VERB" || t.pos === "AUX") break;
  }
  const clauseStart = clauseStartBefore(tokens, s, n);
  let pastBefore = false;
  for (let k = clauseStart; k < n; k++) if (finiteStatus(tokens[k]) === "occurred") pastBefore = true;
  for (let k = n + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.text === ":" || /^(that|which|who|but|while)$/.test(t.lower)) break;
    if (!lex.futureTimes.has(t.lower)) continue;
    const m = lex.futureTimes.matchAt(tokens, k, (x) => x.lower, s.last);
    if (m && !(t.lower === "on" && pastBefore)) return "planned";
  }
  return "occurred";
}

/** "said (that) her visit ...": the noun phrase ending at `n` opens the clause a reporting verb governs. */
function reportedPhrase(tokens: Token[], s: Sentence, n: number): boolean {
  let q = n - 1;
  while (q > s.first && (/^(ADJ|NUM|NOUN|PROPN)$/.test(tokens[q].pos) || /^(his|her|its|their|our|my)$/.test(tokens[q].lower))) q--;
  if (tokens[q].lower === "that") q--;
  return q >= s.first && REPORTING.test(tokens[q].lower);
}

/** "no talks are scheduled", "there were no attacks": a nominal act that the text says did not happen. */
export function negatedNominal(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): boolean {
  // over modifiers and coordinated nouns: "no high-level meetings or direct talks"
  for (let q = n - 1; q >= s.first && n - q <= 9; q--) {
    const t = tokens[q];
    if (lex.nounNegators.has(t.lower)) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-" && t.text !== "or" && t.text !== "and") return false;
  }
  return false;
}

/** "in 2003" within a few words after the act, or "the 2014 annexation": a year before publication. */
function pastYearAfter(tokens: Token[], s: Sentence, trigger: number, year: number): boolean {
  const isPastYear = (t: Token | undefined) => !!t && /^(1[89]|20)\d\d$/.test(t.text) && Number(t.text) < year;
  if (isPastYear(tokens[trigger - 1]) || (tokens[trigger - 1]?.pos === "ADJ" && isPastYear(tokens[trigger - 2]))) return true;
  const end = clauseEndAfter(tokens, s, trigger, 10);
  for (let k = trigger + 1; k < end; k++) if (tokens[k].lower === "in" && isPastYear(tokens[k + 1])) return true;
  return false;
}

/** A time gone by (status.pastTimes) after the act at `trigger`, in its clause: the bounds of pastYearAfter. */
function pastTimeAfter(tokens: Token[], s: Sentence, trigger: number, lex: SenseLexicon): boolean {
  const end = clauseEndAfter(tokens, s, trigger, 10);
  for (let k = trigger + 1; k < end; k++) if (lex.pastTimes.has(tokens[k].lower) && lex.pastTimes.matchAt(tokens, k, (x) => x.lower, s.last)) return true;
  return false;
}

/** "Russia's invasion of Ukraine", "the Russian invasion", "Moscow's full-scale war": a nominal act
 *  with a possessive or a definite article over its modifiers, as against "an attack", "attacks". */
function presupposed(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): boolean {
  if (tokens[n].pos !== "NOUN" && tokens[n].pos !== "PROPN") return false;
  for (let q = n - 1; q >= s.first && n - q <= 6; q--) {
    const t = tokens[q];
    if (t.norm === "'s" || t.text === "’s" || t.lower === "the") return !prospectBefore(tokens, s, t.lower === "the" ? q : q - 1, lex);
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-") return false;
  }
  return false;
}

/**
 * "the sanctions President Reagan imposed on Japan", "the troops that Moscow sent": the verb at `v`
 * is a relative clause on the act's noun at `n`, with a subject of its own between (a name, noun or
 * pronoun; "that"/"which"). The clause identifies the act, it does not assert it; "the sanctions were
 * imposed by Reagan" (no subject between) asserts.
 */
function relativeOfNoun(tokens: Token[], n: number, v: number): boolean {
  if (v <= n + 1 || v - n > 6) return false;
  let subject = false;
  for (let k = n + 1; k < v; k++) {
    const t = tokens[k];
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) subject = true;
    else if (!(k === n + 1 && /^(that|which)$/.test(t.lower)) && !/^(DET|ADJ|NUM)$/.test(t.pos)) return false;
  }
  return subject;
}

/** "a plan for [the destruction]", "the threat of [Russia's invasion]": the phrase starting at `k`
 *  is the complement of a noun of what may come (event-senses status.prospectNouns). */
function prospectBefore(tokens: Token[], s: Sentence, k: number, lex: SenseLexicon): boolean {
  // (the possessor's own words first: "the threat of [Russia]'s invasion")
  let q = k - 1;
  while (q > s.first && /^(PROPN|NOUN|ADJ|DET)$/.test(tokens[q].pos) && !/^(for|of)$/.test(tokens[q].lower) && k - q < 5) q--;
  if (q <= s.first || !/^(for|of)$/.test(tokens[q].lower)) return false;
  return lex.prospectNouns.has(tokens[q - 1].lower);
}

/** The word before the noun phrase that ends with the act noun at `k`: its determiner, owner with
 *  's, modifiers and hyphens walked over ("of [Russia's full-scale] invasion"). */
function phraseOpener(tokens: Token[], s: Sentence, k: number): number {
  let q = k - 1;
  while (q > s.first && (/^(PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[q].pos) || tokens[q].norm === "'s" || tokens[q].text === "-") && !/^(for|of)$/.test(tokens[q].lower) && k - q < 7) q--;
  return q;
}

/** The phrase from the opener `q` to the act at `k` is definite: "the", an owner's "its" or "Russia's". */
function definitePhrase(tokens: Token[], q: number, k: number): boolean {
  for (let j = q + 1; j < k; j++) if (tokens[j].norm === "'s" || (tokens[j].pos === "DET" || tokens[j].pos === "PRON") && !/^(a|an|any|some|no)$/.test(tokens[j].lower)) return true;
  return false;
}

/** The noun of what may come whose "of"/"for" phrase holds the act at `k` ("the risk of [Iranian]
 *  attack", "fears of [a Russian] offensive", "the threat of [Russia's] invasion"), or the noun of
 *  what may come or of aim whose gerund after "of" takes the act as object ("the chances of
 *  negotiating [a] deal", "hopes of brokering [an] accord"), or -1. "the risk of Russia's war
 *  spreading": a known act whose course is the prospect. */
function prospectNounBefore(tokens: Token[], s: Sentence, k: number, lex: SenseLexicon): number {
  const q = phraseOpener(tokens, s, k);
  if (q <= s.first) return -1;
  if (tokens[q].pos === "VERB" && tokens[q].lower.endsWith("ing")) {
    // (an act the text knows of is not made by the gerund: "the chances of winning the war")
    if (definitePhrase(tokens, q, k)) return -1;
    let of = q - 1;
    while (of > s.first && tokens[of].pos === "ADV") of--;
    if (of <= s.first || tokens[of].lower !== "of") return -1;
    const noun = tokens[of - 1].lower;
    return lex.prospectNouns.has(noun) || lex.goalNouns.has(noun) ? of - 1 : -1;
  }
  if (!/^(for|of)$/.test(tokens[q].lower)) return -1;
  if (definitePhrase(tokens, q, k) && courseAfter(tokens, s, k)) return -1;
  return lex.prospectNouns.has(tokens[q - 1].lower) ? q - 1 : -1;
}

/** An -ing verb right after the act noun at `k` or its complement ("Russia's war spreading", "the
 *  invasion of Ukraine spreading to Moldova"): the course the act takes. */
function courseAfter(tokens: Token[], s: Sentence, k: number): boolean {
  for (let j = k + 1; j < s.last && j - k <= 6; j++) {
    const t = tokens[j];
    if (t.pos === "VERB" && t.lower.endsWith("ing")) return true;
    if (!/^(PROPN|NOUN|ADJ|DET|NUM|ADP)$/.test(t.pos) && t.norm !== "'s") return false;
  }
  return false;
}

/** "in the event of a strike" (status.conditionalPhrases): hypothetical; "ahead of Kim's summit",
 *  "in the run-up to the talks" (status.precedencePhrases): planned, when the clause before is not
 *  told in the past ("deployed troops ahead of its invasion" leaves the act alone). */
export function framedNoun(tokens: Token[], s: Sentence, k: number, lex: SenseLexicon): Status | null {
  const q = phraseOpener(tokens, s, k);
  if (q <= s.first || tokens[q].pos === "VERB") return null;
  // ("in the run-up to": the tokenizer splits the hyphen off, as the phrases are compiled)
  for (let j = q; j >= Math.max(s.first, q - 6); j--) {
    const key = (x: Token) => x.lower;
    if (lex.conditionalPhrases.matchAt(tokens, j, key, q + 1)?.length === q + 1 - j) return "hypothetical";
    if (lex.precedencePhrases.matchAt(tokens, j, key, q + 1)?.length === q + 1 - j) return pastBefore(tokens, s, j) ? null : "planned";
  }
  return null;
}

/** A finite verb in the past before `end` in the sentence, reporting verbs aside ("Experts said this
 *  suggests" is told in the present): "deployed", "had made", "was", not "has moved". */
function pastBefore(tokens: Token[], s: Sentence, end: number): boolean {
  for (let j = s.first; j < end; j++) {
    // ("Nato, which expanded last year, will reinforce Lithuania ahead of ...": a relative clause set
    // off by commas tells of its noun, not of the clause's own time)
    if (tokens[j].text === "," && /^(which|who|whom|whose|where)$/.test(tokens[j + 1]?.lower ?? "")) {
      let k = j + 2;
      while (k < end && tokens[k].text !== ",") k++;
      j = k;
      continue;
    }
    const t = tokens[j];
    if ((t.pos !== "VERB" && t.pos !== "AUX") || REPORTING.test(t.lower)) continue;
    const w = t.lower;
    if (BE_PAST.test(w) || w === "did" || w === "had") return true;
    if (!(w.endsWith("ed") || IRREGULAR_PAST.has(w))) continue;
    // ("has moved", "is expected", "been sent": a participle after its auxiliary)
    if (/^(has|have|'ve|is|are|am|'s|'re|be|been|being|will|would|could|may|might|should|must|can)$/.test(tokens[j - 1]?.lower ?? "") || tokens[j - 1]?.pos === "ADV" && /^(has|have|is|are)$/.test(tokens[j - 2]?.lower ?? "")) continue;
    return true;
  }
  return false;
}

/** The infinitive at `trigger` is governed by a word of not wanting (status.disinclinations), over
 *  a comparison ("more reluctant than the United States to target"): the act is not meant. */
function disinclined(tokens: Token[], clauseStart: number, trigger: number, lex: SenseLexicon): boolean {
  if (tokens[trigger - 1]?.lower !== "to") return false;
  for (let j = trigger - 2; j >= Math.max(clauseStart, trigger - 7); j--) {
    const t = tokens[j];
    if (lex.disinclinations.has(t.lower)) return !NEGATION.test(tokens[j - 1]?.lower ?? "");
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ",") return false;
  }
  return false;
}

/** "we condemn", "I strongly urge": a first-person present verb, the act done by saying it. */
function performative(tokens: Token[], s: Sentence, v: number): boolean {
  const w = tokens[v].lower;
  if (w.endsWith("ing") || w.endsWith("ed") || IRREGULAR_PAST.has(w)) return false;
  let k = v - 1;
  while (k > s.first && tokens[k].pos === "ADV") k--;
  return k >= s.first && /^(i|we)$/.test(tokens[k].lower);
}

/** A condition word or phrase (status.conditions, status.pendingConditions) after the governing verb
 *  at `v` and before the act at `trigger`, in the same stretch (no comma, ";" or ":" between). */
function conditionBetween(tokens: Token[], v: number, trigger: number, lex: SenseLexicon): boolean {
  for (let k = v + 1; k < trigger; k++) {
    if (/^[,;:]$/.test(tokens[k].text)) return false;
    if (lex.conditions.has(tokens[k].lower)) return true;
    const m = lex.pendingConditions.matchAt(tokens, k, (t) => t.lower, trigger);
    if (m && !(m.length === 1 && givingVerb(tokens, k, trigger))) return true;
  }
  return false;
}

/**
 * The act at `trigger` sits in a condition opened by an inverted auxiliary (status.invertedConditions):
 * "Were Russia to attack Poland, NATO would ...", "NATO would respond should Iran decide to strike",
 * "Had Putin not invaded Ukraine in 2014, ...". The auxiliary comes before its subject (a noun phrase
 * with a noun, a name or a pronoun), then "to" and a verb ("were"), a bare verb ("should") or a past
 * participle ("had", which must not follow a subject of its own: "Russia had troops stationed").
 * The condition runs to its comma; a question ("Should Russia attack Poland?") is none.
 */
function invertedCondition(tokens: Token[], s: Sentence, trigger: number, lex: SenseLexicon): boolean {
  if (tokens[s.last - 1]?.text === "?") return false;
  for (let k = trigger - 1; k >= s.first; k--) {
    const t = tokens[k];
    if (/^[,;:]$/.test(t.text)) return false;
    if (!lex.invertedConditions.has(t.lower) || !invertedAt(tokens, s, k, trigger)) continue;
    return true;
  }
  return false;
}

function invertedAt(tokens: Token[], s: Sentence, k: number, trigger: number): boolean {
  const aux = tokens[k].lower;
  // a subject before the auxiliary (over adverbs: "Russia already had") means no inversion
  let b = k - 1;
  while (b > s.first && tokens[b].pos === "ADV") b--;
  const prev = b >= s.first ? tokens[b] : undefined;
  if (prev && /^(NOUN|PROPN|PRON)$/.test(prev.pos)) return false;
  if (aux === "had" && prev && !(/^(PUNCT|CCONJ|VERB|ADV)$/.test(prev.pos) || /^[,;:–—(]$/.test(prev.text))) return false;
  // the subject: a noun phrase with a head of its own
  let q = k + 1;
  let head = false;
  while (q < trigger && q - k <= 6 && (/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[q].pos) || tokens[q].norm === "'s" || tokens[q].text === "’s")) {
    if (/^(NOUN|PROPN|PRON)$/.test(tokens[q].pos)) head = true;
    q++;
  }
  if (!head || q === k + 1 || !/^(NOUN|PROPN|PRON)$/.test(tokens[q - 1].pos)) return false;
  // (an auxiliary as a verb's own: "the troops were soldiers", "they had weapons")
  if (/^(PRON)$/.test(tokens[k + 1].pos) && !/^(it|they|he|she|we|you|i)$/.test(tokens[k + 1].lower)) return false;
  if (tokens[q]?.lower === "not") q++;
  const next = tokens[q];
  if (!next || q > trigger) return false;
  if (aux === "were") return next.lower === "to" && tokens[q + 1]?.pos === "VERB";
  const w = next.lower;
  if (next.pos !== "VERB") return false;
  if (aux === "should") return !/(ed|ing)$/.test(w) && !IRREGULAR_PAST.has(w) && !/s$/.test(w);
  return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PAST.has(w);
}

/**
 * A parenthetical of claiming (status.claimVerbs) with a short subject of its own comments on the
 * clause of the act: between commas right before its verb group ("Russia, it alleges, has
 * supplied"), right after its verb ("has supplied, it alleges, drones"), or after the act at the
 * sentence's end with no finite verb between ("Iran sent drones to Russia, Washington claims.").
 */
function claimParenthetical(tokens: Token[], s: Sentence, v: number, trigger: number, lex: SenseLexicon): boolean {
  // before the verb group
  let k = v - 1;
  while (k > s.first && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  if (tokens[k]?.text === "," && claimAside(tokens, s, k - 1, lex, -1)) return true;
  // after the act: over its complement to the aside, no finite verb, conjunction or other comma
  // group between; the aside sits right after the verb group or ends the sentence
  const from = Math.max(v, trigger);
  for (let q = from + 1; q < s.last; q++) {
    const t = tokens[q];
    if (t.text === ";" || t.text === ":" || t.pos === "CCONJ" || /^(but|while|whereas)$/.test(t.lower)) return false;
    if (t.text === ",") {
      const end = claimAsideAfter(tokens, s, q + 1, lex);
      if (end < 0) return false;
      if (end >= s.last || /^[.!"”']$/.test(tokens[end].text)) return true;
      return tokens[end].text === "," && q === from + 1;
    }
    if ((t.pos === "VERB" || t.pos === "AUX") && finiteStatus(t) !== null && tokens[q - 1]?.lower !== "to") return false;
  }
  return false;
}

/** ", it alleges," read backwards from the claim verb at `c`: a short subject, then a comma or the sentence's start. */
function claimAside(tokens: Token[], s: Sentence, c: number, lex: SenseLexicon, _dir: number): boolean {
  if (c <= s.first || !lex.claimVerbs.has(tokens[c].lower)) return false;
  let q = c - 1;
  while (q > s.first && c - q <= 5 && (/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[q].pos) || tokens[q].norm === "'s")) q--;
  return q < c - 1 && tokens[q]?.text === ",";
}

/** The end of "it alleges" / "the report claims" starting at `q` (the token after the claim verb), or -1. */
function claimAsideAfter(tokens: Token[], s: Sentence, q: number, lex: SenseLexicon): number {
  let k = q;
  while (k < s.last && k - q < 5 && (/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[k].pos) || tokens[k].norm === "'s")) k++;
  if (k === q || k >= s.last || !lex.claimVerbs.has(tokens[k].lower)) return -1;
  return k + 1;
}

/**
 * "would undercut US support for Kyiv", "could threaten the terms of the agreement": the nominal act at
 * `n` heads the object phrase (over its modifiers, a determiner and one "X of") of one of
 * status.affectVerbs, which takes a thing that exists; "could launch an attack" makes the act.
 */
function affectedAct(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): boolean {
  let ofUsed = false;
  for (let q = n - 1; q >= s.first && n - q <= 8; q--) {
    const t = tokens[q];
    // ("would undercut": a verb the tagger read as a noun, right after a modal)
    const modalBefore = MODAL_FUTURE.test(tokens[q - 1]?.lower ?? "") || MODAL_HYPOTHETICAL.test(tokens[q - 1]?.lower ?? "");
    if (t.pos === "VERB" || (modalBefore && lex.affectVerbs.has(t.lower))) return lex.affectVerbs.has(t.lower) && tokens[q + 1]?.lower !== "to";
    if (t.lower === "of" && !ofUsed && tokens[q - 1]?.pos === "NOUN") {
      ofUsed = true;
      continue;
    }
    // ("undermine any value that UK sanctions could have": a relative clause's act is not the object)
    if (/^(that|which|who|whom)$/.test(t.lower)) return false;
    if (!/^(ADJ|NOUN|PROPN|NUM|DET|PRON)$/.test(t.pos) && t.norm !== "'s" && t.text !== "’s" && t.text !== "-") return false;
  }
  return false;
}
