// The state "the country's" stands for where its window names two states (actors/state:topic-state):
//   the state that opens the clause as its possessor or subject is the sentence's theme, and a state named only as the
//   object of a preposition after it ("on Russia", "with Moscow", "to the United States and China") is something the
//   theme is about, not what "the country" refers back to:
//     "Serbia's stance on Russia may be changing, the country's prime minister, X, said" → Serbia
//     "Serbia is reviewing its ties with Russia. The country's foreign minister, X, said ..." → Serbia
//   The reading stays open (none) where another state is a subject or a coordinate of the first ("Serbia and Russia
//   signed a deal, the country's ...", "Serbia's stance is shifting and Russia is angry, the country's ..."), where the
//   first state does not open the clause ("After Russia invaded Ukraine, the country's president ..."), and for "its"
//   ("Russia's war on Ukraine has killed thousands, its defence minister said": "its" binds to the nearer noun as
//   readily as to the theme, find-actors.ts antecedentState).
import type { Doc } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

export interface TopicTag {
  entry?: NameEntry;
  len: number;
}

const STATE_KINDS = /^(?:country|capital)$/;
const ANY_STATE_KINDS = /^(?:country|demonym|capital)$/;
const COORD = /^(?:and|or|,)$/;

function stateOf(e: NameEntry | undefined, kinds: RegExp): string | null {
  if (!e || !kinds.test(e.kind)) return null;
  return e.country ?? e.code ?? null;
}

/**
 * The theme state of the window that "the country's" at `at` refers back to (its own sentence before it, or where that
 * names no state, the sentence before), or null where the reading is open (see above). `sFirst` is the first token of
 * the pronoun's sentence.
 */
export function topicState(doc: Doc, tags: (TopicTag | undefined)[], at: number, sFirst: number, sentenceIndex: number): NameEntry | null {
  const tokens = doc.tokens;
  if (tokens[at]?.lower !== "the") return null;
  let from = sFirst;
  let to = at;
  if (!anyState(doc, tags, from, to)) {
    const prev = doc.sentences[sentenceIndex - 1];
    if (!prev || prev.headline) return null;
    from = prev.first;
    to = prev.last;
  }
  // the theme: a state's name at the clause's start ("Serbia", "The United States"), as possessor or subject
  // (after a dateline: "BELGRADE (Reuters) - Serbia's stance ...")
  let start = from;
  while (start < to && tokens[start].start < doc.bodyStart) start++;
  if (tokens[start]?.lower === "the" && !tags[start]) start++;
  const head = tags[start];
  const theme = stateOf(head?.entry, STATE_KINDS);
  if (!theme || !head) return null;
  const after = start + head.len;
  if (after >= to) return null;
  const next = tokens[after];
  if (!(next.norm === "'s" || /^(?:VERB|AUX)$/.test(next.pos))) return null;
  // every other state of the window: the object of a preposition, or listed right after one that is
  let objectEnd = -1;
  for (let i = after; i < to; i++) {
    const t = tags[i];
    if (!t) continue;
    const st = stateOf(t.entry, ANY_STATE_KINDS);
    if (st && st !== theme) {
      let b = i - 1;
      if (tokens[b]?.lower === "the") b--;
      const governed = b > start && tokens[b].pos === "ADP" && tokens[b].lower !== "between";
      const listed = b > start && COORD.test(tokens[b].lower) && objectEnd === b - 1;
      if (!governed && !listed) return null;
      objectEnd = i + t.len - 1;
    }
    i += t.len - 1;
  }
  return head.entry!;
}

function anyState(doc: Doc, tags: (TopicTag | undefined)[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].start >= doc.bodyStart && stateOf(tags[i]?.entry, ANY_STATE_KINDS)) return true;
  return false;
}

