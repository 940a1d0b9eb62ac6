// The one escaping function for ClickHouse string literals, and the validating paths for numbers
// and names. Against a live server, test/contract/clickhouse.test.ts reads each value back.
import { describe, expect, it } from "vitest";
import { DyadError } from "../../../src/errors.js";
import { NASTY } from "./_nasty.js";
import { sqlIdent, sqlInInts, sqlInStrings, sqlString, sqlStringArray, sqlUInt } from "../../../src/store/clickhouse/sql-literal.js";

/** Reads a literal back the way ClickHouse's lexer does: a quote ends it unless escaped. */
function readLiteral(sql: string): { value: string; rest: string } {
  expect(sql[0]).toBe("'");
  const esc: Record<string, string> = { "0": "\0", n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'" };
  let value = "";
  for (let i = 1; i < sql.length; i++) {
    const c = sql[i];
    if (c === "\\") {
      value += esc[sql[++i]] ?? sql[i];
    } else if (c === "'") {
      return { value, rest: sql.slice(i + 1) };
    } else value += c;
  }
  throw new Error(`unterminated literal: ${sql}`);
}


describe("sqlString", () => {
  it("quotes a value so that it reads back whole and nothing follows it", () => {
    for (const v of NASTY) {
      const sql = sqlString(v);
      expect(readLiteral(sql)).toEqual({ value: v, rest: "" });
      // no bare quote, NUL or line break inside
      expect(sql.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*'|\0|\n|\r/);
    }
  });

  it("escapes quotes and backslashes with a backslash", () => {
    expect(sqlString("O'Brien")).toBe("'O\\'Brien'");
    expect(sqlString("a\\b")).toBe("'a\\\\b'");
    expect(sqlString("\\'")).toBe("'\\\\\\''");
  });

  it("refuses what is not a string", () => {
    expect(() => sqlString(42 as unknown as string)).toThrow(DyadError);
  });

  it("lists: every element escaped; an empty IN list matches nothing", () => {
    expect(sqlStringArray(["a'", "b"])).toBe("['a\\'', 'b']");
    expect(sqlInStrings("x", ["it's"])).toBe("x IN ('it\\'s')");
    expect(sqlInStrings("x", [])).toBe("0");
  });
});

describe("numbers and names", () => {
  it("whole numbers only", () => {
    expect(sqlUInt(42)).toBe("42");
    for (const bad of [-1, 1.5, Number.NaN, Infinity, "1; DROP TABLE x" as unknown as number]) expect(() => sqlUInt(bad)).toThrow(DyadError);
    expect(sqlInInts("day", [-3, 0, 20000])).toBe("day IN (-3, 0, 20000)");
    expect(() => sqlInInts("day", [1.5])).toThrow(DyadError);
  });

  it("names are letters, digits and _ only", () => {
    expect(sqlIdent("dyad_test_1")).toBe("dyad_test_1");
    for (const bad of ["", "1abc", "a-b", "a.b", "a b", "x; DROP DATABASE y", "`x`", "é"]) expect(() => sqlIdent(bad)).toThrow(DyadError);
  });
});
