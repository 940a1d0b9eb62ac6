// A demonym and a plural noun set off by a comma from a list of names give each name its state:
//   before the list: "two Iranian former diplomats, A and B,", "three Russian officials, A, B and C, were ..."
//   after the list:  "sanctions on A, B and C, all Russian businessmen", "A and B, both Belarusian nationals"
//   after a colon:   "All four Britons held in Iran were freed: A, B, C and D." (the count is the number of names)
//   one name:        "a Russian man, Alexey Petrov, was detained" (a person noun that is no title: titles.json personNouns)
// (the plural noun right before the names without a comma, "Russian businessmen A and B", is describe()'s
// demonym-noun rule in find-actors.ts).
//
// The list before the names must read as an appositive: it is closed by a comma after its last name, or a
// number word stands before the demonym ("two Russian officials, A and B said"); "after talks with Russian
// officials, A and B flew home" has neither and gives no state. A list that carries its own description
// after the closing comma ("..., A and B, both Ukrainians,") is left to that description.
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import { byLower } from "../../lexicon/phrase-index.js";

/** The parts of find-actors' candidate this rule reads and writes. */
export interface ListedName {
  first: number;
  /** one past the name's last token */
  last: number;
  country: string | null;
  code: string | null;
  stateRule: string | null;
}

/** A dictionary tag starting at a token (find-actors' Tag: its entry and its length in tokens). */
export interface ListTag {
  entry?: NameEntry;
  len: number;
}

/** Words that open a description shared by every name of a list ("all Russian businessmen", "both Iranians"). */
const SHARED = new Set(["all", "both"]);
const LIST_JOINS = /^(?:,|and)$/;

/** Sets the state of each name of a list that a demonym and a plural noun describe (see the file comment). */
export function listAppositiveStates(tokens: Token[], tags: (ListTag | undefined)[], candidates: ListedName[], lex: Lexicon): void {
  const names = candidates.length > 1 && candidates.some((c, i) => i > 0 && c.first < candidates[i - 1].first) ? [...candidates].sort((a, b) => a.first - b.first) : candidates;
  let k = 0;
  while (k < names.length) {
    const end = listEnd(tokens, names, k);
    if (end > k) {
      const list = names.slice(k, end + 1);
      const state = stateBefore(tokens, tags, list, lex) ?? stateAfter(tokens, tags, list, lex) ?? countedGroupBefore(tokens, tags, list, lex);
      if (state) {
        for (const n of list) {
          if (n.country || n.code) continue;
          n.country = state.country;
          n.stateRule = state.rule;
        }
      }
      k = end + 1;
    } else {
      const one = names[k];
      let beside: string | null = null;
      const state = one.country || one.code ? null : personBefore(tokens, tags, one, lex);
      if (state) {
        one.country = state;
        one.stateRule = "actors/state:demonym-person-appositive";
      } else if (!one.country && !one.code && (beside = nationalsBeside(tokens, tags, one))) {
        one.country = beside;
        one.stateRule = "actors/state:nationals-beside";
      } else if (!one.country && !one.code && tokens[titledStart(tags, one.first) - 1]?.lower === "including" && tokens[titledStart(tags, one.first) - 2]?.text === ",") {
        // ("two Americans, including Paul Whelan, were held": one of the counted group; "killed four Americans, including
        // Ambassador X": after the name's title)
        const group = nationalsBefore(tokens, tags, titledStart(tags, one.first) - 3, [one]);
        if (group) {
          one.country = group.country;
          one.stateRule = group.rule;
        }
      }
      k++;
    }
  }
}

/** The first token of a title that a name's tokens follow ("Ambassador" of "Ambassador X": a tag with no dictionary entry
 *  ending right before the name), or the name's first token. */
function titledStart(tags: (ListTag | undefined)[], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tags[k];
    if (!t) continue;
    return !t.entry && k + t.len === first ? k : first;
  }
  return first;
}

/** The index of the last name of a list of two or more that starts at names[k] ("A, B and C", "A and B", "A, B, and C"), or k. */
function listEnd(tokens: Token[], names: ListedName[], k: number): number {
  let j = k;
  let joined = false;
  while (j + 1 < names.length) {
    const a = names[j];
    const b = names[j + 1];
    let q = a.last;
    if (tokens[q]?.text === "," && tokens[q + 1]?.lower === "and") q++;
    if (b.first !== q + 1 || !LIST_JOINS.test(tokens[q]?.lower ?? "")) break;
    if (tokens[q].lower === "and") joined = true;
    j++;
    if (joined) break;
  }
  return joined ? j : k;
}

