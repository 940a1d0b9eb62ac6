// "Culture Minister Alun Pugh said it would be crass to liken a review to Hitler's Germany", "Defense Secretary X
// announced that more troops would go to the Gulf to deter Iran": a state named in what an office holder said (after
// the reporting verb that follows the name, or inside quotation marks) is what the talk is about, not the state whose
// office the holder holds. A state named before that verb ("met Prime Minister X in Islamabad", "Prime Minister X, in
// Pakistan, said", "Japan will help, said Prime Minister X") still speaks of the holder, and so does one in the words
// that place the speaking right after the verb: where and to whom ("said in Islamabad that", "told Polish Radio",
// "told reporters in Kabul"; a verb that takes a person as object, "warned Iran that", keeps its object too). A pure
// function of the tokens; linear in the sentence.
import type { Doc } from "../../model/types.js";

export interface StateAt {
  token: number;
  state: string;
}

/** whether a state other than `state` (and `own`) is named in the sentence `si` outside what the person whose name ends
 *  at token `nameEnd` says: before the first reporting verb after the name (the whole sentence where none follows), and
 *  not inside quotation marks */
export function otherStateBeforeSaying(doc: Doc, si: number, nameEnd: number, named: StateAt[], state: string, own: string | null, speechVerbs: Map<string, string>, clauseOnly: ReadonlySet<string>): boolean {
  const s = doc.sentences[si];
  const tokens = doc.tokens;
  let verb = s.last;
  for (let i = nameEnd; i < s.last; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" && speechVerbs.has(t.lower)) {
      verb = placingEnd(doc, i, s.last, clauseOnly.has(speechVerbs.get(t.lower)!));
      break;
    }
  }
  // (quotation marks opened and not closed before each state mention: '"Germany must pay," said Minister X')
  let open = false;
  let at = s.first;
  for (const n of named) {
    for (; at < n.token && at < s.last; at++) {
      const q = tokens[at].text;
      if (q === "“") open = true;
      else if (q === "”") open = false;
      else if (q === '"') open = !open;
    }
    if (n.state === state || n.state === own || open || n.token >= verb) continue;
    return true;
  }
  return false;
}

const PLACING = /^(?:in|at|on|to|during|from|after|before|while|by|for|with)$/;
const PHRASE_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/** the token where what is said begins, after the reporting verb at `v` and the words that place the speaking: prepositional
 *  phrases ("in Islamabad", "on state television"), and the object of a verb that takes one ("told Polish Radio") */
function placingEnd(doc: Doc, v: number, sLast: number, clauseOnly: boolean): number {
  const tokens = doc.tokens;
  let p = v + 1;
  const phrase = () => {
    while (p < sLast && (PHRASE_POS.test(tokens[p].pos) || tokens[p].text === "'s" || tokens[p].text === "’s") && tokens[p].lower !== "that") p++;
  };
  // (a verb whose object is the words said, never a person or a state addressed: "said Iran must stop"; speech.json clauseOnlyCues)
  if (!clauseOnly) phrase();
  while (p < sLast && tokens[p].pos === "ADP" && PLACING.test(tokens[p].lower)) {
    p++;
    phrase();
  }
  return p;
}

/** how many tokens may stand between a name and its reporting verb ("was quoted as saying": "was") */
const VERB_GAP = 2;

/**
 * "South Africa will repay 13 pct of its debt under an agreement reached in London, Finance Minister X said.": a report
 * whose words come first, then a comma, the holder's title and name (tokens `start` to `end`) and the reporting verb. Where
 * the first state the sentence names opens the words said and is `state`, the reporter's subject is the holder's own
 * state and the other states are what it acts on or where ("in London", "will not follow Brazil"): they lend no doubt.
 * Not where the words open with another state ("Japan will help Britain, Prime Minister X said": X may be Japan's), nor
 * where a state is named after the name ("said in Caracas").
 */
export function frontedOwnSaying(doc: Doc, si: number, start: number, end: number, named: StateAt[], state: string, speechVerbs: Map<string, string>): boolean {
  const s = doc.sentences[si];
  const tokens = doc.tokens;
  if (start - 1 <= s.first || tokens[start - 1].text !== ",") return false;
  let verb = false;
  for (let i = end; i < s.last && i <= end + VERB_GAP; i++) {
    if (tokens[i].pos === "VERB" && speechVerbs.has(tokens[i].lower)) {
      verb = true;
      break;
    }
    if (tokens[i].kind !== "word") return false;
  }
  if (!verb || !named.length || named[0].state !== state) return false;
  // (the first state opens the words said: only words without a state before it, "Yugoslavia, whose ...", "The Philippine rate")
  if (named[0].token - s.first > OPENING_WORDS) return false;
  return named.every((n) => n.token < start);
}

/** how far into the sentence the first state may stand and still open the words said ("The Philippine 1987 inflation rate") */
const OPENING_WORDS = 2;
