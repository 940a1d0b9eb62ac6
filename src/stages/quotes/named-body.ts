// "the Paris Club said", "the Institute added", "the Duchess of Edinburgh said": after "the", a short run
// of capitalised words that no actor of ours holds, then the cue. English gives a body (or a titled
// holder) its proper name with the definite article; where the name is one capitalised word that an
// organisation named before it holds ("the Institute for Fiscal Studies ... the Institute added"), it is
// that organisation's short name and speaks for it. Places may stand inside the name ("the Paris Club",
// "the Duchess of Edinburgh") but not make all of it ("the United States said" is a country's).
import type { Token } from "../../model/types.js";

/** The few facts of the actor stage this module reads. */
export interface NamedBodyView {
  /** the kind of the actor whose mention covers token k, or null */
  kindAt(k: number): string | null;
  /** the nearest organisation or IGO named before token k (within `reach` tokens) whose name holds `word`, or null */
  bodyNamedBefore(word: string, k: number, reach: number): number | null;
}

export interface NamedBody {
  /** the organisation the short name stands for, or null */
  actor: number | null;
  /** first token of the name (after "the") and the token after it */
  first: number;
  last: number;
}

const MAX_WORDS = 4;
const BACK_REACH = 600;
const PLACE_KINDS = new Set(["location", "country"]);
const NAME_POS = /^(PROPN|NOUN)$/;

/** The capitalised name after "the" at token k, ending right before a token `cueAt` accepts; null otherwise. */
export function namedBodyAt(tokens: readonly Token[], k: number, last: number, view: NamedBodyView, cueAt: (q: number) => boolean): NamedBody | null {
  if (tokens[k]?.lower !== "the") return null;
  let q = k + 1;
  let words = 0;
  let own = 0;
  while (q < last && words < MAX_WORDS) {
    const t = tokens[q];
    // ("the Duchess of Edinburgh": "of" between two capitalised words)
    if (t.lower === "of" && words > 0 && q + 1 < last && /^\p{Lu}/u.test(tokens[q + 1].text)) {
      q++;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || !NAME_POS.test(t.pos)) break;
    const kind = view.kindAt(q);
    if (kind !== null && !PLACE_KINDS.has(kind)) return null;
    if (kind === null) own++;
    words++;
    q++;
  }
  if (words === 0 || own === 0 || q >= last || !cueAt(q)) return null;
  const actor = words === 1 ? view.bodyNamedBefore(tokens[k + 1].text, k, BACK_REACH) : null;
  return { actor, first: k + 1, last: q };
}
