// Whether a trigger word is used in its event sense: "hijacked the debate" is no hijacking,
// "attacked the decision" is criticism, not an assault; "a top UK intelligence chief" names no
// intelligence shared; "had no plans to talk" is no talk; "the support of voters" is the voters' own.
import type { Token } from "../../model/types.js";
import type { VerbPattern } from "../../lexicon/compile-events.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { OPENING_QUOTE, stateOf, type RawEvent, type SentenceEnv, type Trigger } from "./sentence-env.js";
import { IRREGULAR_PAST, negatedNominal } from "./event-status.js";
import { warnedNotTo, warnerBefore } from "./warned-not-to.js";
import { unrealisedInfinitive } from "./unrealised-acts.js";
import { capableOnly } from "./capable-acts.js";
import { nearMiss } from "./near-misses.js";
import { isPassive } from "./find-parties.js";
import { firmSeller } from "./firm-sellers.js";
import { cancelledMeeting, designedPurpose, fearedAct, fearedInCleft, ownProperty, peopleLeaving } from "./unmeant-acts.js";
import { idleSense } from "./idle-senses.js";
import { unhelpedParty } from "./helped-objects.js";
import { authorizedSale } from "./arms-sales.js";
import { spokenAudience } from "./spoken-audience.js";

// acts whose capability is often reported as a menace, never as the act ("missiles capable of hitting the US")
const CAPABLE_HARM = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE"]);

