// Finding an event's parties in a sentence without a parser: the subject before a verb (over
// relative clauses, appositives, prepositional phrases), the object after it, the group after a
// preposition, the parties "between" X and Y, passives and governing verbs.
import { topicNounAfter } from "./topic-parties.js";
import { subjectOverObject } from "./subject-pronouns.js";
import type { Token } from "../../model/types.js";
import type { VerbPattern } from "../../lexicon/compile-events.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { IRREGULAR_PAST } from "./event-status.js";
import { PREPOSITIONS, STOP_CLAUSE, QUANTITY, SUBORDINATORS, SPEECH_ACT_NOUNS, nounSector, partiesBefore, stateOf, type Group, type SentenceEnv } from "./sentence-env.js";

export const REPORTING_VERBS = /^(said|says|say|announced|announces|confirmed|confirms|stated|declared|insisted|added|indicated|told|warned|claimed|claims|reported)$/;

export const WRONGDOING = /^(crimes|crime|abuses|abuse|violations|atrocities|killings|killing|massacres|massacre|corruption|fraud|attacks|attack|torture|repression|persecution|crackdown|violence|misconduct|wrongdoing|interference|aggression|provocations)$/;

export const RELATION_NOUNS = /^(contact|contacts|ties|relations|talks|trade|cooperation|co-operation|dealings|links|dialogue|negotiations|exchanges)$/;

/** "boycott all official contact with the United States": a relation's other party is the one acted on. */
export function relationWith(env: SentenceEnv, k: number): Group | null {
  const { tokens, s } = env;
  for (let q = k; q < Math.min(s.last, k + 5); q++) {
    if (RELATION_NOUNS.test(tokens[q].lower) && tokens[q + 1]?.lower === "with") return groupAfterWord(env, q + 1, ["with"], 3);
    if (tokens[q].pos === "VERB" || tokens[q].text === ",") return null;
  }
  return null;
}

/** The word has the shape of a past participle ("sanctioned", "taken", "held", "shot", "hit"). */
export function participleShape(w: string): boolean {
  // ("was shot dead by", "was hit by": participles the same as the past, outside the endings)
  return /(ed|en|wn|ne|lt|ut|ck|id|ld|ht)$/.test(w) || /^(shot|hit)$/.test(w);
}

export function isPassive(tokens: Token[], v: number, first: number): boolean {
  const w = tokens[v].lower;
  if (!participleShape(w)) return false;
  // "Israel is opposed to French mediation": a state, not a passive
  if (/^(opposed|committed|prepared|determined|resigned)$/.test(w) && tokens[v + 1]?.lower === "to") return false;
  // "were engaged in ethnic cleansing", "is involved in the fighting": a state, not a passive
  if (/^(engaged|involved|embroiled|locked|mired)$/.test(w) && tokens[v + 1]?.lower === "in") return false;
  for (let k = v - 1; k >= Math.max(first, v - 3); k--) {
    const x = tokens[k].lower;
    if (/^(is|are|was|were|be|been|being|get|got|gets)$/.test(x)) return true;
    if (tokens[k].pos !== "ADV" && tokens[k].pos !== "AUX") return false;
  }
  return false;
}

/** The verb that governs an infinitive at `k`: "are meeting (in Moscow) to", "set to", "agreed to". */
export function governingVerb(tokens: Token[], k: number, first: number): number {
  for (let q = k; q >= Math.max(first, k - 8); q--) {
    // ("gathered outside Downing Street to protest": a capitalised word inside a name is no verb)
    const inName = q > first && /^[A-Z][a-z]/.test(tokens[q].text) && /^[A-Z]/.test(tokens[q + 1]?.text ?? "");
    if ((tokens[q].pos === "VERB" && !inName) || (tokens[q].pos === "ADJ" && /^(set|due|expected|likely|ready|able|willing|poised)$/.test(tokens[q].lower))) return q;
    if (tokens[q].text === ",") return -1;
  }
  return -1;
}

/** The participle whose "by" phrase the group `g` is ("sanctioned by the UK", "was praised by Biden"), or -1. */
function passiveAgentVerb(env: SentenceEnv, g: Group): number {
  const { tokens, s } = env;
  let b = g.first - 1;
  while (b > s.first && tokens[b].pos === "DET") b--;
  if (tokens[b]?.lower !== "by") return -1;
  let v = b - 1;
  while (v > s.first && tokens[v].pos === "ADV") v--;
  if (v < s.first || tokens[v].pos !== "VERB") return -1;
  return isPassive(tokens, v, s.first) || reducedParticiple(tokens, v, s.first) ? v : -1;
}

/** a past participle that follows its noun, over a comma ("an oligarch, sanctioned by", "firms targeted by") */
function reducedParticiple(tokens: Token[], v: number, first: number): boolean {
  if (!participleShape(tokens[v].lower)) return false;
  const before = tokens[v - 1]?.text === "," ? v - 2 : v - 1;
  return before >= first && /^(NOUN|PROPN|PRON)$/.test(tokens[before].pos);
}

/** The one a passive or a reduced relative at `v` is about: its surface subject, or the noun the participle follows. */
function patientOfPassive(env: SentenceEnv, v: number, depth: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (isPassive(env.tokens, v, s.first)) return subjectBefore(env, v, depth + 1);
  const before = tokens[v - 1]?.text === "," ? v - 2 : v - 1;
  const gi = before >= s.first ? groupAt[before - s.first] : -1;
  return gi >= 0 ? groups[gi] : null;
}

/** The actor group that is the subject of the verb at v: the nearest group to its left that is not a prepositional object. */
/** words before a gerund whose subject is the main clause's ("by joining Nato", "before arriving in") */
const PLACE_PREPOSITION = /^(in|at|near|inside|outside|around|throughout|across)$/;
const GERUND_SUBORDINATORS = /^(by|before|after|while|when|since|upon|without)$/;

/**
 * The verb of the phrase before the comma at `c`, when the verb at `v` right after it is the middle
 * item of a series of verb phrases: "V1 O1, V2 O2(,) and V3 O3" ("annexed Crimea, backed separatists
 * and hacked the election", "has threatened Pyongyang, traded insults with Kim and imposed
 * sanctions"). The series is closed by "and" or "or" before another verb of the same form further on;
 * the item before the comma is one verb phrase (no other comma, no clause opener), whose verb is
 * finite, not a participle after its noun; the verb at `v` is in the past or present tense, not a
 * participle with its agent ("Iran, backed by Russia, ..."), nor an -ing form. -1 if none.
 */
function seriesVerbBefore(env: SentenceEnv, v: number, c: number): number {
  const { tokens, s, groupAt } = env;
  const t = tokens[v];
  if (tokens[c]?.text !== "," || t.pos !== "VERB" || !/^[a-z]/.test(t.text) || t.lower.endsWith("ing") || tokens[v + 1]?.lower === "by") return -1;
  const pastForm = (w: string) => w.endsWith("ed") || IRREGULAR_PAST.has(w);
  const past = pastForm(t.lower);
  // the series goes on to "and"/"or" and a verb of the same form
  let closed = false;
  for (let q = v + 1; q < s.last && q - v < 20; q++) {
    const w = tokens[q];
    if (w.text === ";" || w.text === ":" || /^(who|which|that|because|while|when|after|before|but)$/.test(w.lower)) break;
    if ((w.lower === "and" || w.lower === "or") && q + 1 < s.last) {
      let r = q + 1;
      while (r < s.last && (tokens[r].pos === "ADV" || tokens[r].pos === "AUX")) r++;
      const u = tokens[r];
      closed = !!u && u.pos === "VERB" && /^[a-z]/.test(u.text) && !u.lower.endsWith("ing") && pastForm(u.lower) === past;
      break;
    }
  }
  if (!closed) return -1;
  for (let q = c - 1; q > s.first && c - q < 12; q--) {
    const w = tokens[q];
    if (w.text === "," || w.text === ";" || w.text === ":" || /^(who|which|that|whom|whose)$/.test(w.lower) || w.pos === "SCONJ" || w.pos === "CCONJ") return -1;
    if (w.pos !== "VERB" || !/^[a-z]/.test(w.text) || w.lower.endsWith("ing") || tokens[q - 1]?.lower === "to") continue;
    // (not a participle after its noun: "the weapons supplied to Kyiv, made in Iran and ...")
    if (/^(NOUN|PROPN)$/.test(tokens[q - 1]?.pos ?? "") && groupAt[q - 1 - s.first] < 0 && /(ed|en)$/.test(w.lower)) return -1;
    if (tokens[q + 1]?.lower === "by") return -1;
    return q;
  }
  return -1;
}

