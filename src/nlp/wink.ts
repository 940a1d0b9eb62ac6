// The one place that loads wink-nlp.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type winkNLPType from "wink-nlp";
import { loadWinkModel, type LexemeStore, type ModelStore } from "./wink-model.js";

export type Wink = ReturnType<typeof winkNLPType>;

/**
 * wink-nlp's tokenizer asks its lexicon whether a piece of text is a known word before splitting it,
 * and its lexicon keeps every unknown word of every text it has read (its cache grows). So "Israel's"
 * was one token or two depending on which articles the process had read before, and an article's
 * events depended on its neighbours in the input (and, with several workers, on timing). The
 * tokenizer's view of the lexicon (dd-wrapper's cache) is made to see only the model's own words;
 * the rest of wink (features, POS) keeps the whole cache. dd-wrapper is wrapped before wink-nlp
 * loads it.
 */
function loadWinkNLP(): typeof winkNLPType {
  const require = createRequire(import.meta.url);
  const wrapperPath = join(dirname(require.resolve("wink-nlp")), "dd-wrapper.js");
  require(wrapperPath);
  const entry = require.cache[wrapperPath];
  type CacheMethods = { lookup: (text: string) => number[] | null; intrinsicSize: () => number };
  type Factory = ((data: { cache: CacheMethods }) => unknown) & { dyadWrapped?: boolean };
  if (entry && !(entry.exports as Factory).dyadWrapped) {
    const original = entry.exports as Factory;
    const wrapped: Factory = (data) => {
      const cache = data.cache;
      const intrinsic = cache.intrinsicSize();
      const view: CacheMethods = {
        ...cache,
        lookup: (text: string) => {
          const found = cache.lookup(text);
          return found && found.length === 1 && found[0] >= intrinsic ? null : found;
        },
      };
      // dd-wrapper takes its cache from `data` once, when it is made; the document keeps the real one
      data.cache = view;
      try {
        return original(data);
      } finally {
        data.cache = cache;
      }
    };
    wrapped.dyadWrapped = true;
    entry.exports = wrapped;
  }
  return require("wink-nlp") as typeof winkNLPType;
}

// wink-nlp unpacks its model object in place: loading the same model again grows it, and the 20th
// load in one process fails with "Invalid string length" (measured). So each process loads it once
// and every engine shares that read-only instance.
let loaded: Wink | null = null;
/** what dyad asks of wink: sentence breaks and parts of speech (the model's other parts are left empty) */
const PIPE = ["sbd", "pos"] as const;

/** The process's wink; `lexemes` and `parsed`, where its lexeme table and parsed model are kept,
 *  serve the first load only. */
export function loadWink(lexemes?: LexemeStore, parsed?: ModelStore): Wink {
  // (the model read the cheap way: nlp/wink-model.ts)
  loaded ??= loadWinkNLP()(loadWinkModel(PIPE, lexemes, parsed) as never, [...PIPE]);
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
