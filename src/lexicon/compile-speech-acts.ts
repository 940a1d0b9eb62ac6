// Speech-act cues (data/speech-acts.json) compiled once into a first-word → phrase index.
import { PhraseIndex } from "./phrase-index.js";
import { readDataFile } from "./read-data-file.js";
import { speechActsFile, type SpeechActs } from "./schemas.js";

export type SpeechActCue = SpeechActs["cues"][number] & { from: string };

export interface SpeechActLexicon {
  /** cue phrases by their lower-case words, longest first */
  phrases: PhraseIndex<SpeechActCue>;
  size: number;
  /** words that cancel a cue right before it ("not", "no", "denied") */
  negations: ReadonlySet<string>;
  /** prepositions whose object is the one acted on, never the doer */
  notDoerPreps: ReadonlySet<string>;
  /** nouns that name a claim ("accusations", "reports") */
  claimNouns: ReadonlySet<string>;
  /** prepositions that name the maker of a reported act's object ("the decision by Iran") */
  agentPreps: ReadonlySet<string>;
  /** prepositions of place: a party after one is where, never the one acted on */
  placePreps: ReadonlySet<string>;
}

export function readSpeechActs(file: string): { file: string; data: SpeechActs } {
  return { file, data: readDataFile(file, speechActsFile) };
}

export function compileSpeechActs(sources: { file: string; data: SpeechActs }[]): SpeechActLexicon {
  const phrases = new PhraseIndex<SpeechActCue>();
  const negations = new Set<string>();
  const notDoerPreps = new Set<string>();
  const claimNouns = new Set<string>();
  const agentPreps = new Set<string>();
  const placePreps = new Set<string>();
  let size = 0;
  for (const { file, data } of sources) {
    for (const c of data.cues) {
      const cue: SpeechActCue = { ...c, from: file };
      for (const p of c.phrases) phrases.add(p.split(" "), cue);
      size++;
    }
    for (const w of data.negations) negations.add(w);
    for (const w of data.notDoerPreps) notDoerPreps.add(w);
    for (const w of data.claimNouns) claimNouns.add(w);
    for (const w of data.agentPreps) agentPreps.add(w);
    for (const w of data.placePreps) placePreps.add(w);
  }
  return { phrases: phrases.seal(), size, negations, notDoerPreps, claimNouns, agentPreps, placePreps };
}
