// A line that links another story ("READ: China is accusing ...", "READ MORE: ..."): its words are
// that story's headline, neither this article's events nor its speech. Read by the quote and event stages.
import type { Sentence, Token } from "../model/types.js";
import { byLower, type PhraseIndex } from "../lexicon/phrase-index.js";

/** Whether a sentence opens with a link prefix (event-senses.json linkPrefixes), capitalised and followed by a colon. */
export function linkedHeadline(tokens: Token[], s: Sentence, prefixes: PhraseIndex<true>): boolean {
  const m = prefixes.matchAt(tokens, s.first, byLower, s.last);
  return !!m && tokens[s.first + m.length]?.text === ":" && /^[A-Z]/.test(tokens[s.first].text);
}