const NP_WORD = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;
const QUOTE_MARK = /^["“”‘’']$/;
const AUXILIARY_FORMS = /^(has|have|had|having|is|are|was|were|be|been|being|get|gets|got|gotten|getting)$/;

/**
 * The head noun of the direct object after `k`: the last noun of the noun phrase that starts there
 * ("the EU's decision to" → decision; "Ukrainian positions" → positions), or null when no noun
 * phrase follows.
 */
export function objectHead(tokens: Token[], k: number, last: number): number {
  let head = -1;
  for (let q = k; q < Math.min(last, k + 7); q++) {
    const t = tokens[q];
    if (t.norm === "'s" || t.text === "'" || t.text === "’s") continue;
    // ("abused its powers", "attacked his decision": a possessive determiner opens the phrase)
    if (q === k && /^(its|his|her|their|our|my|your)$/.test(t.lower)) continue;
    if (!NP_WORD.test(t.pos) || t.lower === "to") break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = q;
  }
  return head;
}

/** The last token of the direct object that starts at `k` (a pronoun, or the head of a noun phrase), or -1. */
function objectEnd(tokens: Token[], k: number, last: number): number {
  if (k < last && tokens[k].pos === "PRON" && tokens[k].lower !== "it" && !/^(its|his|her|their|our|my|your)$/.test(tokens[k].lower)) return k;
  return objectHead(tokens, k, last);
}

/** "may strike Moscow as weak", "struck Beijing as needlessly hostile": the object, then "as" and an
 *  adjective (past adverbs) that is no modifier of a noun after it, say how a thing seems (`seemsAs`). */
export function seemsAs(tokens: Token[], k: number, last: number, p: VerbPattern): boolean {
  if (!p.seemsAs) return false;
  const h = objectEnd(tokens, k, last);
  if (h < 0 || tokens[h + 1]?.lower !== "as") return false;
  let q = h + 2;
  while (q < last && tokens[q].pos === "ADV") q++;
  return q < last && tokens[q].pos === "ADJ" && !(q + 1 < last && (tokens[q + 1].pos === "NOUN" || tokens[q + 1].pos === "PROPN"));
}

/** "sue for peace", "forced to sue Russia for peace": "for" and one of `notFor` right after the verb
 *  or its direct object give the verb another sense. */
export function forSense(tokens: Token[], k: number, last: number, p: VerbPattern): boolean {
  if (!p.notFor) return false;
  const h = tokens[k]?.lower === "for" ? k - 1 : objectEnd(tokens, k, last);
  return h >= 0 && tokens[h + 1]?.lower === "for" && h + 2 < last && p.notFor.includes(tokens[h + 2].lower);
}

/** The verb's direct object is one of its pattern's `notObject` heads: another sense of the word. */
export function otherSense(tokens: Token[], end: number, last: number, p: VerbPattern): boolean {
  if (!p.notObject) return false;
  // ("stand by as Russia continues", "stood by while"): a conjunction where the object would be
  // leaves the verb without one, in its intransitive sense (standing idle)
  if (end < last && tokens[end].pos !== "NOUN" && tokens[end].pos !== "PROPN" && p.notObject.includes(tokens[end].lower)) return true;
  // ("pressed home the message", "pushed ahead the plan"): past an adverb to the object
  // ("the plan met with approval", "met with resistance"): past a "with" that takes the object
  // the verb's own way, as the particle does in "meet with"
  const start = tokens[end]?.pos === "ADV" || tokens[end]?.lower === "with" ? end + 1 : end;
  const h = objectHead(tokens, start, last);
  return h >= 0 && p.notObject.includes(tokens[h].lower);
}

/**
 * An object word that qualifies an actor noun names the actor, not the object: "shared intelligence"
 * but not "shared by a top UK intelligence chief", "aid workers", "support staff" (`heads`: the
 * group head nouns of the lexicon).
 */
export function modifierOnly(tokens: Token[], q: number, objects: readonly string[], heads: ReadonlyMap<string, string>, lex: SenseLexicon): boolean {
  const next = tokens[q + 1];
  // ("curbing the record U.S. trade shortfall", "cut the trade deficit", "halt the trade war": the
  // object word qualifies a measure or a state of affairs, senses.measureHeads, no flow that is cut)
  return !!next && !objects.includes(next.lower) && (heads.has(next.lower) || lex.roleNouns.has(next.lower) || lex.measureHeads.has(next.lower));
}



/**
 * "had no plans to talk to Putin", "has no intention to attack", "there is no need to meet": an
 * infinitive after a negated noun of intent is an act no one means to do. `to` is the infinitive's "to"
 * (or the "of" before a gerund: "had no intention of attacking").
 */
export function negatedIntent(tokens: Token[], to: number, first: number, lex: SenseLexicon): boolean {
  let q = to - 1;
  if (q < first || !lex.planNouns.has(tokens[q].lower)) return false;
  q--;
  while (q >= first && tokens[q].pos === "ADJ") q--;
  return q >= first && lex.intentNegators.has(tokens[q].lower);
}


/**
 * "lost the support of top leaders", "with the backing of France": the one after "of" gives the
 * support (subjective "of"); "in support of Ukraine" names the one supported. `n` is the noun.
 */
export function subjectiveOf(tokens: Token[], n: number, first: number, lex: SenseLexicon): boolean {
  if (tokens[n + 1]?.lower !== "of") return false;
  let q = n - 1;
  while (q >= first && /^(ADJ|ADV)$/.test(tokens[q].pos)) q--;
  if (q < first) return false;
  if (tokens[q].lower === "in") return false;
  if (lex.subjectiveDeterminers.has(tokens[q].lower)) return true;
  return lex.holding.has(tokens[q].lower);
}

/**
 * "when asked whether the U.S. is considering", "asked Americans how they felt": a verb of asking
 * with a question after it (whether, how, what ...) asks for an answer, not for an act. `v` is the
 * verb, `end` the token after its trigger.
 */
export function askedQuestion(tokens: Token[], v: number, end: number, last: number, lex: SenseLexicon): boolean {
  if (!lex.askVerbs.has(tokens[v].lower)) return false;
  // over the one asked and a time or place ("asked Truss during a panel session why", "Asked at the
  // press conference about a Russian response", "asked reporters a question")
  for (let q = end; q < Math.min(last, end + 9); q++) {
    const t = tokens[q];
    if (lex.questionComplements.has(t.lower)) return true;
    // a quote after the verb and the one asked that holds a question mark asks it ('Britain asked the
    // US, "Have we been too slow?"'); 'asked Germany: "Send us tanks."' quotes a request
    if ((t.text === "," || t.text === ":") && OPENING_QUOTE.test(tokens[q + 1]?.text ?? "")) return quotedQuestion(tokens, q + 2, last);
    // "asked Iran to explain why", "asked for": the request comes first
    if (t.lower === "to" || t.lower === "for" || t.pos === "VERB" || t.text === "," || t.text === ".") return false;
  }
  return false;
}

const CLOSE_QUOTE = /^["”’']$/;

/** A question mark inside the quote that opens before `from` (up to its closing mark). */
function quotedQuestion(tokens: Token[], from: number, last: number): boolean {
  for (let q = from; q < last; q++) {
    if (tokens[q].text === "?") return true;
    if (CLOSE_QUOTE.test(tokens[q].text)) return false;
  }
  return false;
}

/**
 * "the occupied peninsula", "coordinated American hysteria", "$20bn in promised weapons": a past
 * participle that qualifies a noun names a state of the thing, not an act with a doer in this
 * clause ("Russia occupied Crimea", "occupied by Russian forces", "invaded and occupied" stay acts).
 */
export function participleModifier(tokens: Token[], v: number, end: number, first: number): boolean {
  const t = tokens[v];
  if (!/(ed|en)$/.test(t.lower) || end !== v + 1) return false;
  const next = tokens[end];
  if (!next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos)) return false;
  if (v === first) return false;
  let p = v - 1;
  // ("in the temporarily occupied Crimea", "the illegally annexed peninsula": over an adverb in -ly of the state)
  if (p > first && tokens[p].pos === "ADV" && /ly$/.test(tokens[p].lower) && (/^(DET|ADP)$/.test(tokens[p - 1].pos) || tokens[p - 1].lower === "to")) p--;
  const prev = tokens[p];
  if (/^(DET|ADP|NUM)$/.test(prev.pos) || prev.norm === "'s" || prev.text === "’s") return true;
  // ("a visit to illegally occupied Crimea", "returned to occupied Kherson": a past form in -ed after
  // "to" is no infinitive, it qualifies the place after it)
  if (prev.lower === "to" && /(ied|[^e]ed)$/.test(t.lower) && next.pos === "PROPN") return true;
  // ("supply lines between the Russian border and occupied Crimea": after the first conjunct of
  // "between", which wants two, the participle qualifies the second; "invaded Georgia and occupied
  // Abkhazia", "seized buildings in Crimea and blockaded bases" join two verbs)
  if (prev.lower === "and" && next.pos === "PROPN" && nounConjunctAfterPreposition(tokens, v - 2, first)) return true;
  // ("to order targeted military strikes", "imposed targeted sanctions": right after a main verb the
  // participle qualifies that verb's object; after "have", "be" or "get" it is the verb itself; a
  // capitalised "verb" is a name the tagger misread, "Merrick Garland visited Ukraine")
  if (prev.pos === "VERB" && /^[a-z]/.test(prev.text) && !AUXILIARY_FORMS.test(prev.lower)) return true;
  // "the Muslim Brotherhood-backed government": the participle ends a hyphenated modifier
  if (prev.text === "-" && !prev.spaceBefore && !t.spaceBefore) return true;
  // "unprecedented and coordinated hysteria": coordinated with an adjective, not with a verb
  if ((prev.lower === "and" || prev.text === ",") && v - 2 >= first) return tokens[v - 2].pos === "ADJ";
  return prev.pos === "ADJ";
}

/** The noun phrase that ends at k (determiners, adjectives, nouns, names) follows "between". */
function nounConjunctAfterPreposition(tokens: Token[], k: number, first: number): boolean {
  let b = k;
  while (b >= first && k - b < 6 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[b].pos)) b--;
  return b < k && b >= first && tokens[b].lower === "between";
}

/**
 * "demands to block Ukraine from ever joining NATO", "refrained from attacking", "kept Iran from
 * acquiring": a gerund after "from" that a verb of preventing governs names an act kept from
 * happening ("withdrew from attacking positions" is no such verb); one that a verb of ceasing
 * governs ("promised to stop assassinating") an act that is to end.
 */
