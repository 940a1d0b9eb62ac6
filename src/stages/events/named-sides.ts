// "the two sides", "both countries" refer back to the parties the text last named side by side when
// no event before gives that many: "Russia and Ukraine have fought since 2014. The two sides held
// talks in Istanbul"; "Moscow and Kyiv traded accusations. The US urged restraint. The two sides
// agreed to a swap". A pair named as a place ("flights between Paris and Berlin", "in Tripoli and
// Tobruk") is where, not who; a pair of one state is no two sides; and with none named, none.
import type { Group, SentenceEnv } from "./sentence-env.js";

/** A conjoined pair of parties the text named: its actors and the token where it starts. */
export interface NamedSides {
  parties: number[];
  at: number;
  /** the index of its sentence among those the event stage read */
  sentence: number;
}

/** The pairs named so far in an article, oldest first, and the index of the sentence being read. */
export interface NamedSidesLog {
  pairs: NamedSides[];
  sentence: number;
}

// sentences back that a named pair still stands for "the two sides"
const REACH_SENTENCES = 3;
// (and "between": "flights between Paris and Berlin" are places, a capital reads as its state; a
// pair "talks between" name is the parties of the talks' own event already)
const PLACE_PREPS = /^(in|at|to|from|near|into|across|through|around|outside|inside|via|toward|towards|between)$/;

function codeOf(env: SentenceEnv, a: number): string {
  const x = env.layer.actors[a];
  return x.code ?? x.country ?? x.id;
}

/** Record the sentence's groups that name two or more parties of different states side by side. */
export function recordNamedSides(env: SentenceEnv, groups: readonly Group[], log: NamedSidesLog): void {
  const { tokens, s } = env;
  for (const g of groups) {
    if (g.actors.length < 2 || new Set(g.actors.map((a) => codeOf(env, a))).size < 2) continue;
    // (a pair after a preposition of place or motion is where something is, no pair of doers)
    let b = g.first - 1;
    while (b >= s.first && /^(DET|ADJ)$/.test(tokens[b].pos)) b--;
    if (b >= s.first && PLACE_PREPS.test(tokens[b].lower)) continue;
    // ("Finnish and Swedish membership of Nato": a pair that qualifies a noun names whose it is, no sides)
    if (g.last < s.last && tokens[g.last].pos === "NOUN") continue;
    log.pairs.push({ parties: g.actors, at: g.first, sentence: log.sentence });
  }
}

const COUNT_WORDS = /^(two|both|pair)$/;

/** Whether the counted phrase at `at` is headed by a noun of parties ("the two sides", "both Nordic nations"), not a bare "both". */
function countedSides(env: SentenceEnv, at: number, people: boolean): boolean {
  const { tokens, s } = env;
  let k = at;
  while (k < s.last && k - at < 3 && !COUNT_WORDS.test(tokens[k].lower)) k++;
  if (k >= s.last || !COUNT_WORDS.test(tokens[k].lower)) return false;
  k++;
  while (k < s.last && tokens[k].pos === "ADJ" && k - at < 5) k++;
  const head = tokens[k]?.lower ?? "";
  return people ? env.senses.personCountHeads.has(head) : env.senses.namedSides.heads.has(head);
}

/**
 * The parties of the latest pair named before token `at`, within a few sentences, that has just `n`
 * states (persons only when `people`), or [] when the text named none.
 */
export function namedSidesBefore(env: SentenceEnv, at: number, n: number, people: boolean): number[] {
  return latestNamedSides(env, at, n, people)?.parties ?? [];
}

/** The latest pair of that many parties named side by side before `at`, within reach, or null. */
export function latestNamedSides(env: SentenceEnv, at: number, n: number, people: boolean): NamedSides | null {
  const log = env.namedSides;
  if (!log || !countedSides(env, at, people)) return null;
  for (let i = log.pairs.length - 1; i >= 0; i--) {
    const p = log.pairs[i];
    if (p.at >= at) continue;
    if (log.sentence - p.sentence > REACH_SENTENCES) break;
    if (new Set(p.parties.map((a) => codeOf(env, a))).size !== n) continue;
    if (people && !p.parties.every((a) => env.layer.actors[a].kind === "person")) continue;
    return p;
  }
  return null;
}
