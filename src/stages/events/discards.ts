// Sentences whose events are not political news: a linked story's headline ("READ: China is accusing
// Hong Kong protesters ..."), a sports or entertainment report ("beat Australia in the World Cup
// final", "a goalless draw"). PETRARCH-2 stops coding a sentence (or a whole story) that holds one of
// its discard phrases; dyad voids the sentence, and for a story-level phrase only its paragraph, so
// that "Russia attacked Ukraine's energy grid" after a football paragraph still counts.
import type { Doc, Sentence } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

const lower = (t: { lower: string }) => t.lower;

/** The paragraphs that a story-level discard phrase puts out of political news. One pass over the text. */
export function discardedParagraphs(doc: Doc, lex: SenseLexicon): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) {
    if (out.has(s.paragraph)) continue;
    if (phraseIn(doc, s, lex, "paragraph")) out.add(s.paragraph);
  }
  return out;
}

/** The rule that voids this sentence's events, or null. */
export function discardedSentence(doc: Doc, s: Sentence, lex: SenseLexicon, paragraphs: ReadonlySet<number>): string | null {
  const tokens = doc.tokens;
  // "READ: ...", "WATCH: ...", "READ MORE: ..." (capitalised: a link, not a verb in the news)
  const m = lex.linkPrefixes.matchAt(tokens, s.first, lower, s.last);
  if (m && tokens[s.first + m.length]?.text === ":" && /^[A-Z]/.test(tokens[s.first].text)) return "discard:linked-headline";
  if (paragraphs.has(s.paragraph)) return "discard:paragraph";
  const p = phraseIn(doc, s, lex, "sentence");
  return p ? `discard:${p}` : null;
}

function phraseIn(doc: Doc, s: Sentence, lex: SenseLexicon, scope: "sentence" | "paragraph"): string | null {
  const tokens = doc.tokens;
  for (let k = s.first; k < s.last; k++) {
    if (!lex.discards.has(tokens[k].lower)) continue;
    const m = lex.discards.matchAt(tokens, k, lower, s.last);
    const d = m?.values.find((v) => v.scope === scope);
    if (d) return d.phrase;
  }
  return null;
}
