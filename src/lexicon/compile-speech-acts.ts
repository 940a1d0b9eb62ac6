// Speech-act cues (data/speech-acts.json) compiled once into a first-word → phrase index.
import { PhraseIndex } from "./phrase-index.js";
import { readDataFile, type DataReader } from "./read-data-file.js";
import { speechActsFile, type SpeechActs } from "./schemas.js";

export type SpeechActCue = SpeechActs["cues"][number] & { from: string };

/**
 * One sense of the label vocabulary: a label a state is given ("a good ally": `labels`, of "state",
 * with its act) or a hostile label of an act ("a direct attack", "blackmail": `labelledActs.labels`,
 * of "act", an accusation).
 */
export interface LabelSense {
  id: string;
  type: string;
  cameo: string;
  of: "state" | "act";
}

/** the sense of every hostile label of an act (labelledActs.labels) */
export const HOSTILE_LABEL: LabelSense = { id: "labelled-act", type: "ACCUSE", cameo: "112", of: "act" };

export interface SpeechActLexicon {
  /** cue phrases by their lower-case words, longest first */
  phrases: PhraseIndex<SpeechActCue>;
  size: number;
  /** words that cancel a cue right before it ("not", "no", "denied") */
  negations: ReadonlySet<string>;
  /** modals of what may be ("would", "could"): a cue as their indefinite subject or after their "be" names no act done */
  unrealModals: ReadonlySet<string>;
  unrealCopulas: ReadonlySet<string>;
  exposedVerbs: ReadonlySet<string>;
  /** prepositions whose object is the one acted on, never the doer */
  notDoerPreps: ReadonlySet<string>;
  /** nouns that name a claim ("accusations", "reports") */
  claimNouns: ReadonlySet<string>;
  /** prepositions that name the maker of a reported act's object ("the decision by Iran") */
  agentPreps: ReadonlySet<string>;
  agentParticiples: ReadonlySet<string>;
  /** prepositions of place: a party after one is where, never the one acted on */
  placePreps: ReadonlySet<string>;
  /** verbs of denial: "which Moscow denies" rejects the claim's maker */
  denialVerbs: ReadonlySet<string>;
  /** verbs that give a label: "calling Rabat a good ally" */
  labelVerbs: ReadonlySet<string>;
  /** a hostile label given to another's act ("described this as a direct attack"): labelled-acts.ts */
  labelledActs: { verbs: ReadonlySet<string>; referents: ReadonlySet<string>; actNouns: ReadonlySet<string> };
  /** the label vocabulary, one index for both readers (label-words.ts labelAt): `labels` (of a state) and `labelledActs.labels` (of an act) */
  labelWords: PhraseIndex<LabelSense>;
  /** words that take a label back: "not a reliable partner", "an unreliable ally" */
  labelNegations: ReadonlySet<string>;
  /** words that make a warning about another party's act a threat to it ("would face consequences") */
  threatWords: ReadonlySet<string>;
  /** verbs that carry a claim noun ("repeated accusations that"): their subject makes the claim */
  claimCarriers: ReadonlySet<string>;
  /** verbs of telling whose object is the one obliged ("told China it should") */
  tellVerbs: ReadonlySet<string>;
  /** modals of obligation ("must", "should"; "has-to" stands for "has to") */
  obligations: ReadonlySet<string>;
  /** words that open a fronted participle clause ("after agreeing to ...,") */
  frontedOpeners: ReadonlySet<string>;
  /** nouns of acts whose party after on/against/of is the victim ("the strikes on Syria") */
  victimNouns: ReadonlySet<string>;
  /** verbs of laying blame whose "on" names the one blamed ("blamed the attack on Iran") */
  ascribeVerbs: ReadonlySet<string>;
  /** words of what is still to come or is due ("will", "must", "risk"): a prospective cue needs one before it */
  prospectiveWords: ReadonlySet<string>;
  /** first-person objects: "they call us aggressors" accuses the speaker's side, no act of the speaker's */
  selfObjects: ReadonlySet<string>;
  /** hostile acts that a speaker's direct quote says another party did: an accusation against the doer */
  accusedTypes: ReadonlySet<string>;
  /** reporting verbs that allege ("claimed Russia was planning attacks"): reported speech that accuses as a quote does */
  allegingCues: ReadonlySet<string>;
  /** words of planning before a hostile act's infinitive ("plan ... to invade"): the plan told is accused too */
  plotWords: ReadonlySet<string>;
}

