// Schemas are built on first use, from zod loaded then (lexicon/lazy-schema.ts): a warm start reads
// its dictionaries checked from the compile cache and never pays for zod.
import { describe, expect, it } from "vitest";
import { lazySchema } from "../../src/lexicon/lazy-schema.js";
import { personsFile, countriesFile } from "../../src/lexicon/schemas.js";
import { eventSensesFile } from "../../src/lexicon/compile-senses.js";

describe("lazySchema", () => {
  it("builds nothing until asked, then once, and gives back the same schema", () => {
    let builds = 0;
    const schema = lazySchema((z) => {
      builds++;
      return z.object({ code: z.string().regex(/^[A-Z]{3}$/) }).strict();
    });
    expect(builds).toBe(0);
    const first = schema();
    expect(schema()).toBe(first);
    expect(builds).toBe(1);
    expect(first.safeParse({ code: "RUS" }).success).toBe(true);
    expect(first.safeParse({ code: "rus" }).success).toBe(false);
    expect(first.safeParse({ code: "RUS", extra: 1 }).success).toBe(false);
  });

  it("dictionary schemas are getters of one schema each, still checking what they did", () => {
    expect(personsFile()).toBe(personsFile());
    expect(personsFile().safeParse([{ id: "person:x-y", name: "X Y", country: "RUS" }]).success).toBe(true);
    expect(personsFile().safeParse([{ id: "x-y", name: "X Y", country: "RUS" }]).success).toBe(false);
    expect(countriesFile().safeParse({ include: ["rus"], aliases: {}, demonyms: {}, ambiguousGivenNames: [] }).success).toBe(false);
    expect(eventSensesFile()).toBe(eventSensesFile());
    expect(eventSensesFile().safeParse({}).success).toBe(false);
  });
});
