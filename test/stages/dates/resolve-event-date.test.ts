import { afterEach, describe, expect, it } from "vitest";
import { publishedDate, resolveEventDate, type Tense } from "../../../src/stages/dates/resolve-event-date.js";

// Every test names its publication date (the reference), as chrono's own tests do.
// 2025-01-17 is a Friday, 2025-01-16 a Thursday.
const FRI = "2025-01-17";
const THU = "2025-01-16";

/** The whole sentence as the span; the trigger word, when given, as the focus. */
function dateOf(sentence: string, published: string | null, tense: Tense, trigger?: string) {
  const focus = trigger === undefined ? undefined : sentence.indexOf(trigger);
  if (focus === -1) throw new Error(`no "${trigger}" in the sentence`);
  return resolveEventDate(sentence, { start: 0, end: sentence.length }, published, tense, focus);
}
const day = (sentence: string, published: string | null, tense: Tense, trigger?: string) =>
  dateOf(sentence, published, tense, trigger)?.date ?? null;

describe("dates: the issue's cases", () => {
  it("puts a bare month of a past act in the latest such month before publication", () => {
    expect(dateOf("In June, Putin met Xi in Beijing.", FRI, "past", "met")).toEqual({
      date: "2024-06",
      source: "text",
      text: "June",
      start: 3,
      end: 7,
      rule: "dates/bare-month-past",
    });
  });

  it("puts a bare weekday of a planned act on the next such day, publication day included", () => {
    const s = "On Friday, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian are meeting in Moscow.";
    expect(dateOf(s, FRI, "future", "meeting")).toMatchObject({ date: "2025-01-17", text: "Friday", start: 3, end: 9, rule: "dates/weekday-future" });
    expect(day(s, THU, "future", "meeting")).toBe("2025-01-17");
  });
});

describe("dates: a bare weekday follows the tense", () => {
  it("past: the latest such day on or before publication", () => {
    expect(day("On Tuesday, the ministers met in Doha.", FRI, "past")).toBe("2025-01-14");
    expect(day("On Friday, the ministers met in Doha.", FRI, "past")).toBe("2025-01-17");
    expect(day("The ministers met in Doha on Saturday.", FRI, "past")).toBe("2025-01-11");
  });

  it("future: the next such day on or after publication", () => {
    expect(day("The ministers will meet on Tuesday.", FRI, "future")).toBe("2025-01-21");
    expect(day("The ministers will meet on Thursday.", THU, "future")).toBe("2025-01-16");
    expect(dateOf("The ministers will meet on Thursday.", THU, "future")?.rule).toBe("dates/weekday-future");
  });

  it("present: the nearest such day", () => {
    expect(day("On Monday, the talks are going on.", FRI, "present")).toBe("2025-01-20");
    expect(day("On Tuesday, the talks are going on.", FRI, "present")).toBe("2025-01-14");
    expect(dateOf("On Tuesday, the talks are going on.", FRI, "present")?.rule).toBe("dates/weekday-present");
  });

  it("since: always the one before", () => {
    expect(day("Protesters have been on the streets since Monday.", FRI, "present")).toBe("2025-01-13");
  });

  it("coming: always the one after", () => {
    expect(dateOf("The vote is set for this coming Sunday.", FRI, "present")).toMatchObject({ date: "2025-01-19", text: "coming Sunday" });
  });

  it("last Friday and next Friday say which one (chrono)", () => {
    expect(dateOf("They met last Friday.", FRI, "past")).toMatchObject({ date: "2025-01-10", text: "last Friday", rule: "dates/chrono" });
    expect(day("They met last Friday.", "2025-01-18", "past")).toBe("2025-01-17");
    // chrono reads "next Friday" on a Thursday as the Friday of next week
    expect(day("They will meet next Friday.", THU, "future")).toBe("2025-01-24");
    expect(day("They met on Friday last week.", FRI, "past")).toBe("2025-01-10");
  });
});

