// Which of a sentence's word-led rules can fire there at all. Many small event rules walk every token
// of every sentence looking for their own words ("gave" or "set" for an ultimatum, "massed" for forces
// massed at a border, "unless" for a conditional threat) and do nothing at a token that is none of
// them; most sentences hold none of most rules' words. Each such rule declares here the words it
// starts from (the first check of its walk, from its own word lists in data/), compiled once per
// engine into one table word → rule bits; a sentence's open rules are the bits of its tokens, each
// token looked up once, and a rule whose words the sentence lacks is not called (its walk would find
// nothing). A rule listed here must not act at a token whose lower-cased word is not among its words.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";

/** each gated rule's bit (at most 31 rules: one small integer per sentence) */
export const GATE = {
  ultimatums: 1 << 0,
  massedForces: 1 << 1,
  conditionalThreats: 1 << 2,
  repelledForces: 1 << 3,
  endedTolerance: 1 << 4,
  vowedFights: 1 << 5,
  sentRelatives: 1 << 6,
  suppliedArms: 1 << 7,
  mandativeRequests: 1 << 8,
  expelledParties: 1 << 9,
  labelledActs: 1 << 10,
  journeyTalks: 1 << 11,
  jointPartners: 1 << 12,
  orderedTo: 1 << 13,
  pressedRefusals: 1 << 14,
  custodyHarms: 1 << 15,
  reinforcedAllies: 1 << 16,
  vowedResponses: 1 << 17,
  // (the three walks after a statement's cues in speech-acts.ts)
  deniedClaims: 1 << 18,
  stateLabels: 1 << 19,
  toldToAct: 1 << 20,
} as const;
/** every rule open: for a caller that has not looked at the sentence's words */
export const ALL_OPEN = -1;
export type GatedRule = keyof typeof GATE;

/** lower-cased word → the bits of the rules that can start at it */
export interface RuleGates {
  readonly words: ReadonlyMap<string, number>;
}

/** The words each gated rule starts from: the words its walk tests a token for before anything else. */
function startWords(lex: SenseLexicon, speech: SpeechActLexicon | undefined): Record<GatedRule, Iterable<string>> {
  return {
    ultimatums: [...lex.ultimatums.giveVerbs, ...lex.ultimatums.setVerbs],
    massedForces: [...lex.massedForces.moving, ...lex.massedForces.advancing],
    conditionalThreats: [...lex.threatConditions, ...lex.threatHarmConditions],
    repelledForces: lex.repelledForces.verbs,
    // (a phrasal verb, "put up with", starts at its first word)
    endedTolerance: [...lex.endedTolerance.verbs, ...lex.endedTolerance.phrasalVerbs.keys()],
    vowedFights: lex.vowedFights.commitments,
    sentRelatives: lex.sentRelatives.things,
    suppliedArms: [...lex.suppliedArms.supplying, ...lex.suppliedArms.making],
    mandativeRequests: [...lex.mandativeVerbs, ...lex.mandativeNouns],
    expelledParties: [...lex.expulsions.outVerbs, ...lex.expulsions.orderVerbs],
    labelledActs: speech ? [...speech.labelVerbs, ...speech.labelledActs.verbs] : [],
    journeyTalks: lex.journeyTalks.verbs,
    jointPartners: lex.jointPartners.nouns,
    orderedTo: lex.orderVerbs,
    // (a gerund verb of two words, "rule out", starts at its first)
    pressedRefusals: [...lex.refusalVerbs, ...[...lex.pressedRefusals.gerundVerbs].map((p) => p.split(" ")[0])],
    custodyHarms: lex.custodyHarms.nouns,
    reinforcedAllies: lex.reinforcedAllies.verbs,
    vowedResponses: lex.vowedResponses.anyWords,
    deniedClaims: speech ? speech.denialVerbs : [],
    stateLabels: speech ? speech.labelVerbs : [],
    toldToAct: speech ? speech.tellVerbs : [],
  };
}

/** The gates of the rules from their word lists, built once per engine. */
export function compileRuleGates(lex: SenseLexicon, speech: SpeechActLexicon | undefined): RuleGates {
  const words = new Map<string, number>();
  const starts = startWords(lex, speech);
  for (const rule of Object.keys(GATE) as GatedRule[]) for (const w of starts[rule]) words.set(w, (words.get(w) ?? 0) | GATE[rule]);
  return { words };
}

/** The bits of the rules that can fire in the tokens from `first` to `last`: one lookup a token. */
export function openRules(tokens: readonly Token[], first: number, last: number, gates: RuleGates): number {
  let open = 0;
  for (let k = first; k < last; k++) open |= gates.words.get(tokens[k].lower) ?? 0;
  return open;
}