export function subjectBefore(env: SentenceEnv, v: number, depth = 0): Group | null {
  const { tokens, s, groups, groupAt } = env;
  // "dismissed Truss's comments and accused Nato", "praised South Korea's policies but warned of
  // retaliation": a coordinated verb shares the first one's subject
  let c = v - 1;
  while (c > s.first && (tokens[c].pos === "ADV" || tokens[c].pos === "AUX")) c--;
  // ("Russia attacked Kyiv and shelled Kharkiv", "condemned Sweden and threatened Finland": an object
  // that names an actor before the "and" is no subject of the verb right after it; a verb cannot
  // follow its own subject's "and")
  // ("Turkey, which has the second largest army in Nato and has been providing drones": an auxiliary
  // right after "and" opens a second verb phrase of the same subject; no subject stands between)
  const auxAfterAnd = c < v - 1 && tokens[c + 1]?.pos === "AUX" && tokens[v].pos === "VERB";
  if (depth < 2 && (tokens[c]?.lower === "and" || tokens[c]?.lower === "but") && (env.groupAt[c - 1 - s.first] < 0 || (c === v - 1 || auxAfterAnd) && tokens[v].pos === "VERB")) {
    for (let q = c - 1; q > s.first && c - q < 15; q--) {
      if (tokens[q].text === ";" || env.groupAt[q - s.first] >= 0 && tokens[q - 1]?.lower === "and") break;
      // (not a participle after a noun in a prepositional phrase: "called the US attacks a violation of the
      // US-Iran memorandum signed last month, and warned"; "The motion urged Nato ... and accused" is finite)
      let np = q - 1;
      while (np > s.first && q - np < 7 && (/^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[np].pos) || tokens[np].text === "-")) np--;
      const reducedRelative = /ed$/.test(tokens[q].lower) && tokens[q - 1]?.pos === "NOUN" && np < q - 1 && tokens[np].pos === "ADP";
      // ("praised South Korea's new surplus-cutting policies but warned": a participle glued by a hyphen is a modifier's)
      const glued = tokens[q - 1]?.text === "-" && !tokens[q - 1].spaceBefore && !tokens[q].spaceBefore;
      // ("which has the second largest army in Nato and has been providing": a have or a be with its
      // own object or complement, no auxiliary of a verb after it, is the first verb)
      const mainAux = auxAfterAnd && tokens[q].pos === "AUX" && /^(has|have|had|is|are|was|were)$/.test(tokens[q].lower) && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[q + 1]?.pos ?? "");
      if ((tokens[q].pos === "VERB" || mainAux) && tokens[q - 1]?.lower !== "to" && !reducedRelative && !glued) return reporterOfCoordinate(env, q, v) ?? subjectBefore(env, q, depth + 1);
    }
  }
  // "Russia annexed Crimea, backed separatists in the Donbas and hacked the election": a verb right
  // after the comma of a series of verb phrases that "and" closes shares the first one's subject
  if (depth < 3) {
    const prev = seriesVerbBefore(env, v, c);
    if (prev >= 0) return reporterOfCoordinate(env, prev, v) ?? subjectBefore(env, prev, depth + 1);
  }
  // "angry at Spain for opposing", "thanked Iran for supplying": a gerund after "for" is done by the one before it
  // (not a place: "was arrested in Lebanon for collaborating")
  if (tokens[v - 1]?.lower === "for" && tokens[v].lower.endsWith("ing") && groupAt[v - 2 - s.first] >= 0) {
    const g = groups[groupAt[v - 2 - s.first]];
    // ("was sanctioned by the UK for supporting Russia", "an oligarch, punished by Britain for backing
    // the Kremlin", "praised by Biden for helping Ukraine"): the one before "for" is the agent of a
    // passive, who judges the deed; the deed is done by the one the passive is about
    const agentOf = passiveAgentVerb(env, g);
    if (agentOf >= 0) return depth < 2 ? patientOfPassive(env, agentOf, depth) : null;
    if (!g.actors.every((a) => isPlace(env, a))) return g;
  }
  // "Finland would provoke Russia by joining Nato", "Iran responded to the US by seizing a tanker": a
  // gerund after "by" is the means of the verb before it, done by that verb's subject, not by its object
  // (and a gerund after a subordinator of time or manner: "She visited Vietnam before arriving in
  // Malaysia", "Putin spoke to Xi after landing in Beijing", "left Kabul without consulting Washington":
  // the traveller arrives, not the country just named)
  // ("after having first met Putin": a perfect gerund, over "having" and adverbs, is one too)
  let sub = v - 1;
  while (sub > s.first && tokens[sub].pos === "ADV") sub--;
  const perfect = tokens[sub]?.lower === "having" && tokens[v].pos === "VERB";
  if (perfect) sub--;
  else sub = v - 1;
  if (depth < 2 && GERUND_SUBORDINATORS.test(tokens[sub]?.lower ?? "") && (perfect || tokens[v].lower.endsWith("ing")) && tokens[v].pos === "VERB") {
    for (let q = sub - 1; q > s.first && v - q < 12; q--) {
      if (tokens[q].text === "," || tokens[q].text === ";") break;
      // ("we see that Russia's purpose when attacking Ukraine": a verb beyond a clause's opening word governs another clause)
      if (tokens[sub].lower !== "by" && (/^(that|which|who|whom|whose)$/.test(tokens[q].lower) || tokens[q].pos === "SCONJ")) break;
      if (tokens[q].pos === "VERB" && !isPassive(tokens, q, s.first)) return subjectBefore(env, q, depth + 1);
    }
  }
  // "made a surprise trip to Kyiv to meet the Ukrainian president, Volodymyr Zelenskiy, pledging new
  // arms", "the United States invaded Iraq, sending 130,000 troops": a participle after the comma of a
  // clause with its own verb is that clause's adjunct, done by its subject, not by the object or the
  // appositive just before the comma
  if (depth === 0 && tokens[v - 1]?.text === "," && tokens[v].pos === "VERB" && tokens[v].lower.endsWith("ing")) {
    const q = finiteVerbBefore(tokens, v - 2, s.first);
    const g = q >= 0 ? subjectBefore(env, q, depth + 1) : null;
    if (g) return g;
  }
  // "the coalition supporting Ukraine", "a coalition of countries is holding Iran accountable",
  // "nations backing Kyiv must do more": a noun of a group of parties right before the verb heads its
  // subject; when its phrase names no actor, the doer is one the text leaves unnamed, not an actor
  // further back (the speaker, the object of a verb before). "Nato allies supporting Ukraine", "EU
  // countries agreed", "the two countries signed" name theirs.
  if (depth === 0) {
    const owned = ownedForces(env, v);
    if (owned) return owned;
  }
  if (unnamedCollectiveSubject(env, v)) return null;
  for (let k = v - 1; k >= s.first; k--) {
    const t = tokens[k];
    // "the Wagner Group, whose mercenaries are tasked with assassinating", "a separatist rebellion in
    // Ukraine's east, which seized control": the verb is in a relative clause after a comma, and its
    // doer is what the pronoun stands for, not the clause the noun sits in
    // (", many of whom fought", ", most of which have attacked": a part of the antecedent does it)
    const rc = relativeComma(env, k);
    if (rc > s.first && env.inQuote[k] === env.inQuote[v]) {
      const ante = relativeAntecedent(env, rc, k);
      if (ante !== undefined) return ante;
    }
    // "diplomats in Germany met the rebels who attacked Turkey", "links to the separatists who have
    // waged a campaign in Turkey": a relative pronoun right before the verb is its subject, and it
    // stands for the common noun before it, which names no actor; the actors further back are of
    // another clause. Not a predicate ("Putin is the man who invaded"), nor a phrase that names its
    // actor ("Russian troops who attacked")
    if (restrictiveUnnamed(env, k, v)) return null;
    // "held talks with Russian troops who attacked Kyiv": a named antecedent after a preposition of
    // partnership is the relative clause's subject
    const partner = namedPartnerRelative(env, k, v);
    if (partner) return partner;
    // "fled to the island after the Communist party took control": a subordinate clause whose subject
    // names no actor has its own unknown subject; the actors before it belong to another clause
    if (SUBORDINATORS.has(t.lower) && groupAt[k - s.first] < 0 && k < v - 1 && unknownSubject(env, k + 1, v)) return null;
    // "this would have threatened", "these will hit": a subject that names no actor is no one
    if (/^(this|these|those)$/.test(t.lower) && adjacentTo(tokens, k + 1, v)) return null;
    // ", which both border Hormuz,", ", a key U.S. ally in the war against terrorism,": over a
    // relative clause or an appositive to what it describes
    if (t.text === ",") {
      let r = k - 1;
      // (a long relative clause: "India, which has a longstanding strategic relationship with Russia and high anxiety about its ties to both Pakistan and China, has discussed")
      while (r > s.first && tokens[r].text !== "," && !/^(which|who|whose|whom)$/.test(tokens[r].lower) && k - r < 28) r--;
      const opened = r > s.first ? relativeComma(env, r) : -1;
      if (opened >= 0) {
        k = opened;
        continue;
      }
      // (an appositive is short: "While those gathered were almost entirely Ukrainian, a small group of
      // young Russians working in sectors ranging from IT to fashion were also present" is a clause)
      if (tokens[r]?.text === "," && k - r < 16 && /^(a|an|the|its|his|her|their)$/.test(tokens[r + 1]?.lower ?? "") && groupAt[r - 1 - s.first] >= 0) {
        k = r;
        continue;
      }
      // "Biden and his Russian counterpart, Vladimir Putin, met": a name in apposition to the role noun
      // that ends a joint subject is that member's name; the subject is the joint one
      const joint = r > s.first && tokens[r]?.text === "," ? appositiveMember(env, r, k) : null;
      if (joint) return joint;
      // "Lithuania, along with its Baltic neighbour Estonia, is calling on Nato": the appositive names joint doers
      if (tokens[r]?.text === ",") {
        const joint = comitativeSubject(env, r, k);
        if (joint) return joint;
      }
      // "Salaheddine Sidhoum, Algeria's leading human rights activist,": a state's possessive opens
      // the appositive of the person before it, which the state only qualifies
      if (tokens[r]?.text === "," && personAppositive(env, r, k)) {
        k = r;
        continue;
      }
      // "Turning to fears that the US was poised ..., Mr Blair refused": a subject no actor is
      // found for ends the search; the comma closes a fronted clause whose actors are not this verb's
      if (unknownSubject(env, k + 1, v)) return null;
    }
    if (STOP_CLAUSE.has(t.text) || (env.inQuote[k] >= 0) !== (env.inQuote[v] >= 0)) break;
    // "the two signed", "they met": the parties of the last event
    const phrase = partyPhraseEndingAt(tokens, k, s.first);
    const earlier = phrase >= 0 ? partiesBefore(env, phrase) : [];
    if (earlier.length && (tokens[k].lower !== "they" || env.partiesHere)) return { first: phrase, last: k + 1, actors: earlier, sector: undefined };
    const gi = groupAt[k - s.first];
    if (gi < 0) {
      // "Blinken said Xi had made it clear to Putin that he supported Russia", "Zelensky said Biden had
      // assured him he would send": he or she as the subject of a clause that a nearer verb of saying
      // governs is that verb's subject, a person, before the one who reports it all
      if (/^(he|she)$/.test(t.lower) && adjacentTo(tokens, k + 1, v) && depth < 2) {
        const nested = nestedReporter(env, k, depth);
        if (nested) return nested;
      }
      // "The Fijian rebels said they will release ...": a pronoun in reported speech is its speaker
      if (/^(they|it|he|she|we)$/.test(t.lower) && env.inQuote[k] >= 0) {
        const speaker = env.quotes[env.inQuote[k]].speaker;
        // ("a report, monitored by the BBC, said he gave the warning": "he" is no outlet, and "he"
        // or "she" is a person, "it" or "they" none; "we" is the speaker's side)
        const fits = (a: number) => {
          const actor = env.layer.actors[a];
          return actor.id === speaker && actor.sector !== "MED" && (t.lower === "we" || (actor.kind === "person") === /^(he|she)$/.test(t.lower));
        };
        const g = groups.find((x) => x.last <= k && x.actors.some(fits));
        if (g) return g;
      }
      // "The union announced Thursday that it has called off", "said they would boycott": the
      // pronoun after a reporting verb is its subject
      if (/^(it|they)$/.test(t.lower) && depth < 2) {
        let r = k - 1;
        if (tokens[r]?.lower === "that") r--;
        // (only a named subject: "the Nordic countries said they" names no one)
        for (let q = r; q >= Math.max(s.first, r - 3); q--)
          if (REPORTING_VERBS.test(tokens[q].lower)) {
            const g = subjectBefore(env, q, depth + 1);
            // ("Militants loyal to the cleric Abu Hamza said they attacked": "they" is no one person; the
            // subject walk stopped at the person a modifier names, so "they" is the group noun before it)
            if (g && t.lower === "they" && onePerson(env, g)) return pluralBefore(env, g.first);
            // ("All three countries said they would work together", "both sides said they would": a
            // party phrase that refers back to named parties names them too)
            if (g && (groups.includes(g) || partyPhraseEndingAt(tokens, g.last - 1, s.first) === g.first)) return g;
            break;
          }
      }
      // "visited Iraq, where he met leaders": he or she is a person named earlier in the sentence, never
      // the place or state between ("he" in reported speech is handled above)
      if (/^(he|she)$/.test(t.lower) && adjacentTo(tokens, k + 1, v)) return personBefore(env, k);
      // a new clause with its own verb before this one ends the search, unless it is a relative clause
      if (t.lower === "that" && k < v - 1) break;
      continue;
    }
    const g = groups[gi];
    // ("Rebels in the Ivory Coast", "Albanians of southern Serbia", "settlers in a West Bank city": over an
    // article or an adjective to the preposition)
    let b = g.first - 1;
    // (an indefinite article only after a preposition of place: "a report by an IMF commission which
    // visited", "from a US president who has called" keep the actor as the subject)
    while (b > s.first && g.first - b <= 2 && (tokens[b].lower === "the" || (/^(a|an)$/.test(tokens[b].lower) && PLACE_PREPOSITION.test(tokens[b - 1].lower)) || (tokens[b].pos === "ADJ" && groupAt[b - s.first] < 0))) b--;
    const before = tokens[b];
    // "Security forces in Guinea", "troops from Chad": a place or state qualifying a group noun
    const qualifies = before && /^(in|from|of|throughout|across|inside)$/.test(before.lower) && (env.heads.has(tokens[b - 1]?.lower ?? "") || (before.lower === "of" && (QUANTITY.test(tokens[b - 1]?.lower ?? "") || env.senses.countNouns.has(tokens[b - 1]?.lower ?? ""))));
    // "as Russian forces encircled", "after Russia invaded": a subordinator starts a clause
    const opensClause = before && SUBORDINATORS.has(before.lower) && adjacentTo(tokens, g.last, v);
    if (before && PREPOSITIONS.has(before.lower) && before.pos === "ADP" && !qualifies && !opensClause) {
      k = g.first;
      continue;
    }
    // "Opposition groups in Zimbabwe": the group noun says who of the state acts
    // ("Russian troops in Ukraine attacked", "Palestinian prisoners in Israeli prisons began": a group
    // noun with its own demonym or name before it belongs to that one; the place after it is where it is)
    if (qualifies) {
      // ("Jewish settlers in Hebron set fire", "Karen guerrillas in Thailand attacked": the group phrase
      // ends at the head noun itself, and says whose the group is; the place after it is where it is)
      const whole = groupAt[b - 1 - s.first];
      if (whole >= 0 && groups[whole].last === b && groups[whole].first < b - 1 && !PREPOSITIONS.has(tokens[groups[whole].first - 1]?.lower ?? "")) return groups[whole];
      let r = b - 2;
      while (r >= s.first && b - 1 - r <= 3 && groupAt[r - s.first] < 0 && /^(ADJ|NUM|NOUN)$/.test(tokens[r].pos)) r--;
      // ("the international court in The Hague ordered", "an international tribunal in Arusha": a body of
      // many states sits in the place, it is no body of the place's state (senses.hostedBodies))
      for (let q = r + 1; q < b - 1; q++) if (env.senses.hostedBodies.has(tokens[q].lower)) return null;
      const own = r >= s.first ? groupAt[r - s.first] : -1;
      if (own >= 0 && groups[own].last === r + 1 && !PREPOSITIONS.has(tokens[groups[own].first - 1]?.lower ?? "")) return { ...groups[own], sector: nounSector(env.heads, tokens[b - 1]) ?? groups[own].sector };
      return { ...g, sector: nounSector(env.heads, tokens[b - 1]) ?? g.sector };
    }
    // "Nato membership would allow Finland", "the US decision angered Beijing": an actor that only
    // qualifies the subject's head noun is not the subject; a noun of people ("US officials",
    // "Iranian forces") names who acts
    if (k === g.last - 1 && qualifiesHead(env, g.last, v)) return null;
    // "Militants who received Iranian weapons attacked Israeli troops": an actor inside a restrictive
    // relative clause is no subject of the verb after the clause; the noun the clause qualifies is
    const rel = relativeObjectOf(env, g, v);
    if (rel !== undefined) return rel;
    return g;
  }
  return null;
}