/** "two Iranian former diplomats, A and B": the state of the demonym before the list, or null. */
function stateBefore(tokens: Token[], tags: (ListTag | undefined)[], list: ListedName[], lex: Lexicon): { country: string; rule: string } | null {
  let first = list[0].first;
  // ("five Australians, including A and B": the list names some of the group)
  if (tokens[first - 1]?.lower === "including" && tokens[first - 2]?.text === ",") first--;
  if (tokens[first - 1]?.text !== ",") return null;
  const nationals = nationalsBefore(tokens, tags, first - 2, list);
  if (nationals) return nationals;
  const head = pluralNounAt(tokens, first - 2, lex);
  if (head === null) return null;
  // ("Georgian former customs officers", "Russian human rights activists": modifiers and nouns of the head's compound)
  let q = head - 1;
  for (let n = 0; n < 3 && q >= 0 && (isModifier(tokens[q], lex) || compoundWord(tokens[q])); n++) q--;
  const demonym = demonymEndingAt(tags, q);
  if (!demonym) return null;
  q = skipModifiers(tokens, demonym.start - 1, lex);
  const counted = tokens[q]?.pos === "NUM" || tokens[q]?.lower === "both";
  const after = list[list.length - 1].last;
  const closed = tokens[after]?.text === ",";
  if (!counted && !closed) return null;
  // ("..., A and B, both Ukrainians, ...": the list's own description speaks)
  if (closed && sharedDescriptionAt(tokens, after + 1)) return null;
  return { country: demonym.entry.country ?? demonym.entry.code!, rule: "actors/state:demonym-list-appositive" };
}

/** a past participle that opens a clause after a group noun ("held", "detained", "killed"; "-ed" or a short list of others) */
const PARTICIPLE = /^(?:[a-z]{2,}ed|held|taken|kept|caught|seen|shot|hurt|known|slain|sent|stuck|left|brought|flown|thrown)$/;
const COUNT_WORDS = new Set(["both"]);

/**
 * "two Americans, A and B,", "the three Britons, A, B and C,", "all four Britons held at the base, A, B, C and D,": a plural
 * demonym that names people (countries.json demonyms: "Americans", "Britons", "Iranians") counted by a number word (or
 * "both"), with at most a short clause of a past participle between it and the comma at `q + 1`; the demonym's state for
 * every name of the list, or null. Only a counted group is in apposition ("talks with Americans, A and B flew home" is
 * not; "fans of the Americans, A and B" has no number word), and a list with its own description after it keeps it.
 */
function nationalsBefore(tokens: Token[], tags: (ListTag | undefined)[], q: number, list: ListedName[]): { country: string; rule: string } | null {
  let end = q;
  // ("held at the base": a participle and up to five words of no punctuation after the demonym)
  if (tags[q]?.entry?.kind !== "demonym") {
    for (let x = q; x >= Math.max(0, q - 6); x--) {
      if (!/^[A-Za-z-]+$/.test(tokens[x].text) || tokens[x].lower === "and") break;
      // (a participle of a reduced clause takes a preposition or nothing: "held at the base", "freed"; "visited the ministers, A
      // and B" is a verb with its object)
      if (PARTICIPLE.test(tokens[x].text) && x - 1 >= 0 && (x === q || tokens[x + 1].pos === "ADP")) {
        end = x - 1;
        break;
      }
    }
  }
  const demonym = demonymEndingAt(tags, end);
  if (!demonym || demonym.start !== end) return null;
  const word = tokens[end].text;
  // (the people: a capitalised plural, "Americans", "Britons", not "the US" or "French")
  if (!/^[A-Z][a-z]+s$/.test(word)) return null;
  // ("two other Americans, A and B,", "three fellow Britons, A, B and C,": the count before "other" or "fellow")
  const counter = tokens[end - 1] && OTHER.test(tokens[end - 1].lower) ? tokens[end - 2] : tokens[end - 1];
  if (!counter || !(counter.pos === "NUM" || COUNT_WORDS.has(counter.lower)) || /^\d{4}$/.test(counter.text)) return null;
  const after = list[list.length - 1].last;
  if (tokens[after]?.text === "," && sharedDescriptionAt(tokens, after + 1)) return null;
  return { country: demonym.entry.country ?? demonym.entry.code!, rule: "actors/state:nationals-list" };
}

