// The one place that loads wink-nlp.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Wink = ReturnType<typeof winkNLP>;

// wink-nlp unpacks its model object in place: loading the same model again grows it, and the 20th
// load in one process fails with "Invalid string length" (measured). So each process loads it once
// and every engine shares that read-only instance.
let loaded: Wink | null = null;

export function loadWink(): Wink {
  loaded ??= winkNLP(model, ["sbd", "pos"]);
  return loaded;
}

/** Raw token arrays from wink-nlp: values, POS tags, sentence spans. */
export interface WinkPass {
  values: string[];
  pos: string[];
  sentences: [number, number][];
}

/**
 * wink keeps every character of the text in its tokens and their preceding spaces, so offsets are
 * found by walking the text with the values alone (asking wink for spaces and types too costs a
 * tenth of the whole pass).
 */
export function winkPass(nlp: Wink, text: string): WinkPass {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  };
}
