// A candidate's state from the place of the race: "X, an opposition candidate barred from the Moscow city council
// election,", "X, a candidate for the St Petersburg assembly,", "X, who ran for the Kharkiv regional council," (the
// place's state: the gazetteer's for a city or region, the state's own for its capital). The words of a race (titles.json
// localCandidacy: `cues` "candidate", "ran", "running"; `localWords` "city", "regional", "municipal"; `bodies` "council",
// "assembly", "election") must stand in the appositive or relative clause right after the name, and a body's or an
// election's word right after the place: "a candidate for the job", "a candidate from Moscow, Idaho" (no body after the
// place) and "a candidate who lives in Moscow" (no race's body) give none. Only a person with no state yet
// (actors/state:local-candidate). A pure function of the Doc and the mentions found; per article, linear in mentions.
import type { Actor, Doc } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

export interface LocalCandidacy {
  cues: ReadonlySet<string>;
  localWords: ReadonlySet<string>;
  bodies: ReadonlySet<string>;
}

/** most tokens between the name and the race's cue (", an opposition", ", who was barred from running"), and between the cue and the place */
const BEFORE_CUE = 6;
const CUE_TO_PLACE = 4;
// (an opening mark; the words of the cue's phrase are lower case: "who was", "an", "once")
const OPENERS = new Set([",", "("]);
const LOWER = /^[a-z][a-z-]*$/;
const CLOSE = /^(?:[.;:!?)]|said|says|told)$/;

export function localCandidateStates(doc: Doc, actors: Actor[], mentionAt: (PlacedMention | undefined)[], sentenceOf: Int32Array, words: LocalCandidacy): void {
  if (!words.cues.size) return;
  const tokens = doc.tokens;
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    for (const m of a.mentions) {
      if (m.headline) continue;
      const pm = mentionAt[m.token];
      if (!pm || pm.token !== m.token) continue;
      const s = doc.sentences[sentenceOf[m.token]];
      const state = raceStateAfter(pm.tokenEnd, s.last);
      if (!state) continue;
      a.country = a.code = state;
      a.stateRule = "actors/state:local-candidate";
      break;
    }
  }

  function raceStateAfter(from: number, sLast: number): string | null {
    if (tokens[from]?.text !== ",") return null;
    // (", an opposition candidate", ", who was barred from running": openers and lower-case describing words only)
    let c = from;
    for (; c < sLast && c - from <= BEFORE_CUE && !words.cues.has(tokens[c].lower); c++) {
      if (!OPENERS.has(tokens[c].lower) && !LOWER.test(tokens[c].text)) return null;
    }
    if (c >= sLast || !words.cues.has(tokens[c].lower)) return null;
    // (cue "barred from" | "for" | "in" ... [the] PLACE)
    for (let p = c + 1; p < sLast && p - c <= CUE_TO_PLACE + 1; p++) {
      if (CLOSE.test(tokens[p].lower) || tokens[p].text === ",") return null;
      const pm = mentionAt[p];
      if (!pm) {
        if (!LOWER.test(tokens[p].text)) return null;
        continue;
      }
      const place = actors[pm.actor];
      const state = place.kind === "location" ? place.country : place.kind === "country" ? place.code : null;
      if (!state || tokens[pm.tokenEnd]?.norm === "'s") return null;
      // (PLACE [city|regional|municipal]* BODY: "the Moscow city council election", "the Kharkiv regional council")
      for (let e = pm.tokenEnd; e < sLast && e - pm.tokenEnd <= 3; e++) {
        if (words.bodies.has(tokens[e].lower)) return state;
        if (!words.localWords.has(tokens[e].lower)) return null;
      }
      return null;
    }
    return null;
  }
}