const OTHER = /^(?:other|fellow)$/;

/**
 * "killed Ambassador X and three other Americans", "X and two fellow Britons were freed", "X, one of three Americans
 * held captive,": a name joined to a group of the people of a state (a capitalised plural demonym, "Americans") that
 * counts the name among them, by "other"/"fellow" after "and", or by "one of" in an appositive; the demonym's state, or
 * null ("X and three Americans were held": "other" is what makes X one of them; "X, a friend of two Americans,": no
 * "one of").
 */
function nationalsBeside(tokens: Token[], tags: (ListTag | undefined)[], one: ListedName): string | null {
  let q = one.last;
  if (tokens[q]?.lower === "and") {
    q++;
    if (tokens[q]?.pos === "NUM" && !/^\d{4}$/.test(tokens[q].text)) q++;
    if (!OTHER.test(tokens[q]?.lower ?? "")) return null;
    q++;
  } else if (tokens[q]?.text === "," && tokens[q + 1]?.lower === "one" && tokens[q + 2]?.lower === "of") {
    q += 3;
    if (tokens[q]?.lower === "the") q++;
    if (tokens[q]?.pos === "NUM" && !/^\d{4}$/.test(tokens[q].text)) q++;
  } else return null;
  const t = tags[q];
  if (t?.entry?.kind !== "demonym" || t.len !== 1 || !/^[A-Z][a-z]+s$/.test(tokens[q].text)) return null;
  return t.entry.country ?? t.entry.code ?? null;
}

/**
 * "A Russian man, Alexey Petrov, was detained", "an elderly Ukrainian soldier, X,": a demonym and a person noun that is
 * no title (titles.json personNouns) after an article, in apposition to one name closed by a comma; the demonym's
 * state, or null ("after meeting a Russian soldier, X said": no closing comma; "a Russian soldier, X, a Ukrainian
 * farmer,": the name's own description speaks).
 */
function personBefore(tokens: Token[], tags: (ListTag | undefined)[], one: ListedName, lex: Lexicon): string | null {
  // (closed by a comma, or by the sentence's stop: "they killed another American journalist, Steven Sotloff.")
  if (tokens[one.first - 1]?.text !== "," || !/^[,.]$/.test(tokens[one.last]?.text ?? "")) return null;
  const noun = tokens[one.first - 2];
  if (!noun || !lex.personNouns.has(noun.text)) return null;
  let q = one.first - 3;
  for (let n = 0; n < 2 && q >= 0 && (isModifier(tokens[q], lex) || compoundWord(tokens[q])); n++) q--;
  const demonym = demonymEndingAt(tags, q);
  if (!demonym) return null;
  q = demonym.start - 1;
  for (let n = 0; n < 2 && q >= 0 && tokens[q].pos === "ADJ" && /^[a-z-]+$/.test(tokens[q].text); n++) q--;
  if (!/^(?:a|an|another)$/.test(tokens[q]?.lower ?? "")) return null;
  if (tokens[one.last].text === ".") return demonym.entry.country ?? demonym.entry.code!;
  const next = tokens[one.last + 1];
  if (!next || sharedDescriptionAt(tokens, one.last + 1) || /^(?:a|an|the)$/.test(next.lower)) return null;
  return demonym.entry.country ?? demonym.entry.code!;
}

