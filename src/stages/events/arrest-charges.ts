// An arrest on charges is also an accusation: "police arrested two men on charges of sabotage",
// "jailed 52 members of the movement on allegations of treason", "detained a French tourist on
// suspicion of espionage", "jailed a Canadian on spying charges". English names the charge in a
// phrase that "on" opens right after the arrest's object: whoever arrests accuses the arrested of
// it (CAMEO 112, PLOVER ACCUSE), beside the arrest itself (COERCE), with the arrest's parties and
// its status. Not: an arrest with no charge phrase ("arrested two men on Monday", "detained on the
// border"), a charge phrase in another clause ("arrested the men, who later faced charges"), a
// phrase headed by another noun ("on the border", "on charge cards" is left to its head). The crime
// itself after "for" says the same ("arrested the missionary for collaborating with Israel", "jailed
// two tourists for spying"); not "detained for questioning", "jailed for five years".
// Word lists: data/event-senses.json arrestCharges.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** The ACCUSE events of the sentence's arrests made on a named charge. */
export function arrestCharges(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const words = lex.arrestCharges;
  const out: [RawEvent, Trigger][] = [];
  for (const [ev, t] of raws) {
    if (!t.verb || !words.verbs.has(t.verb.id) || !ev.source.length || !ev.target.length || ev.refused || ev.noAct) continue;
    // the object's phrase and what follows it, up to the clause's end or another verb
    for (let q = ev.triggerEnd; q < s.last - 1 && q - ev.triggerEnd < 24; q++) {
      // (an actor's name is one word here: "members of the Movement for the Actualization of ...")
      const gi = env.groupAt[q - s.first];
      if (gi >= 0) {
        q = env.groups[gi].last - 1;
        continue;
      }
      const w = tokens[q];
      if (w.text === "," || w.text === ";" || w.text === ":" || w.pos === "AUX") break;
      // (a participle before its noun qualifies it: "members of the banned movement")
      if (w.pos === "VERB" && !/^(DET|ADJ)$/.test(tokens[q - 1].pos)) break;
      // "arrested the missionary for collaborating with Israel", "jailed two tourists for spying": the
      // crime itself after "for" ("for questioning", "for five years" name no crime)
      const noun = words.crimePreps.has(w.lower) ? crimeWord(env, q + 1, words.crimes) : words.preps.has(w.lower) ? chargeNoun(env, q + 1, words.nouns) : -1;
      if (noun < 0) continue;
      const acc: RawEvent = { type: "ACCUSE", cameo: "112", source: ev.source, target: ev.target, trigger: noun, triggerEnd: noun + 1, rule: `events/arrest-charges:${tokens[noun].lower}`, statusVerb: ev.statusVerb, status: ev.status, refused: undefined, noAct: undefined, sourceSector: ev.sourceSector ?? null, targetSector: ev.targetSector ?? null };
      out.push([acc, { at: noun, end: noun + 1, verb: undefined, noun: undefined }]);
      break;
    }
  }
  return out;
}

/** The crime named right after "for", over an adverb of report ("for allegedly spying"); -1 for another phrase. */
function crimeWord(env: SentenceEnv, k: number, crimes: ReadonlySet<string>): number {
  const { tokens, s } = env;
  const q = tokens[k]?.pos === "ADV" ? k + 1 : k;
  return q < s.last && crimes.has(tokens[q].lower) ? q : -1;
}

/**
 * The charge noun that heads the phrase from `k`, over determiners, adjectives and the noun
 * modifiers that name the crime ("charges of", "trumped-up charges", "espionage charges", "suspicion
 * of"); -1 when the phrase heads something else ("on Monday", "on the border").
 */
function chargeNoun(env: SentenceEnv, k: number, nouns: ReadonlySet<string>): number {
  const { tokens, s } = env;
  for (let q = k; q < s.last && q < k + 4; q++) {
    if (nouns.has(tokens[q].lower)) return q;
    // (a gerund names the crime as a modifier too: "on spying charges")
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[q].pos) && tokens[q].text !== "-" && !/ing$/.test(tokens[q].lower)) return -1;
  }
  return -1;
}
