// "its" standing for a state's own body (findActors' appositives, before and after the name):
//   "The Kenyan army said ... Gen X, its chief of staff, said", "Kenya's foreign ministry said its spokesman, X,":
//   the subject that opens the clause of "its" or of the sentence before is a state's body (titles.json stateBodies,
//   by its last one or two words) owned by a state's word ("the Kenyan army", "Kenya's army"), so any post "its"
//   gives ("chief of staff", "spokesman", "commander") is held in that state's body: the state is the holder's
//   (actors/state:body-pronoun).
// Not where the subject is a firm, an IGO or a body the list does not hold ("The company said its chief of staff",
// "NATO said its spokesman"), nor where another body's noun stands between the subject and "its" ("The Kenyan army
// said the club fired its coach"), nor where no state's word owns the body ("The army said its commander": the frame's
// rules place a bare office).
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";
import type { BodyTag } from "./body-in-title.js";

/** A sentence's token span (find-actors' Sentence, the fields read here). */
interface Span {
  first: number;
  last: number;
  headline?: boolean;
}

/**
 * The state whose own body "its" at `at` stands for: the body that opens the clause of "its" (sentence `si`) or, when
 * nothing before "its" in its sentence is a noun, that opens the sentence before; null where none.
 */
export function stateBodyOwner(tokens: Token[], tags: (BodyTag | undefined)[], sentences: readonly Span[], si: number, at: number, stateBodies: Set<string>, independent: Set<string>): NameEntry | null {
  if (tokens[at]?.lower !== "its") return null;
  const s = sentences[si];
  const own = subjectBody(tokens, tags, s.first, at, stateBodies, independent, true);
  if (own !== undefined) return own;
  if (si === 0 || sentences[si - 1].headline) return null;
  const prev = sentences[si - 1];
  // (the sentence before: its subject is the topic "its" takes up, whatever nouns follow it there)
  return subjectBody(tokens, tags, prev.first, prev.last + 1, stateBodies, independent, false) ?? null;
}

/**
 * The subject noun phrase opening tokens [from, to): the state of a state-owned body there ("The Kenyan army",
 * "Kenya's defence ministry"); null where a noun phrase opens it that is no state's body, undefined where nothing
 * before `to` is a common noun (the sentence before decides). `nearest`: no noun may stand between the body and `to`.
 */
function subjectBody(tokens: Token[], tags: (BodyTag | undefined)[], from: number, to: number, stateBodies: Set<string>, independent: Set<string>, nearest: boolean): NameEntry | null | undefined {
  let i = from;
  // (a clause opener: "On Monday, the Kenyan army said", "Meanwhile, ...": up to the first comma in the first few words)
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (tokens[k].text === ",") {
      i = k + 1;
      break;
    }
  }
  if (i < to && tokens[i].lower === "the") i++;
  const t = i < to ? tags[i] : undefined;
  const e = t?.entry;
  if (!t || !e || !(e.kind === "country" || e.kind === "demonym") || !(e.country || e.code)) return anyNoun(tokens, from, to) ? null : undefined;
  let b = i + t.len;
  if (e.kind === "country") {
    if (tokens[b]?.norm !== "'s") return null;
    b++;
  }
  // the body's head: one or two lower-case (or capitalised) words in the list, then the clause's verb
  for (const n of [2, 1]) {
    if (b + n > to) continue;
    const words = tokens.slice(b, b + n).map((x) => x.lower).join(" ");
    if (!stateBodies.has(words) || tags[b]) continue;
    // ("Germany's central bank said its president": a body apart from the government keeps its posts, titles.json independentBodies)
    if (independent.has(words)) return null;
    const next = tokens[b + n];
    if (!next || !/^(VERB|AUX)$/.test(next.pos)) continue;
    // (no other noun between the body and "its": "The Kenyan army said the club fired its coach")
    if (nearest) for (let k = b + n + 1; k < to; k++) if (tokens[k].pos === "NOUN" || tags[k]?.entry) return null;
    return e;
  }
  return null;
}

/** Whether a common noun stands in [from, to) (a name and its title before "its" are no antecedent) */
function anyNoun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === "NOUN" && /^[a-z]/.test(tokens[k].text)) return true;
  return false;
}