export function prevented(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  if (!tokens[v].lower.endsWith("ing")) return false;
  // "promised to stop assassinating Hamas leaders", "stop smearing Chinese companies"
  if (k >= first && lex.ceaseVerbs.has(tokens[k].lower)) return true;
  // "avoided censuring Moscow", "stopped short of accusing Iran", "shied away from criticising"
  if (k >= first && forgoneAt(tokens, k, first, lex)) return true;
  // "warned Finland and Sweden against joining the alliance", "advised against attacking"
  if (tokens[k]?.lower === "against") return warnerBefore(tokens, k - 1, first, 6, lex, (t) => t.text === "," || t.pos === "VERB");
  if (tokens[k]?.lower !== "from") return false;
  for (let q = k - 1; q >= Math.max(first, k - 6); q--) {
    if (lex.preventVerbs.has(tokens[q].lower)) return true;
    if (tokens[q].text === "," || (tokens[q].pos === "VERB" && q < k - 1)) return false;
  }
  return false;
}

/** A verb or phrase of holding back from an act ends at `k`: "avoided", "stopped short of", "shied away from". */
export function forgoneAt(tokens: Token[], k: number, first: number, lex: SenseLexicon): boolean {
  for (let q = k; q >= Math.max(first, k - 3); q--) {
    if (!lex.forgoVerbs.has(tokens[q].lower)) continue;
    const m = lex.forgoVerbs.matchAt(tokens, q, (t) => t.lower, k + 1);
    if (m && q + m.length === k + 1) return true;
  }
  return false;
}

/**
 * "failed to condemn Russia", "neglected to consult Parliament", "avoided to name Moscow": the act
 * an infinitive names under a verb of holding back did not happen; a failed use of force was still
 * an attack ("failed to capture Kyiv"). `gov` is the verb that governs the infinitive.
 */
export function heldBack(tokens: Token[], gov: number, type: string, first: number, lex: SenseLexicon): boolean {
  if (lex.attemptVerbs.has(tokens[gov].lower)) return type !== "ASSAULT";
  return forgoneAt(tokens, gov, first, lex);
}

/**
 * "were unable to agree on a ceasefire", "have struggled to agree on much else": an infinitive right
 * after a word of failing or inability (over adverbs) names an act that did not come about, whatever
 * verb the parser takes to govern it; force attempted is still force ("struggled to capture").
 */
export function triedInVain(tokens: Token[], v: number, type: string, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.lower !== "to" || k - 1 < first) return false;
  return type !== "ASSAULT" && lex.attemptVerbs.has(tokens[k - 1].lower);
}

/**
 * "appeal to a bloc of Venezuelan-American voters", "appealed to Ukrainian voters": a verb addressed
 * to an audience (voters, supporters, investors) is campaigning, not an act toward the state its
 * demonym names.
 */
export function toAudience(tokens: Token[], v: number, last: number, lex: SenseLexicon): boolean {
  const to = tokens[v + 1]?.lower === "to" ? v + 1 : -1;
  if (to < 0) return false;
  const h = objectHead(tokens, to + 1, last);
  return h >= 0 && lex.audienceNouns.has(tokens[h].lower);
}

/**
 * What a verb of force is when its subject is no doer of force: "Canada's sanctions will target wealthy
 * Russians", "the measures hit Iran's banks" (a sanction or a measure: SANCTION, what it does, not an
 * attack); criticism when the subject is words (ACCUSE); null otherwise.
 */
export function subjectSense(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): "SANCTION" | "ACCUSE" | null {
  const k = forceSubjectNoun(env, ev, trig);
  if (k < 0) return null;
  const { tokens } = env;
  if (lex.policySubjects.has(tokens[k].lower)) return "SANCTION";
  // "acts of public criticism targeting the army", "a propaganda campaign targeting Ukraine", "his
  // remarks hit out at Brussels": a subject of words (senses.wordSubjects, the noun right before the
  // verb or its compound modifier) makes criticism, ACCUSE 111, no force; "missiles targeting Kyiv",
  // "a military campaign targeting rebels" stay force
  const words = lex.wordSubjects.has(tokens[k].lower) || (tokens[k].pos === "NOUN" && k > env.s.first && lex.wordSubjects.has(tokens[k - 1].lower) && tokens[k - 1].pos === "NOUN");
  return words ? "ACCUSE" : null;
}

/** The word right before an active verb of force (over auxiliaries and adverbs), its subject's head: -1 when none. */
function forceSubjectNoun(env: SentenceEnv, ev: RawEvent, trig: Trigger): number {
  if (!trig.verb || (ev.type !== "ASSAULT" && ev.type !== "COERCE") || ev.rule.includes("+passive")) return -1;
  const { tokens, s } = env;
  let k = trig.at - 1;
  while (k > s.first && /^(AUX|ADV|PART)$/.test(tokens[k].pos) && tokens[k].norm !== "'s") k--;
  return k >= s.first ? k : -1;
}

/**
 * "launched a scathing attack on the prime minister", "attacked Germany in a speech on Monday",
 * "Trump's frequent attacks in interviews and on Twitter": an attack that a modifier of words
 * qualifies (senses.verbalAttacks.modifiers) or that is made in a venue of words (`venues`, after
 * in, on or during) is criticism (ACCUSE 111), no force. Returns the venue phrase's span (its actors,
 * "Twitter", are where the words were said, no party), [-1, -1] for a modifier, or null.
 * "launched an attack on Ukraine", "attacked the town in a night raid" stay force.
 */
