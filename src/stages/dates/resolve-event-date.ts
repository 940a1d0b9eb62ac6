// The date of one event: the date words in its sentence, resolved against the article's publication
// date (never the clock). chrono finds the candidates; our own rules then fix what it cannot know:
// a bare month or weekday ("In June", "On Friday") has no year or week of its own, and chrono picks
// the closest one, so a past act goes to the latest one on or before publication, a planned act to
// the next one on or after it. Words chrono mistakes for dates (times, durations, "a protest march",
// "the Sunday Times", "9/11") are dropped.
// only the English locale: the package index loads every locale (about 0.16 s of CPU at start)
import * as chronoEn from "chrono-node/en";
import { daysInMonth, parseCalendarDate } from "../../calendar-date.js";
import { DyadError } from "../../errors.js";

export type Tense = "past" | "future" | "present";

export interface EventDate {
  /** "YYYY-MM-DD" when the day is known, "YYYY-MM" for a month, "YYYY" for a year; null when the
   *  words put the act in a past they do not measure ("years ago", "decades ago", "long ago") */
  date: string | null;
  /** where it came from: words in the text, or the publication date for lack of any */
  source: "text" | "published";
  /** the date words and their offsets in the full text, when source is "text" */
  text?: string;
  start?: number;
  end?: number;
  /** the rule that made it: "dates/chrono", "dates/bare-month-past", "dates/weekday-future", "dates/published" ... */
  rule: string;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

/** A date found in the span, before the one nearest the trigger is chosen. */
interface Candidate {
  start: number;
  end: number;
  date: string | null;
  rule: string;
}

/** The fallback when an event's sentence states no date. */
export function publishedDate(published: string): EventDate {
  return { date: parsePublished(published).iso, source: "published", rule: "dates/published" };
}

/**
 * The date of an act mentioned in passing ("since the 2014 annexation of Crimea", "after the
 * invasion in February 2022"): the sentence's date only when it lies in the mention's own phrase or
 * just after it; a date elsewhere in the sentence is the news's ("On Friday, ... since the invasion"),
 * and the publication date is never the background's. null: the text gives it no date.
 */
export function backgroundDate<T extends { source: string; start?: number }>(found: T | null, mention: { start: number; end: number }, text: string): T | null {
  if (!found || found.source !== "text" || found.start === undefined || found.start < mention.start) return null;
  if (found.start <= mention.end) return found;
  // after it, only the mention's own complement may stand between: "of Crimea in", not "of Ukraine starts in Kyiv on"
  const gap = text.slice(mention.end, found.start);
  return gap.length <= BACKGROUND_DATE_REACH && ATTACHED_GAP.test(gap) ? found : null;
}

/** how far after a background mention its own date may stand ("the invasion of Ukraine in February 2022") */
const BACKGROUND_DATE_REACH = 40;

/** prepositions, articles and names only: the words of the mention's own prepositional phrase */
const ATTACHED_GAP = /^(?:\s*(?:of|in|on|by|against|into|to|the|a|an|\p{Lu}[\p{L}'’.-]*))*\s*$/u;

/** Words without which chrono finds nothing we keep: digits, month and weekday names, relative days. */
const DATE_HINT = /\b(1[89]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?|(mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|now|ago|(last|next|this|coming|past|previous|same|earlier|later) (week|month|year|weekend|spring|summer|autumn|fall|winter|morning|night|evening|afternoon|day))\b/i;

export function resolveEventDate(
  text: string,
  span: { start: number; end: number },
  published: string | null,
  tense: Tense,
  focus?: number,
  /** chrono's parses of this article's sentences, by span start: several events share a sentence */
  cache?: Map<number, chronoEn.ParsedResult[]>,
): EventDate | null {
  const pub = published == null ? null : parsePublished(published).day;
  const slice = text.slice(span.start, span.end);
  // most sentences name no date at all: a cheap look before chrono's parse (the hot path)
  if (!DATE_HINT.test(slice)) return null;
  const found: Candidate[] = [];
  let results = cache?.get(span.start);
  if (!results) {
    results = chronoEn.casual.parse(slice, { instant: referenceInstant(pub), timezone: 0 });
    cache?.set(span.start, results);
  }
  for (const r of results) {
    const c = fromChrono(slice, r, pub, tense);
    if (c) found.push(c);
  }
  // ("two decades ago", "several years ago": chrono reads no decades and guesses a count for "several")
  if (pub) for (const c of agoPhrases(slice, pub)) {
    for (let i = found.length - 1; i >= 0; i--) if (c.start < found[i].end && found[i].start < c.end) found.splice(i, 1);
    found.push(c);
  }
  for (const c of bareYears(slice)) if (!found.some((f) => c.start < f.end && f.start < c.end)) found.push(c);
  if (found.length === 0) return null;
  const best = nearest(slice, found, focus === undefined ? undefined : focus - span.start);
  return {
    date: best.date,
    source: "text",
    text: slice.slice(best.start, best.end),
    start: span.start + best.start,
    end: span.start + best.end,
    rule: best.rule,
  };
}

// ---------------------------------------------------------------------------------------------
// chrono's results → candidates

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** weekday and month words, full or abbreviated, as chrono reads them */
const CALENDAR_WORD =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi;
const FULL_NAMES = new Set([...WEEKDAYS, ...MONTHS]);

/** a month with neither day nor year is a date only after one of these ("in June", "last June", "mid-June") */
const MONTH_LEADS = new Set(
  "in during since until till by from to through before after last next this early late mid end of and or between".split(" "),
);
/** days with names of their own: "Black Friday", "Good Friday Agreement", "Bloody Sunday" */
const NAMED_DAYS = new Set("Black Good Bloody Super Ash Cyber Easter Palm Holy Maundy Shrove Whit Giving Blue Mad".split(" "));
/** words that make a weekday part of a title: "the Sunday Times", "Saturday Night Live" */
const TITLE_WORDS = new Set(
  "Times Telegraph Express Mirror Post Herald Mail Star Independent Tribune Sport World Night Journal Observer Review Agreement Sun People Business Record".split(
    " ",
  ),
);
const TITLES_ON_SUNDAY = /\b(?:Mail|Independent|Scotland|Wales) on $/;

/** "two days", "48 hours", "a week": a count of time units, which is a date only with "ago" */
const COUNTED_UNITS =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)\s+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)\b/i;
/** relative to another event, not to publication: "two days later", "the day before", "after two days" */
const RELATIVE_TO_OTHER = /(?:\b(?:later|earlier|after|before)$)|(?:^(?:after|before)\b)/i;

type ParsedResult = chronoEn.ParsedResult;

function fromChrono(slice: string, r: ParsedResult, pub: Day | null, tense: Tense): Candidate | null {
  const trimmed = trim(slice, r.index, r.index + r.text.length);
  if (!trimmed) return null;
  let { start, end } = trimmed;
  const words = slice.slice(start, end);
  const c = r.start;
  const hasYear = c.isCertain("year");
  const hasMonth = c.isCertain("month");
  const hasDay = c.isCertain("day");
  const hasWeekday = c.isCertain("weekday");

  if (COUNTED_UNITS.test(words) && !/\bago$/i.test(words)) return null;
  if (RELATIVE_TO_OTHER.test(words)) return null;
  if (!calendarWordsHold(slice, start, end, hasDay, hasYear)) return null;
  // without a publication date only a date that states its year can be placed
  if (!pub) {
    if (!hasYear || !/\b\d{4}\b/.test(words)) return null;
  }
  const before = wordBefore(slice, start);
  const since = before === "since" || sincePhraseBefore(slice, start);

  // times of day alone ("at 19:02", "noon") are no dates; "this morning", "this week" are today's
  if (!hasYear && !hasMonth && !hasDay && !hasWeekday) {
    if (pub && /^this (?:morning|afternoon|evening|week)$/i.test(words)) return { start, end, date: iso(pub), rule: "dates/this-period" };
    return null;
  }
  // "9/11", "24/7", "3/4 of voters": slash numbers with no year are names and fractions
  if (r.tags().has("parser/SlashDateFormatParser") && !hasYear) return null;

  const stated: Day = { y: c.get("year")!, m: c.get("month")!, d: c.get("day")! };
  if (hasYear && hasMonth && hasDay) return { start, end, date: iso(stated), rule: "dates/chrono" };
  if (hasYear && hasMonth) return { start, end, date: isoMonth(stated.y, stated.m), rule: "dates/chrono" };
  if (hasYear && !hasDay) return { start, end, date: String(stated.y), rule: "dates/chrono" };
  if (!pub) return null;

  // "the end of June": chrono implies the last day; the text states only the month
  if (hasMonth && hasDay && /^(?:the\s+)?end of\b/i.test(words)) {
    const dir = since ? "past" : tense;
    return { start, end, date: isoMonth(monthYear(pub, stated.m, dir), stated.m), rule: `dates/end-of-month-${dir}` };
  }
  if (hasMonth && hasDay) {
    // a day of a month without a year: the year follows the tense
    const dir = since ? "past" : tense;
    if (dir === "present") return { start, end, date: iso(stated), rule: "dates/day-month-present" };
    const y = dir === "past" ? (cmp(stated.m, stated.d, pub) <= 0 ? pub.y : pub.y - 1) : cmp(stated.m, stated.d, pub) >= 0 ? pub.y : pub.y + 1;
    if (stated.d > daysIn(y, stated.m)) return { start, end, date: iso(stated), rule: "dates/chrono" };
    return { start, end, date: iso({ y, m: stated.m, d: stated.d }), rule: `dates/day-month-${dir}` };
  }

  if (hasWeekday && !hasDay) {
    // "last Friday", "next Friday", "Friday last week" say which one; chrono places them
    if (/\b(?:last|next|past|previous|following)\b/i.test(words)) return { start, end, date: iso(stated), rule: "dates/chrono" };
    const target = c.get("weekday")!;
    let dir: Tense = since ? "past" : tense;
    if (before === "coming") {
      start = wordStart(slice, start);
      dir = "future";
    }
    return { start, end, date: iso(weekdayFrom(pub, target, dir)), rule: `dates/weekday-${dir}` };
  }

  if (hasMonth && !hasDay) {
    const month = stated.m;
    // "last June", "next June", "this June" are ours to read: chrono matches only "June"
    if (before === "last" || before === "next" || before === "this") {
      start = wordStart(slice, start);
      const y =
        before === "this" ? pub.y : before === "last" ? (month < pub.m ? pub.y : pub.y - 1) : month > pub.m ? pub.y : pub.y + 1;
      return { start, end, date: isoMonth(y, month), rule: `dates/month-${before}` };
    }
    const dir = since ? "past" : tense;
    return { start, end, date: isoMonth(monthYear(pub, month, dir), month), rule: `dates/bare-month-${dir}` };
  }

  // "yesterday", "two days ago", "last week", "today": chrono's day, at the precision it states
  if (hasDay) return { start, end, date: iso(stated), rule: "dates/chrono" };
  return null;
}

/**
 * Month and weekday words must read as dates: capitalised ("a protest march" is no month), written
 * out in full unless a day number goes with them ("The Sun", "He sat"), not part of a name or title
 * ("Black Friday", "the Sunday Times", "The Mail on Sunday"), and a month standing alone must follow
 * a preposition ("Women's March", "June Carter said" are no dates).
 */
function calendarWordsHold(slice: string, start: number, end: number, hasDay: boolean, hasYear: boolean): boolean {
  const words = slice.slice(start, end);
  for (const m of words.matchAll(CALENDAR_WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (!isCalendarWord(lower)) continue;
    if (w[0] !== w[0].toUpperCase()) return false;
    if (hasDay) continue;
    if (!FULL_NAMES.has(lower)) return false;
    const at = start + m.index;
    const prev = wordBefore(slice, at, true);
    if (WEEKDAYS.includes(lower)) {
      if (prev !== null && NAMED_DAYS.has(prev)) return false;
      const next = wordAfter(slice, at + w.length);
      if (next !== null && TITLE_WORDS.has(next)) return false;
      if (TITLES_ON_SUNDAY.test(slice.slice(Math.max(0, at - 20), at))) return false;
    } else if (!hasYear) {
      const p = prev?.toLowerCase() ?? null;
      if (p === null || !(MONTH_LEADS.has(p) || FULL_NAMES.has(p))) return false;
    }
  }
  return true;
}

function isCalendarWord(lower: string): boolean {
  if (FULL_NAMES.has(lower)) return true;
  const stem = lower.replace(/s$/, "");
  return lower.length <= 5 && [...WEEKDAYS, ...MONTHS].some((n) => n.startsWith(stem));
}

/** Drop a leading preposition and trailing punctuation chrono keeps ("On Friday," → "Friday"). */
function trim(slice: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (e > s && /[\s,.;:!?)\]]/.test(slice[e - 1])) e--;
  const lead = /^(?:on|in|at|of|from)\s+/i.exec(slice.slice(s, e));
  if (lead && s + lead[0].length < e) s += lead[0].length;
  return e > s ? { start: s, end: e } : null;
}

/**
 * "since the beginning of Russia's invasion in late February": a date inside a phrase that "since"
 * opens is in the past, whatever the clause's tense; only over a few words of one noun phrase (no
 * clause break, no verb of a clause still to come: "since Monday and will meet in June").
 */
function sincePhraseBefore(slice: string, at: number): boolean {
  const m = /\bsince\s+((?:[\p{L}\p{N}'’.-]+\s+){0,7})$/iu.exec(slice.slice(Math.max(0, at - 90), at));
  return !!m && !/\b(?:will|would|shall|to|and|but|or|that|which|who|when|is|are|was|were|has|have|had)\b/i.test(m[1]);
}

/** The word right before `at` (only spaces between), lower-cased unless asked to keep its case. */
function wordBefore(slice: string, at: number, keepCase = false): string | null {
  const m = /([\p{L}]+)[ \t-]*$/u.exec(slice.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  return keepCase ? m[1] : m[1].toLowerCase();
}

function wordStart(slice: string, at: number): number {
  const m = /([\p{L}]+)[ \t-]*$/u.exec(slice.slice(Math.max(0, at - 40), at));
  return m ? at - m[0].length : at;
}

function wordAfter(slice: string, at: number): string | null {
  const m = /^[ \t]+([\p{L}]+)/u.exec(slice.slice(at, at + 40));
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// our own rule: "in 2014", "during 1990", "in early 2014", "in the summer of 2014"; chrono reads no bare years

const BARE_YEAR =
  /\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|first half|second half)\s+of\s+)?((?:19|20)\d{2})(?!\d|[,./-]\d|\s*(?:%|per\s?cent|bn\b|m\b))/gi;

// "two decades ago", "a century ago", "half a century ago": the year, counted back from publication;
// "decades ago", "several years ago", "long ago": a past the words do not measure, no date (not the
// publication's either)
const AGO =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|half a|\d+)\s+(decades?|century|centuries)|(?:(?:many|several|some|a few|few|a couple of)\s+)?(?:years|decades|centuries|generations)|long|a generation)\s+ago\b/gi;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, "half a": 0.5 };

function agoPhrases(slice: string, pub: Day): Candidate[] {
  const out: Candidate[] = [];
  for (const m of slice.matchAll(AGO)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const n = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      const years = n * (/^dec/i.test(m[2]) ? 10 : 100);
      out.push({ start, end, date: pad(pub.y - Math.round(years), 4), rule: "dates/decades-ago" });
    } else {
      // ("two years ago", "30 years ago" are counted: chrono's)
      const prev = /([\p{L}\p{N}]+)\s+$/u.exec(slice.slice(Math.max(0, start - 20), start))?.[1].toLowerCase();
      if (prev && (/^\d+$/.test(prev) || prev in COUNT_WORDS || /^(eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$/.test(prev))) continue;
      out.push({ start, end, date: null, rule: "dates/unmeasured-past" });
    }
  }
  return out;
}

// a year that qualifies a noun: "Putin's 2014 annexation of Crimea", "the 2013 Maidan uprising"
const YEAR_MODIFIER = /(?:\bthe|['’]s)\s+((?:19|20)\d{2})(?=\s+\p{L})/gu;

function bareYears(slice: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of slice.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + 4, date: m[1], rule: "dates/bare-year" });
  }
  for (const m of slice.matchAll(YEAR_MODIFIER)) {
    const start = m.index + m[0].length - m[1].length;
    if (!out.some((c) => c.start === start)) out.push({ start, end: start + 4, date: m[1], rule: "dates/year-modifier" });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// choosing among several dates: the one nearest the trigger, clause breaks counting as distance

/** a clause break between a date and its trigger weighs as much as this many characters */
const BREAK_WEIGHT = 30;
/** nothing before the date but up to two words: "On Monday,", "Early last week," */
const FRONTED = /^[\s\p{P}]*(?:\p{L}+[\s-]+){0,2}$/u;

function nearest(slice: string, found: Candidate[], focus: number | undefined): Candidate {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  if (focus === undefined || sorted.length === 1) return sorted[0];
  const focusEnd = focus + (/^[\p{L}\p{N}'’-]+/u.exec(slice.slice(focus))?.[0].length ?? 0);
  let best = sorted[0];
  let bestScore = Infinity;
  for (const c of sorted) {
    const before = c.end <= focus;
    const gap = before ? slice.slice(c.end, focus) : slice.slice(focusEnd, Math.max(focusEnd, c.start));
    let breaks = (gap.match(/[,;:()—–]/g) ?? []).length;
    // a date that opens the sentence speaks for its main clause: the comma after "On Monday," is no break
    const fronted = before && gap.startsWith(",") && FRONTED.test(slice.slice(0, c.start));
    if (fronted) breaks--;
    // a date right before its trigger in the same clause ("Putin on Monday met") counts closer still
    const score = (gap.length + BREAK_WEIGHT * breaks) * (before && !fronted && breaks === 0 ? 0.5 : 1);
    if (score < bestScore || (score === bestScore && before)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// calendar arithmetic, in UTC and on components only, so the machine's time zone never shifts a day

/** any fixed instant will do when there is no publication date: only dates stating their year are kept */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

// The publication date was copied into events as given, so that "2024-13-45" or "2023-02-30"
// (which passed a shape test) became events' dates, and the calendar arithmetic below ran on them.
function parsePublished(published: string): { day: Day; iso: string } {
  const day = parseCalendarDate(published);
  if (!day) throw new DyadError("E_BAD_DATE", `published ${JSON.stringify(published)} is no calendar date`);
  return { day, iso: iso(day) };
}

/** noon UTC of the publication day: every zone from UTC-11 to UTC+11 sees the same calendar day */
function referenceInstant(pub: Day | null): Date {
  return pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : NO_REFERENCE;
}

function weekdayFrom(pub: Day, target: number, dir: Tense): Day {
  const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  // present: the nearest such day, three days either way
  const shift = dir === "past" ? -back : dir === "future" ? ahead : ahead <= 3 ? ahead : -back;
  const t = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + shift));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The year of a month named without one: the latest on or before publication for past acts, the
 * next on or after it for planned ones; an ongoing act in the month of publication is in it. */
function monthYear(pub: Day, month: number, dir: Tense): number {
  if (dir === "future") return month >= pub.m ? pub.y : pub.y + 1;
  return month <= pub.m ? pub.y : pub.y - 1;
}

function cmp(m: number, d: number, pub: Day): number {
  return m !== pub.m ? m - pub.m : d - pub.d;
}

const daysIn = daysInMonth;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const iso = (d: Day) => `${isoMonth(d.y, d.m)}-${pad(d.d)}`;
