// Speech-act cues (data/speech-acts.json) compiled once into a first-word → phrase index.
import { PhraseIndex } from "./phrase-index.js";
import { readDataFile } from "./read-data-file.js";
import { speechActsFile, type SpeechActs } from "./schemas.js";

export type SpeechActCue = SpeechActs["cues"][number] & { from: string };

export interface SpeechActLexicon {
  /** cue phrases by their lower-case words, longest first */
  phrases: PhraseIndex<SpeechActCue>;
  size: number;
}

export function readSpeechActs(file: string): { file: string; data: SpeechActs } {
  return { file, data: readDataFile(file, speechActsFile) };
}

export function compileSpeechActs(sources: { file: string; data: SpeechActs }[]): SpeechActLexicon {
  const phrases = new PhraseIndex<SpeechActCue>();
  let size = 0;
  for (const { file, data } of sources)
    for (const c of data.cues) {
      const cue: SpeechActCue = { ...c, from: file };
      for (const p of c.phrases) phrases.add(p.split(" "), cue);
      size++;
    }
  return { phrases: phrases.seal(), size };
}
