import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a dependent territory is coded as its sovereign's region, as Scotland or Corsica are (metonyms.json kind
// region): its possessive before an office places the holder in the sovereign state. "Chief Minister" and "First
// Minister" are offices of their own (the head of a part's or a territory's government), not a bare "Minister".
describe("actors: a territory's office and the chief or first minister", () => {
  it("the sovereign's state through the territory's possessive, and the whole title as the role", () => {
    const rec = extract(
      "Gibraltar's Chief Minister Tom Ellul said the border must stay open. New Caledonia's President Louis Mapou met officials. " +
        "Wales's First Minister Gareth Pryce said the budget was tight.",
      "2023-03-01",
    );
    expect(person(rec, "Tom Ellul")).toMatchObject({ country: "GBR", role: "Chief Minister" });
    expect(person(rec, "Louis Mapou")).toMatchObject({ country: "FRA" });
    expect(person(rec, "Gareth Pryce")).toMatchObject({ country: "GBR", role: "First Minister" });
  });

  it("negative: a chief minister of a place no dictionary places has no state; a territory is no state actor of its own", () => {
    const rec = extract("Karnavati Chief Minister Ravi Deshmane said the floods were receding.", "2023-03-01");
    expect(person(rec, "Ravi Deshmane")).toMatchObject({ role: "Chief Minister" });
    expect(person(rec, "Ravi Deshmane")?.country ?? null).toBeNull();
    const g = extract("Spain and Gibraltar reached a deal on the border.", "2023-03-01");
    expect(g.actors.some((a) => a.kind === "country" && a.code === "GBR")).toBe(false);
  });
});
