// The GDELT row of one event built by hand: the date fields at each precision, IsRootEvent and
// DATEADDED from the first report, and what stays empty when the store did not keep it.
import { describe, expect, it } from "vitest";
import { GDELT_COLUMNS, gdeltRow } from "../../src/query/export-formats.js";
import type { StoredEvent } from "../../src/store/store.js";

const event = (date: string | null, report: Partial<StoredEvent["firstReport"]> = {}): StoredEvent => ({
  id: "7",
  type: "AGREE",
  cameo: "057",
  status: "occurred",
  date,
  source: ["RUS"],
  target: ["IRN"],
  location: null,
  sourceCount: 1,
  storyCount: 1,
  firstReport: { article: "a", url: null, trigger: "signed", rule: "test", sentence: "Russia and Iran signed.", ...report },
});
const fields = (e: StoredEvent) => Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, gdeltRow(e, new Map())[i]]));
const dates = (e: StoredEvent) => {
  const f = fields(e);
  return [f.SQLDATE, f.MonthYear, f.Year, f.FractionDate];
};

describe("gdeltRow", () => {
  it("a day's date as it is; a month's or a year's first day, as GDELT dates such reports; none without a date", () => {
    expect(dates(event("2024-03-15"))).toEqual(["20240315", "202403", "2024", "2024.2055"]);
    expect(dates(event("2024-03"))).toEqual(["20240301", "202403", "2024", "2024.1671"]);
    expect(dates(event("2024"))).toEqual(["20240101", "202401", "2024", "2024.0027"]);
    expect(dates(event(null))).toEqual(["", "", "", ""]);
  });

  it("IsRootEvent from the first report's lead; DATEADDED from when its article was stored", () => {
    expect(fields(event("2024-03-15", { lead: true, added: "2026-12-06T16:40:05Z" }))).toMatchObject({ IsRootEvent: "1", DATEADDED: "20261206164005" });
    expect(fields(event("2024-03-15", { lead: false, added: "2026-01-02T03:04:05Z" }))).toMatchObject({ IsRootEvent: "0", DATEADDED: "20260102030405" });
    // stored before they were kept: empty, never a guess
    expect(fields(event("2024-03-15", { lead: null, added: null }))).toMatchObject({ IsRootEvent: "", DATEADDED: "" });
    expect(fields(event("2024-03-15"))).toMatchObject({ IsRootEvent: "", DATEADDED: "" });
  });
});
