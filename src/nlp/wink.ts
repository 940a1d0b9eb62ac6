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

/** Raw token arrays from wink-nlp: values, preceding whitespace, POS tags, types, sentence spans. */
export interface WinkPass {
  values: string[];
  spaces: string[];
  pos: string[];
  types: string[];
  sentences: [number, number][];
}

export function winkPass(nlp: Wink, text: string): WinkPass {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    pos: tokens.out(its.pos) as string[],
    types: tokens.out(its.type) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  };
}
