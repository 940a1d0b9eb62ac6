// Sentences whose events are not political news: a linked story's headline ("READ: China is accusing
// Hong Kong protesters ..."), a sports or entertainment report ("beat Australia in the World Cup
// final", "a goalless draw"). PETRARCH-2 stops coding a sentence (or a whole story) that holds one of
// its discard phrases; dyad voids the sentence, and for a story-level phrase only its paragraph, so
// that "Russia attacked Ukraine's energy grid" after a football paragraph still counts.
import type { Doc, Sentence } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { linkedHeadline } from "../linked-headline.js";

const lower = (t: { lower: string }) => t.lower;

/** What the discard phrases void in a document: whole paragraphs (a story-level phrase) and single sentences. */
export interface Discards {
  paragraphs: Set<number>;
  /** the sentence-level phrase found in a sentence, by the sentence's first token */
  sentences: Map<number, string>;
}

/** One pass over the text finds both scopes of discard phrase. */
export function findDiscards(doc: Doc, lex: SenseLexicon): Discards {
  const tokens = doc.tokens;
  const out: Discards = { paragraphs: new Set(), sentences: new Map() };
  for (const s of doc.sentences) {
    for (let k = s.first; k < s.last; k++) {
      if (!lex.discards.has(tokens[k].lower)) continue;
      const m = lex.discards.matchAt(tokens, k, lower, s.last);
      for (const d of m?.values ?? []) {
        if (d.scope === "paragraph") out.paragraphs.add(s.paragraph);
        else if (!out.sentences.has(s.first)) out.sentences.set(s.first, d.phrase);
      }
    }
  }
  return out;
}

/** The rule that voids this sentence's events, or null. */
export function discardedSentence(doc: Doc, s: Sentence, lex: SenseLexicon, found: Discards): string | null {
  const tokens = doc.tokens;
  // "READ: ...", "WATCH: ...", "READ MORE: ..." (capitalised: a link, not a verb in the news)
  if (linkedHeadline(tokens, s, lex.linkPrefixes)) return "discard:linked-headline";
  if (found.paragraphs.has(s.paragraph)) return "discard:paragraph";
  const p = found.sentences.get(s.first);
  return p ? `discard:${p}` : null;
}
