// The merge of event reports, without a server: candidates built by hand.
import { describe, expect, it } from "vitest";
import type { EventReportRow } from "../../../src/store/document-rows.js";
import { eventMerger, type MergeEvent } from "../../../src/store/clickhouse/event-merger.js";

const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function report(type: string, date: string | null, extra: Partial<EventReportRow> = {}): EventReportRow {
  return {
    type,
    cameo: null,
    status: "occurred",
    date,
    day: date && date.length === 10 ? day(date) : null,
    month: date && date.length >= 7 ? date.slice(0, 7) : null,
    sourceKey: "RUS",
    targetKey: "IRN",
    sourceActors: ["RUS"],
    targetActors: ["IRN"],
    location: null,
    trigger: "t",
    rule: "r",
    sentenceStart: 0,
    sentenceEnd: 1,
    headline: false,
    ...extra,
  };
}

function stored(id: number, date: string, version = 1): MergeEvent {
  const r = report("AGREE", date);
  return { id, type: r.type, cameo: null, status: "planned", date, day: r.day, month: r.month, source_key: "RUS", target_key: "IRN", source_actors: ["RUS"], target_actors: ["IRN"], location: null, version, dirty: false };
}

describe("eventMerger", () => {
  it("a dated report joins the nearest stored event within a day, the oldest on a tie", () => {
    const m = eventMerger([stored(7, "2025-01-16"), stored(3, "2025-01-18"), stored(9, "2025-01-17")]);
    expect(m.find(report("AGREE", "2025-01-17"), new Map())?.id).toBe(9);
    expect(m.find(report("AGREE", "2025-01-19"), new Map())?.id).toBe(3);
    const tie = eventMerger([stored(7, "2025-01-16"), stored(3, "2025-01-18")]);
    expect(tie.find(report("AGREE", "2025-01-17"), new Map())?.id).toBe(3);
    expect(m.find(report("AGREE", "2025-01-20"), new Map())).toBeUndefined();
    expect(m.find(report("CONSULT", "2025-01-17"), new Map())).toBeUndefined();
    expect(m.find(report("AGREE", "2025-01-17", { targetKey: "UKR" }), new Map())).toBeUndefined();
  });

  it("a month-dated report joins an event of the same month-date only; an undated one none stored", () => {
    const m = eventMerger([stored(1, "2024-06"), stored(2, "2024-06-15")]);
    expect(m.find(report("AGREE", "2024-06"), new Map())?.id).toBe(1);
    expect(m.find(report("AGREE", "2024-07"), new Map())).toBeUndefined();
    expect(m.find(report("AGREE", null), new Map())).toBeUndefined();
  });

  it("new events are found by later reports of the batch; changed() writes new ones and new versions of changed ones", () => {
    const old = stored(5, "2025-01-10", 4);
    const m = eventMerger([old]);
    const created = m.create(report("AGREE", "2025-03-01"), 6);
    m.addActors(created, report("AGREE", "2025-03-01"));
    expect(m.find(report("AGREE", "2025-03-02"), new Map())).toBe(created);
    m.addActors(old, report("AGREE", "2025-01-10", { sourceActors: ["RUS", "person:sergei-lavrov"] }));
    expect(m.changed()).toEqual([
      expect.objectContaining({ id: 6, version: 1, source_actors: ["RUS"], target_actors: ["IRN"] }),
      expect.objectContaining({ id: 5, version: 5, source_actors: ["RUS", "person:sergei-lavrov"] }),
    ]);
    expect(m.changed().every((e) => !("dirty" in e))).toBe(true);
  });

  it("a stored event no report changes is not written again", () => {
    const old = stored(5, "2025-01-10");
    const m = eventMerger([old]);
    m.addActors(old, report("AGREE", "2025-01-10"));
    expect(m.changed()).toEqual([]);
  });
});
