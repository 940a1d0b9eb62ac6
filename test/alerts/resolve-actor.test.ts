import { describe, expect, it } from "vitest";
import { resolveActor } from "../../src/alerts/resolve-actor.js";
import type { StoredActor } from "../../src/store/store.js";

const stored: StoredActor[] = [
  { id: "person:sergei-lavrov", kind: "person", name: "Sergei Lavrov", code: "RUS", country: "RUS", sector: "GOV", articles: 3 },
  { id: "org:hamas", kind: "group", name: "Hamas", code: null, country: null, sector: null, articles: 2 },
];
const store = {
  findActors: async ({ search }: { search?: string }) => stored.filter((a) => a.name.toLowerCase().includes((search ?? "").toLowerCase())),
  countActors: async () => stored.length,
};

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

  it("names by the resolver of every edge: a surname, a demonym", async () => {
    expect(await resolveActor("Lavrov", store)).toBe("person:sergei-lavrov");
    expect(await resolveActor("Iranian", null)).toBe("IRN");
  });

  it("refuses what it cannot resolve, with the closest actors", async () => {
    await expect(resolveActor("Nowhereland", null)).rejects.toThrow(/E_UNKNOWN_ACTOR/);
    await expect(resolveActor("Rusia", null)).rejects.toThrow(/closest: Russia \(RUS, country\)/);
    await expect(resolveActor("RSU", null)).rejects.toThrow(/E_UNKNOWN_ACTOR/);
    await expect(resolveActor("  ", null)).rejects.toThrow(/an empty actor/);
  });
});
