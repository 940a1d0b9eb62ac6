// The large-body JSON parser: the same value as JSON.parse, handed over item by item; refusals as 400.
import { describe, expect, it } from "vitest";
import { parseJsonOffThread } from "../../src/api/parse-json-off-thread.js";

const parse = (value: string) => parseJsonOffThread(Buffer.from(value, "utf8"));

describe("parseJsonOffThread", () => {
  it("gives what JSON.parse gives: arrays in order, the other keys, unicode", async () => {
    const value = {
      articles: Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, text: `Ελλάδα ’${"x".repeat(i * 100)}’ 🇺🇦` })),
      empty: [],
      more: [1, [2, 3], null, "four"],
      name: "n",
      nested: { list: [1, 2] },
    };
    expect(await parse(JSON.stringify(value))).toEqual(value);
    for (const other of ["[1,2,3]", "\"s\"", "null", "5", "{}"]) expect(await parse(other)).toEqual(JSON.parse(other));
  });

  it("refuses what is not JSON, and keys that would reach a prototype, with status 400", async () => {
    for (const bad of ["", "{", "{\"articles\":[1,]}", "\u00ff", "{\"__proto__\":{\"x\":1}}", "{\"a\":[{\"constructor\":{\"prototype\":{}}}]}"]) {
      await expect(parse(bad)).rejects.toMatchObject({ statusCode: 400 });
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
