// A journalist credited by the news outlet they report for takes the outlet's state (organizations.json, sector MED), as
// the employer's, with no office (no role):
//   the outlet's possessive right before the name:  "Fox News' James Rosen asked", "CBS News’ Lesley Stahl",
//   and the names listed after it in a credit:     "Fox News' Chad Pergram, Lucas Tomlinson and the AP contributed to this report"
//   the outlet after the name in a credit or byline: "Contributing: Christal Hayes, USA TODAY", "By Jane Roe, USA Today" and
//                                                     "Jane Roe\n\nUSA TODAY" as the article's first words
// Not an outlet the dictionary places in no state, nor a firm or a body of another sector ("Exxon's Rex Tillerson" is no
// journalist); not a guest ("X told Fox News", "X said on CBS News": no possessive); not the outlet's show or interview
// ("Fox News' interview with X": a noun between), nor a name the outlet merely follows in running text ("said Jane Roe,
// USA Today reported": the outlet must close the credit).
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

export interface OutletTag {
  entry?: NameEntry;
  len: number;
}

export interface OutletJournalist {
  /** the outlet */
  entry: NameEntry;
  /** the outlet's words that credit the person ("Fox News'") */
  text: string;
  rule: "actors/state:outlet-journalist";
}

const RULE = "actors/state:outlet-journalist" as const;
const CAP = /^[A-Z][\p{L}'’.-]*$/u;
/** most names in a credit list before this one, and most tokens of one name */
const MAX_LISTED = 4;
const MAX_NAME = 4;
/** words of a credit line after the names ("contributed to this report", "contributing reporting") */
const CREDIT = new Set(["contributed", "contributing"]);
/** words that open a credit before the names ("Contributing: X, USA TODAY", "By X, USA TODAY") */
const OPENERS = new Set(["contributing", "by", "reporting"]);

/** an outlet the dictionary places, a news medium (sector MED) */
function placedOutlet(e: NameEntry | undefined): NameEntry | null {
  return e && e.kind === "organization" && e.sector === "MED" && (e.country ?? e.code) ? e : null;
}

/** the placed outlet whose tag ends at token `q`, with its first token */
function outletEndingAt(tags: readonly (OutletTag | undefined)[], q: number, from: number): { entry: NameEntry; at: number } | null {
  for (let a = q; a >= Math.max(from, q - 6); a--) {
    const t = tags[a];
    if (!t?.entry) continue;
    if (a + t.len - 1 !== q) return null;
    const e = placedOutlet(t.entry);
    return e ? { entry: e, at: a } : null;
  }
  return null;
}

/** whether token `p` is a possessive mark ("'s", or the bare apostrophe after a plural-looking name: "Fox News'") */
function possessiveAt(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  return !!t && (t.norm === "'s" || ((t.text === "'" || t.text === "’") && !t.spaceBefore && /s$/i.test(tokens[p - 1]?.text ?? "")));
}

/** the placed outlet whose possessive ends right before token `k`: "Fox News' X", "the BBC's X" */
function outletPossessive(text: string, tokens: Token[], tags: readonly (OutletTag | undefined)[], k: number, sFirst: number): OutletJournalist | null {
  if (k - 2 < sFirst || !possessiveAt(tokens, k - 1)) return null;
  // ("News'" may be one token: the outlet's tag then ends at the mark's token itself)
  const o = outletEndingAt(tags, k - 2, sFirst);
  return o ? { entry: o.entry, text: text.slice(tokens[o.at].start, tokens[k - 1].end), rule: RULE } : null;
}

/**
 * The outlet a journalist named at tokens [k, last) reports for, as a credit or byline says it, or null.
 * `sFirst`/`sLast` bound the sentence (sLast exclusive).
 */
export function outletJournalist(text: string, tokens: Token[], tags: readonly (OutletTag | undefined)[], k: number, last: number, sFirst: number, sLast: number): OutletJournalist | null {
  const own = outletPossessive(text, tokens, tags, k, sFirst);
  if (own) return own;
  // a later name of a credit list: back over ", Name" / "and Name" to the first name, the outlet's possessive before it,
  // where the sentence credits them ("contributed")
  if (k - 2 >= sFirst && (tokens[k - 1].text === "," || tokens[k - 1].lower === "and")) {
    let credited = false;
    for (let x = last; x < Math.min(sLast, last + 12) && !credited; x++) credited = CREDIT.has(tokens[x].lower);
    if (credited) {
      let j = k - 1;
      for (let n = 0; n < MAX_LISTED && j > sFirst; n++) {
        while (j > sFirst && (tokens[j].text === "," || tokens[j].lower === "and")) j--;
        // one name: up to MAX_NAME capitalised tokens
        let a = j;
        while (a > sFirst && j - a < MAX_NAME && CAP.test(tokens[a].text) && !possessiveAt(tokens, a)) a--;
        if (a === j || !CAP.test(tokens[a + 1].text)) return null;
        const first = outletPossessive(text, tokens, tags, a + 1, sFirst);
        if (first) return first;
        j = a;
        if (tokens[j].text !== "," && tokens[j].lower !== "and") return null;
      }
    }
  }
  // the outlet right after the name, closing the credit: "Contributing: X, USA TODAY", "X\n\nUSA TODAY" (the article's start)
  let q = last;
  if (tokens[q]?.text === ",") q++;
  const t = tags[q];
  // (a byline's outlet stands on the line after the name: its own sentence)
  const e = t && (q < sLast || k === 0) ? placedOutlet(t.entry) : null;
  if (!e || !t) return null;
  const after = q + t.len;
  const opened = k === 0 || (k - 1 >= 0 && OPENERS.has(tokens[k - 1].lower) && (k - 1 === 0 || k - 1 === sFirst)) || (k - 2 >= 0 && tokens[k - 1].text === ":" && OPENERS.has(tokens[k - 2].lower));
  if (!opened) return null;
  // (the credit closes with the outlet: a stop, the sentence's end, or a line break after it at the article's start)
  const closes = (after >= sLast && q < sLast) || !tokens[after] || /^[.;]$/.test(tokens[after].text) || (k === 0 && /\n/.test(text.slice(tokens[after - 1].end, tokens[after].start)));
  return closes ? { entry: e, text: text.slice(tokens[q].start, tokens[after - 1].end), rule: RULE } : null;
}
