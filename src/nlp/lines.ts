// Lines of an article, classified: body paragraphs, ALL-CAPS headlines of linked stories, a dateline
// ("MOSCOW (Reuters) -"), bylines. A hard-wrapped text (newswire: a newline every ~60 characters, an
// indent to start a paragraph) is joined back into its paragraphs first.
import type { DatelineInfo, Line, LineKind } from "../model/types.js";

const SOFT_WRAP = /[a-z,;]\n[a-z(]/g;

/** A text is hard-wrapped when sentences run on over many of its newlines. */
export function isHardWrapped(text: string): boolean {
  let soft = 0;
  SOFT_WRAP.lastIndex = 0;
  while (SOFT_WRAP.exec(text)) soft++;
  if (soft < 2) return false;
  let newlines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines++;
  return soft >= newlines * 0.25;
}

export function classifyLines(text: string): Line[] {
  const wrapped = isHardWrapped(text);
  // in a text written all in capitals (old wire copy) a line of capitals is body, not a linked headline
  const capitalsText = isCapitalsText(text);
  const lines: Line[] = [];
  let paragraph = -1;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    // in a hard-wrapped text a line runs on until a blank line or an indented line
    if (wrapped) {
      while (nl < text.length) {
        const next = text.charCodeAt(nl + 1);
        const isBreak = next === 10 || next === 13 || next === 32 || next === 9 || nl + 1 >= text.length;
        if (isBreak) break;
        const more = text.indexOf("\n", nl + 1);
        nl = more < 0 ? text.length : more;
      }
    }
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    let kind: LineKind;
    if (!trimmed) kind = "blank";
    else kind = lineKind(trimmed, capitalsText);
    if (kind !== "blank") paragraph++;
    const start = pos + lead;
    const end = kind === "blank" ? start : start + trimmed.length;
    if (kind === "body") for (const seg of splitLinkedHeadlines(text, start, end)) lines.push({ ...seg, paragraph: Math.max(paragraph, 0) });
    else lines.push({ start, end, kind, paragraph: Math.max(paragraph, 0) });
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return lines;
}

// A link to another story glued into the text when its paragraph breaks were lost:
// "... “revanchist mission”. Ukraine invasion news: Russia says it has taken airport – live updatesRead more Asked whether"
const GLUED_READ_MORE = /(?<=[\p{Ll}\p{N})’'”"])Read more\b/gu;
// The Hill's related-story links glued to a name: "President Trump Donald John TrumpGOP senators balk at ... MORE"
// (a name of three or more lower-case letters runs straight into the link: "TrumpGOP", not "McDonald")
const GLUED_MORE = /(?<=\p{Lu}\p{Ll}{3,})\p{Lu}[^\n]{0,400}?\sMORE\b/gu;

function splitLinkedHeadlines(text: string, start: number, end: number): { start: number; end: number; kind: LineKind }[] {
  const line = text.slice(start, end);
  if (line.includes(" MORE")) return splitGluedMore(line, start, end);
  if (!line.includes("Read more")) return [{ start, end, kind: "body" }];
  GLUED_READ_MORE.lastIndex = 0;
  const out: { start: number; end: number; kind: LineKind }[] = [];
  let from = 0;
  for (let m = GLUED_READ_MORE.exec(line); m; m = GLUED_READ_MORE.exec(line)) {
    // the headline starts after the last sentence end before it (glued too: "was received.Read more
    // here:Putin involved in war ...Read more"), or at a link label before it
    let h = m.index;
    const before = line.slice(from, m.index);
    const re = /[.!?]["”’]?(?:\s+(?=\S)|(?=\p{Lu}\p{Ll}))/gu;
    let last = -1;
    for (let e = re.exec(before); e; e = re.exec(before)) last = e.index + e[0].length;
    const label = before.lastIndexOf("Read more");
    if (label >= 0 && label >= last) last = label;
    h = last >= 0 ? from + last : from;
    if (h > from) out.push({ start: start + from, end: start + h, kind: "body" });
    const hEnd = m.index + m[0].length;
    out.push({ start: start + h, end: start + hEnd, kind: "headline" });
    from = hEnd;
    while (from < line.length && /\s/.test(line[from])) from++;
  }
  if (from < line.length) out.push({ start: start + from, end, kind: "body" });
  return out.length ? out : [{ start, end, kind: "body" }];
}

function splitGluedMore(line: string, start: number, end: number): { start: number; end: number; kind: LineKind }[] {
  const out: { start: number; end: number; kind: LineKind }[] = [];
  let from = 0;
  GLUED_MORE.lastIndex = 0;
  for (let m = GLUED_MORE.exec(line); m; m = GLUED_MORE.exec(line)) {
    if (m.index > from) out.push({ start: start + from, end: start + m.index, kind: "body" });
    out.push({ start: start + m.index, end: start + m.index + m[0].length, kind: "headline" });
    from = m.index + m[0].length;
  }
  if (from < line.length) out.push({ start: start + from, end, kind: "body" });
  return out.length ? out : [{ start, end, kind: "body" }];
}

// a line that links to other stories: "Read more: ...", "RELATED: ...", "SEE ALSO: ...", "Read also: ...",
// "More On This... NSA secrets leaker ..."
const LINK_LABEL = /^(?:read more(?: here)?|read also|also read|related(?: stories| articles| content)?|see also|also see|more on this|more on this story)\s*(?::|\.\.\.|…)/i;

// a block of links to other stories opened by a title-case label with no colon, the teasers run on in
// its line: "Other Topics of Interest Estonia’s PM: NATO Troop Training ... Kallas said that ..."
// (the label's own capitals: "You may also like" in a sentence is lower case after its first word,
// "Other topics of interest to voters were" is body)
const LINK_BLOCK = /^(?:Other Topics of Interest|More Topics of Interest|Related Topics|Related Coverage|Recommended Stories|You May Also Like|You Might Also Like|Most Read Stories)\s+(?=[\p{Lu}\p{N}“"‘'])/u;

function lineKind(line: string, capitalsText = false): LineKind {
  if (LINK_LABEL.test(line) || LINK_BLOCK.test(line)) return "headline";
  if (!capitalsText && isHeadline(line)) return "headline";
  if (/^(By|BY|Reporting by|Writing by|Editing by|Additional reporting by)\s+\p{Lu}/u.test(line) && line.length < 120 && !/[.!?]["”]?$/.test(line.replace(/\b(Jr|Sr)\.$/, "")))
    return "byline";
  return "body";
}

/**
 * A linked-story headline: a line whose letters are (nearly) all capitals, with at least three words.
 * Acronyms inside ordinary sentences ("NATO and the EU said") never make a line of capitals.
 */
export function isHeadline(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // the hot path: an ordinary sentence shows its lower case at once
      if (++lower > 12 && lower > upper * 0.08) return false;
    } else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = line[i];
      const u = ch.toUpperCase();
      const l = ch.toLowerCase();
      if (u !== l) ch === u ? upper++ : lower++;
    }
  }
  if (upper < 12) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 3 && lower <= upper * 0.08;
}

/** Nearly all of the text's letters are capitals (4 in 5): a wire text written in capitals, whose lines are its body. */
export function isCapitalsText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
  }
  return upper >= 12 && lower * 4 < upper;
}

const DATELINE = /^((?:\p{Lu}[\p{Lu}'.-]*)(?:[ ]+\p{Lu}[\p{Lu}'.-]*){0,3})(?:,[ ]+[\p{L}. ]{2,30}?)?[ ]*(?:\(([\p{L} .&-]{2,30})\))?[ ]*(?:[-–—]+|:)[ ]*/u;

/** "MOSCOW (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON — ". */
export function findDateline(text: string, line: Line): DatelineInfo | null {
  const s = text.slice(line.start, Math.min(line.end, line.start + 120));
  const m = DATELINE.exec(s);
  if (!m) return null;
  const place = m[1];
  // the place is in capitals, and more than an acronym of two letters
  if (place.length < 3 || place !== place.toUpperCase()) return null;
  if (!m[2] && !/[-–—]/.test(m[0])) return null;
  const rest = s.slice(m[0].length);
  if (!/^[\p{Lu}"“‘'0-9]/u.test(rest)) return null;
  return { start: line.start, end: line.start + m[0].length, place, agency: m[2] ?? null };
}
