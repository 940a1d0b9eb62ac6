// Dates dyad takes in: a real day, optionally with a real time of day; anything else is no date.
import { describe, expect, it } from "vitest";
import { daysInMonth, isCalendarDay, parseCalendarDate } from "../src/calendar-date.js";

describe("parseCalendarDate", () => {
  it.each([
    ["2025-01-17", { y: 2025, m: 1, d: 17 }],
    ["2024-02-29", { y: 2024, m: 2, d: 29 }],
    ["2000-02-29", { y: 2000, m: 2, d: 29 }],
    ["2025-01-17T09:30", { y: 2025, m: 1, d: 17 }],
    ["2025-01-17T09:30:00Z", { y: 2025, m: 1, d: 17 }],
    ["2025-01-17 23:59:59.123+05:30", { y: 2025, m: 1, d: 17 }],
    ["2025-12-31T00:00:00-0800", { y: 2025, m: 12, d: 31 }],
  ])("%s is a day", (text, day) => {
    expect(parseCalendarDate(text)).toEqual(day);
  });

  it.each([
    "2024-13-45", "2023-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-00-10", "2024-01-00",
    "2024-01-01junk", "2024-01-01T", "2024-01-01T25:00", "2024-01-01T10:60", "2024-01-01T10:00:61", "2024-01-01T10:00+24:00",
    "2024-1-01", "17/01/2025", "", " 2024-01-01", "2024-01-01\n",
  ])("%j is no date", (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });

  it("knows the lengths of months, leap years included", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2100, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29]);
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2024, 2, 30)).toBe(false);
  });
});