describe("dates: a bare month follows the tense", () => {
  it("past and future across a year boundary", () => {
    expect(day("In December, the army advanced.", FRI, "past")).toBe("2024-12");
    expect(day("Elections will be held in December.", FRI, "future")).toBe("2025-12");
    expect(day("In February, the talks will resume.", FRI, "future")).toBe("2025-02");
    expect(day("In February, the talks collapsed.", FRI, "past")).toBe("2024-02");
    expect(day("The talks will resume in January.", "2024-12-20", "future")).toBe("2025-01");
    expect(day("The talks collapsed in January.", "2024-12-20", "past")).toBe("2024-01");
  });

  it("the month of publication counts both ways", () => {
    expect(day("In June, Putin met Xi.", "2025-06-20", "past")).toBe("2025-06");
    expect(day("Putin will meet Xi in June.", "2025-06-20", "future")).toBe("2025-06");
  });

  it("present: the month of publication, or else the last one", () => {
    expect(dateOf("Prices are rising in June.", "2025-06-20", "present")).toMatchObject({ date: "2025-06", rule: "dates/bare-month-present" });
    expect(day("Prices are rising in June.", FRI, "present")).toBe("2024-06");
  });

  it("last, next and this June", () => {
    expect(dateOf("They met last June.", FRI, "past")).toMatchObject({ date: "2024-06", text: "last June", rule: "dates/month-last" });
    expect(day("They met last June.", "2025-06-20", "past")).toBe("2024-06");
    expect(day("They met last June.", "2025-07-02", "past")).toBe("2025-06");
    expect(dateOf("They will meet next June.", FRI, "future")).toMatchObject({ date: "2025-06", text: "next June", rule: "dates/month-next" });
    expect(day("They will meet next June.", "2025-06-20", "future")).toBe("2026-06");
    expect(day("They will meet this June.", FRI, "future")).toBe("2025-06");
  });

  it("early, late and mid-month keep the month", () => {
    expect(day("In early June, Putin met Xi.", FRI, "past")).toBe("2024-06");
    expect(day("Talks will resume in mid-March.", FRI, "future")).toBe("2025-03");
  });

  it("the end of a month states the month, not its last day", () => {
    expect(dateOf("A deal is expected by the end of June.", FRI, "future")).toMatchObject({ date: "2025-06", rule: "dates/end-of-month-future" });
  });
});

describe("dates: explicit dates", () => {
  it("a day and month without a year take the year from the tense", () => {
    expect(dateOf("The deal was signed on January 5.", FRI, "past")).toMatchObject({ date: "2025-01-05", text: "January 5", rule: "dates/day-month-past" });
    expect(day("The deal was signed on December 28.", FRI, "past")).toBe("2024-12-28");
    expect(day("He will arrive on 20 January.", FRI, "future")).toBe("2025-01-20");
    expect(day("He will arrive on January 5.", FRI, "future")).toBe("2026-01-05");
    expect(day("Elections are due on Jan. 5.", FRI, "present")).toBe("2025-01-05");
    expect(day("Hamas attacked on October 7.", FRI, "past")).toBe("2024-10-07");
  });

  it("a date with its year", () => {
    expect(dateOf("The treaty was signed on 5 January 2023.", FRI, "past")).toMatchObject({ date: "2023-01-05", text: "5 January 2023", rule: "dates/chrono" });
    expect(dateOf("The treaty was signed in June 2023.", FRI, "past")).toMatchObject({ date: "2023-06", text: "June 2023", rule: "dates/chrono" });
    expect(day("The treaty was signed on 2023-01-05.", FRI, "past")).toBe("2023-01-05");
    expect(day("The treaty was signed on 05/01/2023.", FRI, "past")).toBe("2023-05-01");
  });

  it("a bare year (chrono reads none)", () => {
    expect(dateOf("In 2014, Russia annexed Crimea.", FRI, "past")).toMatchObject({ date: "2014", text: "2014", start: 3, end: 7, rule: "dates/bare-year" });
    expect(day("Russia annexed Crimea in early 2014.", FRI, "past")).toBe("2014");
    expect(day("The war began in the summer of 1914.", FRI, "past")).toBe("1914");
  });
});

