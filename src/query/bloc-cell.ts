// The events behind a cell of the blocs (two blocs, or one bloc with itself), as the Events view,
// the API and the store filter them: sources of one bloc and targets of the other, either way, two
// different states, the statuses and dates the blocs counted. Plain data: the UI links with it.
import type { EventFilter } from "../store/store.js";
import type { BlocCell, Blocs } from "./blocs.js";

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
