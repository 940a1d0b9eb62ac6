// Parties who travel together to talks meet each other, not the place they go to: "U.S. and Russian
// negotiators return to Geneva for talks", "Iranian and Saudi officials travelled to Baghdad for
// talks on Monday", "Armenian and Azerbaijani ministers flew to Washington for negotiations". English
// names the talks in a purpose phrase, "for" and a noun of meeting after a verb of going; when the
// verb's subject names two states or more, the talks are between them (CONSULT 046, as PETRARCH-2
// codes "COME/ARRIVE * (FOR TALKS)"), and the place is only where they meet: the journey's own visit
// of the place is no event. One traveller's journey ("Blinken flew to Beijing for talks with Xi")
// stays a visit of the one it goes to. Not: a purpose of another clause ("returned home, and the
// talks resumed"), a noun of meeting that is no purpose ("returned to the talks"). Word lists:
// data/event-senses.json journeyTalks.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The talks between the parties that go together to them; their visits of the place are dropped. */
export function journeyTalks(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const words = lex.journeyTalks;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 1; v < s.last - 2; v++) {
    if (!words.verbs.has(tokens[v].lower)) continue;
    // (the tagger reads a present-tense verb after a plural noun as a noun: "negotiators return to Geneva")
    if (tokens[v].pos !== "VERB" && !(tokens[v + 1].lower === "to" && /^(NOUN|PROPN)$/.test(tokens[v - 1].pos) && /s$/.test(tokens[v - 1].lower))) continue;
    // "for" and a noun of meeting within the verb's clause: "return to Geneva this week for talks"
    let noun = -1;
    for (let q = v + 1; q < s.last - 1 && q - v < 10; q++) {
      const w = tokens[q];
      if (w.text === "," || w.text === ";" || w.pos === "VERB" || w.lower === "and" || w.lower === "but") break;
      if (w.lower !== "for") continue;
      // ("for a summit", "for fresh talks")
      let n = q + 1;
      while (n < s.last - 1 && n - q < 3 && /^(DET|ADJ)$/.test(tokens[n].pos)) n++;
      if (words.nouns.has(tokens[n].lower)) noun = n;
      break;
    }
    if (noun < 0) continue;
    const subj = subjectBefore(env, v);
    if (!subj) continue;
    const states = new Set(subj.actors.map((a) => stateOf(env, a)).filter((c): c is string => !!c));
    if (states.size < 2) continue;
    // the journey's visit of the place is no event of its own
    for (const [ev] of raws) if (ev.trigger === v && ev.type === "CONSULT") ev.noAct = true;
    const ev: RawEvent = { type: "CONSULT", cameo: "046", source: subj.actors, target: [], trigger: noun, triggerEnd: noun + 1, rule: `events/journey-talks:${tokens[v].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: null };
    out.push([ev, { at: noun, end: noun + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
