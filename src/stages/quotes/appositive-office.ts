// "General Anna Berg, chairman of the alliance's military committee, visited the base. ... said the head of
// the military committee": English names a person's office once, in apposition after the name, and later
// calls the person by the office alone, with its head noun varied (head, chairman, chief, leader: who leads
// the body) and its body shortened ("the alliance's military committee" is "the military committee", "the
// committee chairman"). The office phrase a speaker is called by is the person who was given that office,
// where exactly one person named before was; a body of another name ("the head of the navy") or an office
// two people were given names no one. Office heads and their classes are data (speech.json officeHeads).
import type { Token } from "../../model/types.js";
import { bodyPhraseToken } from "./body-phrase.js";

/** An office: the class of its head noun ("head" for head/chairman/chief/leader) and its body's words. */
export interface Office {
  head: string;
  body: string[];
}

/** What the reader needs of the article. */
export interface OfficeView {
  tokens: readonly Token[];
  quoted: ArrayLike<boolean | number | undefined | null>;
  /** office head word (lower case) → its class */
  heads: ReadonlyMap<string, string>;
  /** the actor whose mention starts at token k and its end, or undefined */
  mentionAt(k: number): { actor: number; token: number; tokenEnd: number } | undefined;
  isPerson(actor: number): boolean;
}

const MAX_BODY = 6;

/** The body's words from token b while they may be a body's (determiners and a possessor dropped: "the
 * alliance's military committee" is ["military", "committee"]), up to `stop`; null where none. */
function bodyWords(v: OfficeView, b: number, stop: number): { words: string[]; end: number } | null {
  let words: string[] = [];
  let e = b;
  for (; e < stop && e - b < MAX_BODY; e++) {
    const t = v.tokens[e];
    if (v.quoted[e]) break;
    if (t.norm === "'s" || t.text === "'s" || t.text === "’s") {
      words = [];
      continue;
    }
    if (!bodyPhraseToken(t) || /^[,.;:]$/.test(t.text)) break;
    if (t.pos === "DET") continue;
    words.push(t.lower);
  }
  return words.length > 0 ? { words, end: e } : null;
}

/**
 * The office given in apposition after a person's name that ends at token k (", chairman of the alliance's
 * military committee,", ", the head of the army,"): its head class and body; null where no office of a
 * known head and 'of' follows the comma.
 */
export function appositiveOfficeAfter(v: OfficeView, k: number, sLast: number): Office | null {
  if (k >= sLast || v.tokens[k].text !== ",") return null;
  let h = k + 1;
  if (h < sLast && /^(the|a|an)$/.test(v.tokens[h].lower)) h++;
  // ("the new chairman", "the outgoing head": an adjective or two before the head)
  while (h < sLast && h - k <= 3 && v.tokens[h].pos === "ADJ" && !v.heads.has(v.tokens[h].lower)) h++;
  const head = v.heads.get(v.tokens[h]?.lower ?? "");
  if (!head || v.tokens[h + 1]?.lower !== "of") return null;
  const body = bodyWords(v, h + 2, sLast);
  // (the appositive closes at a comma or the sentence's end: not "chairman of the committee that ...")
  if (!body || !(body.end >= sLast || /^[,.;]$/.test(v.tokens[body.end].text))) return null;
  return { head, body: body.words };
}

/**
 * The office a speaker phrase (tokens first..last, exclusive) names: "the head of the military committee"
 * (the phrase, or its body alone after "head of", or its head alone before "of" and the body), or "the
 * (military) committee chairman". Null where the phrase names no office of a known head.
 */
export function officeOfPhrase(v: OfficeView, first: number, last: number, sFirst: number, sLast: number): Office | null {
  const { tokens } = v;
  let f = first;
  if (/^(the|a|an)$/.test(tokens[f]?.lower ?? "")) f++;
  // "[the] head of [the] body": the head at the phrase's start, or right before it ("head of" + the phrase)
  let h = -1;
  for (let q = f; q < last && q - f <= 2; q++) if (v.heads.has(tokens[q].lower) && tokens[q + 1]?.lower === "of") h = q;
  if (h < 0 && first - 2 >= sFirst && tokens[first - 1].lower === "of" && v.heads.has(tokens[first - 2].lower)) {
    const body = bodyWords(v, first, Math.max(last, first + 1));
    return body ? { head: v.heads.get(tokens[first - 2].lower)!, body: body.words } : null;
  }
  if (h >= 0) {
    const body = bodyWords(v, h + 2, sLast);
    return body ? { head: v.heads.get(tokens[h].lower)!, body: body.words } : null;
  }
  // "the (military) committee chairman": the head last, the body's words before it (within the phrase, or
  // right before it where the phrase is the head alone)
  const head = v.heads.get(tokens[last - 1]?.lower ?? "");
  if (!head) return null;
  while (f > sFirst && last - f < 4 && !v.quoted[f - 1] && /^(NOUN|ADJ)$/.test(tokens[f - 1].pos) && /^\p{Ll}/u.test(tokens[f - 1].text)) f--;
  if (last - 1 <= f) return null;
  const body = bodyWords(v, f, last - 1);
  return body && body.end === last - 1 ? { head, body: body.words } : null;
}

/** Whether the speaker's office `want` is the office given `held`: the same head class, and the speaker's body
 * the held body's last words ("committee" and "military committee" of "military committee"). */
export function officeFits(want: Office, held: Office): boolean {
  if (want.head !== held.head || want.body.length > held.body.length) return false;
  const off = held.body.length - want.body.length;
  return want.body.every((w, i) => held.body[off + i] === w);
}

/**
 * Every person's office given in apposition after one of their mentions before token `before`: the one person
 * whose office the speaker's office fits, or null where none or two do.
 */
export function officeHolder(v: OfficeView, want: Office, offices: ReadonlyArray<{ actor: number; token: number; office: Office }>, before: number): number | null {
  let holder: number | null = null;
  for (const o of offices) {
    if (o.token >= before || !officeFits(want, o.office)) continue;
    if (holder !== null && holder !== o.actor) return null;
    holder = o.actor;
  }
  return holder;
}

/** The offices given in apposition after each person's mention, in text order (one pass over the tokens). */
export function appositiveOffices(v: OfficeView, sentences: ReadonlyArray<{ first: number; last: number }>): Array<{ actor: number; token: number; office: Office }> {
  const out: Array<{ actor: number; token: number; office: Office }> = [];
  for (const s of sentences) {
    for (let k = s.first; k < s.last; k++) {
      const m = v.mentionAt(k);
      if (!m || m.token !== k || !v.isPerson(m.actor)) continue;
      const office = appositiveOfficeAfter(v, m.tokenEnd, s.last);
      if (office) out.push({ actor: m.actor, token: k, office });
      k = m.tokenEnd - 1;
    }
  }
  return out;
}
