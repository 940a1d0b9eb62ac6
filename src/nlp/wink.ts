// The one place that loads wink-nlp. Loading the model takes time and memory, so an engine holds
// one instance, created on demand and passed on: no module-level singleton.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Wink = ReturnType<typeof winkNLP>;

export function loadWink(): Wink {
  return winkNLP(model, ["sbd", "pos"]);
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
