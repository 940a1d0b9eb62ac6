// Event patterns (data/events.json, and a user's own) compiled once into form → patterns maps.
import { readDataFile, type DataReader } from "./read-data-file.js";
import { convertedPatternsFile, eventPatternsFile, type ConvertedPatterns, type EventPatterns } from "./schemas.js";

export type VerbPattern = EventPatterns["verbs"][number] & { from: string; source?: ConvertedPatterns["verbs"][number]["source"] };
export type NounPattern = EventPatterns["nouns"][number] & { from: string };

export interface EventLexicon {
  /** a verb form (lower case) → its patterns, most specific first */
  verbs: Map<string, VerbPattern[]>;
  /** a noun (lower case) → its patterns, those a compound modifier chooses first */
  nouns: Map<string, NounPattern[]>;
  /** a verb's base form → its patterns, for "to ban", "will pound" where the base form is not
   *  listed among the forms (it is often a noun too: "a ban", "the pound") */
  lemmas: Map<string, VerbPattern[]>;
  /** every word some verb pattern takes as its particle ("on", "down", "together"): an adverb between
   *  a verb and its particle ("pushed hard for") is never one of these ("backed back down" is no adverb) */
  particles: Set<string>;
  /** every word some pattern starts at (a verb form, a base form or a noun): most words of a text are none */
  words: Set<string>;
  size: number;
}

/** Reads and validates an event pattern file. */
export function readEventPatterns(file: string, read: DataReader = readDataFile): { file: string; data: EventPatterns } {
  return { file, data: read(file, eventPatternsFile) };
}

/** Reads and validates a converted pattern file (data/events-petrarch2.json). */
export function readConvertedPatterns(file: string, read: DataReader = readDataFile): { file: string; data: ConvertedPatterns } {
  return { file, data: read(file, convertedPatternsFile) };
}

/**
 * Compiles dyad's own patterns (`sources`: data/events.json, then a user's) and, after them, the
 * patterns converted from another coder's dictionary (`converted`). An own pattern wins: a
 * converted one loses each object word an own pattern of the same verb and particle already has
 * (and a converted bare verb loses to an own bare verb), so it only adds what dyad lacks.
 */
export function compileEventPatterns(sources: { file: string; data: EventPatterns }[], converted: { file: string; data: ConvertedPatterns }[] = []): EventLexicon {
  const verbs = new Map<string, VerbPattern[]>();
  const nouns = new Map<string, NounPattern[]>();
  const lemmas = new Map<string, VerbPattern[]>();
  let size = 0;
  for (const { file, data } of sources) {
    for (const v of data.verbs) {
      const p: VerbPattern = { ...v, from: file };
      for (const f of v.forms ?? inflect(v.verb)) push(verbs, f, p);
      push(lemmas, v.verb, p);
      size++;
    }
    for (const n of data.nouns) {
      const p: NounPattern = { ...n, from: file };
      for (const f of n.nouns) push(nouns, f, p);
      size++;
    }
  }
  const own = new Set<string>();
  for (const { data } of sources) for (const v of data.verbs) for (const o of v.object ?? [""]) own.add(key(v.verb, v.particle, o));
  for (const { file, data } of converted) {
    for (const v of data.verbs) {
      let p: VerbPattern;
      if (v.object) {
        const object = v.object.filter((o) => !own.has(key(v.verb, v.particle, o)));
        if (!object.length) continue;
        p = { ...v, object, from: file };
      } else {
        if (own.has(key(v.verb, v.particle, ""))) continue;
        p = { ...v, from: file };
      }
      for (const f of v.forms ?? inflect(v.verb)) push(verbs, f, p);
      push(lemmas, v.verb, p);
      size++;
    }
  }
  // patterns with a particle or an object are tried before the bare verb; a converted pattern only
  // where none of dyad's own matches ("offered to negotiate with": dyad's negotiate, not PETRARCH's
  // "negotiate with" as cooperation), so converting adds readings and never changes one dyad makes
  const specificity = (p: VerbPattern) => (p.source ? 0 : 4) + (p.particle ? 2 : 0) + (p.object || p.objectPerson ? 1 : 0);
  for (const list of verbs.values()) list.sort((a, b) => specificity(b) - specificity(a));
  for (const list of lemmas.values()) list.sort((a, b) => specificity(b) - specificity(a));
  // ("hunger strike" before "strike"): a sense chosen by a modifier is tried first
  for (const list of nouns.values()) list.sort((a, b) => (b.modifiers ? 1 : 0) - (a.modifiers ? 1 : 0));
  const particles = new Set<string>();
  for (const list of verbs.values()) for (const p of list) if (p.particle) particles.add(p.particle);
  const words = new Set([...verbs.keys(), ...lemmas.keys(), ...nouns.keys()]);
  return { verbs, nouns, lemmas, particles, words, size };
}

function key(verb: string, particle: string | undefined, object: string): string {
  return `${verb} ${particle ?? ""} ${object}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const VOWEL = /[aeiou]/;

/** Regular English inflections: impose → imposes, imposed, imposing; ban → banned; ally → allied. */
export function inflect(verb: string): string[] {
  const forms = new Set([verb]);
  if (/(s|sh|ch|x|z|o)$/.test(verb)) forms.add(verb + "es");
  else if (/[^aeiou]y$/.test(verb)) forms.add(verb.slice(0, -1) + "ies");
  else forms.add(verb + "s");
  let stem = verb;
  if (verb.endsWith("e")) stem = verb.slice(0, -1);
  else if (/[^aeiou]y$/.test(verb)) stem = verb.slice(0, -1) + "i";
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) && VOWEL.test(verb)) stem = verb + verb[verb.length - 1];
  forms.add(stem + "ed");
  const ingStem = verb.endsWith("ie") ? verb.slice(0, -2) + "y" : verb.endsWith("e") && !verb.endsWith("ee") ? verb.slice(0, -1) : /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) ? verb + verb[verb.length - 1] : verb;
  forms.add(ingStem + "ing");
  // British doubling: "cancelled", "labelled"
  if (/[aeiou]l$/.test(verb)) {
    forms.add(verb + "led");
    forms.add(verb + "ling");
  }
  return [...forms];
}
