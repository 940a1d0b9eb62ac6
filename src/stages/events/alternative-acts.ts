// "Russia will sign the deal or impose new sanctions on Kyiv", "Putin could either negotiate or
// escalate": acts joined by "or" under one modal are alternatives; the text says neither will come,
// only that one may. Each is hypothetical, the second one included (a bare verb after "or" has no
// tense of its own: its modal is the first one's). Not "and" ("will meet and sign": both planned), not
// "or" between objects ("will sanction Russia or Iran": one act), not a negated modal ("will not sign or
// ratify": the negation reads it), and not across a relative or a clause of its own ("will sign the
// deal that Kyiv wants or rejects").
import type { Sentence, Token } from "../../model/types.js";
import { modalBefore, type ModalWords } from "./modal-before.js";

const NEGATION = /^(not|n't|never)$/;
const STRETCH_END = /^(that|which|who|whom|whose|where|when|while|whereas|but|because|although|though|if|unless|and)$/;
/** how far apart the two alternatives may stand */
const REACH = 14;

/** A bare verb: no tense or participle of its own. */
function bare(t: Token | undefined): boolean {
  if (!t || t.pos !== "VERB") return false;
  const w = t.lower;
  return !w.endsWith("ing") && !w.endsWith("ed") && !/^(is|are|was|were|be|been|has|have|had|do|does|did)$/.test(w);
}

/** any modal, or "going to" after "be", over adverbs and "either" but no negation ("will not sign or ratify": the negation reads it) */
const ALTERNATIVE_MODAL: ModalWords = {
  modals: new Set(["will", "'ll", "shall", "would", "could", "might", "may", "can", "must", "should"]),
  goingTo: "after-be",
  between: (tokens, k) => (tokens[k].pos === "ADV" || tokens[k].lower === "either") && !NEGATION.test(tokens[k].lower),
};

/** The bare verb a modal (or "going to") right before `v` governs, over adverbs and "either": the modal's index, -1 when none. */
function modalOf(tokens: Token[], s: Sentence, v: number): number {
  return modalBefore(tokens, v, s.first, ALTERNATIVE_MODAL);
}

/** Whether the act of the bare verb at `v` is one of two alternatives joined by "or" under one modal. */
export function modalAlternative(tokens: Token[], s: Sentence, v: number): boolean {
  if (!bare(tokens[v])) return false;
  // the first alternative: "will sign ... or impose"
  if (modalOf(tokens, s, v) >= 0) {
    for (let k = v + 1; k < Math.min(s.last, v + REACH); k++) {
      const t = tokens[k];
      if (t.text === ";" || t.text === ":" || STRETCH_END.test(t.lower)) return false;
      if (t.lower !== "or") continue;
      let n = k + 1;
      while (n < s.last && tokens[n].pos === "ADV" && !NEGATION.test(tokens[n].lower)) n++;
      return bare(tokens[n]);
    }
    return false;
  }
  // the second: "or impose", its modal the first alternative's
  let k = v - 1;
  while (k > s.first && tokens[k].pos === "ADV" && !NEGATION.test(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== "or") return false;
  for (let q = k - 1; q >= Math.max(s.first, k - REACH); q--) {
    const t = tokens[q];
    if (t.text === ";" || t.text === ":" || STRETCH_END.test(t.lower) || t.lower === "or") return false;
    if (bare(t) && modalOf(tokens, s, q) >= 0) return true;
  }
  return false;
}
