// since/until bounds on "YYYY", "YYYY-MM" or "YYYY-MM-DD" dates, compared as strings: event dates
// of any precision sort correctly against them. Shared by every driver.
import { DyadError } from "../errors.js";

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function checkPartialDate(value: string, flag: string): string {
  if (!PARTIAL_DATE.test(value)) throw new DyadError("E_QUERY", `${flag} ${JSON.stringify(value)} is not YYYY, YYYY-MM or YYYY-MM-DD`, { [flag]: value });
  return value;
}

/** The lowest date string that is on or after `since`. */
export function sinceBound(since: string): string {
  return checkPartialDate(since, "since");
}

/** The highest date string within `until` at its own precision: "2024-03" → "2024-03-99". */
export function untilBound(until: string): string {
  checkPartialDate(until, "until");
  return until.length === 4 ? `${until}-99-99` : until.length === 7 ? `${until}-99` : until;
}
