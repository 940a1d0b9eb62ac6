import { describe, expect, it } from "vitest";
import { publishedDate, resolveEventDate, type Tense } from "../../../src/stages/dates/resolve-event-date.js";

// Words chrono reads as dates that are not the dates of events. Publication date: Friday 2025-01-17.
const FRI = "2025-01-17";

function dateOf(sentence: string, tense: Tense = "past", published: string | null = FRI) {
  return resolveEventDate(sentence, { start: 0, end: sentence.length }, published, tense);
}

describe("dates: negative cases", () => {
  it.each([
    "The explosion was heard at 19:02.",
    "The minister will speak at 2pm.",
    "The ceasefire starts at noon.",
    "The curfew begins at midnight.",
    "They met in the morning.",
  ])("a time alone is no date: %s", (s) => {
    expect(dateOf(s)).toBeNull();
  });

  it.each([
    "The talks went on for two days.",
    "Hamas must answer in 48 hours.",
    "Israel will respond within two days.",
    "Over the past two days, drones hit the city.",
    "Two days later, the army withdrew.",
    "A day earlier, the army had withdrawn.",
    "The army withdrew the day before.",
    "After two days, the talks collapsed.",
    "The siege lasted two weeks after the vote.",
  ])("a duration, or a date counted from another event, is no date: %s", (s) => {
    expect(dateOf(s)).toBeNull();
  });

  it.each([
    "The virus spread in 1,000 cases.",
    "Ukraine received F-16 jets.",
    "The G7 summit condemned the strike.",
    "The EU approved an 80bn package.",
    "Resolution 2231 expired.",
    "A 45-year-old man was arrested.",
    "The suspect, aged 80, was released.",
    "The 9/11 attacks changed US policy.",
    "Police patrol the border 24/7.",
    "Some 3/4 of voters backed the deal.",
    "COVID-19 killed millions.",
    "A Boeing 737 crashed.",
    "He won 2-1 in the final.",
    "The bill raised taxes in 2014 per cent of cases.",
  ])("a number is no date: %s", (s) => {
    expect(dateOf(s)).toBeNull();
  });

  it.each([
    ["Iran may respond to the strike.", "future"],
    ["Iran May respond to the strike.", "future"],
    ["Theresa May said Britain would leave.", "past"],
    ["Thousands joined a protest march in the capital.", "past"],
    ["Women's March organisers met the mayor.", "past"],
    ["The Long March shaped the party.", "past"],
    ["April Ryan asked the question.", "past"],
    ["June Carter sang.", "past"],
  ] as const)("a month word that is no month: %s", (s, tense) => {
    expect(dateOf(s, tense)).toBeNull();
  });

  it.each([
    "The Sunday Times reported the deal.",
    "The Mail on Sunday reported the deal.",
    "The Sun reported the deal.",
    "He sat down with the envoy.",
    "Shoppers crowded the malls on Black Friday.",
    "The Good Friday Agreement ended the conflict.",
    "Bloody Sunday still divides the city.",
    "Saturday Night Live mocked the candidate.",
    "Voters went to the polls on Super Tuesday.",
  ])("a weekday word that is no day: %s", (s) => {
    expect(dateOf(s)).toBeNull();
  });

  it.each(["In June, Putin met Xi.", "On Friday, they met.", "They met yesterday.", "They met on January 5.", "They met last month."])(
    "without a publication date, a date without its year is none: %s",
    (s) => {
      expect(dateOf(s, "past", null)).toBeNull();
    },
  );

  it("the month and weekday words that are dates still are", () => {
    expect(dateOf("In March, thousands marched.")?.date).toBe("2024-03");
    expect(dateOf("May 9 is Victory Day.", "present")?.date).toBe("2025-05-09");
    expect(dateOf("The Sunday vote was close.")?.date).toBe("2025-01-12");
    expect(dateOf("Putin Friday said he was ready.")?.date).toBe(FRI);
    expect(dateOf("Friday's meeting went well.")?.date).toBe(FRI);
  });
});

describe("dates: no impossible day, ever", () => {
  it.each([
    "Russia attacked the city on February 30, 2023.",
    "Russia attacked the city on February 30.",
    "Russia attacked the city on 30 February.",
    "Russia attacked the city on April 31.",
    "Russia attacked the city on 2023-02-30.",
    "Russia attacked the city on 2024-13-45.",
    "Russia attacked the city on 13/45/2024.",
    "Russia attacked the city on 31/04/2023.",
    "Russia attacked the city on February 29, 2023.",
  ])("a day the calendar lacks gives no day: %s", (s) => {
    for (const tense of ["past", "present", "future"] as const) {
      const d = dateOf(s, tense)?.date ?? null;
      // at most the month or year it names, never the impossible day
      if (d !== null) expect(d).toMatch(/^\d{4}(-\d{2})?$/);
    }
  });

  it("February 29 of a leap year is a day; named without a year, it lands in a leap year or not at all", () => {
    expect(dateOf("Russia attacked the city on February 29, 2024.")?.date).toBe("2024-02-29");
    for (const published of ["2024-03-10", "2025-03-10", "2024-02-10"]) {
      const d = dateOf("Russia attacked the city on February 29.", "past", published)?.date;
      if (d !== undefined) expect(["2024-02-29", "2020-02-29"]).toContain(d);
    }
  });

  it.each(["2024-13-45", "2023-02-30", "2024-01-01junk"])("an impossible publication date (%s) is E_BAD_DATE, never an event's date", (published) => {
    expect(() => dateOf("They met yesterday.", "past", published)).toThrow(/E_BAD_DATE/);
    expect(() => publishedDate(published)).toThrow(/E_BAD_DATE/);
  });
});
