// '"...," a senior U.S. administration official said', '"...," one banker on the committee said',
// '"...," said a western diplomat in Sao Paulo', '"...," an official from Daewoo Motor, who asked not to be
// named, told Reuters': news credits a quote to a person it does not name by what they are, a determiner,
// modifiers (lower-case words, a state's or a body's name: "U.S.", "Finance Ministry") and a head noun of one
// unnamed person (speech.json describedHeads), often with a prepositional phrase after the head that says
// where they are or whom they work for ("at a rival desk", "on the committee", "from the ministry", "outside
// the syndicate"). The head is who speaks, never a modifier or the noun of the phrase after it; the whole
// phrase is the speaker's name. After a quote the phrase is followed by its cue; after an inverted cue
// ("said a ...") it ends the sentence, or a comma clause about the speaker does. The rules in find-quotes.ts
// run first; this one only takes up a quote they left without a speaker.
import type { Token } from "../../model/types.js";

export interface DescribedSpeakerView {
  tokens: readonly Token[];
  text: string;
  /** lower-case singular nouns of one unnamed person (speech.json describedHeads) */
  heads: ReadonlySet<string>;
  /** token k is inside quotation marks */
  quoted(k: number): boolean;
  /** a person's mention covers token k */
  person(k: number): boolean;
  /** the actor of a state's or a body's mention that covers token k, or null */
  body(k: number): number | null;
}

export interface DescribedSpeaker {
  /** the determiner */
  first: number;
  /** after the phrase (exclusive): after the prepositional phrase where there is one */
  last: number;
  /** the phrase without its determiner ("senior U.S. administration official", "banker on the committee") */
  name: string;
  /** a state or body named among the modifiers ("a senior U.S. official": the US), or null */
  actor: number | null;
}

const DETERMINERS = new Set(["a", "an", "one", "another", "the"]);
/** how many modifiers may stand between the determiner and the head */
const MODIFIERS = 5;
/** prepositions of a phrase after the head that says where the speaker is or whom they serve */
const PREPOSITIONS = new Set(["at", "in", "on", "from", "with", "outside", "inside", "within", "of", "for", "to", "near", "close"]);
/** how many words the prepositional phrase may run */
const PHRASE = 8;

/**
 * The described speaker phrase starting at token k (its determiner) and ending before `end`, or null where
 * no determiner, modifiers and head of one unnamed person stand there.
 */
export function describedSpeakerAt(view: DescribedSpeakerView, k: number, end: number): DescribedSpeaker | null {
  const { tokens } = view;
  const det = tokens[k];
  if (!det || k >= end || view.quoted(k) || !DETERMINERS.has(det.lower)) return null;
  // the modifiers and the head: the run's last word is its head ("an official statement" is no official)
  let head = -1;
  let actor: number | null = null;
  for (let q = k + 1; q < end && q - k <= MODIFIERS + 1; q++) {
    const t = tokens[q];
    if (view.quoted(q) || view.person(q)) return null;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-") break;
    head = q;
  }
  if (head < 0 || !/^\p{Ll}/u.test(tokens[head].text) || !view.heads.has(tokens[head].lower)) return null;
  for (let q = k + 1; q < head; q++) actor ??= view.body(q);
  let last = head + 1;
  // the prepositional phrase after the head: no verb, comma or quote in it
  const p = tokens[last];
  if (last < end && p && PREPOSITIONS.has(p.lower) && !(p.lower === "close" && tokens[last + 1]?.lower !== "to")) {
    let q = last + (p.lower === "close" ? 2 : 1);
    const from = q;
    while (q < end && q - from < PHRASE && !view.quoted(q) && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[q].pos) || /^(of|and|'s|’s|-|&)$/.test(tokens[q].lower))) q++;
    // (it ends in a noun or a name: "on the committee", not "on the")
    if (q > from && /^(NOUN|PROPN|NUM)$/.test(tokens[q - 1].pos)) last = q;
  }
  return { first: k, last, name: view.text.slice(tokens[k + 1].start, tokens[last - 1].end), actor };
}

/**
 * After a described speaker phrase that ends at `k`, a comma clause about the speaker (", who asked not to
 * be named,"), where one stands: the token after its closing comma; k otherwise. `end` bounds the search; a
 * clause that runs to the end of the sentence (", who spoke on condition of anonymity.") returns `end`.
 */
export function speakerClauseEnd(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.text !== "," || !/^(who|one|speaking)$/.test(tokens[k + 1]?.lower ?? "")) return k;
  for (let q = k + 2; q < end && q - k <= 16; q++) if (tokens[q].text === ",") return q + 1;
  return end;
}
