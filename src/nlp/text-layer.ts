// Text layer: wink-nlp tokens, sentences and POS with offsets into the original text, mended where
// wink falls short for news: letters outside ASCII split words ("Erdo|ğ|an"), title abbreviations
// end sentences ("Ret. | Lt. Gen. Keith Kellogg"), and sentences run over line breaks.
import type { Article, Doc, Line, Sentence, Token, TokenKind } from "../model/types.js";
import { type Wink, winkPass } from "./wink.js";
import { classifyLines, findDateline } from "./lines.js";
import { quotePossessiveAt } from "./quote-possessive.js";

/** Abbreviations that stand before a name, so never end a sentence. */
const TITLE_ABBREVIATIONS = new Set(
  ("Mr Mrs Ms Mx Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Cpt Sgt Adm Brig Cmdr Cdr Ret Rev Hon Pres Amb St Sr Jr Gen Insp Supt Det Cpl Pvt Fr Msgr Sheikh Rt Sens Reps Govs Gens").split(" "),
);

const isTitleAbbreviation = (s: string): boolean =>
  s.length <= 6 && (TITLE_ABBREVIATIONS.has(s) || TITLE_ABBREVIATIONS.has(s.charAt(0).toUpperCase() + s.slice(1)));

const CURLY = /[\u2018\u2019\u02bc\u0060\u00b4\u201c\u201d\u201e\u00ab\u00bb]/;
export const normText = (s: string): string => {
  // the hot path: most tokens are plain ASCII words with nothing to straighten
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x60 || c > 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain || !CURLY.test(s)) return s;
  return s.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
};

const NON_ASCII_LETTER = /[^\x00-\x7f]/;
const STARTS_LETTER = /^\p{L}/u;
const ENDS_LETTER = /\p{L}$/u;

/** wink's token types, from the value: line breaks, punctuation, numbers, words, unknown letters. */
function tokenType(value: string, pos: string): string {
  const c = value.charCodeAt(0);
  if (c === 10 || c === 13 || c === 9 || (c === 32 && /^\s+$/.test(value))) return "tabCRLF";
  if (pos === "PUNCT" || (pos === "SYM" && !/[\p{L}\p{N}]/u.test(value))) return "punctuation";
  if (c >= 48 && c <= 57) return "number";
  if (pos === "X") return "unk";
  return "word";
}

function kindOf(type: string): TokenKind {
  switch (type) {
    case "word":
      return "word";
    case "number":
      return "number";
    case "punctuation":
      return "punct";
    case "tabCRLF":
      return "space";
    default:
      return "other";
  }
}

function makeToken(text: string, start: number, pos: string, kind: TokenKind, spaceBefore: boolean): Token {
  const norm = normText(text);
  return { start, end: start + text.length, text, norm, lower: norm.toLowerCase(), pos, kind, spaceBefore };
}

export function buildDoc(nlp: Wink, article: Article): Doc {
  const text = article.text;
  const pass = winkPass(nlp, text);
  const tokens: Token[] = [];
  // wink token index → our token index (merges make ours fewer)
  const map = new Int32Array(pass.values.length + 1);
  let offset = 0;
  let pendingSpace = false;
  for (let i = 0; i < pass.values.length; i++) {
    const value = pass.values[i];
    // the value's place in the text: only white space lies between it and the last token
    const at = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const spaceLength = at < 0 ? 0 : at - offset;
    const space = spaceLength ? " " : "";
    offset += spaceLength;
    const type = tokenType(value, pass.pos[i]);
    const prev = tokens[tokens.length - 1];
    const glued = space.length === 0 && prev !== undefined && prev.end === offset;
    if (type === "tabCRLF") {
      // line breaks are whitespace: lines and sentences are found from the text's lines instead
      map[i] = tokens.length;
      offset += value.length;
      pendingSpace = true;
      continue;
    }
    if (glued && !pendingSpace && quotePossessive(text, tokens, value)) {
      // `Indonesia"s economy`: some wire feeds write a possessive's apostrophe as a double quote; the mark and the "s"
      // glued to a word are the possessive 's (its norm), no quotation mark
      tokens[tokens.length - 1] = { start: prev.start, end: prev.start + 1 + value.length, text: prev.text + value, norm: "'" + value.toLowerCase(), lower: "'" + value.toLowerCase(), pos: "PART", kind: "word", spaceBefore: false };
    } else if (glued && !pendingSpace && shouldMerge(prev, value, type)) {
      const merged = makeToken(prev.text + value, prev.start, prev.pos === "X" ? "PROPN" : prev.pos, "word", prev.spaceBefore);
      if (isTitleAbbreviation(prev.text)) merged.pos = "PROPN";
      tokens[tokens.length - 1] = merged;
    } else {
      tokens.push(makeToken(value, offset, pass.pos[i], kindOf(type), space.length > 0 || pendingSpace));
    }
    map[i] = tokens.length - 1;
    offset += value.length;
    pendingSpace = false;
  }
  map[pass.values.length] = tokens.length;

  const lines = classifyLines(text);
  const sentences = buildSentences(tokens, pass.sentences, map, lines);
  const bodyStart = lines.find((l) => l.kind === "body")?.start ?? 0;
  const dateline = findDatelineFromLines(text, lines);
  return { article, text, tokens, sentences, lines, bodyStart: dateline ? dateline.end : bodyStart, dateline };
}

