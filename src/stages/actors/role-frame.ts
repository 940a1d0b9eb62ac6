// "the president said" in a story of Belarus that quotes Macron once is Lukashenko: where a bare role phrase ("the
// president", "the prime minister") names an office one person holds in each state, and the article names holders of
// it in two states, the reporter means the holder in the state the story is about, unless the other holder was named
// in that sentence or the one before (then "the president" goes on with him: "Macron spoke in Paris. The president
// said ..."). The story's state here is the one state that clearly dominates the names already found (its own name,
// its bodies, its people): ROLE_FRAME_MIN mentions and ROLE_FRAME_RATIO times any other state's.
import type { Actor } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

const ROLE_FRAME_MIN = 3;
const ROLE_FRAME_RATIO = 2;

/** the state that dominates the body's name mentions found so far, or null (computed once per article, linear) */
export function namesFrame(actors: Actor[], mentionAt: (PlacedMention | undefined)[], inBody: Uint8Array): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i || m.headline || !inBody[i]) continue;
    const a = actors[m.actor];
    const st = a.kind === "country" ? a.code : a.kind === "igo" ? null : (a.code ?? a.country ?? null);
    if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
  }
  return dominantState(counts);
}

/** the one state that clearly dominates the counts (ROLE_FRAME_MIN mentions, ROLE_FRAME_RATIO times any other's), or null;
 *  the article frame of find-actors.ts takes its state the same way */
export function dominantState(counts: Map<string, number>): string | null {
  let frame: string | null = null;
  let top = 0;
  let second = 0;
  for (const [st, c] of counts) {
    if (c > top) {
      second = top;
      top = c;
      frame = st;
    } else if (c > second) second = c;
  }
  return !frame || top < ROLE_FRAME_MIN || top < ROLE_FRAME_RATIO * second ? null : frame;
}

/**
 * Of the holders a bare role phrase may name: the one of the story's state (`frameHolder`, named last among those of
 * `frame`) in place of `holder`, another state's, where `holder` was last named before `recentFrom` (the start of the
 * sentence before the phrase's). Returns the holder to keep.
 */
export function preferFrameHolder(actors: Actor[], holder: number, holderStart: number, frameHolder: number | null, frame: string | null, recentFrom: number): number {
  if (frame === null || frameHolder === null || frameHolder === holder) return holder;
  const st = actors[holder].code ?? actors[holder].country;
  if (!st || st === frame) return holder;
  if (holderStart >= recentFrom) return holder;
  return frameHolder;
}
