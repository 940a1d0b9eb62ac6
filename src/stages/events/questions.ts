// A direct question asserts nothing (status.questions in data/event-senses.json). An act in a yes/no
// question ("Did Russia really invade to protect its citizens?", "Has China sent weapons to Russia?")
// or in a supposition after "what if" ("What if Paris has failed with its war in Mali?") is only
// entertained: hypothetical. An act noun in a yes/no question that the words take as given ("Did the
// invasion change Europe?", "Has Russia's war weakened it?") keeps its status. A wh-question takes its
// act as done ("Why did Russia invade Ukraine?", "When did Israel strike Iran?"): occurred, in a quote
// too. A relative clause inside the question ("Is the country that invaded Ukraine a threat?") keeps
// its own status.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

export type QuestionReading = "hypothetical" | "given";

const QUOTE_MARK = /^["“”‘’'«»]$/;
const LEAD = /^(and|but|so|or|then|well|now|yet)$/;
const PAST_AUX = /^(did|has|have|had)$/;

/**
 * How a direct question holds the act at `trigger` (its verb at `statusVerb`): "hypothetical",
 * "given" (a wh-question's act, done when its verb group is past), or null when the act is not in a
 * question or keeps its own status.
 */
export function questionReading(tokens: Token[], s: Sentence, statusVerb: number, trigger: number, lex: SenseLexicon, nominal: boolean): QuestionReading | null {
  const q = lex.questions;
  const first = Math.min(statusVerb, trigger);
  // the question mark closes the act's own stretch, before any full stop
  let mark = -1;
  for (let k = Math.max(statusVerb, trigger) + 1; k < s.last; k++) {
    const w = tokens[k].text;
    if (w === "?") {
      mark = k;
      break;
    }
    if (w === "." || w === "!" || w === ";" || w === ":") return null;
  }
  if (mark < 0) return null;
  // the question opens after a colon, a quote mark or an earlier question
  let start = first;
  while (start > s.first) {
    const w = tokens[start - 1].text;
    if (w === ":" || w === ";" || w === "?" || w === "." || QUOTE_MARK.test(w)) break;
    start--;
  }
  // the opener: the first word of the question (past a leading "and", "but"), or the first after a
  // comma ("If Russia attacks, will Nato respond?"); the nearest before the act
  let opener = -1;
  const openerAt = (k: number) => {
    while (k < first && LEAD.test(tokens[k].lower)) k++;
    return k < first ? k : -1;
  };
  const at0 = openerAt(start);
  if (at0 >= 0) opener = at0;
  for (let k = start; k < first; k++) {
    if (tokens[k].text !== ",") continue;
    const o = openerAt(k + 1);
    if (o >= 0 && isOpener(tokens, o, q)) opener = o;
  }
  if (opener < 0 || !isOpener(tokens, opener, q)) return null;
  const w = tokens[opener].lower;
  // "What if Paris has failed ...": a supposition, everything in it entertained
  if (w === "what" && q.supposing.has(tokens[opener + 1]?.lower ?? "")) return "hypothetical";
  // a relative clause between the opener and the act keeps its own status
  if (relativeBetween(tokens, opener + 1, first)) return null;
  if (q.yesNoOpeners.has(w)) {
    if (nominal && statusVerb === trigger && givenNoun(tokens, trigger, opener, q.definite)) return null;
    return "hypothetical";
  }
  if (q.presupposing.has(w)) {
    if (nominal && statusVerb === trigger) return null;
    // ("Why did Russia invade?", "Who attacked the embassy?", "How has Iran helped Russia?")
    for (let k = opener + 1; k < statusVerb; k++) if (PAST_AUX.test(tokens[k].lower) && tokens[k].pos !== "NOUN") return "given";
    const v = tokens[statusVerb];
    if (v.pos === "VERB" && /ed$/.test(v.lower) && statusVerb === opener + 1) return "given";
    return null;
  }
  return null;
}

function isOpener(tokens: Token[], k: number, q: SenseLexicon["questions"]): boolean {
  const w = tokens[k].lower;
  return q.yesNoOpeners.has(w) || q.presupposing.has(w);
}

/** "the country that invaded", "a man who attacked": a relative pronoun after a noun, or "who"/"which" inside. */
function relativeBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (w === "who" || w === "which" || w === "whom" || w === "whose") return true;
    if (w === "that" && k > from && /^(NOUN|PROPN)$/.test(tokens[k - 1].pos)) return true;
  }
  return false;
}

/** The act noun at `n` is given: a definite determiner or a possessive opens its phrase ("the invasion", "Russia's war"). */
function givenNoun(tokens: Token[], n: number, from: number, definite: ReadonlySet<string>): boolean {
  for (let k = n - 1; k > from; k--) {
    const t = tokens[k];
    if (definite.has(t.lower) || t.lower === "'s" || t.lower === "’s" || t.lower === "'") return true;
    if (!/^(ADJ|NOUN|PROPN|ADV|NUM|PUNCT)$/.test(t.pos) || t.text === ",") return false;
  }
  return false;
}
