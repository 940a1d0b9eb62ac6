// "Finland's parliament began its debate on Monday. ... Lawmakers vote on Tuesday. The country's foreign minister, X,
// said the vote would pass": "the country's" refers back to the state the story is about, though no state stands in
// the phrase's sentence or the one before (its-office in find-actors.ts reads only those two). Where the nearest
// window names no state, the story's frame (role-frame.ts dominantState: one state clearly dominant) is the possessor;
// where it names several ("Finland's bid, which Russia opposes. The country's foreign minister"), the frame only if
// it is one of them. No frame, no state: a wrong state is worse than none. Only "the country's"/"the nation's", a
// state's by its noun: "its foreign minister" may be a body's ("the EU ... its foreign policy chief").
import type { Actor } from "../../model/types.js";

/** sets the frame's state on the holders of "the country's OFFICE" that find-actors could not resolve (actors/state:country-frame) */
export function countryFrameStates(actors: Actor[], countryFrames: Map<string, string[]>, frame: () => string | null): void {
  for (const a of actors) {
    const seen = a.kind === "person" && !a.code && !a.country ? countryFrames.get(a.id) : undefined;
    if (!seen) continue;
    const st = frame();
    if (!st) return;
    if (seen.length && !seen.includes(st)) continue;
    a.country = a.code = st;
    a.stateRule = "actors/state:country-frame";
  }
}