/** the words a colon's list may reach back over to its counted group: no stop, no other colon, no quote */
const CLAUSE_STOP = /^(?:[.!?;:"“”]|--|—)$/;
/** most words between the counted group and the colon ("All four Britons held in Iran since May were freed on Monday") */
const COLON_REACH = 14;

/**
 * "All four Britons held in Iran were freed: A, B, C and D.", "Two Russian diplomats were expelled: A and B.": a group
 * counted by a number word, a plural demonym of people ("Britons") or a demonym before a plural noun ("Russian
 * diplomats"), in the clause that a colon closes right before the list, where the count is the number of names listed
 * (the list is the group, name by name); the demonym's state, or null ("Two Russian diplomats met three officials: A, B
 * and C": three names, not two; "Two Russians and a Briton were held: A, B and C": no count of three).
 */
function countedGroupBefore(tokens: Token[], tags: (ListTag | undefined)[], list: ListedName[], lex: Lexicon): { country: string; rule: string } | null {
  const colon = list[0].first - 1;
  if (tokens[colon]?.text !== ":") return null;
  for (let j = colon - 1; j >= Math.max(0, colon - COLON_REACH); j--) {
    const t = tokens[j];
    if (CLAUSE_STOP.test(t.text)) return null;
    const n = lex.numberWords.get(t.lower) ?? (/^\d{1,2}$/.test(t.text) ? Number(t.text) : 0);
    if (n !== list.length) continue;
    const d = tags[j + 1];
    if (d?.entry?.kind !== "demonym") continue;
    const after = j + 1 + d.len;
    // ("four Britons": the people; "two Russian diplomats": the demonym before a plural noun of people or trade)
    const people = d.len === 1 && /^[A-Z][a-z]+s$/.test(tokens[j + 1].text);
    if (!people && pluralNounAt(tokens, skipModifiersForward(tokens, after, lex), lex) === null) continue;
    return { country: d.entry.country ?? d.entry.code!, rule: "actors/state:counted-group-list" };
  }
  return null;
}

/** "A, B and C, all Russian businessmen": the state of the demonym after the list, or null. */
function stateAfter(tokens: Token[], tags: (ListTag | undefined)[], list: ListedName[], lex: Lexicon): { country: string; rule: string } | null {
  const after = list[list.length - 1].last;
  if (tokens[after]?.text !== "," || !SHARED.has(tokens[after + 1]?.lower ?? "")) return null;
  const q = skipModifiersForward(tokens, after + 2, lex);
  const t = tags[q];
  if (t?.entry?.kind !== "demonym") return null;
  const noun = skipModifiersForward(tokens, q + t.len, lex);
  if (pluralNounAt(tokens, noun, lex) === null) return null;
  return { country: t.entry.country ?? t.entry.code!, rule: "actors/state:demonym-list-shared" };
}

/** Whether the words at `i` open a description of the names before them ("both Ukrainians", "all from Kyiv", "two ..."). */
function sharedDescriptionAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (SHARED.has(t.lower) || t.pos === "NUM");
}

/** A lower-case plural noun of people or trade at `i` ("diplomats", "businessmen"), or a plural initialism ("MPs"), or null. */
function pluralNounAt(tokens: Token[], i: number, lex: Lexicon): number | null {
  const t = tokens[i];
  // (the plural of an initialism of a member or officer: "two British MPs", "three Irish TDs", "four German MEPs")
  if (t && /^[A-Z]{2,4}s$/.test(t.text)) return i;
  if (!t || t.pos !== "NOUN" || !/^[a-z]{3,}$/.test(t.text) || !/(?:[^s]s|men)$/.test(t.text)) return null;
  if (lex.thingNouns.has(t.text) || lex.causeNouns.has(t.text)) return null;
  return i;
}

/** The token before up to two one-word role modifiers ending at `i` ("former", "senior"), walking back. */
function skipModifiers(tokens: Token[], i: number, lex: Lexicon): number {
  let q = i;
  for (let n = 0; n < 2 && q >= 0 && isModifier(tokens[q], lex); n++) q--;
  return q;
}

/** The token after up to two one-word role modifiers starting at `i`, walking on. */
function skipModifiersForward(tokens: Token[], i: number, lex: Lexicon): number {
  let q = i;
  for (let n = 0; n < 2 && q < tokens.length && isModifier(tokens[q], lex); n++) q++;
  return q;
}

/** A lower-case noun or adjective of a compound before a plural noun ("customs", "rights"), no tag's word. */
function compoundWord(t: Token | undefined): boolean {
  return !!t && /^[a-z]{3,}$/.test(t.text) && (t.pos === "NOUN" || t.pos === "ADJ");
}

function isModifier(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && /^[a-z-]+$/.test(t.text) && !!lex.modifiers.matchAt([t], 0, byLower, 1);
}

/** The demonym tag whose span ends at token `q` (not a possessor's: "Russia's"), or null. */
function demonymEndingAt(tags: (ListTag | undefined)[], q: number): { start: number; entry: NameEntry } | null {
  for (let k = q; k >= Math.max(0, q - 4); k--) {
    const t = tags[k];
    if (!t) continue;
    if (k + t.len - 1 !== q || t.entry?.kind !== "demonym") return null;
    return { start: k, entry: t.entry };
  }
  return null;
}