/**
 * The commas at `r` and `k` enclose one person's name, and the phrase before `r` is the last member of
 * a joint subject, headed by a role noun ("Biden and his Russian counterpart, Vladimir Putin,", "Scholz
 * and the French president, Emmanuel Macron,"): the joint subject with the name among its members.
 * Null when the phrase before the comma is no joint one ("the French president, Emmanuel Macron, met"
 * has its own subject further back) or the enclosed phrase is more than the name.
 */
function appositiveMember(env: SentenceEnv, r: number, k: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  const ai = groupAt[r + 1 - s.first];
  if (ai < 0 || groups[ai].first !== r + 1 || groups[ai].last !== k || !onePerson(env, groups[ai])) return null;
  const head = tokens[r - 1];
  if (!head || head.pos !== "NOUN" || !/^[a-z]/.test(head.text)) return null;
  // the role phrase, back over its modifiers and determiner, to "and" after the first member
  let b = r - 2;
  while (b > s.first && r - b < 6 && (/^(ADJ|DET|PRON|PROPN|NOUN)$/.test(tokens[b].pos) || groupAt[b - s.first] >= 0) && !/^(and|,)$/.test(tokens[b].lower)) b--;
  if (b <= s.first || tokens[b].lower !== "and") return null;
  const gi = groupAt[b - 1 - s.first];
  if (gi === undefined || gi < 0) return null;
  const g = groups[gi];
  // (the group may already take in the role phrase: "Biden and his Russian counterpart"; the state its
  // modifier names stands for the person the name gives)
  const person = groups[ai].actors[0];
  const state = stateOf(env, person);
  const actors = g.actors.filter((a) => a !== person && !(g.last > b && env.layer.actors[a].kind !== "person" && state !== null && stateOf(env, a) === state));
  actors.push(person);
  return { first: g.first, last: k, actors, sector: g.sector };
}

/**
 * The group sits after the verb of a restrictive relative clause ("operatives who received the
 * American hardware used it", "militants that Iran armed attacked"), and `v` follows the clause: the
 * clause's head noun is v's subject. Its group when its phrase names an actor ("Russian troops who
 * seized Ukrainian towns shelled"), null when it names none, undefined when the group is no such object
 * (no relative pronoun after a common noun, a comma between, or a verb of saying whose clause the group
 * opens: "rebels who said Iranian forces attacked them").
 */
function relativeObjectOf(env: SentenceEnv, g: Group, v: number): Group | null | undefined {
  const { tokens, s, groupAt, groups } = env;
  // (only the finite verb of a main clause: "a system that awarded Ukrainian units credits for hitting
  // Russian assets" has the units do the hitting)
  if (/ing$/.test(tokens[v].lower) || tokens[v - 1]?.lower === "to") return undefined;
  let verb = -1;
  for (let q = g.first - 1; q > s.first && g.first - q <= 12; q--) {
    const t = tokens[q];
    // (a clause of its own opens between: "measures that we deem necessary if Sweden and Finland join")
    if (t.text === "," || t.text === ";" || env.inQuote[q] !== env.inQuote[v] || t.pos === "SCONJ" || t.pos === "CCONJ" || /^(if|when|unless|until|while|because|as|after|before)$/.test(t.lower)) return undefined;
    if (t.pos === "VERB" || t.pos === "AUX") verb = q;
    if (!/^(who|that|which)$/.test(t.lower)) continue;
    if (verb < 0 || REPORTING_VERBS.test(tokens[verb].lower)) return undefined;
    const head = tokens[q - 1];
    // (a common noun; the tagger may read one that opens the sentence as a name: "Militants who")
    if (q - 1 === s.first ? groupAt[0] >= 0 || !/^(NOUN|PROPN)$/.test(head.pos) : head.pos !== "NOUN" || !/^[a-z]/.test(head.text)) return undefined;
    if (groupAt[q - 1 - s.first] >= 0) return groups[groupAt[q - 1 - s.first]];
    let b = q - 2;
    while (b > s.first && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[b].pos) && groupAt[b - s.first] < 0) b--;
    return b >= s.first && groupAt[b - s.first] >= 0 && groups[groupAt[b - s.first]].last === b + 1 ? groups[groupAt[b - s.first]] : null;
  }
  return undefined;
}

/** The group stands for one person alone. */
function onePerson(env: SentenceEnv, g: Group): boolean {
  return g.actors.length === 1 && env.layer.actors[g.actors[0]].kind === "person";
}

/**
 * The nearest group of people before `k` in its sentence ("Militants", "Rebels loyal to ..."): a group
 * or organisation, not a person, a state or a place; null when there is none.
 */
function pluralBefore(env: SentenceEnv, k: number): Group | null {
  for (let i = env.groups.length - 1; i >= 0; i--) {
    const g = env.groups[i];
    if (g.last > k) continue;
    if (g.actors.length && g.actors.every((a) => /^(group|organization)$/.test(env.layer.actors[a].kind))) return g;
  }
  return null;
}

/**
 * "“It would threaten the elimination of Israel,” Obama said", "Kallas said the coalition supporting
 * Ukraine ...": a verb whose own subject is a third-person pronoun or a noun of parties that names no
 * actor is done by someone other than the one who says it; the speaker is no fallback for its doer.
 * ("“We will support Ukraine”", "“Support Ukraine!”": no subject of another, the speaker's word.)
 */
