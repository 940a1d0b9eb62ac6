// People taken in or brought to safety, named by where they come from. English names the people a
// humanitarian act is done for by the place they left: "took in 5,000 refugees fleeing Syria",
// "evacuated the wounded from the besieged town of Gorazde", "opened its borders to thousands
// ordered out of Nigeria". The act is humanitarian aid to the people of that place, so to its state
// (CAMEO 073; opening a border to people who flee is giving them refuge, 075). The people are a
// displaced noun ("refugees", "the wounded") or a phrase a participle of flight says is displaced
// ("ordered out of", "expelled from", "fleeing"); the place is the first actor after the cue of
// origin ("from", "fleeing", "out of"), within the people's phrase. Not: a border opened to trade,
// goods or tourists ("opened its border to goods from China": no people driven out, the act stays
// what the verb pattern made it); people of the doer's own state ("Ukraine evacuated civilians from
// Mariupol": no act between two parties); one's own citizens or staff taken home ("evacuated its
// citizens from Sudan": those nouns are no displaced people). Word lists: data/event-senses.json
// displacedPeople.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

/** Give the humanitarian acts of the sentence done for displaced people the state those people come from. */
export function displacedPeople(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const words = lex.displacedPeople;
  for (const [ev, t] of raws) {
    const id = t.verb?.id;
    if (!id) continue;
    const helping = words.aidPatterns.has(id) && ev.type === "AID" && !ev.target.length;
    const opening = words.openingPatterns.has(id) && ev.type !== "AID";
    if (!helping && !opening) continue;
    // the object ("the wounded", "5,000 refugees", "its borders"), then, for an opening, "to" and the people
    let k = t.at + 1;
    if (opening) {
      while (k < s.last && k - t.at < 5 && !words.openedThings.has(tokens[k].lower)) k++;
      if (k >= s.last || !words.openedThings.has(tokens[k].lower)) continue;
      k++;
      // ("opened its borders today to", "opened the border on Monday for")
      while (k < s.last && k - t.at < 9 && !words.openedTo.has(tokens[k].lower) && !/^[,;:]$/.test(tokens[k].text)) k++;
      if (k >= s.last || !words.openedTo.has(tokens[k].lower)) continue;
      k++;
    }
    const origin = originAfter(env, k, words, helping);
    if (!origin) continue;
    const from = new Set(ev.source.map((a) => stateOf(env, a)));
    const state = origin.filter((a) => stateOf(env, a) && !from.has(stateOf(env, a)));
    if (!state.length) continue;
    ev.target = state;
    ev.targetSector = "CVL";
    if (opening) Object.assign(ev, { type: "AID", cameo: "075", rule: `${ev.rule}+refuge`, noAct: undefined });
    else ev.rule += "+displaced-from";
  }
}

/**
 * The actors the people of the phrase at `k` come from: after a displaced noun or a participle of
 * flight, the first actor after a cue of origin ("refugees fleeing Syria", "the wounded from
 * Gorazde", "Ghanaians ordered out of Nigeria"); else, after an opening, the people's own state
 * when a group names them ("opened its border to Ukrainian refugees"; after a verb of helping such a
 * group is already the pattern's object). `displaced`: the verb already says the people are
 * displaced (evacuating, taking in refugees), so a bare "from" is their origin.
 */
function originAfter(env: SentenceEnv, k: number, words: SenseLexicon["displacedPeople"], displaced: boolean): number[] | null {
  const { tokens, s, groups, groupAt } = env;
  let people = false;
  let fled = false;
  for (let q = k; q < s.last && q - k < 10; q++) {
    const w = tokens[q].lower;
    if (/^[,;:()]$/.test(tokens[q].text)) return null;
    // "its citizens", "their own staff": a state's own people taken home, no aid to the place
    if (words.ownPeople.has(w)) return null;
    if (words.nouns.has(w)) people = true;
    if (words.flight.has(w)) fled = true;
    const cue = words.origin.has(w) ? 1 : w === "out" && tokens[q + 1]?.lower === "of" ? 2 : 0;
    if (!cue) continue;
    // ("opened its border to goods from China": only people driven out have an origin that counts)
    if (!(people || fled || displaced)) return null;
    // the first actor of the place's phrase: "from the besieged Bosnian town of Gorazde"
    for (let r = q + cue; r < s.last && r - q < 7; r++) {
      const gi = groupAt[r - s.first];
      if (gi >= 0) return groups[gi].actors;
      // ("from the besieged town of": a participle after a determiner modifies the place)
      if (/^[,;:()]$/.test(tokens[r].text) || (tokens[r].pos === "VERB" && tokens[r - 1].pos !== "DET")) return null;
    }
    return null;
  }
  // ("opened its borders to Ukrainian refugees": the people named by their state)
  if (!people || displaced) return null;
  for (let q = k; q < s.last && q - k < 6; q++) {
    const gi = groupAt[q - s.first];
    if (gi >= 0 && words.nouns.has(tokens[groups[gi].last - 1]?.lower ?? "")) return groups[gi].actors;
    if (gi >= 0 && words.nouns.has(tokens[groups[gi].last]?.lower ?? "")) return groups[gi].actors;
  }
  return null;
}
