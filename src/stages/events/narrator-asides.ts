// The narrator's aside inside reported words (status.asides in data/event-senses.json): a stretch
// between dashes or in brackets opened by a relative word ("Pence warned that Iran could end like
// Libya – where Nato bombed Libyan forces in 2011 –") or a whole clause closed by a second dash or
// bracket ("said Poland would help Kyiv – Russian forces attacked Ukraine in February – for as long
// as it takes") is the text's own account: a past act in it occurred, not claimed, and no modal or
// condition of the report around it reaches it. A stretch that goes on with the report ("– and that
// Moscow must be punished", "– he said") and one inside quotation marks stay the speaker's.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { IRREGULAR_PAST } from "./event-status.js";

const DASH = /^(–|—|-|--)$/;
/** a dash, not a hyphen inside a compound ("long-range", "Moscow-controlled"): a hyphen counts only with a space beside it */
function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!DASH.test(t.text) || t.pos !== "PUNCT") return false;
  if (t.text === "–" || t.text === "—") return true;
  return (k > 0 && t.start > tokens[k - 1].end) || (k + 1 < tokens.length && tokens[k + 1].start > t.end);
}
const OPEN_QUOTE = /^(“|«)$/;
const CLOSE_QUOTE = /^(”|»)$/;
/** words in the aside's verb group that keep the act from being told as done */
const UNASSERTED = /^(will|would|could|might|may|should|can|must|shall|'ll|'d|wo|ca|not|n't|never|if|unless|whether|reportedly|allegedly|said|says|claimed|claims|alleged|alleges)$/;
const PAST_AUX = /^(had|has|have|was|were)$/;

/** The act at `trigger` (verb at `statusVerb`) is a past act told in a narrator's aside. */
export function narratorAside(tokens: Token[], s: Sentence, statusVerb: number, trigger: number, lex: SenseLexicon): boolean {
  const first = Math.min(statusVerb, trigger);
  const last = Math.max(statusVerb, trigger);
  // the nearest opener before the act: an unclosed "(" or a dash that opens a pair (an odd one)
  let open = -1;
  let bracket = false;
  for (let k = first - 1; k > s.first; k--) {
    const w = tokens[k].text;
    if (w === ")") return false;
    if (w === "(") {
      open = k;
      bracket = true;
      break;
    }
    if (isDash(tokens, k)) {
      let dashes = 0;
      for (let j = s.first; j <= k; j++) if (isDash(tokens, j)) dashes++;
      if (dashes % 2 === 0) return false;
      open = k;
      break;
    }
  }
  if (open < 0 || open + 1 >= first) return false;
  // the closer: the matching dash or bracket after the act
  let close = -1;
  for (let k = last + 1; k < s.last; k++) {
    const w = tokens[k].text;
    if (bracket ? w === ")" : isDash(tokens, k)) {
      close = k;
      break;
    }
    if (!bracket && (w === "(" || w === ")")) break;
  }
  // inside quotation marks the aside is the speaker's own
  let quoteDepth = 0;
  for (let k = s.first; k < open; k++) {
    if (OPEN_QUOTE.test(tokens[k].text)) quoteDepth++;
    else if (CLOSE_QUOTE.test(tokens[k].text)) quoteDepth = Math.max(0, quoteDepth - 1);
  }
  if (quoteDepth > 0) return false;
  for (let k = open + 1; k < last; k++) if (/^(“|”|"|«|»)$/.test(tokens[k].text)) return false;
  const opener = tokens[open + 1].lower;
  if (lex.asides.continuations.has(opener)) return false;
  // a whole clause with no relative word must be closed: a parenthesis, not the report going on
  if (!lex.asides.relatives.has(opener) && close < 0) return false;
  // the aside's own verb group: no modal, negation or condition, and a past form
  for (let k = open + 1; k < statusVerb; k++) if (UNASSERTED.test(tokens[k].lower)) return false;
  const v = tokens[statusVerb];
  if (v.pos !== "VERB") return false;
  const pastForm = v.lower.endsWith("ed") || IRREGULAR_PAST.has(v.lower);
  const aux = PAST_AUX.test(tokens[statusVerb - 1]?.lower ?? "") || PAST_AUX.test(tokens[statusVerb - 2]?.lower ?? "");
  return pastForm || aux;
}