export function otherSubject(env: SentenceEnv, v: number, speaker: number): boolean {
  const { tokens, s } = env;
  let c = v - 1;
  while (c > s.first && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV" || tokens[c].pos === "PART")) c--;
  if (c < s.first || env.groupAt[c - s.first] >= 0 || tokens[c].lower === "to") return false;
  // ("It added that it had sought more information", "He said he would be calling on the EU": a
  // pronoun that fits the speaker, a person's "he" or "she", a body's "it" or "they", may be the speaker)
  const person = speaker >= 0 && env.layer.actors[speaker].kind === "person";
  if (/^(he|she)$/.test(tokens[c].lower)) return !person;
  if (/^(it|they)$/.test(tokens[c].lower)) return person;
  if (/^(this|these|those)$/.test(tokens[c].lower) && tokens[c].pos === "PRON") return true;
  return unnamedCollectiveSubject(env, v);
}

/** the words before a clause whose subject is a weapon: a subordinator, "that", a comma */
const WEAPON_CLAUSE_OPENERS = /^(as|while|when|whereas|after|before|since|until|because|that|where|,|;)$/;

/**
 * "Russian diplomats met Ukrainian negotiators in Minsk while shells struck a school": where the
 * subject of the verb at v is a weapon phrase that names no actor (senses.weaponSubjects) opening a
 * clause of its own, the clause's first token; -1 when not. An attack with no doer is where its own
 * clause says, not at a place of the clause before ("in Minsk").
 */
export function weaponClauseStart(env: SentenceEnv, v: number): number {
  const { tokens, s, groupAt } = env;
  let c = v - 1;
  while (c > s.first && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV" || tokens[c].pos === "PART")) c--;
  if (c < s.first || tokens[c].pos !== "NOUN" || groupAt[c - s.first] >= 0 || !env.senses.weaponSubjects.has(tokens[c].lower)) return -1;
  let b = c - 1;
  while (b >= s.first && c - b <= 6 && groupAt[b - s.first] < 0 && (/^(DET|NUM|ADJ|NOUN)$/.test(tokens[b].pos) || tokens[b].text === "-")) b--;
  if (b < s.first) return s.first;
  return WEAPON_CLAUSE_OPENERS.test(tokens[b].lower) || REPORTING_VERBS.test(tokens[b].lower) ? b + 1 : -1;
}

/** The subject right before `v` (over auxiliaries, adverbs and 'not') is a noun of parties or people
 *  (senses.partyNouns, senses.collectiveSubjects; a group's head noun unless `groupHeads` is false, as for
 *  the one a passive acts on, whose state the sentence may give: "26 unarmed civilians were shot by
 *  British soldiers"; save over a verb of report) in a noun phrase that holds no actor. */
export function unnamedCollectiveSubject(env: SentenceEnv, v: number, groupHeads = true): boolean {
  const { tokens, s, groupAt } = env;
  let c = v - 1;
  while (c > s.first && tokens[c].lower !== "to" && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV" || tokens[c].pos === "PART")) c--;
  // ("rebels alleged to be backed by Iran", "militants believed to have attacked": over a verb of
  // report that raises the subject of the infinitive; "the first Western delegation to visit
  // Bucharest": any other infinitive's subject is not the noun before it)
  if (tokens[c]?.lower === "to") {
    if (c - 1 <= s.first || !env.senses.raisingVerbs.has(tokens[c - 1].lower)) return false;
    c -= 2;
    while (c > s.first && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV")) c--;
    groupHeads = true;
  }
  const head = tokens[c];
  if (!head || c < s.first || head.pos !== "NOUN" || groupAt[c - s.first] >= 0) return false;
  // ("as shells hit the port": a weapon as the subject, senses.weaponSubjects, is an attack whose doer the text does not name)
  if (!env.senses.partyNouns.has(head.lower) && !env.senses.collectiveSubjects.has(head.lower) && !env.senses.weaponSubjects.has(head.lower) && !(groupHeads && env.heads.has(head.lower))) return false;
  if (env.inQuote[c] >= 0 !== env.inQuote[v] >= 0) return false;
  // ("the two countries", "both nations": a counted phrase refers back to parties named before)
  if (partyPhraseEndingAt(tokens, c, s.first) >= 0) return false;
  // the noun phrase: determiners, numbers, adjectives, nouns and "of" before the head ("the Western
  // nations", "a group of deputies")
  let b = c - 1;
  while (b >= s.first && c - b <= 8 && groupAt[b - s.first] < 0 && (/^(DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[b].pos) || /^(its|their|his|her|our)$/.test(tokens[b].lower) || tokens[b].norm === "'s" || tokens[b].text === "'" || tokens[b].text === "’" || tokens[b].text === "-" || tokens[b].lower === "of" || ledBy(env, b))) b--;
  // ("Nato allies", "Russia's partners", "EU member states": an actor in the phrase names the doers;
  // "his government rejected", "its allies": a possessive pronoun stands for one)
  if (b >= s.first && groupAt[b - s.first] >= 0) return false;
  // (weapons only where they open a clause of their own: "as shells hit", "said rockets struck", at the
  // sentence's start; "aircraft using guided missiles killed" is the aircraft's act, and "Hezbollah
  // gunmen fired at the patrol and mortars hit an outpost" the gunmen's)
  if (env.senses.weaponSubjects.has(head.lower) && b >= s.first && !WEAPON_CLAUSE_OPENERS.test(tokens[b].lower) && !REPORTING_VERBS.test(tokens[b].lower)) return false;
  for (let q = b + 1; q < c; q++) if (/^(its|their|his|her|our)$/.test(tokens[q].lower) || partyPhraseEndingAt(tokens, q, s.first) >= 0) return false;
  // ("Germany is one of many countries helping Ukraine": the phrase is said of the copula's subject)
  if (b > s.first && /^(is|are|was|were)$/.test(tokens[b].lower) && groupAt[b - 1 - s.first] >= 0) return false;
  // ("the U.S. and nine allies agreed", "Iran, Syria and other countries", "Washington along with its
  // allies demanded": a conjunct that names one)
  const conj = tokens[b - 1]?.text === "," && /^(and|or)$/.test(tokens[b]?.lower ?? "") ? b - 1 : b;
  if (conj > s.first && /^(and|or|,)$/.test(tokens[b].lower) && groupAt[conj - 1 - s.first] >= 0) return false;
  if (b > s.first + 1 && tokens[b].lower === "with" && /^(along|together)$/.test(tokens[b - 1].lower) && groupAt[b - 2 - s.first] >= 0) return false;
  return true;
}

/** "Vietnamese-led forces", "Saudi-led coalition": a participle of leading glued by a hyphen to a
 *  state makes the group that state's (senses.leaderParticiples); "Iranian-backed militias" are not Iran's. */
function ledBy(env: SentenceEnv, b: number): boolean {
  const tokens = env.tokens;
  return tokens[b - 1]?.text === "-" && !tokens[b].spaceBefore && !tokens[b - 1].spaceBefore && env.senses.leaderParticiples.has(tokens[b].lower);
}

/** the words that open a clause whose subject may carry a comitative ("that Lithuania, along with Estonia, ...") */
const SUBJECT_OPENERS = new Set(["that", "while", "as", "when", "after", "before", "because", "since", "although", "but", "and", ";", ":"]);

/** ", along with its Baltic neighbour Estonia,": between the commas at r and k, one of senses.comitatives and a
 *  phrase that names actors, after a group that ends right before the comma at r: that group and the actors
 *  named are the subject together. Null when the words are no comitative or it names no actor. */
function comitativeSubject(env: SentenceEnv, r: number, k: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  const before = groupAt[r - 1 - s.first];
  if (before === undefined || before < 0) return null;
  let open = -1;
  let words = "";
  for (let q = r + 1; q < Math.min(k, r + 5); q++) {
    words = words ? `${words}-${tokens[q].lower}` : tokens[q].lower;
    if (env.senses.comitatives.has(words)) open = q + 1;
  }
  if (open < 0) return null;
  const joint: number[] = [];
  for (let q = open; q < k; q++) {
    const gi = groupAt[q - s.first];
    if (gi < 0 || (q > open && groupAt[q - 1 - s.first] === gi)) continue;
    for (const a of groups[gi].actors) if (!isPlace(env, a) && !joint.includes(a)) joint.push(a);
  }
  const g = groups[before];
  // (the group opens its clause: "calls on the United States, together with Nato, to support" is an object's)
  let b = g.first - 1;
  while (b >= s.first && /^(DET|ADJ|NUM)$/.test(tokens[b].pos)) b--;
  if (b >= s.first && !SUBJECT_OPENERS.has(tokens[b].lower)) return null;
  const actors = [...g.actors, ...joint.filter((a) => !g.actors.includes(a))];
  if (actors.length === g.actors.length) return null;
  return { first: g.first, last: k, actors, sector: g.sector };
}

/** ", Algeria's leading activist,": between the commas at r and k, a possessive state and its noun
 *  phrase, right after a person whose description the text gave (find-actors' appositive). */
function personAppositive(env: SentenceEnv, r: number, k: number): boolean {
  const { tokens, s, groups, groupAt } = env;
  const before = groupAt[r - 1 - s.first];
  const inside = groupAt[r + 1 - s.first];
  if (before < 0 || inside < 0 || groups[inside].first !== r + 1 || tokens[groups[inside].last]?.norm !== "'s") return false;
  const person = groups[before].actors.length === 1 ? env.layer.actors[groups[before].actors[0]] : null;
  if (!person || person.kind !== "person" || !person.description) return false;
  for (let q = groups[inside].last + 1; q < k; q++) if (groupAt[q - s.first] >= 0) return false;
  return true;
}

const LOCATIVE = /^(in|at|near|inside|across|throughout|within|around|outside)$/;

/** What a relative pronoun after the comma at `c` stands for: the group that ends at the comma ("the
 *  Wagner Group, whose"), or the group before an appositive that ends there ("the Wagner Group, a
 *  paramilitary unit that operates as Putin's private army, whose"); null when the phrase before the
 *  comma is a noun that names no actor ("a separatist rebellion in Ukraine's east, which": not
 *  Ukraine); undefined where that noun names people, whose state a group before may give ("Putin's
 *  spokesman, who"). */
function relativeAntecedent(env: SentenceEnv, c: number, pronoun = c + 1): Group | null | undefined {
  const { tokens, s, groups, groupAt } = env;
  const at = (q: number) => (q >= s.first ? groupAt[q - s.first] : -1);
  const ending = (q: number) => {
    const gi = at(q - 1);
    return gi >= 0 && groups[gi].last === q ? groups[gi] : null;
  };
  const person = (x: Group | null) => !!x && x.actors.some((a) => env.layer.actors[a].kind === "person");
  let r = c - 1;
  while (r > s.first && c - r < 16 && tokens[r].text !== "," && !/^(which|who|whose)$/.test(tokens[r].lower)) r--;
  const app = tokens[r].text === "," && /^(a|an|the|its|his|her|their)$/.test(tokens[r + 1]?.lower ?? "") ? ending(r) : null;
  const g = ending(c);
  // ("Eliot Engel, the top Democrat on the House Foreign Affairs Committee, who urged": "who" is a person)
  if (tokens[pronoun].lower === "who" && !person(g) && person(app)) return app;
  // ("Russia's actions in Ukraine, which include the killing of civilians": a place after a preposition
  // of place may be where the noun before it is, or what "which" stands for; the text does not say)
  if (g && LOCATIVE.test(tokens[g.first - 1]?.lower ?? "")) return undefined;
  if (g) return g;
  if (app) return app;
  const head = tokens[c - 1];
  // (wink reads some nouns after a possessive as adjectives: "Ukraine's east")
  if (!/^(NOUN|ADJ)$/.test(head.pos)) return undefined;
  // ("Turkey hosted the rebels, many of whom attacked", "sent arms to militias, which struck": people
  // that are the object of a verb or a partner, in a phrase that names no actor, are not the
  // subject's own; who they are the text does not say)
  const governor = unnamedObjectOf(env, c - 1);
  // ("Russia deployed paratroopers, some of whom attacked": forces sent are the sender's own)
  if (governor >= 0 && env.senses.partitiveRelatives.ownForceVerbs.has(tokens[governor].lower)) return undefined;
  if (env.heads.has(head.lower) && governor < 0) return undefined;
  return null;
}

/** The comma that opens the relative clause whose pronoun is at k: ", which", ", who", ", whose", or a
 *  partitive ", many of whom", ", most of which" (senses.partitiveRelatives); -1 when there is none. */
function relativeComma(env: SentenceEnv, k: number): number {
  const { tokens, s } = env;
  const w = tokens[k].lower;
  if (k > s.first + 1 && /^(which|who|whose)$/.test(w) && tokens[k - 1].text === ",") return k - 1;
  const { quantifiers, pronouns } = env.senses.partitiveRelatives;
  if (k > s.first + 3 && pronouns.has(w) && tokens[k - 1].lower === "of" && quantifiers.has(tokens[k - 2].lower) && tokens[k - 3].text === ",") return k - 3;
  return -1;
}

/** The common noun at h heads a phrase that names no actor and is the object of an active verb or of a
 *  preposition of partnership ("hosted the rebels", "sent weapons to the militias"): that verb or
 *  preposition; -1 otherwise, and for a predicate of 'be' ("they are the rebels"). */
function unnamedObjectOf(env: SentenceEnv, h: number): number {
  const { tokens, s, groupAt } = env;
  let b = h - 1;
  while (b >= s.first && h - b <= 5 && groupAt[b - s.first] < 0 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[b].pos)) b--;
  if (b < s.first || groupAt[b - s.first] >= 0) return -1;
  const before = tokens[b];
  if (before.pos === "ADP") return partnerRelative(tokens, b, s.first) ? b : -1;
  return before.pos === "VERB" && !PREDICATE_BE.test(before.lower) && !isPassive(tokens, b, s.first) ? b : -1;
}

/** The relative pronoun at k opens a restrictive clause whose finite verb is v (only adverbs and
 *  auxiliaries between), and the noun before it, its antecedent, is a common noun whose phrase names
 *  no actor and is the object of a verb (not a predicate of 'be'). */
function restrictiveUnnamed(env: SentenceEnv, k: number, v: number): boolean {
  const { tokens, s, groupAt } = env;
  // (a relative clause's verb is finite: "made the case that allowing Russia to invade" is a clause of content)
  if (!/^(who|that|which)$/.test(tokens[k].lower) || k <= s.first || !adjacentTo(tokens, k + 1, v) || /ing$/.test(tokens[v].lower)) return false;
  const head = tokens[k - 1];
  if (head.pos !== "NOUN" || groupAt[k - 1 - s.first] >= 0 || !/^[a-z]/.test(head.text)) return false;
  let b = k - 2;
  // (over modifiers, participles among them: "a volunteer Belarusian fighting force that pledged")
  while (b > s.first && (/^(DET|ADJ|NOUN|NUM)$/.test(tokens[b].pos) || (tokens[b].pos === "VERB" && /(ing|ed)$/.test(tokens[b].lower) && tokens[b + 1].pos === "NOUN")) && groupAt[b - s.first] < 0) b--;
  // ("Russian troops who attacked Kyiv": the antecedent's phrase names its actor)
  if (b >= s.first && groupAt[b - s.first] >= 0) return false;
  // (only the object of a verb: "met the rebels who attacked"; a noun after a preposition or an
  // adverb of time may not be the antecedent at all: "a group at the February talks that opposed
  // Brazil", "the USTR's investigation earlier this year that accused China")
  const before = tokens[b];
  if (before && before.pos === "ADP") return partnerRelative(tokens, b, s.first);
  return !!before && before.pos === "VERB" && !/^(is|was|are|were|be|been|being|remains|remain|became|become)$/.test(before.lower);
}

// prepositions that name the partner, the recipient or the opponent of an act ("works with", "sent
// arms to", "sanctions against"): the noun after one is a party of its own, never the subject's phrase
const PARTNER_PREPOSITION = /^(with|to|against|alongside|toward|towards)$/;
const PREDICATE_BE = /^(is|was|are|were|be|been|being|remains|remain|became|become)$/;

/** The relative pronoun at k ("who", "that") opens a restrictive clause whose finite verb is v, right
 *  after a group that names an actor and follows a preposition of partnership ("talks with Russian
 *  troops who attacked Kyiv", "sent arms to Hezbollah fighters who struck Israel"): that group. */
function namedPartnerRelative(env: SentenceEnv, k: number, v: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (!/^(who|that)$/.test(tokens[k].lower) || k <= s.first + 1 || !adjacentTo(tokens, k + 1, v) || /ing$/.test(tokens[v].lower)) return null;
  // (back over the antecedent's own nouns to the group that names it: "Russian troops", "Hezbollah fighters")
  let b = k - 1;
  while (b > s.first && k - b <= 3 && groupAt[b - s.first] < 0 && /^(NOUN|ADJ)$/.test(tokens[b].pos)) b--;
  const gi = groupAt[b - s.first];
  if (gi < 0 || tokens[k - 1].pos !== "NOUN" && tokens[k - 1].pos !== "PROPN") return null;
  const g = groups[gi];
  let p = g.first - 1;
  while (p > s.first && /^(DET|ADJ|NUM)$/.test(tokens[p].pos)) p--;
  if (p < s.first || tokens[p].pos !== "ADP" || !partnerRelative(tokens, p, s.first)) return null;
  // (a phrase that names its state or body: "Russian troops"; not a place, which is where, not who
  // ("sent arms to Gaza that"), nor a group of people whose state the text only implies ("links to the
  // masked gunmen who seized"): who they are is the clause's own question)
  if (!g.actors.some((a) => /^(country|igo|organization)$/.test(env.layer.actors[a].kind))) return null;
  return g;
}

/** "Russia is collaborating with nations who oppose us", "Moscow built ties with groups that attacked
 *  Israel", "Iran sent drones to militias that struck Israel": after a preposition of partnership, the
 *  common noun before the relative pronoun is the one its clause speaks of, not the main clause's
 *  subject. Not after "of", "among" or a place's "at"/"in" ("Russia was among the states that voted",
 *  "one of the countries that signed", "a group at the talks that opposed Brazil": the subject may be
 *  one of them, or the noun before may not be the antecedent at all), nor after "be" ("is with the
 *  rebels who"). */
function partnerRelative(tokens: Token[], p: number, first: number): boolean {
  if (!PARTNER_PREPOSITION.test(tokens[p].lower)) return false;
  let q = p - 1;
  while (q > first && tokens[q].pos === "ADV") q--;
  return q >= first && !PREDICATE_BE.test(tokens[q].lower);
}

/** The active finite verb of the clause that ends at `k` (not an infinitive, a participle, a passive or
 *  a relative clause's verb); -1 when none. */
function finiteVerbBefore(tokens: Token[], k: number, first: number): number {
  for (let q = k; q >= first; q--) {
    const t = tokens[q];
    if (t.text === ";" || t.text === ":") return -1;
    if (t.pos !== "VERB" || tokens[q - 1]?.lower === "to" || t.lower.endsWith("ing")) continue;
    // ("went on a Twitter tear against": a bare form tagged a verb after a determiner's phrase heads
    // that noun phrase; "the United States invaded" has a tense of its own)
    let d = q - 1;
    while (d > first && q - d <= 3 && /^(NOUN|PROPN|ADJ)$/.test(tokens[d].pos)) d--;
    if (tokens[d]?.pos === "DET" && !/(ed|s)$/.test(t.lower)) continue;
    if (isPassive(tokens, q, first)) return -1;
    for (let r = q - 1; r >= Math.max(first, q - 3); r--) if (/^(who|which|that|whom)$/.test(tokens[r].lower)) return -1;
    return q;
  }
  return -1;
}

/** A noun of a thing right after a group heads the phrase, up to the verb ("Nato membership would",
 *  "the US decision angered"; event-senses abstractHeads); other nouns may name the doer ("US
 *  officials said", "Hamas rockets hit", "Iran today threatened"). */
function qualifiesHead(env: SentenceEnv, from: number, v: number): boolean {
  const { tokens, s, groupAt } = env;
  const head = tokens[from];
  if (from >= v || head.pos !== "NOUN" || groupAt[from - s.first] >= 0 || !env.senses.abstractHeads.has(head.lower)) return false;
  for (let k = from + 1; k < v; k++) if (!/^(AUX|ADV|PART)$/.test(tokens[k].pos)) return false;
  return true;
}

/** Between a comma and the verb only a noun phrase that names no actor ("Mr Blair", "officials"): the verb's subject is unknown. */
export function unknownSubject(env: SentenceEnv, from: number, v: number): boolean {
  const { tokens, s, groupAt } = env;
  // ("Robert Mueller, the special counsel conducting": an appositive to the group before the comma)
  if (groupAt[from - 2 - s.first] >= 0) return false;
  let noun = false;
  for (let k = from; k < v; k++) {
    const t = tokens[k];
    if (groupAt[k - s.first] >= 0 || env.inQuote[k] >= 0) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN") noun = true;
    else if (!/^(DET|ADJ|ADV|AUX|NUM)$/.test(t.pos) && t.norm !== "'s") return false;
  }
  return noun;
}

/** The first person named before k in the sentence, outside prepositional phrases: who "he" or "she" is. */
export function personBefore(env: SentenceEnv, k: number): Group | null {
  const { tokens, layer } = env;
  for (const g of env.groups) {
    if (g.first >= k) break;
    if (PREPOSITIONS.has(tokens[g.first - 1]?.lower ?? "") && tokens[g.first - 1]?.pos === "ADP") continue;
    if (g.actors.length === 1 && layer.actors[g.actors[0]].kind === "person") return g;
  }
  return null;
}

export function groupBetween(env: SentenceEnv, from: number, to: number): Group | null {
  for (let k = from; k < to; k++) {
    const gi = env.groupAt[k - env.s.first];
    if (gi >= 0) return env.groups[gi];
    const phrase = partyPhraseEndingAt(env.tokens, k, from);
    const earlier = phrase >= 0 ? partiesBefore(env, phrase) : [];
    if (earlier.length > 1) return { first: phrase, last: k + 1, actors: earlier, sector: undefined };
  }
  return null;
}

/** The actors after "between" ("talks between X, Y and Z"), up to the next verb or place. */
export function partiesBetween(env: SentenceEnv, k: number): number[] {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  while (q < Math.min(s.last, k + 8) && tokens[q].lower !== "between") {
    if (tokens[q].pos === "VERB" || tokens[q].text === ",") return [];
    q++;
  }
  if (tokens[q]?.lower !== "between") return [];
  const out: number[] = [];
  for (let r = q + 1; r < s.last && r - q < 40; r++) {
    const t = tokens[r];
    if (t.pos === "VERB" || t.text === ";" || ((t.lower === "in" || t.lower === "at" || t.lower === "on") && tokens[r - 1]?.text === ",")) break;
    const gi = groupAt[r - s.first];
    if (gi >= 0) for (const a of groups[gi].actors) if (!out.includes(a) && env.layer.actors[a].kind !== "location") out.push(a);
  }
  return out;
}

/** Only nouns, adjectives, adverbs and auxiliaries between a group and a verb. */
export function adjacentTo(tokens: Token[], from: number, v: number): boolean {
  for (let k = from; k < v; k++) if (!/^(NOUN|ADJ|ADV|AUX|PART|PROPN)$/.test(tokens[k].pos)) return false;
  return true;
}

export function nearestGroupBefore(env: SentenceEnv, v: number): Group | null {
  const qi = env.inQuote[v];
  for (let k = v - 1; k >= env.s.first; k--) {
    const gi = env.groupAt[k - env.s.first];
    if (gi < 0) continue;
    // ("appeared on ABC's 'This Week,' saying, 'This war was started by Russians'": outside a
    // direct quote, only the speaker is the speaker's own side ("Iran said 'Our embassy was
    // attacked by Israel'"); a programme or a place named there is none (reported speech and a
    // partial quote are the narrator's clause: "evidence suggests that civilians were raped by
    // Russian troops" in Bucha, "the ship 'was unlawfully seized by Iran'")
    if (qi >= 0 && env.quotes[qi].kind === "direct" && env.inQuote[k] !== qi) {
      const speaker = env.quotes[qi].speaker;
      return env.groups[gi].actors.some((a) => env.layer.actors[a].id === speaker) ? env.groups[gi] : null;
    }
    return env.groups[gi];
  }
  return null;
}

export const PARTY_WORDS = /^(the two|both|the pair|the (two|three|four) (sides|countries|nations|leaders|governments|states)|both (sides|countries|nations|leaders|governments)|the sides|they|all three|all three countries)$/;
export const PARTY_LAST_WORDS = new Set(["two", "both", "pair", "sides", "countries", "nations", "leaders", "governments", "states", "they", "three"]);

export function partyPhraseEndingAt(tokens: Token[], k: number, first: number): number {
  if (!PARTY_LAST_WORDS.has(tokens[k].lower)) return -1;
  for (let len = 1; len <= 3; len++) {
    const start = k - len + 1;
    if (start < first) break;
    const phrase = tokens
      .slice(start, k + 1)
      .map((t) => t.lower)
      .join(" ");
    if (PARTY_WORDS.test(phrase)) return start;
  }
  return -1;
}

/** The first group of a main clause starting at k (not inside a prepositional phrase). */
export function firstSubjectGroup(env: SentenceEnv, k: number): Group | null {
  for (const g of env.groups) {
    if (g.first < k) continue;
    const before = env.tokens[g.first - 1];
    if (before && PREPOSITIONS.has(before.lower)) continue;
    return g;
  }
  return null;
}

const CLAUSE_OPENERS = /^(because|although|though|unless|whereas|while|until)$/;

/** The direct object's actors: "attacked Ukraine", "met with Kim Jong Un", "supply Russia with missiles". */
export function objectAfter(env: SentenceEnv, k: number, p: VerbPattern): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  if (tokens[q]?.lower === "with" || tokens[q]?.lower === "to") q++; // "met with", "spoke to"
  // "denounced as an ugly crime Serbia's suppression of ...": over a predicative "as" phrase
  if (tokens[q]?.lower === "as" && groupAt[q + 1 - s.first] < 0) {
    let r = q + 1;
    while (r < s.last && r - q <= 5 && /^(DET|ADJ|NOUN)$/.test(tokens[r].pos) && groupAt[r - s.first] < 0) r++;
    if (r > q + 1 && r < s.last && groupAt[r - s.first] >= 0) q = r;
  }
  // "opposing his war on Iran", "criticised its handling of the talks": a judgement on an act is on
  // the one whose act it is, not on the act's own target
  // (support of one's own things is none: "to support its domestic nuclear fleet"; only a decision
  // or plan of another's is backed or defended as theirs, "defended his decision")
  if (JUDGEMENTS.has(p.type) && POSSESSIVE_PRONOUN.test(tokens[q]?.lower ?? "") && (p.type !== "SUPPORT" || ownedIntent(env, q + 1))) {
    const owner = pronounState(env, q) ?? pronounPossessor(env, q);
    // ("Turkey reneged on its commitment to Sweden": one's own act turned down is judged toward its other party)
    // (only for a state's or body's "its"/"their": "for opposing his war" has a subject that a later rule sets)
    if (owner && !(/^(its|their)$/.test(tokens[q].lower) && subjectBefore(env, k)?.first === owner.first)) return owner;
  }
  // "forced out on Wednesday more than 1,000 refugees", "detained on Monday 20 journalists": wire
  // copy puts the day between the verb and its object
  const start = q;
  q = afterDay(tokens, q, s.last, env.senses.timePhrases);
  if (q !== start) k = q;
  // ("warned last week that the Russians continue their efforts"): a time phrase and "that" open the
  // words reported; what follows is a clause, no object of the verb
  const timeEnd = timePhraseEnd(tokens, q, s.last, env.senses.timePhrases);
  if (timeEnd > q && tokens[timeEnd]?.lower === "that") return null;
  for (let steps = 0; q < s.last && steps < 7; q++, steps++) {
    // "kidnapped up to 16 Russian advisers", "killed at least two U.S. soldiers": a count's words
    // before a number belong to the object (senses.quantityPhrases)
    // (only where the object starts: "hit a new high of more than 51 billion U.S. dollars" counts no people)
    const count = q === k ? env.senses.quantityPhrases.matchAt(tokens, q, (t) => t.lower, s.last) : null;
    if (count && tokens[q + count.length]?.pos === "NUM" && groupAt[q - s.first] < 0) q += count.length;
    const gi = groupAt[q - s.first];
    if (gi >= 0) {
      // "condemned the invasion of Ukraine by Russia": the one who did it
      const g = groups[gi];
      // ("destroyed US-supplied Himars", "shot down an Iranian-made drone": the state that supplied or
      // made the thing is not the one who holds it, and the holder is not named here; supplied-arms.ts)
      const glued = tokens[g.last]?.text === "-" && !tokens[g.last].spaceBefore && !tokens[g.last + 1]?.spaceBefore;
      if (glued && (env.senses.suppliedArms.supplying.has(tokens[g.last + 1].lower) || env.senses.suppliedArms.making.has(tokens[g.last + 1].lower))) return null;
      // ("bombed US-backed Kurdish fighters": the backer is a third party; the fighters' own party,
      // if the phrase names one after the participle, is the one acted on)
      if (backerModifier(env, g)) {
        q = g.last + 1;
        continue;
      }
      // ("slammed the Russia investigation", "criticised the Syria policy of the United States": a
      // state named as the topic of an affair or a file is no party; the phrase may name one after it)
      const topic = topicNounAfter(env, g);
      if (topic >= 0) {
        q = topic;
        continue;
      }
      if (tokens[q - 1]?.lower === "of" && tokens[g.last]?.lower === "by" && groupAt[g.last + 1 - s.first] >= 0) return groups[groupAt[g.last + 1 - s.first]];
      // ("hosting members of Kurdish militant groups and Sweden's suspension": a state's possessive
      // after a conjoined group of people owns the next noun, no object)
      const split = possessorConjuncts(env, g);
      if (split.rest) return split.rest;
      // "workers of the bus company of Tehran", "the people of Gaza": the head noun says who
      if (tokens[q - 1]?.lower === "of" || (tokens[q - 1]?.pos === "DET" && tokens[q - 2]?.lower === "of")) {
        const ofAt = tokens[q - 1]?.lower === "of" ? q - 1 : q - 2;
        const head = nounSector(env.heads, tokens[ofAt - 1]);
        if (head) return { ...g, sector: head };
      }
      return g;
    }
    // "asked at least four countries, including the United States and Soviet Union, for": the listed parties
    const listed = listedParties(env, q);
    if (listed) return listed;
    // "congratulated the three countries", "both countries": the parties of the last event ("they" is
    // a subject, never an object: "threatened to block 10 outlets unless they deleted")
    const phrase = tokens[q].lower === "they" ? -1 : partyPhraseEndingAt(tokens, q, k);
    const earlier = phrase >= 0 ? partiesBefore(env, phrase, subjectBefore(env, k - 1)?.actors) : [];
    if (earlier.length > 1) return { first: phrase, last: q + 1, actors: earlier, sector: undefined };
    const t = tokens[q];
    // "rejected a fresh offer from Afghanistan", "rejected calls by Kofi Annan": the one who made it
    // ("prevented the demonstration staged by students": the object's makers)
    const madeBy = !!p.object?.includes(t.lower) && /^(staged|held|organized|organised|planned|called|led)$/.test(tokens[q + 1]?.lower ?? "") && tokens[q + 2]?.lower === "by";
    // ("investigating alleged war crimes by Croatian extremists", "condemned the killings by the army": the wrongdoers)
    const doneBy = WRONGDOING.test(t.lower) && tokens[q + 1]?.lower === "by";
    if (((SPEECH_ACT_NOUNS.test(t.lower) || doneBy) && /^(from|by)$/.test(tokens[q + 1]?.lower ?? "")) || madeBy) {
      let r = madeBy ? q + 3 : q + 2;
      while (r < s.last && /^(the|a|an)$/.test(tokens[r].lower)) r++;
      const gr = groupAt[r - s.first];
      if (r < s.last && gr >= 0) return groups[gr];
    }
    // "proposed Israeli changes": a participle before the noun is a modifier
    // ("jailed 52 members of the banned MASSOB", "detained members of an outlawed group": after a determiner too)
    const participle = t.pos === "VERB" && ((/(ed|en)$/.test(t.lower) && (q === k || tokens[q - 1]?.pos === "DET")) || (tokens[q - 1]?.text === "-" && !t.spaceBefore));
    // "tortured scores of Liberian refugees", "killed the deputy chief of ..."
    // ("seeks to annex territory (unlike America's war in Iraq)": a bracket opens an aside and
    // "unlike" a comparison; neither continues the object; but "rejected (Russian President
    // Vladimir) Putin's demands": a bracket that opens on a name inserts it into the object)
    const aside = t.text === "(" && !nameInBrackets(env, q);
    // ("should protect its interests because of measures Greece has been taking": a clause of cause
    // or concession ends the object, whatever the tagger calls its conjunction)
    // ("sanctioned companies in China and Turkey", "firms based in Iran": firms or bodies located in
    // a state are that state's, senses.locatedHolders)
    if (t.lower === "in" && locatedHolderBefore(env, q)) continue;
    if (t.pos === "VERB" && tokens[q + 1]?.lower === "in" && env.senses.locatedHolders.participles.has(t.lower) && env.senses.locatedHolders.nouns.has(tokens[q - 1]?.lower ?? "")) continue;
    if ((t.pos === "VERB" && !participle) || t.text === "," || t.text === "." || aside || t.lower === "unlike" || CLAUSE_OPENERS.test(t.lower) || (PREPOSITIONS.has(t.lower) && t.lower !== "of")) return null;
    if (p.object && p.object.includes(t.lower)) continue;
  }
  return null;
}

/** a bracket at `q` holds a name (an actor's group) before its ")" */
function nameInBrackets(env: SentenceEnv, q: number): boolean {
  for (let r = q + 1; r < Math.min(env.s.last, q + 8) && env.tokens[r].text !== ")"; r++) if (env.groupAt[r - env.s.first] >= 0) return true;
  return false;
}

/**
 * "asked at least four countries, including the United States and Soviet Union", "sanctions on its
 * neighbours such as Georgia": a general noun of parties at `n` (senses.partyNouns) with a list that
 * "including", "such as", "among them" ... opens (senses.listIntroducers) right after it: the listed
 * parties. A list after anything else ("arms, including artillery from Germany") names no party.
 */
export function listedParties(env: SentenceEnv, n: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (!env.senses.partyNouns.has(tokens[n].lower)) return null;
  let q = n + 1;
  if (tokens[q]?.text === ",") q++;
  const intro = q < s.last ? env.senses.listIntroducers.matchAt(tokens, q, (t) => t.lower, s.last) : null;
  if (!intro) return null;
  q += intro.length;
  if (tokens[q]?.lower === "the") q++;
  const gi = q < s.last ? groupAt[q - s.first] : -1;
  // ("including Russian allies": a state that only qualifies the listed noun is none of them)
  return gi >= 0 && groups[gi].first === q && tokens[groups[gi].last]?.pos !== "NOUN" ? groups[gi] : null;
}

/** The end of a time phrase at `q` ("last week", "earlier this month", "this year"), or `q` itself when none starts there. */
function timePhraseEnd(tokens: Token[], q: number, last: number, words: SenseLexicon["timePhrases"]): number {
  let r = q;
  if (tokens[r]?.lower === "earlier" || tokens[r]?.lower === "later") r++;
  if (r < last && words.deictics.has(tokens[r].lower) && words.units.has(tokens[r + 1]?.lower ?? "")) return r + 2;
  return q;
}

/**
 * The end of a time adjunct at `q` that names when, not how ("Tuesday", "on Monday", "yesterday",
 * "last week", "earlier this month"), or `q` itself when none starts there.
 */
export function timeAdjunctEnd(tokens: Token[], q: number, last: number, words: SenseLexicon["timePhrases"]): number {
  const phrase = timePhraseEnd(tokens, q, last, words);
  return phrase > q ? phrase : dayEnd(tokens, q, last, words);
}

/** The end of a day at `q` ("on Monday", "Monday", "yesterday"), or `q` itself when none starts there. */
function dayEnd(tokens: Token[], q: number, last: number, words: SenseLexicon["timePhrases"]): number {
  const on = tokens[q]?.lower === "on" && words.weekdays.has(tokens[q + 1]?.lower ?? "") ? q + 1 : q;
  return on < last && words.days.has(tokens[on]?.lower ?? "") ? on + 1 : q;
}

/** past a day right after a verb ("on Monday", "Monday", "yesterday"), when a word of the object follows it */
function afterDay(tokens: Token[], q: number, last: number, words: SenseLexicon["timePhrases"]): number {
  const r = dayEnd(tokens, q, last, words);
  // (only before the object's first word: "killed on Sunday in Gaza" keeps its preposition)
  return r > q && r < last && /^(DET|NUM|ADJ|NOUN|PROPN|ADV)$/.test(tokens[r].pos) ? r : q;
}

export const RELATING = /^(related|relating|linked|tied|connected|pertaining|close|closer|similar|next|according|thanks|due|belonging|loyal|allied|affiliated|attached|adjacent|opposite)$/;

/** The group right after one of `words` ("sanctions on Russia"), or after "such as" in the phrase that follows. */
export function groupAfterWord(env: SentenceEnv, k: number, words: string[], window: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  // ("said 'Ukrainians will not surrender' and that Russia's war in Ukraine will end": a direct
  // quote ends its phrases where it ends; the narrator's words after it are no part of them (a
  // partial quote is, "vowed to 'impose sanctions' on Russia")
  const qi = k > s.first ? env.inQuote[k - 1] : -1;
  const verbatim = qi >= 0 && env.quotes[qi].kind === "direct";
  let end = Math.min(s.last, k + window);
  for (let q = k; q < end; q++) {
    const t = tokens[q];
    if (verbatim && env.inQuote[q] !== qi) return null;
    // ("provide 6,000 missiles, including anti-tank weapons, to Ukraine": an aside of examples
    // between commas belongs to the object; the preposition right after it is still the verb's)
    if (t.lower === "including" && tokens[q - 1]?.text === ",") {
      const close = asideEnd(tokens, q, s.last);
      if (close > 0 && words.includes(tokens[close + 1]?.lower ?? "")) {
        end = Math.min(s.last, end + (close - q + 1));
        q = close;
        continue;
      }
    }
    // ("the nightly curfew imposed in Sudan", "in the occupied West Bank": a participle after its
    // noun or before one does not end the phrase)
    const reducedRelative = /(ed|en)$/.test(t.lower) && /^(NOUN|DET|ADJ)$/.test(tokens[q - 1]?.pos ?? "");
    // ("lifted deal-breaking objections to Sweden": a participle glued by a hyphen is a modifier's)
    const glued = tokens[q - 1]?.text === "-" && !tokens[q - 1].spaceBefore && !t.spaceBefore && groupAt[q - 2 - s.first] < 0;
    if (t.text === "." || t.text === ";" || (t.pos === "VERB" && q > k + 1 && !words.includes(t.lower) && !reducedRelative && !glued)) return null;
    if (!words.includes(t.lower)) continue;
    // "an amendment related to Israel", "groups linked to Iran": a modifier's preposition, not the verb's
    if (RELATING.test(tokens[q - 1]?.lower ?? "")) continue;
    // the phrase after the preposition: the first group, or one after "such as" / "including"
    for (let r = q + 1; r < Math.min(s.last, q + 12); r++) {
      const gi = groupAt[r - s.first];
      // ("ties with the US-backed Syrian Kurdish administration": the backer is a third party; the
      // phrase's own party, if any, comes after the participle)
      if (gi >= 0 && backerModifier(env, groups[gi])) {
        r = groups[gi].last + 1;
        continue;
      }
      // ("demanded answers over the Benghazi affair", "pressure over the Russia probe": a topic, topic-parties.ts)
      const topic = gi >= 0 ? topicNounAfter(env, groups[gi]) : -1;
      if (topic >= 0) {
        r = topic;
        continue;
      }
      if (gi >= 0) return groups[gi];
      // ("sanctions on several countries, including Iran and Syria": the listed parties)
      const listed = listedParties(env, r);
      if (listed) return listed;
      const w = tokens[r];
      // ("After Russia's invasion of its neighbour, Germany announced a fund": a comma before the next clause's subject
      // and its verb closes the phrase; "the attack on the capital, Kyiv, on Monday" goes on)
      if (w.text === "," && clauseSubjectAfterComma(env, r)) break;
      const suchAs =
        (w.lower === "as" && tokens[r - 1]?.lower === "such") ||
        // "with the president of Armenia", "against the people of Gaza"
        (w.lower === "of" && tokens[r - 1]?.pos === "NOUN") ||
        ((w.lower === "with" || w.lower === "of") && /^(border|borders|frontier|coast|outskirts|capital|city|town|village|province|region|state|district|port|enclave|republic)$/.test(tokens[r - 1]?.lower ?? "")) ||
        // "troops to an international peace-keeping force in Liberia": a force or mission is where it serves
        (w.lower === "in" && /^(force|forces|mission|missions|operation|operations|contingent)$/.test(tokens[r - 1]?.lower ?? "")) ||
        // "sanctions on companies in China, Turkey and the UAE", "on firms based in Iran": firms or
        // bodies located in a state are that state's (senses.locatedHolders; "talks in Geneva" stays a place)
        (w.lower === "in" && locatedHolderBefore(env, r));
      // ("firms based in Iran": the participle of location between the noun and its "in")
      if (w.pos === "VERB" && tokens[r + 1]?.lower === "in" && env.senses.locatedHolders.participles.has(w.lower) && env.senses.locatedHolders.nouns.has(tokens[r - 1]?.lower ?? "")) continue;
      // "war-torn Mozambique": a hyphenated modifier
      const hyphenated = (w.text === "-" && !w.spaceBefore) || (tokens[r - 1]?.text === "-" && !w.spaceBefore) || (tokens[r + 1]?.text === "-" && !tokens[r + 1].spaceBefore);
      // ("in the occupied West Bank": a participle before its noun)
      const participle = /(ed|en)$/.test(w.lower) && tokens[r - 1]?.pos === "DET";
      // ("in this respect unlike America's war": a comparison is no part of the phrase)
      if ((w.pos === "VERB" && !hyphenated && !participle) || w.text === ";" || w.text === ")" || w.lower === "unlike" || w.pos === "CCONJ" || (PREPOSITIONS.has(w.lower) && !suchAs && w.lower !== "like" && w.lower !== "including")) break;
      // ("its invasion of Ukraine by warning that Nato would respond", "by demanding that Israel ...":
      // a preposition before a gerund opens a clause of means, and no party of the act is named
      // inside it. The tagger reads some gerunds as nouns: one that no noun follows is no modifier
      // ("from neighboring Lebanon", "by opposing forces" are)
      if (r === q + 1 && /^[a-z]+ing$/.test(w.text) && w.pos === "NOUN" && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[r + 1]?.pos ?? "")) break;
    }
  }
  return null;
}

/** Whether the "in" at `r` follows a plural noun of firms or bodies (over a participle of location): "companies in", "firms based in". */
function locatedHolderBefore(env: SentenceEnv, r: number): boolean {
  const { tokens } = env;
  let n = r - 1;
  if (env.senses.locatedHolders.participles.has(tokens[n]?.lower ?? "")) n--;
  return env.senses.locatedHolders.nouns.has(tokens[n]?.lower ?? "");
}

/** Whether the comma at `c` is followed by an actor's phrase (over a title or two) whose verb comes right after it: a new clause's subject. */
function clauseSubjectAfterComma(env: SentenceEnv, c: number): boolean {
  const { tokens, s, groups, groupAt } = env;
  for (let r = c + 1; r < Math.min(s.last, c + 5); r++) {
    const gi = groupAt[r - s.first];
    if (gi < 0) continue;
    let v = groups[gi].last;
    while (v < s.last && tokens[v].pos === "ADV") v++;
    return v < s.last && (tokens[v].pos === "VERB" || tokens[v].pos === "AUX");
  }
  return false;
}

/** The comma that closes an aside of examples opened at `q` ("including" after a comma), within 12 tokens and with no verb but a participle before it; -1 if none. */
function asideEnd(tokens: Token[], q: number, last: number): number {
  for (let r = q + 1; r < Math.min(last, q + 13); r++) {
    if (tokens[r].text === ",") return r > q + 1 && tokens[q + 1].pos !== "ADP" ? r : -1;
    if (tokens[r].text === "." || tokens[r].text === ";" || (tokens[r].pos === "VERB" && !/(ed|en|ing)$/.test(tokens[r].lower))) return -1;
  }
  return -1;
}

/** "in a Russian-held town", "Iranian-backed militias": the group is a demonym or name glued by a
 *  hyphen to a participle of holding or backing (senses.holderParticiples); it names who holds the
 *  thing, not the place or the thing itself. */
export function holderModifier(env: SentenceEnv, g: Group): boolean {
  const { tokens } = env;
  const dash = tokens[g.last];
  const part = tokens[g.last + 1];
  return !!dash && !!part && dash.text === "-" && !dash.spaceBefore && !part.spaceBefore && env.senses.holderParticiples.has(part.lower);
}

/** "US-backed Kurdish fighters", "Iranian-sponsored militias": the group is glued by a hyphen to a
 *  participle of backing from outside (senses.backerParticiples); it names a third party, not the
 *  thing it qualifies. */
export function backerModifier(env: SentenceEnv, g: Group): boolean {
  const { tokens } = env;
  const dash = tokens[g.last];
  const part = tokens[g.last + 1];
  return !!dash && !!part && dash.text === "-" && !dash.spaceBefore && !part.spaceBefore && env.senses.backerParticiples.has(part.lower);
}

/** A verb of the noun's own clause right after an act noun and its phrase ("protests against the
 *  Russian invasion took place in Berlin", "the invasion has ..."): the parties after it are that
 *  verb's, not the noun's. A participle after the noun ("sanctions imposed on Russia") is a reduced
 *  relative that still describes the act. */
export function clauseVerbAfterNoun(env: SentenceEnv, n: number, k: number): boolean {
  const { tokens, s } = env;
  // only for a noun inside another noun's prepositional phrase ("protests against the invasion took
  // place in Berlin"); a noun that heads the subject is located by its own verb ("the war lasts in
  // Ukraine", "Russian propaganda does exist in Romania")
  let b = n - 1;
  while (b > s.first && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[b].pos) || tokens[b].text === "-" || tokens[b].norm === "'s")) b--;
  if (!(tokens[b]?.pos === "ADP" && PREPOSITIONS.has(tokens[b].lower)) || b < s.first) return false;
  let q = k;
  while (q < s.last && q - k < 3 && tokens[q].pos === "ADV") q++;
  const t = tokens[q];
  if (!t || q >= s.last || env.groupAt[q - s.first] >= 0) return false;
  if (t.pos === "AUX") return !(/^(to)$/.test(t.lower));
  // (participles of the common irregular kinds too: "missiles sent to Ukraine", "talks held in Geneva")
  return t.pos === "VERB" && !/(ed|en|wn|ne|lt|ut|ck|id|ld|ht|nt|de|et|pt|ot|ing)$/.test(t.lower);
}

