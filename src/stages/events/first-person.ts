// Whose is an act noun in a quote? The speaker's side when "our" or "my" owns it ("our sanctions on
// Russia", "my support for Ukraine"). A "we" elsewhere in the quote is the subject of another verb:
// "If we saw an invasion into Ukraine" (a witness), "I think for any Nato member to get involved in a
// conflict with Russia" (an opinion): the act noun is someone else's, or no one's.
import type { Sentence, Token } from "../../model/types.js";

const OWNER = /^(our|my)$/;
// what may stand between the owner and the noun: "our new sanctions", "our long-term support", "my 2022 visit"
const MODIFIER = /^(ADJ|NOUN|NUM|ADV|PROPN)$/;

const BE = /^(is|are|am|was|were|'re|'m|'s|be|been|being|remain|remains|remained)$/;

/**
 * "our" or "my" owns the act noun at `n` (up to four modifiers between); or the noun is the state its
 * subject is in ("we are in talks with", "Our ambassador is in contact with"), and the subject is first person.
 */
export function firstPersonOwner(tokens: Token[], s: Sentence, n: number): boolean {
  let k = n - 1;
  for (; k >= Math.max(s.first, n - 5); k--) {
    const t = tokens[k];
    if (OWNER.test(t.lower)) return true;
    if (!MODIFIER.test(t.pos) && t.text !== "-") break;
  }
  if (k - 1 < s.first || tokens[k].lower !== "in" || !BE.test(tokens[k - 1].lower)) return false;
  for (let q = k - 2; q >= Math.max(s.first, k - 8); q--) if (/^(we|i|our|my)$/.test(tokens[q].lower)) return true;
  return false;
}