describe("dates: relative dates (chrono)", () => {
  it.each([
    ["They met yesterday.", "2025-01-16", "yesterday"],
    ["They will meet tomorrow.", "2025-01-18", "tomorrow"],
    ["They met two days ago.", "2025-01-15", "two days ago"],
    ["They met a week ago.", "2025-01-10", "a week ago"],
    ["They met last week.", "2025-01-10", "last week"],
    ["They will meet next week.", "2025-01-24", "next week"],
    ["They met last month.", "2024-12", "last month"],
    ["They will meet next month.", "2025-02", "next month"],
    ["They met earlier this month.", "2025-01", "this month"],
    ["They will meet next year.", "2026", "next year"],
    ["They met last year.", "2024", "last year"],
    ["They met two years ago.", "2023", "two years ago"],
  ])("%s", (s, date, text) => {
    expect(dateOf(s, FRI, s.includes("will") ? "future" : "past")).toMatchObject({ date, text, source: "text", rule: "dates/chrono" });
  });

  it("today and now are the publication date, said in the text", () => {
    expect(dateOf("Talks resume today.", FRI, "present")).toMatchObject({ date: FRI, text: "today", source: "text" });
    expect(dateOf("Iran now says it will talk.", FRI, "present")).toMatchObject({ date: FRI, text: "now", source: "text" });
    expect(dateOf("They met this morning.", FRI, "past")).toMatchObject({ date: FRI, text: "this morning", rule: "dates/this-period" });
    expect(dateOf("They are meeting this week.", FRI, "present")).toMatchObject({ date: FRI, text: "this week", rule: "dates/this-period" });
  });

  it("a time with a day keeps the day", () => {
    expect(day("The blast came at 19:02 on Tuesday.", FRI, "past")).toBe("2025-01-14");
    expect(day("They met on Tuesday night.", FRI, "past")).toBe("2025-01-14");
  });
});

describe("dates: several dates in one sentence", () => {
  const s = "Putin, who arrived on Tuesday, will meet Xi on Friday.";

  it("takes the one nearest the trigger", () => {
    expect(dateOf(s, THU, "future", "meet")).toMatchObject({ date: "2025-01-17", text: "Friday" });
    expect(dateOf(s, THU, "past", "arrived")).toMatchObject({ date: "2025-01-14", text: "Tuesday" });
  });

  it("prefers the one before the trigger in its clause", () => {
    const t = "On Monday, Russia said it had struck Kyiv on Saturday.";
    expect(dateOf(t, FRI, "past", "said")?.text).toBe("Monday");
    expect(dateOf(t, FRI, "past", "struck")?.text).toBe("Saturday");
    const u = "Putin on Monday met Xi, who had arrived in Moscow on Sunday.";
    expect(dateOf(u, FRI, "past", "met")).toMatchObject({ text: "Monday", date: "2025-01-13" });
  });

  it("without a trigger takes the first", () => {
    expect(dateOf(s, THU, "past")?.text).toBe("Tuesday");
  });
});

describe("dates: offsets and publication dates", () => {
  it("gives offsets into the whole text, searching the span only", () => {
    const text = "Talks failed on Monday. On Friday, the leaders are meeting in Moscow. They met in June.";
    const start = text.indexOf("On Friday");
    const end = text.indexOf(" They met");
    const r = resolveEventDate(text, { start, end }, FRI, "future", text.indexOf("meeting"))!;
    expect(r).toMatchObject({ date: "2025-01-17", text: "Friday" });
    expect(text.slice(r.start, r.end)).toBe("Friday");
  });

  it("returns null when the span states no date", () => {
    expect(dateOf("Putin met Xi in Beijing.", FRI, "past")).toBeNull();
  });

  it("without a publication date keeps only dates that state their year", () => {
    expect(day("In June 2023, they met.", null, "past")).toBe("2023-06");
    expect(day("They met on 5 January 2023.", null, "past")).toBe("2023-01-05");
    expect(day("In 2014, Russia annexed Crimea.", null, "past")).toBe("2014");
    expect(day("They met yesterday.", null, "past")).toBeNull();
    expect(day("They met last year.", null, "past")).toBeNull();
    expect(day("They met on January 5.", null, "past")).toBeNull();
  });

  it("publishedDate is the fallback, and accepts a timestamp", () => {
    expect(publishedDate(FRI)).toEqual({ date: FRI, source: "published", rule: "dates/published" });
    expect(publishedDate("2025-01-17T23:30:00+05:00").date).toBe(FRI);
  });

  it("rejects a publication date that is not YYYY-MM-DD", () => {
    expect(() => day("They met yesterday.", "17/01/2025", "past")).toThrow(/E_BAD_DATE/);
  });
});

