// Quotation marks paired into quote spans: straight and curly double quotes, British single quotes,
// and quotes that run over several paragraphs (an opening mark on each, a closing one at the end).
import type { Doc } from "../../model/types.js";
import { quotePossessiveAt } from "../../nlp/quote-possessive.js";
import { sentenceStartingAt } from "../../nlp/sentence-index.js";

export interface QuoteSpan {
  /** offset of the opening mark */
  open: number;
  /** offset just after the closing mark (or the end of the paragraph when it never closes) */
  close: number;
  /** the words inside the marks */
  innerStart: number;
  innerEnd: number;
  /** the quote continues over more than one paragraph */
  multiParagraph: boolean;
  single: boolean;
  /** the quote opens a quoted paragraph run into the one before it (a feed that lost its breaks) */
  runIn?: boolean;
}

interface Open {
  at: number;
  single: boolean;
  multi: boolean;
  runIn?: boolean;
}

// (two right single marks, `’’`, close a double quote in some feeds: `“The report is an indictment,’’ said X`)
const MARKS = /[“”„«»"‘]|’’/g;
const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const isSpace = (c: string | undefined) => c === undefined || /[\s(\[{—–-]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const out: QuoteSpan[] = [];
  const paras = doc.lines.filter((l) => l.kind === "body" && l.end > doc.bodyStart);
  let open = null as Open | null;
  for (let p = 0; p < paras.length; p++) {
    const line = paras[p];
    const from = Math.max(line.start, doc.bodyStart);
    // a quote left open at the end of the last paragraph continues only if this one opens again
    if (open) {
      const first = text[from];
      if (first === "“" || first === '"' || first === "„" || first === "«") {
        open.multi = true;
        scan(from + 1, line.end);
        continue;
      }
      closeAt(paras[p - 1].end, paras[p - 1].end);
    }
    scan(from, line.end);
  }
  if (open) closeAt(paras[paras.length - 1].end, paras[paras.length - 1].end);
  return out;

  function closeAt(innerEnd: number, close: number) {
    if (!open) return;
    const innerStart = open.at + 1;
    if (innerEnd > innerStart) out.push({ open: open.at, close, innerStart, innerEnd, multiParagraph: open.multi, single: open.single, ...(open.runIn ? { runIn: true } : {}) });
    open = null;
  }

  function scan(from: number, to: number) {
    for (let i = from; i < to; i++) {
      // jump to the next quotation mark (the hot path: most characters are none)
      MARKS.lastIndex = i;
      const next = MARKS.exec(text);
      if (!next || next.index >= to) return;
      i = next.index;
      const c = text[i];
      if (next[0] === "’’") {
        // two right single marks close an open double quote; elsewhere they are apostrophes
        if (open && !open.single) closeAt(i, i + 2);
        i++;
      } else if (OPEN_DOUBLE.has(c)) {
        if (open && !open.single) {
          // `“... this invasion. Russia has invaded Ukraine – video report “That would ...”`: a
          // second opening mark before a word, after a finished sentence of the open quote, with only one closing
          // mark to come, opens the next quoted paragraph of a text that lost its breaks (a caption
          // between them): the quote open before ends with its last sentence; a quote nested in
          // double marks (`“He told me “no” and left,”`) closes twice and keeps its outer quote
          const end = open.multi || !isLetter(text[i + 1]) ? -1 : lastSentenceEnd(doc, open.at + 1, i);
          if (end < 0 || closesTwice(text, i + 1, to)) continue; // a stray second opening mark inside a quote
          closeAt(end, end);
          open = { at: i, single: false, multi: false, runIn: true };
          continue;
        }
        if (open?.single) open = null; // a single quote inside was an apostrophe
        open = { at: i, single: false, multi: false };
      } else if (CLOSE_DOUBLE.has(c)) {
        if (open) closeAt(i, i + 1);
      } else if (c === '"') {
        // (`Indonesia"s economy`: a possessive's apostrophe written as a double quote, as the text layer reads it)
        if (quotePossessiveAt(text, i)) continue;
        if (open && !open.single && opensAfterSentence(text, i, from)) {
          // `... railways. "Free expression ...`: a closing mark never follows a space after a
          // full stop; this opens the next quoted paragraph, run into this one where a feed
          // dropped the paragraph break, and the quote open before ends with its sentence
          closeAt(i - 1, i - 1);
          open = { at: i, single: false, multi: false };
        } else if (open && !open.single) closeAt(i, i + 1);
        else if (isSpace(text[i - 1]) || i === from || text[i - 1] === "‘") open = { at: i, single: false, multi: false };
      } else if (c === "‘" && !open && (isSpace(text[i - 1]) || i === from) && isLetter(text[i + 1])) {
        // a British single quote: its closing ’ is followed by no letter (not "don’t")
        const end = findSingleClose(text, i + 1, to);
        if (end > 0) {
          out.push({ open: i, close: end + 1, innerStart: i + 1, innerEnd: end, multiParagraph: false, single: true });
          i = end;
        }
      }
    }
  }
}

/** A straight mark at i shaped as an opening one after a finished sentence: `. "Free` (full stop,
 * space, mark, capital letter). */
function opensAfterSentence(text: string, i: number, from: number): boolean {
  return i - 2 >= from && text[i - 1] === " " && /[.?!]/.test(text[i - 2]) && /\p{Lu}/u.test(text[i + 1] ?? "");
}

/** The end of the last sentence (doc.sentences, which knows "Sen." and "U.S.") that ends in [from, at) before another starts ahead of `at`, or -1. */
function lastSentenceEnd(doc: Doc, from: number, at: number): number {
  const k = sentenceStartingAt(doc.sentences, at);
  if (k < 1 || doc.sentences[k].start <= from) return -1;
  const end = doc.sentences[k - 1].end;
  return end > from && end < at ? end : -1;
}

/** Two closing double marks come before any opening one in [from, to). */
function closesTwice(text: string, from: number, to: number): boolean {
  let closes = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (OPEN_DOUBLE.has(c)) return false;
    if (CLOSE_DOUBLE.has(c) && ++closes === 2) return true;
  }
  return false;
}

function findSingleClose(text: string, from: number, to: number): number {
  for (let k = from; k < to && k - from < 400; k++) {
    const c = text[k];
    if (c === "“" || c === "”") return -1;
    if (c === "’" && !isLetter(text[k + 1]) && text[k - 1] !== " ") {
      // "the Kims’ rule" : a plural possessive, if no letters follow and the quote would be empty
      return k;
    }
  }
  return -1;
}
