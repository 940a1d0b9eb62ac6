// The state a bare institution noun stands for when its own sentence names none: "He also attacked
// the government's failure to control immigration" after two sentences about Tory leaders and
// Labour, "The opposition called on the government to resign" in a story that names one state.
// English drops the state once the story has set it; the reader takes it from the sentences before.
// Where the sentence and the two before it name states (by any mention: a country, a person's,
// a party's or a place's state) and all of them are one state, and that state is the one the
// article names most (the story's own: a British story that names "the Cuba detention camp" or
// "The Hague" in passing still speaks of its own government), that state is the noun's; two
// states within reach ("Russia ... Ukraine's government") leave the noun without one.
// Only the heads groups.json lists as contextHeads (the government, the opposition): nouns that
// name one state's institutions, never its people or armed groups.
// Per sentence, linear in the tokens of the three sentences.
import type { Actor, Doc } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

const REACH = 2;

/** The state code an actor stands for in a sentence (a state, a person's state, a place's state). */
export function stateOf(a: Actor): string | null {
  if (a.kind === "igo") return null;
  if (a.kind === "country") return a.code;
  return a.country ?? (a.kind === "person" || a.kind === "location" ? a.code : null) ?? null;
}

/** The state the article's body names most often, by all its mentions; null when two tie or none. */
export function topState(doc: Doc, mentionAt: (PlacedMention | undefined)[], actors: Actor[]): string | null {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let k = s.first; k < s.last; k++) {
      const m = mentionAt[k];
      if (!m || m.token !== k) continue;
      const c = stateOf(actors[m.actor]);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  let second = 0;
  for (const [c, k] of counts) {
    if (k > n) [best, n, second] = [c, k, n];
    else if (k > second) second = k;
  }
  return n > second ? best : null;
}

/** The one state that sentence `si` and the REACH sentences before it name; null when none or several. */
export function recentState(doc: Doc, mentionAt: (PlacedMention | undefined)[], actors: Actor[], si: number): string | null {
  let state: string | null = null;
  for (let j = Math.max(0, si - REACH); j <= si; j++) {
    const s = doc.sentences[j];
    if (s.headline) continue;
    for (let k = s.first; k < s.last; k++) {
      const m = mentionAt[k];
      if (!m || m.token !== k) continue;
      const c = stateOf(actors[m.actor]);
      if (!c) continue;
      if (state && c !== state) return null;
      state = c;
    }
  }
  return state;
}
