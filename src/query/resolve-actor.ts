// What a user types for an actor → the one actor it names, for every edge (CLI flags and
// arguments, API parameters, UI boxes): a code in any case ("rus"), a state's name, alias or
// demonym ("Russia", "the United States", "US", "Russian"), a person's or organisation's name or a
// word of it ("Vladimir Putin", "Putin") or an id ("person:vladimir-putin"). Input that names
// several actors, or none, is an error that lists the closest matches: a name never quietly
// becomes an empty answer.
//
// The core (actorNames, matchActor, resolveActor) is pure: it reads a list of actors and states
// and nothing else. loadActorNames reads that list from a store and the lexicon's state table.
//
//   const names = await loadActorNames(store);     // once per store state
//   const rus = resolveActor("Russia", names);     // { key: "RUS", id: "RUS", name: "Russia", ... }
//   store.queryEvents({ actor: rus.key });
import { DyadError } from "../errors.js";
import { loadPersonAliases, loadStateNames, type StateName } from "../lexicon/known-names.js";
import type { Store, StoredActor } from "../store/store.js";
import type { ActorMatch, ResolvedActor } from "./resolved-actor.js";

export type { ActorMatch, ResolvedActor };

/** The names to resolve against, indexed; built by actorNames. */
export interface ActorNames {
  readonly actors: readonly ResolvedActor[];
  readonly byId: ReadonlyMap<string, ResolvedActor>;
  readonly byCode: ReadonlyMap<string, ResolvedActor[]>;
  readonly byName: ReadonlyMap<string, { actor: ResolvedActor; demonym: boolean }[]>;
  readonly byWord: ReadonlyMap<string, { actor: ResolvedActor; words: string[] }[]>;
}

export type ActorMatchResult = { actor: ResolvedActor } | { error: "unknown" | "ambiguous"; matches: ActorMatch[] };

/** At most this many matches are listed in an error. */
export const MAX_MATCHES = 8;

/** Kinds that describe people rather than name an actor ("government officials"): a word of their
 * description does not make a name ambiguous when a named actor holds it too. */
const DESCRIBED = new Set(["group", "location"]);

/** Words too common to pick an actor by. */
const STOP = new Set(["the", "of", "and", "for", "de", "al", "la", "el", "in", "on", "to", "a", "an", "s"]);

/** A name as compared: no marks, case, dots, possessive or leading "the"; other punctuation is a space. */
export function normaliseName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const wordsOf = (s: string): string[] => normaliseName(s).split(" ").filter((w) => w && !STOP.has(w));

/** The index over the stored actors and the states: a state is one actor with its code as key,
 * whether or not the store holds it (events carry state codes through persons and agencies too). */
