// The events behind a cell of the blocs (two blocs, or one bloc with itself), as the Events view,
// the API and the store filter them: sources of one bloc and targets of the other, either way, two
// different states, the statuses and dates the blocs counted. Plain data: the UI links with it.
import type { EventFilter } from "../store/store.js";
import type { BlocCell, Blocs } from "./blocs.js";

/** The events of one bloc inside (between two of its members) or across (between a member and a
 * state of another bloc): a bloc's `internalEvents` and `externalEvents`. */
export function blocEventFilter(blocs: Pick<Blocs, "blocs" | "since" | "until" | "statuses">, id: number, where: "inside" | "across"): EventFilter & { actors: string[]; targets: string[] } {
  const members = blocs.blocs.find((b) => b.id === id)?.members.map((m) => m.code) ?? [];
  const others = blocs.blocs.filter((b) => b.id !== id).flatMap((b) => b.members.map((m) => m.code));
  return { ...cellEventFilter(blocs, { a: id, b: id }), targets: where === "inside" ? members : others };
}

export function cellEventFilter(blocs: Pick<Blocs, "blocs" | "since" | "until" | "statuses">, cell: Pick<BlocCell, "a" | "b">): EventFilter & { actors: string[]; targets: string[] } {
  const codes = (id: number) => blocs.blocs.find((b) => b.id === id)?.members.map((m) => m.code) ?? [];
  return {
    actors: codes(cell.a),
    targets: codes(cell.b),
    either: true,
    statuses: blocs.statuses,
    since: blocs.since ?? undefined,
    until: blocs.until ?? undefined,
  };
}
