// The one reader of the label vocabulary (data/speech-acts.json `labels` and `labelledActs.labels`,
// compiled into SpeechActLexicon.labelWords): "calling Rabat a good ally" (a state's label,
// speech-acts.ts labels) and "called the move blackmail" (a hostile label of an act, labelled-acts.ts)
// both ask it, so a label added to the data reaches each reader whose sense it has: a state's label of
// type ACCUSE ("an aggressor") labels an act too.
import type { Token } from "../../model/types.js";
import type { LabelSense, SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import { byLower } from "../../lexicon/phrase-index.js";

export interface LabelMatch {
  at: number;
  end: number;
  sense: LabelSense;
}

/** The longest label at token `at` (not crossing `end`) with a sense that `accept` takes, or null. */
export function labelAt(lex: SpeechActLexicon, tokens: Token[], at: number, end: number, accept: (sense: LabelSense) => boolean): LabelMatch | null {
  const m = lex.labelWords.matchAt(tokens, at, byLower, end);
  const sense = m?.values.find(accept);
  return m && sense ? { at, end: at + m.length, sense } : null;
}

/** a label a state is given ("a reliable partner"): speech-acts.ts */
export const OF_STATE = (sense: LabelSense): boolean => sense.of === "state";

/** a label that accuses the doer of an act ("a direct attack", or a state's label of type ACCUSE): labelled-acts.ts */
export const ACCUSING = (sense: LabelSense): boolean => sense.type === "ACCUSE";