export function actorNames(stored: readonly StoredActor[], states: readonly StateName[], aliases: ReadonlyMap<string, readonly string[]> = new Map()): ActorNames {
  const actors: ResolvedActor[] = [];
  const byId = new Map<string, ResolvedActor>();
  const byCode = new Map<string, ResolvedActor[]>();
  const byName = new Map<string, { actor: ResolvedActor; demonym: boolean }[]>();
  const byWord = new Map<string, { actor: ResolvedActor; words: string[] }[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  const addNames = (actor: ResolvedActor, names: Iterable<string>, demonyms: Iterable<string> = []) => {
    const seen = new Set<string>();
    const add = (n: string, demonym: boolean) => {
      const k = normaliseName(n);
      if (!k || seen.has(k)) return;
      seen.add(k);
      push(byName, k, { actor, demonym });
      if (demonym) return;
      const words = wordsOf(n);
      for (const w of new Set(words)) push(byWord, w, { actor, words });
    };
    for (const n of names) add(n, false);
    for (const d of demonyms) add(d, true);
  };
  const storedById = new Map(stored.map((a) => [a.id, a]));
  const stateCodes = new Set(states.map((s) => s.code));
  for (const s of states) {
    const own = storedById.get(s.code);
    const actor: ResolvedActor = { key: s.code, id: s.code, name: own?.name ?? s.name, kind: "country", code: s.code, articles: own?.articles ?? 0 };
    actors.push(actor);
    byId.set(s.code.toLowerCase(), actor);
    push(byCode, s.code.toLowerCase(), actor);
    addNames(actor, [actor.name, ...s.names], s.demonyms);
  }
  for (const a of stored) {
    if (stateCodes.has(a.id)) continue;
    // an organisation whose code is its own (igo:nato, code NATO) stands by its code, as a state
    // does: events carry the code for it and for its people (its secretary general)
    const owner = !!a.code && a.kind === "igo" && a.id.toLowerCase() === `igo:${a.code.toLowerCase()}`;
    const actor: ResolvedActor = { key: owner ? a.code! : a.id, id: a.id, name: a.name, kind: a.kind, code: a.code, articles: a.articles };
    actors.push(actor);
    byId.set(a.id.toLowerCase(), actor);
    // a person's code is its state's ("RUS" for Putin): the code names the state, not each of its
    // people; nor does an organisation's code name its people where the organisation is stored
    if (owner) byCode.set(a.code!.toLowerCase(), [actor, ...(byCode.get(a.code!.toLowerCase()) ?? [])]);
    else if (a.code && !stateCodes.has(a.code)) push(byCode, a.code.toLowerCase(), actor);
    addNames(actor, [a.name, ...(aliases.get(a.id) ?? [])]);
  }
  return { actors, byId, byCode, byName, byWord };
}

/** The actor the input names, or why none: unknown, or ambiguous, with the closest matches. */
export function matchActor(input: string, names: ActorNames): ActorMatchResult {
  const raw = input.trim();
  if (!raw) return { error: "unknown", matches: [] };
  const lower = raw.toLowerCase();
  const byId = names.byId.get(lower);
  if (byId) return { actor: byId };
  const codeHits = names.byCode.get(lower);
  const owner = codeHits?.find((a) => a.key === a.code && a.kind !== "code");
  if (owner) return { actor: owner };
  // actors that share a code that is no state's nor a stored organisation's: the code stands for
  // them all, as events carry it
  if (codeHits?.length) return pick(codeHits, "code", (hits) => ({ ...hits[0], key: hits[0].code!, id: hits[0].code!, name: hits[0].code!, kind: "code", articles: 0 }));
  const norm = normaliseName(raw);
  const named = norm ? names.byName.get(norm) : undefined;
  if (named?.length) {
    const kinds = new Map(named.map((n) => [n.actor, n.demonym]));
    const list = distinct(named.map((n) => n.actor));
    return pick(list, (a) => (kinds.get(a) ? "demonym" : "name"));
  }
  const words = wordsOf(raw);
  if (words.length) {
    const hits = distinct((names.byWord.get(words[0]) ?? []).filter((h) => containsRun(h.words, words)).map((h) => h.actor));
    if (hits.length) {
      // "Putin" names Vladimir Putin, not also the "Putin loyalists" some article described
      const namedHits = hits.filter((a) => !DESCRIBED.has(a.kind));
      return pick(namedHits.length ? namedHits : hits, "word");
    }
  }
  return { error: "unknown", matches: closest(raw, names) };
}

/** The actor the input names; throws E_UNKNOWN_ACTOR or E_AMBIGUOUS_ACTOR (context: input,
 * matches), whose message begins with `what` where given (the flag or field: "--actor"). */
export function resolveActor(input: string, names: ActorNames, what?: string): ResolvedActor {
  const r = matchActor(input, names);
  if ("actor" in r) return r.actor;
  throw actorError(input, r, what);
}

/** The error of a failed match, with a message that lists the matches. */
export function actorError(input: string, r: { error: "unknown" | "ambiguous"; matches: ActorMatch[] }, what?: string): DyadError {
  const list = r.matches.map((m) => `${m.name} (${m.key === m.name ? m.kind : `${m.key}, ${m.kind}`})`).join("; ");
  const head = `${what ? `${what} ` : ""}${JSON.stringify(input)}`;
  if (r.error === "ambiguous") {
    return new DyadError("E_AMBIGUOUS_ACTOR", `${head} names ${r.matches.length} actors: ${list}; give an id, a code or a fuller name`, { input, matches: r.matches });
  }
  return new DyadError("E_UNKNOWN_ACTOR", `${head} is no actor's id, code or name, nor a state's${list ? `; closest: ${list}` : ""}`, { input, matches: r.matches });
}

/** The names of a store's actors and of every state. Reads every actor: ask once per store state. */
export async function loadActorNames(store: Store): Promise<ActorNames> {
  const stored = await store.findActors({ limit: await store.countActors({}) });
  return actorNames(stored, defaultStates(), defaultAliases());
}

/** The names of every state alone (and the seeded persons' aliases): for a store that holds no actor yet. */
export function stateNamesOnly(): ActorNames {
  return actorNames([], defaultStates(), defaultAliases());
}

/** Resolves one input against a store: loadActorNames then resolveActor. */
export async function resolveActorIn(store: Store, input: string): Promise<ResolvedActor> {
  return resolveActor(input, await loadActorNames(store));
}

// the state table and the seeded persons' aliases are data files of the package: read once per process
let states: StateName[] | null = null;
let aliases: Map<string, string[]> | null = null;
const defaultStates = () => (states ??= loadStateNames());
const defaultAliases = () => (aliases ??= loadPersonAliases());

function distinct(list: ResolvedActor[]): ResolvedActor[] {
  return [...new Set(list)];
}

/** One actor of the hits, or the hits as an ambiguity (most mentioned first). `merge` may make one
 * actor of several (actors sharing a code stand for it). */
function pick(hits: ResolvedActor[], why: ActorMatch["match"] | ((a: ResolvedActor) => ActorMatch["match"]), merge?: (hits: ResolvedActor[]) => ResolvedActor | null): ActorMatchResult {
  const list = distinct(hits);
  if (list.length === 1) return { actor: list[0] };
  const merged = merge?.(list);
  if (merged) return { actor: merged };
  const matches = [...list]
    .sort(byMentions)
    .slice(0, MAX_MATCHES)
    .map((a) => ({ ...a, match: typeof why === "function" ? why(a) : why }));
  return { error: "ambiguous", matches };
}

const byMentions = (a: ResolvedActor, b: ResolvedActor) => b.articles - a.articles || (a.kind === "country" ? -1 : 0) - (b.kind === "country" ? -1 : 0) || (a.key < b.key ? -1 : 1);

function containsRun(words: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/** The actors nearest to an input that names none: names, words and codes that start with it, then
 * those within a few edits of it (a typo, a missing letter), most mentioned first at one distance. */
function closest(input: string, names: ActorNames): ActorMatch[] {
  const norm = normaliseName(input) || input.toLowerCase();
  const budget = Math.max(1, Math.min(3, Math.floor(norm.length / 3)));
  const best = new Map<ResolvedActor, { d: number; match: ActorMatch["match"] }>();
  const offer = (actor: ResolvedActor, d: number, match: ActorMatch["match"]) => {
    const held = best.get(actor);
    if (!held || d < held.d) best.set(actor, { d, match });
  };
  const consider = (key: string, actor: ResolvedActor) => {
    if (key.startsWith(norm)) offer(actor, 0, "prefix");
    else if (Math.abs(key.length - norm.length) <= budget) {
      const d = editDistance(norm, key, budget);
      if (d <= budget) offer(actor, d, "similar");
    }
  };
  for (const [name, list] of names.byName) for (const { actor } of list) consider(name, actor);
  for (const [word, list] of names.byWord) if (word.length >= 3) for (const { actor } of list) consider(word, actor);
  for (const [code, list] of names.byCode) for (const actor of list) consider(code, actor);
  return [...best]
    .sort(([a, x], [b, y]) => x.d - y.d || byMentions(a, b))
    .slice(0, MAX_MATCHES)
    .map(([a, { match }]) => ({ ...a, match }));
}

/** Optimal string alignment distance (Levenshtein with transpositions), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < low) low = v;
    }
    if (low > max) return low;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
