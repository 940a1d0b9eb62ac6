import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "the country's" where its window names two states refers back to the clause's theme, the state that opens
// it as possessor or subject; a state named only as a preposition's object is what the theme is about (topic-state.ts)
describe("actors: 'the country's' office holder takes the clause's theme state", () => {
  it("the possessor or subject that opens the clause, other states only after a preposition", () => {
    const rec = extract(
      "Moldova's policy toward Romania is shifting, the country's foreign minister Petru Ciobanel said on Monday. " +
        "Hungary is reviewing its gas contracts with Russia and Azerbaijan, the country's energy minister, Gabor Vastag, told reporters. " +
        "Chile has sent aid to Peru. The country's interior minister, Rodrigo Delgaro, said more would follow. " +
        "Romania, Peru, Azerbaijan and Russia were not reached for comment.",
      "2023-03-01",
    );
    expect(person(rec, "Ciobanel")).toMatchObject({ country: "MDA", stateRule: "actors/state:topic-state" });
    expect(person(rec, "Vastag")).toMatchObject({ country: "HUN", stateRule: "actors/state:topic-state" });
    expect(person(rec, "Delgaro")).toMatchObject({ country: "CHL", stateRule: "actors/state:topic-state" });
  });

  it("negative: two subjects, a state that does not open the clause, a later clause's subject, 'its'", () => {
    const rec = extract(
      "Moldova and Romania signed a transit deal, the country's foreign minister Petru Ciobanel said on Monday. " +
        "After Russia cut supplies to Hungary, the country's energy minister, Gabor Vastag, told reporters prices would rise. " +
        "Chile's aid is arriving and Peru is grateful, the country's interior minister, Rodrigo Delgaro, said. " +
        "Kenya's dispute with Uganda goes on, its trade minister Moses Kuriam said. " +
        "Moldova, Romania, Russia, Hungary, Chile, Peru, Kenya and Uganda were named in the report.",
      "2023-03-01",
    );
    for (const n of ["Ciobanel", "Vastag", "Delgaro", "Kuriam"]) expect(person(rec, n)?.stateRule).not.toBe("actors/state:topic-state");
    expect(person(rec, "Kuriam")?.country ?? null).toBeNull();
  });
});
