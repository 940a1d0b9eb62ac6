// A local office's state from the places the story names: "Regional Governor Oleh X said" after "the Kharkiv
// region of Ukraine", "Mayor X said" in a sentence about Lviv. A governor or mayor whom no word before the name
// places (no state word, no place of the office, no possessor) governs a place, and the story names the places
// it is about: where every place (the gazetteer's or the dictionary's, each with its state) named in the
// person's sentence and the two before it lies in one state, and no other state is named there by its name or
// capital, that state is the office's (actors/state:local-office). Places or states of two states within reach
// ("Belgorod ... Kharkiv", "Moscow said Kyiv shelled ...") leave the person without one; a state's demonym does
// not count (an attacker's "Russian shelling hit the Kharkiv region"), since a regional governor's report names one often.
// A pure function of the Doc and the actors found so far; per article, linear in mentions.
import type { Actor, Doc } from "../../model/types.js";

const LOCAL_OFFICE = /^(?:(?:regional|local|provincial|oblast|city|district|deputy|acting|interim|former|then-)\s*)*(?:governor|mayor)$/i;
const REACH = 2;

export function localOfficeStates(doc: Doc, actors: Actor[], sentenceOf: Int32Array): void {
  let placesBySentence: Map<number, Set<string>> | null = null;
  // (the sentences that name a place, not only a state: the office is a place's)
  const withPlace = new Set<number>();
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code || !a.role || !LOCAL_OFFICE.test(a.role.trim())) continue;
    // (the mention the title stands before: the first of the name's own)
    const titled = a.mentions.find((m) => m.rule === "actors/person:title" && !m.headline);
    if (!titled) continue;
    if (!placesBySentence) {
      placesBySentence = new Map();
      for (const p of actors) {
        const state = p.kind === "location" ? p.country : p.kind === "country" ? p.code : null;
        if (!state) continue;
        for (const m of p.mentions) {
          // (a state by its demonym is an attacker's or a weapon's as often as the place's: "Russian shelling hit the Kharkiv region")
          if (m.headline || m.rule === "actors/dictionary:demonym") continue;
          const si = sentenceOf[m.token];
          if (p.kind === "location") withPlace.add(si);
          const set = placesBySentence.get(si);
          if (set) set.add(state);
          else placesBySentence.set(si, new Set([state]));
        }
      }
    }
    const si = sentenceOf[titled.token];
    const states = new Set<string>();
    let place = false;
    for (let x = Math.max(0, si - REACH); x <= si; x++) {
      // (a paragraph break is no bar: a regional governor's words often open the next paragraph)
      for (const st of placesBySentence.get(x) ?? []) states.add(st);
      place ||= withPlace.has(x);
    }
    if (states.size !== 1 || !place) continue;
    const [state] = states;
    a.country = a.code = state;
    a.stateRule = "actors/state:local-office";
  }
}
