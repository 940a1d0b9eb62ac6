// Dates as dyad takes them in: "YYYY-MM-DD" naming a day that exists, optionally followed by a
// time of day that exists ("T10:00", " 10:00:00.5Z", "T23:59:59+05:30"). A shape test alone let
// "2024-13-45", "2023-02-30" and "2024-01-01junk" through as publication dates, and from there
// into events' dates.

export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** The day a date (with or without its time) names, or null when it is no such date. */
export function parseCalendarDate(text: string): CalendarDay | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (!isCalendarDay(day.y, day.m, day.d)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) return null;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return null;
  return day;
}

/** Whether year, month and day name a day of the (proleptic Gregorian) calendar. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}