export function verbalAttack(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): [number, number] | null {
  const { tokens, s } = env;
  if (ev.type !== "ASSAULT") return null;
  const va = lex.verbalAttacks;
  // the attack word: the trigger, or the noun a light verb takes ("launched a blistering attack")
  let n = trig.at;
  if (!va.triggers.has(tokens[n].lower)) {
    n = -1;
    for (let q = trig.end; q < Math.min(s.last, trig.end + 5); q++) {
      if (va.triggers.has(tokens[q].lower)) { n = q; break; }
      if (!/^(DET|ADJ|ADV)$/.test(tokens[q].pos) && tokens[q].text !== "-") break;
    }
    if (n < 0) return null;
  }
  for (let q = n - 1; q >= Math.max(s.first, n - 4) && /^(ADJ|ADV|DET)$/.test(tokens[q].pos); q--) if (va.modifiers.has(tokens[q].lower)) return [-1, -1];
  for (let q = Math.max(n, trig.end); q < Math.min(s.last, n + 14); q++) {
    const t = tokens[q];
    // ("attacked his French host, lashing out at Macron's suggestion", "attacked Netanyahu, calling him a
    // terrorist": a participle of words right after the clause says how the attack was made;
    // "attacked Kharkiv, killing three" stays force)
    if (t.text === "," && q > n + 1) return wordParticiple(tokens, q + 1, s.last, va) ? [-1, -1] : null;
    if (t.text === ";" || /^(that|which|who|but)$/.test(t.lower)) return null;
    // ("attacked Johnson over his remarks", "attacked the minister for her handling of the crisis": what
    // words answer are the attack's grounds; "attacked Ukraine over its bid to join Nato" stays force)
    if ((t.lower === "over" || t.lower === "for") && wordGrounds(tokens, q + 1, s.last, va)) return [-1, -1];
    if (!/^(in|on|during)$/.test(t.lower)) continue;
    let h = q + 1;
    while (h < s.last && h - q <= 4 && /^(DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[h].pos) && !va.venues.has(tokens[h].lower)) h++;
    if (h < s.last && va.venues.has(tokens[h].lower)) {
      let end = h + 1;
      // ("in interviews and on Twitter": the venues run on over 'and')
      while (end < s.last && (tokens[end].lower === "and" || /^(in|on)$/.test(tokens[end].lower) || va.venues.has(tokens[end].lower) || /^(DET|ADJ)$/.test(tokens[end].pos))) end++;
      return [q, end];
    }
  }
  return null;
}

/** a participle of words at `k` (senses.verbalAttacks.wordParticiples), or one of naming with a person after it ("calling him") */
function wordParticiple(tokens: Token[], k: number, end: number, va: SenseLexicon["verbalAttacks"]): boolean {
  if (k >= end) return false;
  if (va.wordParticiples.has(tokens[k].lower)) return true;
  return va.namingParticiples.has(tokens[k].lower) && k + 1 < end && /^(him|her)$/.test(tokens[k + 1].lower);
}

/** a possessor ("his", "Macron's", "its foreign secretary's") and, within a few words, a noun of words (senses.verbalAttacks.wordGrounds) from `k` */
function wordGrounds(tokens: Token[], k: number, end: number, va: SenseLexicon["verbalAttacks"]): boolean {
  let owned = k < end && /^(his|her|their|its|your|my|our)$/.test(tokens[k].lower);
  for (let h = owned ? k + 1 : k; h < end && h - k < 6; h++) {
    if (tokens[h].norm === "'s") { owned = true; continue; }
    if (owned && va.wordGrounds.has(tokens[h].lower)) return true;
    if (!/^(ADJ|ADV|NOUN|PROPN|DET)$/.test(tokens[h].pos)) return false;
  }
  return false;
}

/**
 * "US military support for the Saudi-led campaign", "financial backing from the EU": support that a
 * modifier makes material is aid (PLOVER AID: economic, military, humanitarian), not words of
 * support. The CAMEO code of the aid, or null. Only a nominal SUPPORT, over its modifiers.
 */
export function materialSupport(ev: RawEvent, trig: Trigger, tokens: Token[], first: number, lex: SenseLexicon): string | null {
  if (ev.type !== "SUPPORT") return null;
  // "support Hungary, Slovakia and Poland with the expected humanitarian challenges", "backed Kyiv
  // with military aid": a verb of support whose means after 'with' is material gives aid; "backed
  // Kyiv with words" stays support
  if (!trig.noun) {
    // "accuse Russia of backing anti-government rebels", "Iran supports the Houthi rebels": backing
    // an armed group is arming it, military aid; "backs Ukraine's bid" stays support
    const h = objectHead(tokens, trig.end, tokens.length);
    if (h >= 0 && lex.armedBacking.has(tokens[h].lower)) return "072";
    let w = trig.end;
    while (w < tokens.length && w - trig.end < 10 && tokens[w].lower !== "with" && /^(PROPN|NOUN|DET|CCONJ|PUNCT|ADJ)$/.test(tokens[w].pos) && !/^[.;:]$/.test(tokens[w].text)) w++;
    if (tokens[w]?.lower !== "with") return null;
    // ("welcomed Finland and Sweden with open arms": a figure, no material means; senses.figurativeMeans)
    if (lex.figurativeMeans.matchAt(tokens, w + 1, (t) => t.lower, tokens.length)) return null;
    // ("support Kyiv with cash rather than tanks", "backed Syria with troops and warplanes": the means
    // named by its noun, money (senses.materialMeans), arms or troops (materielNouns), over a list)
    for (let q = w + 1; q < tokens.length && q - w <= 6 && (/^(DET|ADJ|NOUN|VERB|NUM)$/.test(tokens[q].pos) || tokens[q].lower === "and" || tokens[q].text === ","); q++) {
      const t = tokens[q].lower;
      const code = lex.materialSupport.get(t) ?? (tokens[q].pos === "NOUN" ? lex.materielNouns.get(t) ?? lex.materialMeans.get(t) : undefined);
      if (code) return code;
    }
    return null;
  }
  for (let q = trig.at - 1; q >= first && trig.at - q <= 3; q--) {
    const code = lex.materialSupport.get(tokens[q].lower);
    if (code) return code;
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[q].pos) && tokens[q].text !== "-") return null;
  }
  return null;
}

/**
 * "gave his support to Mr Brown's ambitions", "gave Ukraine its backing": a verb of giving whose
 * object is support (senses.supportGifts) with no material modifier gives words of support (SUPPORT
 * 051), the same act as the support noun; "gave military support to Ukraine", "gave aid" stay aid.
 */
export function supportGift(ev: RawEvent, trig: Trigger, tokens: Token[], last: number, lex: SenseLexicon): boolean {
  if (ev.type !== "AID" || !trig.verb || !lex.supportGifts.verbs.has(trig.verb.verb)) return false;
  let h = objectHead(tokens, trig.end, last);
  // ("gave Ukraine its support": the second object is the thing given)
  if (h >= 0 && /^(its|his|her|their|our|my|your|the)$/.test(tokens[h + 1]?.lower ?? "")) h = objectHead(tokens, h + 1, last);
  if (h < 0 || !lex.supportGifts.nouns.has(tokens[h].lower)) return false;
  for (let q = h - 1; q >= trig.end && h - q <= 3; q--) if (lex.materialSupport.has(tokens[q].lower)) return false;
  // ("would provide increased support, planes and tanks": support whose list names arms or troops is
  // the materiel given, military aid; "gave its support and its blessing" stays words)
  return !listedMateriel(tokens, h, last, lex);
}

