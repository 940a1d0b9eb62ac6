import { describe, expect, it } from "vitest";
import { resolveActor } from "../../src/alerts/resolve-actor.js";
import type { StoredActor } from "../../src/store/store.js";

const stored: StoredActor[] = [
  { id: "person:sergei-lavrov", kind: "person", name: "Sergei Lavrov", code: "RUS", country: "RUS", sector: "GOV", articles: 3 },
  { id: "org:hamas", kind: "group", name: "Hamas", code: null, country: null, sector: null, articles: 2 },
];
const store = { findActors: async ({ search }: { search?: string }) => stored.filter((a) => a.name.toLowerCase().includes((search ?? "").toLowerCase())) };

describe("resolveActor", () => {
  it("codes in any case, actor ids as they are, country names, stored actors by exact name", async () => {
    expect(await resolveActor("rus", null)).toBe("RUS");
    expect(await resolveActor(" IRN ", null)).toBe("IRN");
    expect(await resolveActor("RUSGOV", null)).toBe("RUSGOV");
    expect(await resolveActor("person:vladimir-putin", null)).toBe("person:vladimir-putin");
    expect(await resolveActor("Russia", null)).toBe("RUS");
    expect(await resolveActor("russian federation", null)).toBe("RUS");
    expect(await resolveActor("United States", null)).toBe("USA");
    expect(await resolveActor("Sergei Lavrov", store)).toBe("person:sergei-lavrov");
    expect(await resolveActor("hamas", store)).toBe("org:hamas");
  });

  it("refuses what it cannot resolve, saying what it takes", async () => {
    await expect(resolveActor("Lavrov", store)).rejects.toThrow(/E_ALERT_RULE.*"Lavrov" is no actor code, actor id or known name/);
    await expect(resolveActor("Nowhereland", null)).rejects.toThrow(/no actor code/);
    await expect(resolveActor("  ", null)).rejects.toThrow(/an empty actor/);
  });
});