/** "was arrested in Lebanon for collaborating with Israel", "charged three men with aiding the rebels",
 *  "convicted of spying for Russia", "hit out at Italy for attacking Spain": the verb of arresting, charging,
 *  punishing or reproaching (senses.allegingVerbs)
 *  that governs the gerund at g (or, with `noun`, the act noun at g) after "for", "of" or "with",
 *  over its object; -1 when none. */
export function allegingVerb(env: SentenceEnv, g: number, noun = false): number {
  const { tokens, s } = env;
  // ("hit out at Italy for \"attacking\" Spain": a quoted gerund is still the fault named)
  let p = /^["“‘']$/.test(tokens[g - 1]?.text ?? "") ? g - 1 : g;
  // ("blamed Iran for the attack on its tanker", "arrested for last week's bombing": a noun of the act, over its determiner and modifiers)
  if (noun) while (p > s.first && g - p < 4 && /^(DET|ADJ|NUM)$/.test(tokens[p - 1].pos) && env.groupAt[p - 1 - s.first] < 0) p--;
  if ((!noun && !tokens[g].lower.endsWith("ing")) || !/^(for|of|with)$/.test(tokens[p - 1]?.lower ?? "")) return -1;
  for (let q = p - 2; q >= s.first && g - q <= 10; q--) {
    const t = tokens[q];
    if (env.senses.allegingVerbs.has(t.lower) && t.pos !== "NOUN") return q;
    if (t.text === "," || t.text === ";" || t.pos === "VERB" || t.pos === "AUX" || SUBORDINATORS.has(t.lower) || /^(who|which|that)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** The actor stands as a place in the sentence: a location, or a state named after "in" ("a state of siege in Haiti"). */
export function isPlace(env: SentenceEnv, actor: number): boolean {
  const { layer, tokens, s } = env;
  const kind = layer.actors[actor].kind;
  if (kind === "location") return true;
  // ("investigations into Trump": a person or an organisation is never a place)
  if (kind !== "country") return false;
  // ("Opposition lawmakers in Kenya accused the government": a state the sentence also names as
  // "the government" or "the authorities" is an actor there, whatever its first mention)
  let first = -1;
  for (let k = s.first; k < s.last; k++) {
    const m = layer.mentionAt[k];
    if (!m || m.token !== k || m.actor !== actor) continue;
    if (m.rule.includes("group:state-noun")) return false;
    if (first < 0) first = k;
  }
  return first >= 0 && /^(in|into|throughout|across)$/.test(tokens[first - 1]?.lower ?? "");
}

const POSSESSIVE_PRONOUN = /^(his|her|its|their)$/;

/** The words that open a list of examples of a set named before them: "Western nations, including the
 *  U.S.,", "allies such as Britain" (a determiner or a count may come between). Not "like": "a country
 *  like Russia" is that country. */
function exampleOfSet(tokens: Token[], first: number, start: number): boolean {
  let q = first - 1;
  while (q >= start && (tokens[q].pos === "DET" || tokens[q].pos === "NUM")) q--;
  if (q < start) return false;
  const w = tokens[q].lower;
  return w === "including" || (w === "as" && tokens[q - 1]?.lower === "such");
}

/** a noun of deciding or meaning (senses.intentNouns) heads the phrase from q, over its modifiers */
function ownedIntent(env: SentenceEnv, q: number): boolean {
  const { tokens, s } = env;
  while (q < s.last && tokens[q].pos === "ADJ") q++;
  return q < s.last && env.senses.intentNouns.has(tokens[q].lower);
}
/** acts that judge another's act: praise, criticism, opposition */
const JUDGEMENTS = new Set(["ACCUSE", "REJECT", "SUPPORT"]);

const BE_AUX = /^(is|are|was|were)$/;
const MODAL = /^(will|would|could|can|may|might|should|shall|must)$/;
/** verbs of reporting whose second act may follow the reported clause: "stressed ... and attacked" */
const COORDINATE_REPORTERS = /^(said|says|announced|announces|confirmed|confirms|stated|states|declared|declares|insisted|insists|added|indicated|reported|told|tells|warned|warns|claimed|claims|stressed|stresses|argued|argues|noted|notes)$/;
/** the same as participles: "stressing ... and attacking", "saying ... and urging" */
const REPORTING_PARTICIPLES = /^(saying|stressing|insisting|arguing|claiming|warning|declaring|stating|noting|telling)$/;

/**
 * "Zelensky said Russia was losing the war and urged Germany to send tanks", "Greece says Turkey
 * would regret it and urges the EU to act": the verb at `v` after "and" is finite, in the tense of
 * a verb of reporting before the reported clause whose last verb is `q`, and cannot share that
 * clause's verb chain (a copula, a progressive or a modal with its bare form; not "had invaded
 * and occupied", a past participle after "had", nor "was occupied and annexed by", a passive): it
 * is coordinate with the reporting verb, and its subject is the reporter's. Null otherwise.
 */
export function reporterOfCoordinate(env: SentenceEnv, q: number, v: number): Group | null {
  const { tokens, s } = env;
  const w = tokens[v].lower;
  if (tokens[v].pos !== "VERB" || tokens[v + 1]?.lower === "by") return null;
  const past = w.endsWith("ed") || IRREGULAR_PAST.has(w);
  const present = /[^s]s$/.test(w);
  // ("With Kennedy stressing politicians should not foment a debate and attacking Howard's plans":
  // an -ing form after "and" continues an -ing verb of reporting when the reported clause's last verb
  // is no "-ing" of its own, which could share a progressive "is/was" or a gerund: "saying Russia
  // was attacking and occupying" is Russia's)
  const participle = w.endsWith("ing") && !tokens[q].lower.endsWith("ing");
  if (!past && !present && !participle) return null;
  // the reported clause's chain: a copula ("was weak"), "was/is -ing", or a modal and its bare form
  // (for an -ing coordinate, any finite chain: "arguing Moscow had broken the deal and urging")
  let a = q;
  if (participle) {
    a = q - 1;
    while (a > s.first && (tokens[a].pos === "ADV" || tokens[a].pos === "AUX" || tokens[a].lower === "not" || /^["“‘']$/.test(tokens[a].text))) a--;
    a++;
  } else if (!BE_AUX.test(tokens[q].lower)) {
    a = q - 1;
    // (past adverbs and an opening quotation mark: 'was "losing the war"')
    while (a > s.first && (tokens[a].pos === "ADV" || tokens[a].lower === "not" || /^["“‘']$/.test(tokens[a].text))) a--;
    const progressive = BE_AUX.test(tokens[a].lower) && tokens[q].lower.endsWith("ing");
    const modal = MODAL.test(tokens[a].lower) && !tokens[q].lower.endsWith("ed") && !IRREGULAR_PAST.has(tokens[q].lower) && !tokens[q].lower.endsWith("ing");
    if (!progressive && !modal) return null;
  }
  // its subject, right before the chain, names an actor, and a verb of reporting stands before it
  let g = a - 1;
  while (g > s.first && tokens[g].pos === "ADV") g--;
  const gi = env.groupAt[g - s.first];
  if (gi < 0) return null;
  let r = env.groups[gi].first - 1;
  if (tokens[r]?.lower === "that") r--;
  if (r < s.first || !(participle ? REPORTING_PARTICIPLES : COORDINATE_REPORTERS).test(tokens[r].lower)) return null;
  // (the tense of the reporting verb: "said ... and urged", "says ... and urges")
  const rPast = tokens[r].lower.endsWith("ed") || IRREGULAR_PAST.has(tokens[r].lower);
  if (!participle && rPast !== past) return null;
  const reporter = subjectBefore(env, r, 2);
  return reporter && !reporter.actors.some((x) => env.groups[gi].actors.includes(x)) ? reporter : null;
}

const ASSURING = /^(assured|assures|promised|promises|clear|reassured|told|tells|informed|warned|said|says|insisted|stressed)$/;

/**
 * The subject of the verb of saying that governs the clause of the pronoun at `k` ("Xi had made it
 * clear to Putin that he", "Biden had assured him he"), when that subject is one person and a verb of
 * reporting further back gives the clause it sits in ("Blinken said ..."): the nearer sayer is whom
 * he or she points back to. Null otherwise (the old reading: the speaker).
 */
function nestedReporter(env: SentenceEnv, k: number, depth: number): Group | null {
  const { tokens, s, layer } = env;
  let r = k - 1;
  if (tokens[r]?.lower === "that") r--;
  // past the addressee and adjuncts: "him", "to Putin", "it clear in a call with Putin on June 13"
  for (let n = 0; r > s.first && n < 12 && !ASSURING.test(tokens[r].lower); n++, r--) {
    if (tokens[r].text === "," || tokens[r].text === ";" || tokens[r].pos === "VERB") return null;
  }
  if (r <= s.first || !ASSURING.test(tokens[r].lower)) return null;
  const g = subjectBefore(env, r, depth + 1);
  if (!g || g.actors.length !== 1 || layer.actors[g.actors[0]].kind !== "person") return null;
  // a verb of reporting before that subject: the nested clause is another's report
  for (let q = g.first - 1; q >= Math.max(s.first, g.first - 3); q--) if (REPORTING_VERBS.test(tokens[q].lower)) return g;
  return null;
}

/**
 * "Erdogan said his forces attacked Kurdish positions", "Russia said its troops had taken the town":
 * a group noun (the lexicon's heads: forces, troops, army, fighters, government ...) that a possessive
 * pronoun owns, as the subject right before the verb, is the pronoun owner's state's (its sector the
 * noun's); the owner as the pronoun points back to it (pronounPossessor). Null when the pronoun has
 * no owner, or the subject is another phrase.
 */
function ownedForces(env: SentenceEnv, v: number): Group | null {
  const { tokens, s, layer } = env;
  let c = v - 1;
  while (c > s.first && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV" || tokens[c].lower === "not")) c--;
  if (c <= s.first || env.groupAt[c - s.first] >= 0 || !env.heads.has(tokens[c].lower)) return null;
  // ("his own troops", "their elite forces", "its armed forces")
  let p = c - 1;
  while (p > s.first && c - p <= 2 && (tokens[p].pos === "ADJ" || tokens[p].lower === "own")) p--;
  // ("Xi and his negotiators will demand": a conjunct of a subject that names its own)
  if (!/^(its|his|her|their)$/.test(tokens[p].lower) || /^(and|or|,)$/.test(tokens[p - 1]?.lower ?? "")) return null;
  const owner = pronounPossessor(env, p);
  if (!owner) return null;
  const sector = nounSector(env.heads, tokens[c]);
  const states = new Set(owner.actors.map((a) => layer.actors[a].country ?? layer.actors[a].code).filter((x) => !!x));
  const idx = states.size === 1 ? layer.actors.findIndex((a) => a.kind === "country" && !!a.code && states.has(a.code)) : -1;
  return { first: p, last: c + 1, actors: idx >= 0 ? [idx] : owner.actors, sector: sector ?? owner.sector };
}

/**
 * The party a possessive pronoun before an act noun stands for ("Trump, angry at Spain for opposing
 * his war on Iran", "urged Israel to halt its offensive"): the nearest group before it in the
 * sentence of the pronoun's kind ("his", "her": one person; "its": one state or body; "their": two
 * or more parties named together), and no place.
 * Null in a direct quote, where "his" may be anyone's, and when no such group precedes it.
 */
export function pronounPossessor(env: SentenceEnv, k: number): Group | null {
  const { tokens, s, groups, groupAt, layer, inQuote, quotes } = env;
  const w = tokens[k].lower;
  // (reported speech, "Putin said his invasion had succeeded", is the narrator's words)
  const quoted = (i: number) => inQuote[i] >= 0 && quotes[inQuote[i]].kind !== "indirect";
  if (!POSSESSIVE_PRONOUN.test(w) || quoted(k)) return null;
  // ("Russia was condemned by Britain for its attack", "Israel drew criticism from France over its
  // strikes": a reason for a judgement names what the one judged did; the judge, after "by" or
  // "from", owns it only when no one before was judged)
  const reason = /^(for|over)$/.test(tokens[k - 1]?.lower ?? "");
  let judge: Group | null = null;
  for (let q = k - 1; q >= s.first; q--) {
    const gi = groupAt[q - s.first];
    if (gi < 0) continue;
    const g = groups[gi];
    q = g.first;
    if (quoted(g.first)) continue;
    if (reason && !judge && judgeBefore(env, g.first)) {
      judge = g;
      continue;
    }
    // ("Xi planned to speak with Zelensky after his trip to Moscow": a person a preposition governs
    // is seldom the one "his" points back to)
    // ("possible for Putin to finance his war": the subject of an infinitive is no such object)
    const before = tokens[g.first - 1];
    if (w !== "its" && w !== "their" && before?.pos === "ADP" && !(before.lower === "for" && tokens[g.last]?.lower === "to")) continue;
    // ("accused the Obama administration ... condemned his country's settlements": a name between
    // "the" and a noun qualifies the noun, it names no one "his" points back to)
    if (tokens[g.first - 1]?.lower === "the" && tokens[g.last]?.pos === "NOUN" && g.actors.every((a) => layer.actors[a].kind === "person")) continue;
    // ("called out Russia for violating the U.N. charter in its attack against Ukraine": a body's name
    // before one of its documents, meetings or rules qualifies the thing; "its" points further back)
    if (/^(the|a|an)$/.test(tokens[g.first - 1]?.lower ?? "") && env.senses.qualifiedThings.has(tokens[g.last]?.lower ?? "")) continue;
    // ("placed air defences in Belarus ahead of its invasion": a place is not the owner)
    if (g.actors.some((a) => isPlace(env, a))) continue;
    // ("Western nations, including the U.S., believed it ... its invasion of Ukraine": an example in an
    // aside inside the subject illustrates the set that does the verb after it; a pronoun after that
    // verb points back past the aside, never to it. "sanctions on states, including Russia, over its
    // invasion" ends the phrase: no verb follows the aside)
    if (exampleOfSet(tokens, g.first, s.first) && tokens[g.last]?.text === "," && /^(VERB|AUX|ADV)$/.test(tokens[g.last + 1]?.pos ?? "")) continue;
    const person = g.actors.every((a) => layer.actors[a].kind === "person");
    // ("pilots trained in Poland to defend their country": a lone state before "their" is seldom its
    // owner; "the two leaders ... their condemnation of Russia" names no group of parties)
    // ("Putin met Xi in Beijing, a week after his talks with Modi": the subject, not the object met)
    if (w === "their" ? g.actors.length > 1 : g.actors.length === 1 && person === (w !== "its")) return subjectOverObject(env, k, g) ?? g;
  }
  return judge && (w === "their" ? judge.actors.length > 1 : judge.actors.length === 1) ? pronounPossessorOf(env, judge, w) : null;
}

/** The judge when no one judged precedes: the group as the old scan would take it (its kind must fit the pronoun). */
function pronounPossessorOf(env: SentenceEnv, g: Group, w: string): Group | null {
  const person = g.actors.every((a) => env.layer.actors[a].kind === "person");
  if (g.actors.some((a) => isPlace(env, a))) return null;
  return w === "their" || person === (w !== "its") ? g : null;
}

/**
 * The phrase at `first` names who judges: the agent of a passive ("was condemned by Britain",
 * "praised by Pakistan") or the one a received judgement comes from ("drew criticism from France",
 * "came under fire from Congress", "won praise from Kyiv"; senses.receivedJudgements).
 */
function judgeBefore(env: SentenceEnv, first: number): boolean {
  const { tokens, s } = env;
  let p = first - 1;
  while (p > s.first && /^(the|a|an)$/.test(tokens[p].lower)) p--;
  const prep = tokens[p]?.lower;
  const head = tokens[p - 1];
  if (!head || p - 1 < s.first) return false;
  if (prep === "by") return /(ed|en)$/.test(head.lower) && (head.pos === "VERB" || head.pos === "ADJ");
  return prep === "from" && env.senses.receivedJudgements.has(head.lower);
}

/**
 * "Netanyahu said his country's strikes on Iran", "condemned her government's crackdown": the state
 * of the person the possessive pronoun at k stands for (senses.ownStateNouns before "'s"), as a
 * group over the person's words; the person when the text names no such state. Null when the
 * words are not "his/her/their country's" or the pronoun has no owner.
 */
export function pronounState(env: SentenceEnv, k: number): Group | null {
  const { tokens, layer } = env;
  if (!env.senses.ownStateNouns.has(tokens[k + 1]?.lower ?? "") || tokens[k + 2]?.norm !== "'s") return null;
  const owner = pronounPossessor(env, k);
  if (!owner) return null;
  const states = new Set(owner.actors.map((a) => layer.actors[a].country ?? layer.actors[a].code).filter((c) => !!c));
  const idx = layer.actors.findIndex((a) => a.kind === "country" && !!a.code && states.has(a.code));
  return idx >= 0 && states.size === 1 ? { first: owner.first, last: owner.last, actors: [idx], sector: null } : owner;
}

/**
 * The owner of the noun at n, over its modifiers: a possessor ("Iran's decision", "its decision"), or
 * a demonym or a state's acronym used as one ("the US plan", "the Russian move"). Null when none.
 */
/**
 * A conjoined group that ends in a possessive: "Russia and China's joint statement" is both states'
 * (conjuncts of one kind), but in "members of Kurdish militant groups and Sweden's suspension of arms
 * sales" the 's marks only the last conjunct, a state after a group of people, as the owner of the noun
 * that follows; the conjuncts before it belong to the phrase before. `owner` is the possessor, `rest`
 * the conjuncts that are no part of it (null when the whole group owns).
 */
export function possessorConjuncts(env: SentenceEnv, g: Group): { owner: Group; rest: Group | null } {
  const m = env.layer.mentionAt[g.last - 1];
  if (g.actors.length < 2 || env.tokens[g.last]?.norm !== "'s" || !m) return { owner: g, rest: null };
  const actors = env.layer.actors;
  const last = m.actor;
  const kind = (a: number) => (actors[a].kind === "group" ? "group" : "named");
  if (g.actors.every((a) => kind(a) === kind(last))) return { owner: g, rest: null };
  const rest = g.actors.filter((a) => a !== last);
  return { owner: { first: m.token, last: g.last, actors: [last], sector: g.sector }, rest: rest.length ? { first: g.first, last: m.token, actors: rest, sector: g.sector } : null };
}

export function nounOwner(env: SentenceEnv, n: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let k = n - 1;
  while (k >= s.first && (tokens[k].pos === "ADJ" || tokens[k].pos === "NUM" || tokens[k].text === "-" || (tokens[k].pos === "NOUN" && groupAt[k - s.first] < 0))) k--;
  if (k < s.first) return null;
  if (tokens[k].norm === "'s") {
    const g = k - 1 >= s.first ? groupAt[k - 1 - s.first] : -1;
    return g >= 0 ? possessorConjuncts(env, groups[g]).owner : null;
  }
  const g = groupAt[k - s.first];
  if (g >= 0) {
    const m = env.layer.mentionAt[k];
    return m && (m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)) ? groups[g] : null;
  }
  return pronounPossessor(env, k);
}
