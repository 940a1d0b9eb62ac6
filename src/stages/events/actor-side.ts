// Whether the parties of an act stand on one actor's side: the speaker of the words the act is in,
// or the attribution that relays them ("..., the Russian foreign ministry said").
import type { Actor, ActorKind } from "../../model/types.js";

/** True when every code in `codes` is the state of actor `id` (its own code, else its country), false
 *  when one is not; null when that actor is missing, has no state, or is not of `kinds`. */
export function actorOnSide(actors: readonly Actor[], id: string | null | undefined, codes: readonly (string | null | undefined)[], kinds?: ReadonlySet<ActorKind>): boolean | null {
  const a = id ? actors.find((x) => x.id === id) : undefined;
  if (!a || (kinds && !kinds.has(a.kind))) return null;
  const state = a.code ?? a.country ?? null;
  return state ? codes.every((c) => c === state) : null;
}
