// Event patterns (data/events.json, and a user's own) compiled once into form → patterns maps.
import { readDataFile } from "./read-data-file.js";
import { eventPatternsFile, type EventPatterns } from "./schemas.js";

export type VerbPattern = EventPatterns["verbs"][number] & { from: string };
export type NounPattern = EventPatterns["nouns"][number] & { from: string };

export interface EventLexicon {
  /** a verb form (lower case) → its patterns, most specific first */
  verbs: Map<string, VerbPattern[]>;
  /** a noun (lower case) → its patterns */
  nouns: Map<string, NounPattern[]>;
  /** a verb's base form → its patterns, for "to ban", "will pound" where the base form is not
   *  listed among the forms (it is often a noun too: "a ban", "the pound") */
  lemmas: Map<string, VerbPattern[]>;
  size: number;
}

/** Reads and validates an event pattern file. */
export function readEventPatterns(file: string): { file: string; data: EventPatterns } {
  return { file, data: readDataFile(file, eventPatternsFile) };
}

export function compileEventPatterns(sources: { file: string; data: EventPatterns }[]): EventLexicon {
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
  // patterns with a particle or an object are tried before the bare verb
  const specificity = (p: VerbPattern) => (p.particle ? 2 : 0) + (p.object ? 1 : 0);
  for (const list of verbs.values()) list.sort((a, b) => specificity(b) - specificity(a));
  for (const list of lemmas.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { verbs, nouns, lemmas, size };
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
