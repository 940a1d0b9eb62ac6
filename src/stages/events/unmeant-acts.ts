// Wording that names an act no party did to another: a thing's purpose ("missiles designed to target
// U.S. troops"), people leaving a place ("ordered civilians to evacuate the town": an evacuation of
// people, no forces withdrawing), a meeting called off ("cancelled the planned summit", "talks
// between the two were called off": no talks held or planned), harm to one's own property
// ("destroyed the cooling tower of its reactor") and an act feared or imagined ("fears NATO
// aggression"). Word lists: data/event-senses.json senses.designedThings, senses.evacuees,
// senses.cancelVerbs, senses.fearVerbs.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

const BE = /^(is|are|was|were|be|been|being|'s|'re)$/;
const NP_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * "missiles designed to target U.S. troops", "the drones were meant to strike", "sanctions intended
 * to punish Moscow": an infinitive after a participle of design whose subject is a thing states the
 * thing's purpose, no act done or planned by anyone; "designed" and its like (thingOnly) say it of
 * things alone, whatever noun stands before ("the missiles launched at the bases were designed to
 * kill"). "Troops were meant to attack at dawn" (people, not a thing) and "designed a plan to" (no
 * infinitive right after) are left alone.
 */
export function designedPurpose(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.lower !== "to") return false;
  let p = k - 1;
  while (p > first && tokens[p].pos === "ADV") p--;
  if (p <= first || !lex.designedThings.participles.has(tokens[p].lower)) return false;
  // ("were designed to kill Americans": only things are designed, whatever noun stands before)
  if (lex.designedThings.thingOnly.has(tokens[p].lower) && tokens[p].pos !== "NOUN") return true;
  let h = p - 1;
  while (h > first && (tokens[h].pos === "ADV" || BE.test(tokens[h].lower))) h--;
  return h >= first && lex.designedThings.things.has(tokens[h].lower);
}

/**
 * "ordered civilians to evacuate the town", "residents were told to leave", "thousands of people fled
 * to evacuate": the one who leaves is people (senses.evacuees.nouns), right before the infinitive or
 * before a verb of telling or starting (senses.evacuees.orders) and 'to', so no force withdraws:
 * no RETREAT. "ordered its troops to evacuate the base" stays one.
 */
export function peopleLeaving(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  if (tokens[v - 1]?.lower !== "to") return false;
  let k = v - 2;
  // ("residents were ordered to", "civilians had to", "people began to")
  if (k > first && lex.evacuees.orders.has(tokens[k].lower)) {
    k--;
    while (k > first && (tokens[k].pos === "ADV" || BE.test(tokens[k].lower))) k--;
  }
  return k >= first && lex.evacuees.nouns.has(tokens[k].lower);
}

/**
 * "cancelled a planned meeting between Biden and Xi", "called off the summit", "the summit between
 * Putin and Erdogan was called off", "talks were scrapped": a meeting noun that is the object of a
 * verb of calling off, or the subject of one in the passive, names talks that will not be held.
 * "met after the cancelled summit" (a participle before the noun, no verb) and "postponed the talks"
 * (still to come) are left alone.
 */
export function cancelledMeeting(tokens: Token[], n: number, first: number, last: number, lex: SenseLexicon): boolean {
  // the object: back over the noun phrase's words ("a planned", "the long-awaited") to the verb
  let k = n - 1;
  while (k >= first && n - k <= 5 && (NP_WORD.test(tokens[k].pos) || tokens[k].text === "-" || tokens[k].norm === "'s" || /^(planned|scheduled|proposed|expected)$/.test(tokens[k].lower))) k--;
  for (let q = k; q >= Math.max(first, k - 2); q--) {
    if (!lex.cancelVerbs.has(tokens[q].lower)) continue;
    const m = lex.cancelVerbs.matchAt(tokens, q, (t) => t.lower, k + 1);
    if (m && q + m.length === k + 1 && tokens[q].pos === "VERB") return true;
  }
  // the passive subject: over its complement ("between Putin and Erdogan") to a form of 'be'
  for (let q = n + 1; q < last && q - n <= 10; q++) {
    const w = tokens[q].lower;
    if (w === "," || w === ";" || w === "that" || w === "which") return false;
    if (BE.test(w) || /^(has|have|had)$/.test(w)) {
      let c = q + 1;
      if (!BE.test(w)) {
        if (tokens[c]?.lower !== "been") return false;
        c++;
      }
      while (c < last && tokens[c].pos === "ADV") c++;
      return c < last && !!lex.cancelVerbs.matchAt(tokens, c, (t) => t.lower, last);
    }
    if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX") return false;
  }
  return false;
}

const OWN = /^(its|their|our|own)$/;