/** A noun of arms or troops (materielNouns) in the list of nouns joined to the object head `h` by "," or "and". */
function listedMateriel(tokens: Token[], h: number, last: number, lex: SenseLexicon): boolean {
  let joined = false;
  for (let q = h + 1; q < last && q - h <= 10; q++) {
    const t = tokens[q];
    if (t.text === "," || t.lower === "and") joined = true;
    else if (!/^(DET|ADJ|NOUN|NUM|PRON)$/.test(t.pos) || !joined) return false;
    else if (t.pos === "NOUN" && lex.materielNouns.has(t.lower)) return true;
  }
  return false;
}

/**
 * "contribute a brigade of troops to defend Lithuania", "digging into its inventories, including
 * tanks, to defend Ukraine", "assign hundreds more troops in support of Estonia": defence that the
 * clause gives in troops or weapons is military aid, not words of support ("defended Israel's
 * right to respond", "rose to defend the decision to send weapons": nothing material before it).
 * The CAMEO code of the aid, or null. The materiel must stand before the trigger in its clause.
 */
export function materielDefence(ev: RawEvent, trig: Trigger, tokens: Token[], first: number, lex: SenseLexicon): string | null {
  if (ev.type !== "SUPPORT" || !lex.defenceActs.has(tokens[trig.at].lower)) return null;
  for (let q = trig.at - 1; q >= first; q--) {
    const t = tokens[q];
    if (t.text === ";" || t.text === ":" || /^(that|which|who|but|while|although|though|whereas)$/.test(t.lower)) return null;
    const code = t.pos === "NOUN" ? lex.materielNouns.get(t.lower) : undefined;
    if (code) return code;
  }
  return null;
}

/**
 * "I agree with the goals of the president", "agreed with Macron that Europe must": to share a view
 * is no agreement; "agreed with Russia on a ceasefire", "agreed with Iran to extend the deal" are.
 */
export function sharedView(tokens: Token[], v: number, last: number, lex: SenseLexicon): boolean {
  if (!lex.agreeVerbs.has(tokens[v].lower) || tokens[v + 1]?.lower !== "with") return false;
  // the partner: a noun phrase with its "of" complements ("the goals of the president of the US")
  let k = v + 2;
  // ("do not agree with (Russian President Vladimir) Putin": a bracketed insertion inside a quote)
  while (k < last && (/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos) || tokens[k].lower === "of" || tokens[k].norm === "'s" || tokens[k].lower === "and" || tokens[k].text === "(" || tokens[k].text === ")")) k++;
  if (k === v + 2) return false;
  return !(k < last && lex.agreeDealWords.has(tokens[k].lower));
}

const FINITE_AUX = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do)$/;

/**
 * "NATO leaders agreed Ukraine required more supplies", "the ministers agreed the war must end": a
 * verb of agreeing followed by a clause without "that" shares a view, as "agreed that" does; no pact
 * with the clause's subject. "agreed a ceasefire", "agreed new sanctions" (an object, no verb after
 * it) and "agreed to supply Ukraine" stay agreements.
 */
export function agreedProposition(tokens: Token[], v: number, last: number, lex: SenseLexicon): boolean {
  if (!lex.agreeVerbs.has(tokens[v].lower)) return false;
  let k = v + 1;
  while (k < last && k - v <= 6 && (/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos) || tokens[k].norm === "'s")) k++;
  if (k === v + 1 || k >= last) return false;
  const t = tokens[k];
  // the subject's own verb: a finite form ("required", "needs") or an auxiliary ("could join", "was ready")
  if (FINITE_AUX.test(t.lower)) return true;
  if (t.pos !== "VERB" || t.lower.endsWith("ing")) return false;
  if (t.lower.endsWith("s") && !t.lower.endsWith("ss")) return true;
  // ("agreed a deal brokered by the UN", "agreed a plan drawn up in Paris": a participle after an
  // object qualifies it; a clause's past verb follows a definite subject or a name)
  const past = t.lower.endsWith("ed") || IRREGULAR_PAST.has(t.lower);
  return past && !/^(a|an)$/.test(tokens[v + 1].lower) && tokens[k + 1]?.lower !== "by";
}

/**
 * Why a found trigger is not an act in this sentence, or null: a nominal act the text negates ("no
 * talks are scheduled"), a question ("asked whether"), a participle that qualifies a noun ("the
 * occupied peninsula"), an act kept from happening ("block Ukraine from joining"). Checked after the trigger's reading, before its record is made.
 */
