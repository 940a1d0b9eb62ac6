// The one way a value reaches ClickHouse SQL text. ClickHouse 18.16 has no query parameters
// (the client's query_params fail with "Unknown setting param_x"), so every string value goes
// through sqlString, and identifiers and numbers through their own validating functions; nothing
// else is ever spliced into a query. Rows to insert travel as JSONEachRow, never as SQL.
import { DyadError } from "../../errors.js";

// ClickHouse reads a backslash escape inside '...': the quote and the backslash must be escaped;
// NUL and line breaks are escaped too, so that a query stays one readable line of text.
const ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\0": "\\0", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A string as a ClickHouse string literal, quotes included: `O'Brien` → `'O\'Brien'`. */
export function sqlString(value: string): string {
  if (typeof value !== "string") throw new DyadError("E_QUERY", `${String(value)} is not a string`, { value });
  return `'${value.replace(/[\\'\0\n\r\t]/g, (c) => ESCAPES[c])}'`;
}

/** A list of strings as an array literal: ['a', 'b']. */
export function sqlStringArray(values: readonly string[]): string {
  return `[${values.map(sqlString).join(", ")}]`;
}

/** A whole number ≥ 0 as SQL text. */
export function sqlUInt(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new DyadError("E_QUERY", `${value} is not a whole number ≥ 0`, { value });
  return String(value);
}

/** A list of whole numbers ≥ 0 as an array literal. */
export function sqlUIntArray(values: readonly number[]): string {
  return `[${values.map(sqlUInt).join(", ")}]`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A database, table or cluster name: letters, digits and _ only, so it needs no quoting. */
export function sqlIdent(name: string): string {
  if (typeof name !== "string" || !IDENTIFIER.test(name)) throw new DyadError("E_STORE_OPEN", `${JSON.stringify(name)} is not a name (letters, digits and _ only)`, { name });
  return name;
}

/** `expr IN ('a', 'b')`; an empty list matches nothing ("0"), as 18.16 types no empty list. */
export function sqlInStrings(expr: string, values: readonly string[]): string {
  return values.length ? `${expr} IN (${values.map(sqlString).join(", ")})` : "0";
}

/** `expr IN (1, 2)`, whole numbers (negative ones too); an empty list matches nothing. */
export function sqlInInts(expr: string, values: readonly number[]): string {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new DyadError("E_QUERY", `${v} is not a whole number`, { value: v });
  return values.length ? `${expr} IN (${values.join(", ")})` : "0";
}
