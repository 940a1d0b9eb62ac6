// The actor sides of an events filter (EventFilter.actor/actors, target/targets, either), as both
// drivers read them: one list per side, and whether the filter is the plain one (at most one actor
// a side, one direction) that each driver answers off its own fast paths.
import type { EventFilter } from "./store.js";

export interface EventSides {
  /** the source side's actors; undefined: any source; empty: none matches */
  source?: string[];
  target?: string[];
  /** both sides given and either direction asked for */
  either: boolean;
  /** two different actors make a match (a set of more than one on a side): an actor's acts on
   * itself are left out, as the relations graph counts pairs */
  distinct: boolean;
  /** at most one actor a side, one direction: filter.actor and filter.target say it all */
  plain: boolean;
}

export function eventSides(filter: EventFilter): EventSides {
  const source = side(filter.actor, filter.actors);
  const target = side(filter.target, filter.targets);
  const either = Boolean(filter.either && source && target);
  const distinct = (source?.length ?? 0) > 1 || (target?.length ?? 0) > 1;
  const plain = !either && !distinct && source?.length !== 0 && target?.length !== 0;
  return { source, target, either, distinct, plain };
}

/** The filter with its sides as plain `actor` and `target` (for a plain filter). */
export function plainSides<F extends EventFilter>(filter: F, sides: EventSides): F {
  return { ...filter, actor: sides.source?.[0], target: sides.target?.[0], actors: undefined, targets: undefined, either: undefined };
}

function side(one: string | undefined, many: string[] | undefined): string[] | undefined {
  if (one === undefined && many === undefined) return undefined;
  return [...new Set([...(one === undefined ? [] : [one]), ...(many ?? [])])];
}