/** `"` + `s` glued to the word before the mark (`Indonesia"s`, `the country"s`): a possessive written with a double quote (quote-possessive.ts). */
function quotePossessive(text: string, tokens: Token[], value: string): boolean {
  if (value !== "s" && value !== "S") return false;
  const n = tokens.length;
  const mark = tokens[n - 1];
  const word = tokens[n - 2];
  return !!word && mark.text === '"' && word.end === mark.start && quotePossessiveAt(text, mark.start);
}

function shouldMerge(prev: Token, value: string, type: string): boolean {
  // "Ret" + "." → "Ret." (wink keeps "Mr." and "Gen." whole, not every title)
  if (value === "." && isTitleAbbreviation(prev.text)) return true;
  // letters outside ASCII split a word: "Erdo" + "ğ" + "an"
  if (type === "punctuation") return false;
  // the hot path: "was" + "n't", "Iran" + "'s" — ASCII on both sides of the seam never merge
  if (prev.text.charCodeAt(prev.text.length - 1) < 128 && value.charCodeAt(0) < 128 && type !== "unk" && prev.pos !== "X") return false;
  if (!ENDS_LETTER.test(prev.text) || !STARTS_LETTER.test(value)) return false;
  return type === "unk" || prev.pos === "X" || NON_ASCII_LETTER.test(value[0]) || NON_ASCII_LETTER.test(prev.text[prev.text.length - 1]);
}

function findDatelineFromLines(text: string, lines: Line[]) {
  const first = lines.find((l) => l.kind !== "blank");
  return first ? findDateline(text, first) : null;
}

/**
 * Token i starts with a lower-case letter after ")" whose parenthesis closes on an abbreviation's
 * period ("(D-Conn.)", "(R-Calif.)", "(Ret.)"): a short capitalised word, its period and the
 * parenthesis written together (not "(the talks ended.)", "(in 2019.)": a sentence's own period).
 */
function closedAbbreviation(tokens: Token[], i: number): boolean {
  const close = tokens[i - 1];
  const mark = tokens[i - 2];
  if (close.text !== ")" || !mark || mark.end !== close.start || !/^\p{Ll}/u.test(tokens[i].text)) return false;
  // ("Conn" + "." as two tokens, or "Conn." as one)
  let word = mark.text.slice(0, -1);
  if (mark.text === ".") {
    const w = tokens[i - 3];
    if (!w || w.end !== mark.start) return false;
    word = w.text;
  } else if (!mark.text.endsWith(".")) return false;
  return /^\p{Lu}\p{L}{0,4}$/u.test(word);
}

/**
 * Token i is one capital letter (with its period or not: "Y.", "K") written right against the period of a
 * single capital letter before it ("N" + "."): the letters of one initialism ("N.Y.", "U.K."), not a new
 * sentence; a period with a space after it ("D-N.Y. The bill ...") still may end one.
 */
function initialismGoesOn(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  const letter = tokens[i - 2];
  const t = tokens[i];
  if (!letter || mark.text !== "." || letter.end !== mark.start || mark.end !== t.start) return false;
  return /^\p{Lu}$/u.test(letter.text) && /^\p{Lu}\.?$/u.test(t.text);
}

function buildSentences(tokens: Token[], winkSentences: [number, number][], map: Int32Array, lines: Line[]): Sentence[] {
  // 1. wink's sentence starts, in our token indices
  const starts = new Uint8Array(tokens.length + 1);
  for (const [s] of winkSentences) starts[map[s]] = 1;
  starts[0] = 1;
  // 2. a new line (paragraph) starts a sentence; a title abbreviation never ends one
  const lineOf = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < lines.length - 1 && lines[p].end <= tokens[i].start) p++;
    lineOf[i] = p;
    if (i > 0 && lineOf[i - 1] !== p) starts[i] = 1;
    else if (starts[i] && i > 0) {
      const prev = tokens[i - 1];
      if (prev.text.endsWith(".") && isTitleAbbreviation(prev.text.slice(0, -1))) starts[i] = 0;
      // "Rep. Jim Hale (D-Conn.) said", "Col. Ann Ford (Ret.) told": an abbreviation's period closed
      // inside parentheses, then a lower-case word, goes on with the sentence
      else if (closedAbbreviation(tokens, i)) starts[i] = 0;
      // "D-N.Y., said", "the U.K. and": a letter written against an initial's period spells one initialism on
      else if (initialismGoesOn(tokens, i)) starts[i] = 0;
    }
  }
  // 3. runs of tokens between starts
  const out: Sentence[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !starts[j]) j++;
    const line = lines[lineOf[i]];
    out.push({
      start: tokens[i].start,
      end: tokens[j - 1].end,
      first: i,
      last: j,
      headline: line?.kind === "headline",
      paragraph: line?.paragraph ?? 0,
    });
    i = j;
  }
  return out;
}
