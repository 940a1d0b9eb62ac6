// "Prime Minister X met Russia's ambassador on Monday", "Attorney General X charged two Chinese officers with hacking":
// where an office holder the text gives no state is the subject of their own clause (the verb follows the name with no
// comma between), a state named after that verb is what the holder acts on (a target, a topic, a partner), not the state
// whose office the holder holds, just as a state named in what a holder says is not (said-content.ts). A state named
// before that verb ("Prime Minister X of Japan met", "Russia's envoy met Prime Minister X", "After talks with Russia,
// Prime Minister X said") still speaks of the holder, and so does one in an appositive between the name and its verb
// (`passAppositive`: "Republican Senator X, a member of the committee, praised Canada", where a party's word on a seat
// places the holder, passes over the appositive; an office that only the story's frame places keeps to a verb right
// after the name); and a sentence that puts its person away from home (a visit, a
// trip, exile, a summit: titles.json awayWords, less those of meeting someone) says nothing of the office's state, so its states all count. A pure
// function of the tokens; linear in the sentence.
import type { Doc } from "../../model/types.js";
import type { StateAt } from "./said-content.js";
import type { TimePhrases } from "../../lexicon/compile-time-phrases.js";

// (words that may stand between a subject and its verb: "Prime Minister X on Monday ordered", "X also met")
const BETWEEN = /^(?:ADV|AUX|PART)$/;

/** whether the only states other than `state` (and `own`) named in the sentence `si` come after the verb of the clause
 *  whose subject is the person named from `nameStart` (the title's first token) to `nameEnd`: that verb follows the name
 *  (adverbs, auxiliaries, a time phrase "on Monday" between), the sentence has no word of being away, and some state
 *  other than `state` is named (else there is nothing to pass over); a state named as the place of the act ("in
 *  Pakistan", "said in Islamabad") or as the one a holder speaks to ("told Polish Radio") still counts */
export function otherStatesOnlyActedOn(doc: Doc, si: number, nameStart: number, nameEnd: number, named: StateAt[], state: string, own: string | null, awayWords: Set<string>, meetingWords: ReadonlySet<string>, speechVerbs: Map<string, string>, time: TimePhrases, passAppositive = false): boolean {
  const s = doc.sentences[si];
  const tokens = doc.tokens;
  if (nameStart < s.first || nameEnd >= s.last) return false;
  // (of the away words, those of meeting someone, which a holder does at home as often as abroad: "met Russia's ambassador",
  // "held talks with", "hosted"; the ones of travel, exile and summits still count: titles.json meetingWords)
  for (let i = s.first; i < s.last; i++) if (awayWords.has(tokens[i].lower) && !meetingWords.has(tokens[i].lower)) return false;
  let verb = -1;
  for (let i = passAppositive ? appositiveEnd(doc, nameEnd, s.last) : nameEnd; i < s.last; i++) {
    const t = tokens[i];
    if (t.pos === "VERB") {
      verb = i;
      break;
    }
    // ("on Monday", "last week" between the name and its verb)
    if (BETWEEN.test(t.pos) || (t.pos === "ADP" && (t.lower === "on" || time.deictics.has(t.lower))) || (t.pos === "PROPN" && time.days.has(t.lower)) || (t.pos === "NOUN" && (time.units.has(t.lower) || time.days.has(t.lower))) || (t.pos === "DET" && time.deictics.has(t.lower))) continue;
    return false;
  }
  if (verb < 0) return false;
  let other = false;
  for (const n of named) {
    if (n.state === state || n.state === own) continue;
    if (n.token < verb || sitePlace(doc, n.token, verb) || (n.token === verb + 1 && speechVerbs.has(tokens[verb].lower))) return false;
    other = true;
  }
  return other;
}

// (the longest appositive skipped between a name and its verb, in tokens)
const APPOSITIVE_MAX = 16;

/** "Senator X, a member of the armed services committee, praised Canada": the token after an appositive closed by a
 *  comma right after the name (a noun phrase: no verb or auxiliary inside, no second comma), else `nameEnd`; a state
 *  the appositive names stands before the verb and still counts */
function appositiveEnd(doc: Doc, nameEnd: number, sLast: number): number {
  const tokens = doc.tokens;
  if (tokens[nameEnd]?.text !== ",") return nameEnd;
  for (let i = nameEnd + 1; i < sLast && i <= nameEnd + APPOSITIVE_MAX; i++) {
    const t = tokens[i];
    if (t.text === ",") return i > nameEnd + 1 ? i + 1 : nameEnd;
    if (t.pos === "VERB" || t.pos === "AUX" || /^[;:()"“”]$/.test(t.text)) return nameEnd;
  }
  return nameEnd;
}

// (a preposition of place before a state's mention: "in Pakistan", "at the Kremlin", "in central Islamabad")
const SITE = /^(?:in|at|from|inside|near|outside)$/;
const SITE_BETWEEN = /^(?:DET|ADJ)$/;

/** "met British officials in Pakistan", "said in Islamabad": a state named as where the holder acts is the holder's
 *  place, not what the holder acts on */
function sitePlace(doc: Doc, at: number, verb: number): boolean {
  const tokens = doc.tokens;
  for (let q = at - 1; q > verb && q >= at - 3; q--) {
    const t = tokens[q];
    if (t.pos === "ADP") return SITE.test(t.lower);
    if (!SITE_BETWEEN.test(t.pos)) return false;
  }
  return false;
}
