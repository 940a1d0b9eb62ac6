import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: "X, from the PCS union, said": a body the dictionary places, after ", from", is whom X speaks for
describe("actors: 'X, from BODY,'", () => {
  it("a national union or legislature the dictionary places gives its state", () => {
    const rec = extract(
      "Rosa Quinlan, from the PCS union, said the offer was an insult. Avi Levin, from the Knesset, and Dana Peretz spoke later.",
      "2023-03-01",
    );
    expect(person(rec, "Rosa Quinlan")).toMatchObject({ country: "GBR", stateRule: "actors/state:from-body" });
    expect(stateOf(rec, "Avi Levin")).toBe("ISR");
    expect(stateOf(rec, "Dana Peretz")).toBeNull();
  });

  it("negative: a firm, a body no dictionary places, a longer phrase after the body, no comma before 'from'", () => {
    const rec = extract(
      "Marta Ruiz, from Goldman Sachs, said rates would rise. Hugo Serra, from the Harbour Pilots Guild, agreed. Lena Fischer, from the Fire Brigades Union office in Leeds, said so. Elena Vidal returned from the Knesset on Monday.",
      "2023-03-01",
    );
    for (const n of ["Marta Ruiz", "Hugo Serra", "Lena Fischer", "Elena Vidal"]) expect(stateOf(rec, n)).toBeNull();
  });
});