export function voidedSense(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): string | null {
  const { tokens, s } = env;
  if (inProperName(tokens, trig.at, s.first, s.last)) return "proper-name";
  // ("is purchasing drones from a US firm": trade with a firm, no act between parties; firm-sellers.ts)
  if (firmSeller(env, ev, trig, lex)) return "firm-seller";
  const idle = idleSense(env, trig, lex);
  if (idle) return idle;
  if (trig.noun && ev.type === "THREATEN" && resultsOf(tokens, trig.at, s.last, lex)) return "results";
  // "cancelled a planned meeting between Biden and Xi", "the summit was called off": no talks
  if (trig.noun && ev.type === "CONSULT" && trig.at === ev.trigger && cancelledMeeting(tokens, trig.at, s.first, s.last, lex)) return "called-off";
  // "What Putin fears is NATO aggression", "Ukraine joining Nato is what Moscow fears": the thing feared
  if (trig.at === ev.trigger && fearedInCleft(tokens, trig.at, s.first, s.last, lex)) return "feared";
  // "Putin fears NATO aggression": an act feared or imagined
  if (trig.noun && trig.at === ev.trigger && fearedAct(tokens, trig.at, s.first, lex)) return "feared";
  // "hackers capable of launching cyber attacks", "has the capacity to cut off gas": a capability, no act
  // (force and coercion only: "are able to agree on a ceasefire" is left to the status, planned)
  if (CAPABLE_HARM.has(ev.type) && trig.at === ev.trigger && capableOnly(tokens, trig.at, s.first, !!trig.noun, lex)) return "capability";
  if (trig.noun) return trig.at === ev.trigger && negatedNominal(tokens, s, trig.at, lex) ? "negated-nominal" : null;
  if (!trig.verb || ev.trigger !== trig.at) return null;
  if (negatorCompound(tokens, trig.at, lex)) return "compound";
  // "will help cut Russia's revenues", "help the economy", "protect British farmers": no party helped (helped-objects.ts)
  const unhelped = unhelpedParty(env, ev, trig, lex);
  if (unhelped) return unhelped;
  // "authorized the sale of jets to the UAE": the sale is the act, no concession (arms-sales.ts)
  if (authorizedSale(ev, trig, tokens, s.last, lex)) return "authorized-sale";
  // "spoke directly to the people of Russia": words to an audience, no meeting (spoken-audience.ts)
  if (spokenAudience(env, ev, trig, lex)) return "audience";
  // "missiles designed to target U.S. troops": a thing's purpose, no act ("weapons designed to help
  // Ukrainian forces": help the thing gives is aid given through it, and stays)
  if (ev.type !== "AID" && designedPurpose(tokens, trig.at, s.first, lex)) return "designed-purpose";
  // "ordered civilians to evacuate the town": people leave, no forces withdraw
  if (ev.type === "RETREAT" && peopleLeaving(tokens, trig.at, s.first, lex)) return "people-leaving";
  // "destroyed the cooling tower of its reactor": harm to one's own property, no act on another
  if ((ev.cameo ?? "").startsWith("171") && ownProperty(tokens, trig.end, s.last)) return "own-property";
  if (askedQuestion(tokens, trig.at, trig.end, s.last, lex)) return "question";
  // "in response to the killing of a U.S. contractor", "citing the downing of the Russian jet": a
  // gerund after a determiner is a noun; the clause's subject is not its doer (a noun pattern,
  // where one exists, reads the phrase)
  // ("back to the negotiating table": a gerund before a noun modifies it, and the idiom names the act)
  if (tokens[trig.at].lower.endsWith("ing") && lex.nominalDeterminers.has(tokens[trig.at - 1]?.lower ?? "") && tokens[trig.end]?.pos !== "NOUN") return "nominal-gerund";
  if (lex.beliefVerbs.has(tokens[trig.at].lower) && thatClause(tokens, trig.end, s.last)) return "belief";
  if (noEffort(tokens, trig.at, s.first, lex)) return "no-effort";
  if (ev.type === "THREATEN" && warnedAboutOther(env, ev, trig, lex)) return "warned-about-other";
  // "seek to expand", "who seek to threaten the U.S.": an attempt, not a request
  if (ev.type === "REQUEST" && lex.seekVerbs.has(tokens[trig.at].lower) && tokens[trig.end]?.lower === "to") return "attempt";
  if (ev.type === "ASSAULT" && barrageOfWords(tokens, trig, s.last, lex)) return "barrage-of-words";
  if (ev.type === "SUPPORT" && supportedAct(env, ev, trig, lex)) return "supported-act";
  if (prevented(tokens, trig.at, s.first, lex)) return "prevented";
  // ("Nato had no intention of attacking Russia", "has no plans of meeting Putin": a gerund after a
  // negated noun of intent and "of" is an act no one means to do, as the infinitive after one is)
  if (tokens[trig.at].lower.endsWith("ing") && tokens[trig.at - 1]?.lower === "of" && negatedIntent(tokens, trig.at - 1, s.first, lex)) return "no-intent";
  // "warned Israel not to strike Iran": the act warned against is no one's (warned-not-to.ts)
  if (warnedNotTo(tokens, trig.at, s.first, lex)) return "warned-not-to";
  if (triedInVain(tokens, trig.at, ev.type, s.first, lex)) return "attempt-failed";
  if (unrealisedInfinitive(tokens, trig.at, s.first, lex)) return "unrealised";
  if (nearMiss(tokens, trig.at, s.first, lex)) return "near-miss";
  if (toAudience(tokens, trig.at, s.last, lex)) return "audience";
  if (sharedView(tokens, trig.at, s.last, lex)) return "shared-view";
  if (agreedProposition(tokens, trig.at, s.last, lex)) return "agreed-proposition";
  if (floorGiven(tokens, trig, s.last, lex)) return "floor";
  if (onAir(tokens, trig, s.last, lex)) return "on-air";
  if (counterfactual(tokens, trig.at, s.first, lex)) return "counterfactual";
  if (abandonedPlan(tokens, trig.at, ev.type, s.first, lex)) return "abandoned-plan";
  if (showingSense(tokens, trig, s.first, lex)) return "showing";
  if (!ev.rule.includes("+passive") && participleModifier(tokens, trig.at, trig.end, s.first)) return "participle-modifier";
  return null;
}

/**
 * "Turkey abandoned its plan to invade Syria", "Russia scrapped plans to send troops", "drop its
 * request to join Nato": an infinitive after a noun of intent (status.intentNouns) that is the object
 * of a verb of giving up (senses.abandonVerbs) names an act given up, none done or planned;
 * "announced its plan to invade" and "dropped bombs to destroy the bridge" are left alone, and so is
 * force tried before it was given up ("abandoned its attempt to capture Kyiv", senses.attemptNouns).
 */
export function abandonedPlan(tokens: Token[], v: number, type: string, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.lower !== "to" || k - 1 <= first || !lex.intentNouns.has(tokens[k - 1].lower)) return false;
  // ("Russia abandoned its attempt to capture Kyiv": force given up after trying was force used)
  if (type === "ASSAULT" && lex.attemptNouns.has(tokens[k - 1].lower)) return false;
  // back over the noun's determiner, owner and modifiers ("its long-standing plan", "Ukraine's bid")
  let e = k - 2;
  while (e >= first && k - 2 - e < 5 && (/^(DET|ADJ|PROPN|NUM)$/.test(tokens[e].pos) || /^(its|his|her|their|our|my|your)$/.test(tokens[e].lower) || tokens[e].norm === "'s" || tokens[e].text === "’s" || tokens[e].text === "-")) e--;
  if (e < first) return false;
  for (let q = e; q >= Math.max(first, e - 3); q--) {
    if (!lex.abandonVerbs.has(tokens[q].lower)) continue;
    const m = lex.abandonVerbs.matchAt(tokens, q, (t) => t.lower, e + 1);
    if (m && q + m.length === e + 1) return true;
  }
  return false;
}