export function readSpeechActs(file: string, read: DataReader = readDataFile): { file: string; data: SpeechActs } {
  return { file, data: read(file, speechActsFile) };
}

export function compileSpeechActs(sources: { file: string; data: SpeechActs }[]): SpeechActLexicon {
  const phrases = new PhraseIndex<SpeechActCue>();
  const negations = new Set<string>();
  const unrealModals = new Set<string>();
  const unrealCopulas = new Set<string>();
  const exposedVerbs = new Set<string>();
  const notDoerPreps = new Set<string>();
  const claimNouns = new Set<string>();
  const agentPreps = new Set<string>();
  const agentParticiples = new Set<string>();
  const placePreps = new Set<string>();
  const denialVerbs = new Set<string>();
  const labelVerbs = new Set<string>();
  const labelledActs = { verbs: new Set<string>(), referents: new Set<string>(), actNouns: new Set<string>() };
  const labelWords = new PhraseIndex<LabelSense>();
  const labelNegations = new Set<string>();
  const threatWords = new Set<string>();
  const claimCarriers = new Set<string>();
  const tellVerbs = new Set<string>();
  const obligations = new Set<string>();
  const frontedOpeners = new Set<string>();
  const victimNouns = new Set<string>();
  const ascribeVerbs = new Set<string>();
  const prospectiveWords = new Set<string>();
  const selfObjects = new Set<string>();
  const plotWords = new Set<string>();
  const accusedTypes = new Set<string>();
  const allegingCues = new Set<string>();
  let size = 0;
  for (const { file, data } of sources) {
    for (const c of data.cues) {
      const cue: SpeechActCue = { ...c, from: file };
      for (const p of c.phrases) phrases.add(p.split(" "), cue);
      size++;
    }
    for (const w of data.negations) negations.add(w);
    for (const w of data.unrealModals) unrealModals.add(w);
    for (const w of data.unrealCopulas) unrealCopulas.add(w);
    for (const w of data.exposedVerbs) exposedVerbs.add(w);
    for (const w of data.notDoerPreps) notDoerPreps.add(w);
    for (const w of data.claimNouns) claimNouns.add(w);
    for (const w of data.agentPreps) agentPreps.add(w);
    for (const w of data.agentParticiples) agentParticiples.add(w);
    for (const w of data.placePreps) placePreps.add(w);
    for (const w of data.denialVerbs) denialVerbs.add(w);
    for (const w of data.labelVerbs) labelVerbs.add(w);
    for (const w of data.labelledActs.verbs) labelledActs.verbs.add(w);
    for (const w of data.labelledActs.referents) labelledActs.referents.add(w);
    for (const w of data.labelledActs.actNouns) labelledActs.actNouns.add(w);
    for (const p of data.labelledActs.labels) labelWords.add(p.split(" "), HOSTILE_LABEL);
    for (const w of data.labelNegations) labelNegations.add(w);
    for (const w of data.threatWords) threatWords.add(w);
    for (const w of data.claimCarriers) claimCarriers.add(w);
    for (const w of data.tellVerbs) tellVerbs.add(w);
    for (const w of data.obligations) obligations.add(w);
    for (const w of data.frontedOpeners) frontedOpeners.add(w);
    for (const w of data.victimNouns) victimNouns.add(w);
    for (const w of data.ascribeVerbs) ascribeVerbs.add(w);
    for (const w of data.prospectiveWords) prospectiveWords.add(w);
    for (const w of data.selfObjects) selfObjects.add(w);
    for (const w of data.plotWords) plotWords.add(w);
    for (const t of data.accusedTypes) accusedTypes.add(t);
    for (const w of data.allegingCues) allegingCues.add(w);
    for (const l of data.labels) {
      const sense: LabelSense = { id: l.id, type: l.type, cameo: l.cameo, of: "state" };
      for (const n of l.nouns) labelWords.add(n.split(" "), sense);
    }
  }
  return { phrases: phrases.seal(), size, negations, unrealModals, unrealCopulas, exposedVerbs, notDoerPreps, claimNouns, agentPreps, agentParticiples, placePreps, denialVerbs, labelVerbs, labelledActs, labelWords: labelWords.seal(), labelNegations, threatWords, claimCarriers, tellVerbs, obligations, frontedOpeners, victimNouns, ascribeVerbs, prospectiveWords, accusedTypes, allegingCues, selfObjects, plotWords };
}