/**
 * "North Korea destroyed the cooling tower of its reactor", "Syria destroyed its chemical weapons",
 * "the rebels torched their own camp": harm to property (CAMEO 171x) whose object the subject's own
 * possessive marks is done to one's own things, no act on another. "destroyed Hezbollah's launchers"
 * and "razed the village and its school" (another owner first) are left alone.
 */
export function ownProperty(tokens: Token[], end: number, last: number): boolean {
  let k = end;
  while (k < last && k - end < 8) {
    const t = tokens[k];
    // the possessive as the object's first word ("destroyed its weapons"), or right after "of"
    // before the head noun that ends the object ("the tower of its reactor"; not "the homes of their
    // attackers in Gaza")
    if (OWN.test(t.lower)) return k === end || (tokens[k - 1].lower === "of" && ownHeadEnds(tokens, k + 1, last));
    if (t.norm === "'s" || t.text === "’s" || t.text === "'") return false;
    if (NP_WORD.test(t.pos) || t.text === "-" || t.lower === "of") k++;
    else return false;
  }
  return false;
}

/** The noun phrase from `k` ends the object: its head noun is followed by the sentence's end, punctuation or a conjunction. */
function ownHeadEnds(tokens: Token[], k: number, last: number): boolean {
  if (tokens[k]?.lower === "own") k++;
  let q = k;
  while (q < last && q - k < 4 && /^(ADJ|NOUN|PROPN)$/.test(tokens[q].pos)) q++;
  if (q === k || !/^(NOUN|PROPN)$/.test(tokens[q - 1].pos)) return false;
  return q >= last || tokens[q].pos === "PUNCT" || tokens[q].pos === "CCONJ";
}

/**
 * "Putin fears NATO aggression against Russia", "Seoul imagined a North Korean invasion", "fearing
 * an attack by Iran": a nominal act that is the object of a verb of fearing or imagining
 * (senses.fearVerbs) is a prospect in the subject's mind, no act done. "feared the attack would
 * come" is left to its own verb, and "the feared attack came" (a participle before the noun) too.
 */
export function fearedAct(tokens: Token[], n: number, first: number, lex: SenseLexicon): boolean {
  // back over the act's noun phrase to the word before it ("fears NATO aggression", "imagined a North Korean attack");
  // ("Moscow fears": the tagger may read a verb of fearing after its subject as a plural noun)
  for (let k = n - 1; k >= first && n - k <= 5; k--) {
    const t = tokens[k];
    // (an attributive participle after a determiner: "the feared Russian offensive" came)
    if (lex.fearVerbs.has(t.lower)) return (k === first || tokens[k - 1].pos !== "DET") && (t.pos === "VERB" || (k > first && /^(PROPN|PRON)$/.test(tokens[k - 1].pos)));
    if (!(NP_WORD.test(t.pos) || t.text === "-" || t.norm === "'s" || t.text === "’s")) return false;
  }
  return false;
}

/**
 * "What Putin fears is NATO aggression", "Ukraine joining Nato is supposedly what Moscow fears most":
 * an act on one side of a pseudo-cleft whose other side is 'what' and a verb of fearing
 * (senses.fearVerbs) is the thing feared, no act done. "What Putin wants is a deal" (no fear) and
 * "Russia invaded Ukraine, which is what Kyiv feared" (a relative 'which' after a comma) are left alone.
 */
export function fearedInCleft(tokens: Token[], at: number, first: number, last: number, lex: SenseLexicon): boolean {
  // "What X (ADV) fears (most) is|was ... <act>"
  for (let k = at - 1; k >= first && at - k <= 12; k--) {
    const w = tokens[k].lower;
    if (w === ";" || w === ":" || w === "." ) break;
    if (!BE.test(w) || k - 1 < first) continue;
    let f = k - 1;
    if (tokens[f].lower === "most") f--;
    if (f >= first && lex.fearVerbs.has(tokens[f].lower) && whatBefore(tokens, f, first)) return true;
  }
  // "<act> ... is|was (ADV) what X (ADV) fears"
  for (let k = at + 1; k < last && k - at <= 10; k++) {
    const w = tokens[k].lower;
    if (w === "," || w === ";" || w === ":") return false;
    if (!BE.test(w)) continue;
    let q = k + 1;
    while (q < last && tokens[q].pos === "ADV") q++;
    if (tokens[q]?.lower !== "what") return false;
    for (let f = q + 1; f < last && f - q <= 6; f++) if (lex.fearVerbs.has(tokens[f].lower)) return true;
    return false;
  }
  return false;
}

/** 'what' opening the clause of the fear verb at `f`, over its subject and adverbs ("What Putin purportedly fears"). */
function whatBefore(tokens: Token[], f: number, first: number): boolean {
  for (let k = f - 1; k >= first && f - k <= 6; k--) {
    if (tokens[k].lower === "what") return true;
    if (!(NP_WORD.test(tokens[k].pos) || tokens[k].pos === "ADV" || tokens[k].pos === "PRON")) return false;
  }
  return false;
}
