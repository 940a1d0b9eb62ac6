// A refiner over the event stage's records (chrono's shape: results → results): one event per act.
// Two triggers of one sentence often name one act ("arrived in Jordan ..., where he'll meet King
// Abdullah", "will continue to provide support to Ukraine"); counted twice, the act would weigh
// double in a dyad's series. Within a sentence, records with the same type, the same states on each
// side and the same date are one act: the best-supported record stands for it. Two acts of one
// sentence with different targets, types or dates stay two events.
import type { Actor, EventRecord } from "../../model/types.js";

const DERIVED = /\+(intent|condition)\b/;

/** Higher is better supported: a trigger's own reading before a derived one, then a party that is
 *  an actor rather than a place, then the earlier mention. */
function support(e: EventRecord, kind: (id: string) => string | undefined): number {
  let score = 0;
  if (!DERIVED.test(e.rule)) score += 4;
  if (e.target.every((id) => kind(id) !== "location")) score += 2;
  if (e.source.every((id) => kind(id) !== "location")) score += 1;
  return score;
}

export function oneEventPerAct(records: EventRecord[], actors: readonly Actor[]): EventRecord[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const code = (id: string) => byId.get(id)?.code ?? byId.get(id)?.country ?? id;
  const kind = (id: string) => byId.get(id)?.kind;
  const side = (ids: string[]) => [...new Set(ids.map(code))].sort().join("+");
  const best = new Map<string, number>();
  records.forEach((e, i) => {
    const key = `${e.sentence.start}|${e.type}|${side(e.source)}|${side(e.target)}|${e.date ?? ""}`;
    const held = best.get(key);
    if (held === undefined || support(e, kind) > support(records[held], kind)) best.set(key, i);
  });
  const keep = new Set(best.values());
  return records.filter((_, i) => keep.has(i));
}
