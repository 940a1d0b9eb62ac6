// An act the text names only as near, unlikely or excluded has not come about: "Russia and Ukraine
// were on the verge of signing a deal when Moscow cancelled the talks", "the two sides came close to
// reaching a ceasefire", "Britain is unlikely to supply jets", "Germany ruled out sending tanks"
// (senses.nearMisses). No event, force included. A frame of excluding under a negation ("did not rule
// out sending troops") leaves the act open, which negated-acts.ts reads as a possibility.
import type { FrameIndex, SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Token } from "../../model/types.js";

/** The verb at `v`, a gerund or a bare infinitive, follows one of senses.nearMisses' frames (over adverbs). */
export function nearMiss(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  const t = tokens[v];
  if (t.pos !== "VERB") return false;
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV" && tokens[k].lower !== "not") k--;
  if (k < first) return false;
  const frames = t.lower.endsWith("ing") ? lex.nearMisses.gerundFrames : tokens[k].lower === "to" ? lex.nearMisses.infinitiveFrames : null;
  const start = frames ? frameStart(tokens, k, first, frames) : -1;
  if (start < 0) return false;
  // ("has not ruled out sending troops", "cannot rule out": the exclusion is denied, the act left open)
  for (let q = start - 1; q >= Math.max(first, start - 2); q--) if (lex.nearMisses.negators.has(tokens[q].lower)) return false;
  return true;
}

/** Where the frame that ends at `k` begins, or -1. */
function frameStart(tokens: Token[], k: number, first: number, frames: FrameIndex): number {
  for (const words of frames.get(tokens[k].lower) ?? []) {
    const start = k - words.length + 1;
    if (start < first) continue;
    let ok = true;
    for (let j = 0; j < words.length && ok; j++) ok = tokens[start + j].lower === words[j];
    if (ok) return start;
  }
  return -1;
}