/**
 * "given the consequences of Russian actions", "the repercussions of the war for Europe": a noun of
 * threatened harm (senses.resultNouns) followed by 'of' and what brought it names results, no
 * threat; "consequences of a scale never seen" ('of' and a measure) still threatens.
 */
function resultsOf(tokens: Token[], n: number, last: number, lex: SenseLexicon): boolean {
  if (!lex.resultNouns.nouns.has(tokens[n].lower) || tokens[n + 1]?.lower !== "of") return false;
  const h = objectHead(tokens, n + 2, last);
  return h < 0 || !lex.resultNouns.measures.has(tokens[h].lower);
}

/**
 * "We should have joined Nato when the Baltic countries did", "the West ought to have armed Ukraine",
 * "should not have invaded": a modal of duty (senses.counterfactualModals) before 'have' and the
 * participle says what was not done; "could have invaded", "would have withdrawn" are left alone.
 */
export function counterfactual(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.lower !== "have" && tokens[k]?.lower !== "'ve") return false;
  k--;
  while (k >= first && (tokens[k].pos === "ADV" || tokens[k].pos === "PART" || /^(not|n't|never)$/.test(tokens[k].lower))) k--;
  // ("ought to have": over its "to")
  if (tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "ought") k--;
  return k >= first && lex.counterfactualModals.has(tokens[k].lower);
}

/**
 * "Erdogan called on a Turkish reporter", "the chairman called on the next questioner": a call on a
 * questioner with nothing asked of them (no infinitive, no 'for') gives the floor, no request;
 * "called on journalists to leave the country", "called on reporters for restraint" stay requests.
 */
function floorGiven(tokens: Token[], trig: Trigger, last: number, lex: SenseLexicon): boolean {
  if (!trig.verb || !lex.floorCalls.patterns.has(trig.verb.id)) return false;
  const h = objectHead(tokens, trig.end, last);
  if (h < 0 || !lex.floorCalls.objects.has(tokens[h].lower)) return false;
  return !askedAfter(tokens, h, last);
}

/** What is asked follows the object phrase ending at `h`, over a qualifier ("a reporter from CNN to ask", "on state television for calm"). */
function askedAfter(tokens: Token[], h: number, last: number): boolean {
  for (let q = h + 1; q < last && q - h <= 6; q++) {
    const t = tokens[q];
    if (t.lower === "to" || t.lower === "for") return true;
    if (/^[.;:,]$/.test(t.text) || t.pos === "VERB" || t.pos === "CCONJ") break;
  }
  return false;
}

/**
 * "Martin Bell insisted on BBC Radio 4's Today programme", "insisted on Twitter that": an 'on' whose
 * phrase names a broadcast or a channel (senses.airVenues) says where the words were said, not what
 * is asked for; "insisted on a ceasefire" and "called on state television for calm" stay requests.
 */
function onAir(tokens: Token[], trig: Trigger, last: number, lex: SenseLexicon): boolean {
  if (!trig.verb || !lex.airVenues.patterns.has(trig.verb.id)) return false;
  const h = objectHead(tokens, trig.end, last);
  if (h < 0) return false;
  let venue = false;
  for (let q = trig.end; q <= h; q++) if (lex.airVenues.nouns.has(tokens[q].lower)) venue = true;
  return venue && !askedAfter(tokens, h, last);
}

/**
 * "Reagan's reduced strength has been demonstrated by the Senate's decision", "demonstrated its
 * resolve", "demonstrated that sanctions work": a verb whose event sense takes no object
 * (senses.objectlessSenses: one demonstrates against or outside something) means showing in the
 * passive, with a direct object or before a that-clause; "thousands demonstrated against the war",
 * "demonstrated outside the embassy", "demonstrated on Sunday" stay protests.
 */
function showingSense(tokens: Token[], trig: Trigger, first: number, lex: SenseLexicon): boolean {
  if (!trig.verb || !lex.objectlessSenses.has(trig.verb.id)) return false;
  if (isPassive(tokens, trig.at, first)) return true;
  const next = tokens[trig.end];
  if (!next) return false;
  return next.pos === "DET" || next.pos === "PRON" || /^(that|how|what|why|its|his|her|their|our|my|your)$/.test(next.lower);
}

/**
 * "Finland backed restrictions on Russian visitors", "MPs backed the invasion of Iraq", "supports
 * sanctions against Iran": support (one of senses.supportedActs.patterns) whose object is a hostile
 * act (one of `nouns`) with no doer of its own before it names its party only as the act's target,
 * the one the act falls on: no support of that party. "supported Russia's invasion", "backed the
 * Russian offensive" (a doer in the phrase) and "backed Ukraine" stay support.
 */
function supportedAct(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): boolean {
  const { tokens, s } = env;
  const id = /^events\/verb:([a-z-]+)/.exec(ev.rule)?.[1];
  if (!id || !lex.supportedActs.patterns.has(id)) return false;
  for (let q = trig.end; q < Math.min(s.last, trig.end + 6); q++) {
    const t = tokens[q];
    if (env.groupAt[q - s.first] >= 0) return false;
    if (lex.supportedActs.nouns.has(t.lower)) return /^(on|against|of|to|over|in)$/.test(tokens[q + 1]?.lower ?? "");
    if (!/^(DET|ADJ|ADV|NUM)$/.test(t.pos) && t.text !== "-") return false;
  }
  return false;
}

/**
 * "bombarding South Korea with propaganda leaflets", "bombarded Lammy with a barrage of requests",
 * "bombard websites with data": a verb of bombardment (senses.wordBarrage.verbs) whose means after
 * 'with', over its object, is words, paper or data (wordBarrage.means) pelts no one with force;
 * "bombarded the town with artillery" and a bombardment with no 'with' stay attacks.
 */
function barrageOfWords(tokens: Token[], trig: Trigger, last: number, lex: SenseLexicon): boolean {
  if (!lex.wordBarrage.verbs.has(tokens[trig.at].lower)) return false;
  let w = trig.end;
  while (w < last && w - trig.end < 12 && tokens[w].lower !== "with" && /^(PROPN|NOUN|DET|CCONJ|PUNCT|ADJ|PRON|NUM|ADV)$/.test(tokens[w].pos) && !/^[.;:]$/.test(tokens[w].text)) w++;
  if (tokens[w]?.lower !== "with") return false;
  // the means phrase, over its modifiers and an 'of' ("a barrage of requests")
  for (let q = w + 1; q < last && q - w <= 6 && (/^(DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[q].pos) || tokens[q].lower === "of" || tokens[q].text === "-"); q++) {
    if (lex.wordBarrage.means.has(tokens[q].lower)) return true;
  }
  return false;
}

/**
 * "a no-fly zone", "a no-go area": a verb glued by a hyphen to a negating determiner is part of a
 * compound noun, no act ("enforced no-fly zones over Iraq" is no flight to anywhere). Other hyphened
 * words keep their verb ("re-establish relations", "Iranian-backed militias").
 */
function negatorCompound(tokens: Token[], at: number, lex: SenseLexicon): boolean {
  const dash = tokens[at - 1];
  const before = tokens[at - 2];
  return !!dash && !!before && dash.text === "-" && dash.start === before.end && tokens[at].start === dash.end && lex.nounNegators.has(before.lower);
}

/**
 * "Downing Street says", "the Australian War Memorial", "the Strike Group": a trigger word capitalised
 * inside a sentence and followed by another capitalised word is part of a name, not the act. Not at
 * the sentence's start or after an opening quote or colon, and not in a headline in title case, where
 * every word is capitalised ("Russia Attacks Ukraine").
 */
function inProperName(tokens: Token[], at: number, first: number, last: number): boolean {
  const t = tokens[at].text;
  const capital = (w: string) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
  if (at <= first || !capital(t) || at + 1 >= last || !capital(tokens[at + 1].text)) return false;
  if (/^["“‘'(\[:;–—-]$/u.test(tokens[at - 1].text) || /^\p{P}$/u.test(tokens[at - 1].text) && tokens[at - 1].text !== ",") return false;
  let upper = 0;
  let lower = 0;
  for (let k = first; k < last; k++) {
    const w = tokens[k].text;
    if (!/^\p{L}/u.test(w)) continue;
    if (capital(w)) upper++;
    else if (/^\p{Ll}/u.test(w)) lower++;
  }
  return lower > upper;
}

/**
 * "did nothing to help Ukraine", "has done little to support the rebels", "did virtually nothing to
 * stop", "has no meaningful successes to offer": the act is the purpose of an effort that was not made,
 * or of means one does not have. "did everything to help", "has troops to send" are ones made.
 */
function noEffort(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  if (v - 3 < first || tokens[v - 1].lower !== "to") return false;
  let k = v - 3;
  // "has no meaningful successes to offer the Russian people", "had no troops to send": a negated
  // object of 'have' (over its adjectives and nouns) is nothing to do the act with
  if (!lex.noEffort.objects.has(tokens[v - 2].lower)) {
    let q = v - 2;
    while (q > first && v - 2 - q < 4 && /^(NOUN|ADJ)$/.test(tokens[q].pos)) q--;
    if (q === v - 2 || !lex.noEffort.negators.has(tokens[q].lower) || tokens[v - 2].pos !== "NOUN") return false;
    k = q - 1;
  }
  while (k > first && tokens[k].pos === "ADV" && !lex.noEffort.verbs.has(tokens[k].lower)) k--;
  return lex.noEffort.verbs.has(tokens[k].lower);
}

/**
 * "recognize that there is much at stake", "recognised that Russia had legitimate concerns": the words
 * after the verb open a clause ("that" and a subject with its own verb), not a noun phrase ("recognise
 * that government": "that" as a determiner). A pronoun or "there" after "that" is a subject.
 */
function thatClause(tokens: Token[], k: number, last: number): boolean {
  while (k < last && tokens[k].pos === "ADV") k++;
  if (tokens[k]?.lower !== "that") return false;
  let q = k + 1;
  if (q < last && (tokens[q].pos === "PRON" || tokens[q].lower === "there")) return true;
  while (q < last && q - k <= 7 && (NP_WORD.test(tokens[q].pos) || tokens[q].norm === "'s" || tokens[q].text === "’s")) q++;
  return q > k + 1 && q < last && (tokens[q].pos === "VERB" || tokens[q].pos === "AUX");
}

/**
 * "warned the U.S. Congress about Iran's threats", "warned its allies of Russian aggression": a
 * warning to one party about a third party's acts threatens no one. The third party stands in the
 * noun phrase right after the preposition (possessor, demonym or the party itself); "warned the US of
 * consequences", "warned Russia of a response from NATO" name no other doer there and stay threats.
 */
function warnedAboutOther(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): boolean {
  const { tokens, s, groups, groupAt } = env;
  if (!lex.warnAbout.verbs.has(tokens[trig.at].lower)) return false;
  const state = (i: number) => stateOf(env, i);
  const own = new Set(ev.source.map(state));
  // over the one warned (a party, or "its allies") to the preposition
  let q = trig.end;
  while (q < s.last && q - trig.end < 6 && !lex.warnAbout.preps.has(tokens[q].lower) && (groupAt[q - s.first] >= 0 || NP_WORD.test(tokens[q].pos) || tokens[q].pos === "PRON")) q++;
  if (q >= s.last || !lex.warnAbout.preps.has(tokens[q].lower)) return false;
  for (let r = q + 1; r < Math.min(s.last, q + 8); r++) {
    const gi = groupAt[r - s.first];
    if (gi >= 0) return groups[gi].actors.some((a) => !own.has(state(a)));
    // ("warned of a “more assertive” China": quotation marks and adverbs of a modifier stay in the phrase)
    if (!NP_WORD.test(tokens[r].pos) && tokens[r].pos !== "ADV" && tokens[r].norm !== "'s" && !QUOTE_MARK.test(tokens[r].text)) return false;
  }
  return false;
}

