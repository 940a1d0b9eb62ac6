import { describe, expect, it } from "vitest";
import { backgroundDate } from "../../../src/stages/dates/resolve-event-date.js";
import { extract } from "../../helpers.js";

const events = (text: string, published = "2025-01-17") => extract(text, published).events;

describe("background is not news", () => {
  it("'since Putin's invasion of Ukraine' has no date (not the publication's), with dateSource background", () => {
    const [e] = events("Russia and Iran's relationship has grown since Putin's invasion of Ukraine.").filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ source: ["person:vladimir-putin"], target: ["UKR"], date: null, dateSource: "background", background: true });
  });

  it("a background act keeps a date of its own", () => {
    const [e] = events("Trade has grown since Russia's invasion of Ukraine in February 2022.").filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ date: "2022-02", dateSource: "text", background: true });
  });

  it("the news's date is not the background's, even right after it", () => {
    const [w] = events("The first war crimes trial since Moscow's invasion of Ukraine starts in Kyiv on Wednesday.").filter((x) => x.type === "ASSAULT");
    expect(w).toMatchObject({ date: null, dateSource: "background" });
  });

  it("the news's date at the start of the sentence is not the background's", () => {
    const [e] = events("On Friday, Iran said its ties with Russia had grown since the Russian invasion of Ukraine.").filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ date: null, dateSource: "background" });
  });

  it("an act owned by a possessive pronoun in someone's words: 'our treaty with North Korea'", () => {
    const rec = extract("“This agreement, like our treaty with North Korea, is not directed against anyone,” Russian Foreign Minister Sergei Lavrov said.");
    const e = rec.events.find((x) => x.type === "AGREE" && x.target.includes("PRK"));
    expect(e).toMatchObject({ date: null, dateSource: "background" });
  });

  it("the treaty article: 'Putin's invasion of Ukraine' is not dated 2025-01-17", () => {
    const e = events("In fact, Russia and Iran’s relationship has grown since Putin’s invasion of Ukraine, as the two have traded arms.").find((x) => x.type === "ASSAULT");
    expect(e?.date).not.toBe("2025-01-17");
  });

  it("accords known by a name ('the Minsk agreements', 'the Oslo accords') are background", () => {
    for (const text of ["The Minsk agreements between Russia and Ukraine were never implemented.", "Putin said the Oslo accords between Israel and the Palestinians collapsed."]) {
      const e = events(text).find((x) => x.type === "AGREE");
      expect(e, text).toMatchObject({ date: null, dateSource: "background", background: true });
    }
  });

  it("negative: a ceasefire taking effect and agreements signed now are news", () => {
    expect(events("The Gaza ceasefire between Israel and Hamas took effect on Sunday.").find((x) => x.type === "AGREE")).toMatchObject({ date: "2025-01-12", dateSource: "text" });
    expect(events("Russia and Ukraine signed the Minsk agreements in 2015.").find((x) => x.type === "AGREE")?.background).toBeUndefined();
  });

  it("negative: a nominal act carried by a light verb is the clause's news", () => {
    const [e] = events("Russian troops launched an invasion of Ukraine on Thursday.").filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ date: "2025-01-16", dateSource: "text" });
    expect(e.background).toBeUndefined();
  });

  it("negative: a nominal subject of the sentence is news ('Russia's attack on Kyiv killed 12')", () => {
    const [e] = events("Russia's attack on Kyiv killed 12 people.").filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ date: "2025-01-17", dateSource: "published" });
  });

  it("negative: a verb is never background", () => {
    const [e] = events("Since Monday, Russia has attacked Ukraine.").filter((x) => x.type === "ASSAULT");
    expect(e.background).toBeUndefined();
    expect(e.date).not.toBeNull();
  });
});

describe("backgroundDate", () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234567
  const text = "It grew since the invasion of Ukraine in February 2022.";
  const found = { date: "2022-02", source: "text", rule: "dates/chrono", start: 41 };
  it("keeps a date inside the mention's phrase or after its own complement", () => {
    expect(backgroundDate(found, { start: 8, end: 26 }, text)).toBe(found);
    expect(backgroundDate({ ...found, start: 18 }, { start: 8, end: 26 }, "It grew since the 2014 annexation of Crimea.")).toMatchObject({ start: 18 });
  });
  it("negative: a date before the phrase, after another verb, or the publication's, is not the background's", () => {
    expect(backgroundDate(found, { start: 45, end: 50 }, text)).toBeNull();
    const news = "The first trial since the invasion of Ukraine starts in Kyiv on Wednesday.";
    expect(backgroundDate({ date: "2025-01-22", source: "text", rule: "dates/weekday", start: news.indexOf("Wednesday") }, { start: 16, end: 34 }, news)).toBeNull();
    expect(backgroundDate({ date: "2025-01-17", source: "published", rule: "dates/published" }, { start: 0, end: 80 }, text)).toBeNull();
  });
});
