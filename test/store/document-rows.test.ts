// A record → rows: actor codes for the merge key, symmetric events, validation before any write.
import { describe, expect, it } from "vitest";
import { DyadError } from "../../src/errors.js";
import { toDocumentRows } from "../../src/store/document-rows.js";
import { country, doc, event, person } from "../contract/_records.js";

describe("toDocumentRows", () => {
  it("an event's key uses actor codes, sorted and distinct; its actors keep codes and ids", () => {
    const d = doc({ id: "a", events: [event("ACCUSE", ["person:sergei-lavrov", "RUS"], ["UKR"], "2025-01-17")] });
    const [e] = toDocumentRows(d.article, d.record).events;
    expect(e).toMatchObject({ sourceKey: "RUS", targetKey: "UKR", day: 20105, month: "2025-01" });
    expect(e.sourceActors).toEqual(["RUS", "person:sergei-lavrov"]);
    expect(e.targetActors).toEqual(["UKR"]);
  });

  it("an event with no target puts every party on both sides", () => {
    const d = doc({ id: "a", events: [event("CONSULT", ["RUS", "IRN"], [], "2025-01")] });
    const [e] = toDocumentRows(d.article, d.record).events;
    expect(e).toMatchObject({ sourceKey: "IRN RUS", targetKey: "", day: null, month: "2025-01" });
    expect(e.targetActors).toEqual(e.sourceActors);
  });

  it("an actor without a code stands by its id", () => {
    const d = doc({ id: "a", actors: [{ ...country("RUS"), code: null }, person("person:x", "X", "UKR")], events: [event("ACCUSE", ["RUS"], ["person:x"], "2025")] });
    expect(toDocumentRows(d.article, d.record).events[0]).toMatchObject({ sourceKey: "RUS", targetKey: "UKR", day: null, month: null });
  });

  it("one article's repeats of an event are one report", () => {
    const d = doc({ id: "a", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17"), event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { trigger: "other" })] });
    expect(toDocumentRows(d.article, d.record).events).toHaveLength(1);
  });

  it("a person mention's stored span covers its title with the name, as the article view shows it", () => {
    const p = person("person:x", "X", "UKR");
    const d = doc({ id: "a", actors: [{ ...p, mentions: [{ start: 10, end: 14, text: "X Y", rule: "r", title: { start: 2, end: 9, text: "Premier" } }, { start: 20, end: 21, text: "Y", rule: "r" }] } as typeof p] });
    expect(toDocumentRows(d.article, d.record).mentions.map((m) => [m.start, m.end])).toEqual([
      [2, 14],
      [20, 21],
    ]);
  });

  it("mentions and article actors come with the article's keys", () => {
    const d = doc({ id: "a", url: "https://News.example/a#x" });
    const rows = toDocumentRows(d.article, d.record);
    expect(rows.article).toMatchObject({ docId: "a", url: "https://News.example/a#x", urlKey: "https://news.example/a" });
    expect(rows.articleActors.map((x) => [x.actorId, x.mentions])).toContainEqual(["RUS", 1]);
    expect(rows.mentions).toHaveLength(rows.actors.length);
  });

  it.each([
    ["a status outside the six", (d: ReturnType<typeof doc>) => (d.record.events[0].status = "rumoured" as never), "events[0].status"],
    ["a date that is not one", (d: ReturnType<typeof doc>) => (d.record.events[0].date = "17/01/2025"), "events[0].date"],
    ["a date not in the calendar", (d: ReturnType<typeof doc>) => (d.record.events[0].date = "2025-02-30"), "events[0].date"],
    ["a source that is not a list", (d: ReturnType<typeof doc>) => (d.record.events[0].source = "RUS" as never), "events[0].source"],
    ["a mention offset that is not a whole number", (d: ReturnType<typeof doc>) => (d.record.actors[0].mentions[0].start = 1.5), "actors[0].mentions[0].start"],
    ["a record of another schema", (d: ReturnType<typeof doc>) => (d.record.schema = "other" as never), "record"],
  ])("%s is E_STORE_RECORD naming the article and the field", (_name, spoil, field) => {
    const d = doc({ id: "bad-one", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] });
    spoil(d);
    try {
      toDocumentRows(d.article, d.record);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DyadError);
      expect((e as DyadError).code).toBe("E_STORE_RECORD");
      expect((e as DyadError).message).toContain('"bad-one"');
      expect((e as DyadError).message).toContain(field);
    }
  });
});