describe("dates: the machine's time zone never shifts a day", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "America/Los_Angeles", "UTC"])("%s", (tz) => {
    process.env.TZ = tz;
    expect(day("They met yesterday.", FRI, "past")).toBe("2025-01-16");
    expect(day("They will meet tomorrow.", "2024-12-31", "future")).toBe("2025-01-01");
    expect(day("On Friday, they are meeting.", FRI, "future")).toBe(FRI);
    expect(day("They met last month.", "2025-03-01", "past")).toBe("2025-02");
    expect(day("They met on 5 January 2023.", FRI, "past")).toBe("2023-01-05");
  });
});

describe("dates: a year that qualifies a noun", () => {
  it("'Putin's 2014 annexation', 'the 2013 Maidan uprising' are dated by their year", () => {
    expect(dateOf("Many fought following Putin's 2014 annexation of Crimea.", FRI, "past", "annexation")?.date).toBe("2014");
    expect(dateOf("It has been so since the 2013 Maidan uprising.", FRI, "past", "uprising")?.date).toBe("2013");
  });

  it("negative: a count of things is no year ('the 2,000 troops', '2500 troops')", () => {
    expect(dateOf("Russia sent the 2,000 troops to Syria.", FRI, "past", "sent")).toBeNull();
    expect(dateOf("Russia sent 2500 troops to Syria.", FRI, "past", "sent")).toBeNull();
  });
});

describe("dates: a past counted in decades or not measured at all", () => {
  it("decades and centuries ago count back from publication (chrono reads none)", () => {
    expect(dateOf("Two decades ago, the United States invaded Iraq.", FRI, "past")).toMatchObject({ date: "2005", text: "Two decades ago", rule: "dates/decades-ago" });
    expect(day("A decade ago the two leaders met in Geneva.", FRI, "past")).toBe("2015");
    expect(day("Half a century ago the treaty was signed.", FRI, "past")).toBe("1975");
    expect(day("The war ended a century ago.", FRI, "past")).toBe("1925");
  });

  it("years counted stay chrono's", () => {
    expect(day("Two years ago, Russia invaded Ukraine.", FRI, "past")).toBe("2023");
    expect(day("“8 years ago, Russia annexed Crimea.", FRI, "past")).toBe("2017");
  });

  it("an unmeasured past is no date, and not the publication's", () => {
    for (const s of ["Decades ago, the United States invaded Iraq.", "Several years ago, Iran seized a tanker.", "Long ago the two states fought a war.", "A few years ago the leaders met."]) {
      expect(dateOf(s, FRI, "past")).toMatchObject({ date: null, source: "text", rule: "dates/unmeasured-past" });
    }
  });

  it("a stated date nearer the act wins over an unmeasured past elsewhere", () => {
    expect(day("Russia, which invaded Crimea years ago, attacked Kyiv on 3 January.", FRI, "past", "attacked")).toBe("2025-01-03");
  });
});

describe("dates: a month inside a since-phrase is past", () => {
  it("a month named inside the phrase that since opens is the last such month", () => {
    expect(day("The US has committed $9 billion since the beginning of Russia's invasion in late February.", "2022-08-09", "future")).toBe("2022-02");
    expect(day("Talks have stalled since the start of the war in March.", "2022-08-09", "present")).toBe("2022-03");
  });

  it("a month in a clause still to come after the since-phrase keeps the clause's tense", () => {
    expect(day("Kyiv has hoped since then that Russia will withdraw in February.", "2022-08-09", "future")).toBe("2023-02");
    expect(day("Ukraine will join the talks in February.", "2022-08-09", "future")).toBe("2023-02");
  });
});
