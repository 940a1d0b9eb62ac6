import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: titles of an office that exists in one state only give that state ('Director of National Intelligence',
// 'Northern Ireland Secretary', 'Chief Secretary to the Treasury'); some only where the article names the state, as
// other states' parliaments use them too ('Senate Majority Leader': the Philippines has one).
describe("actors: titles of one state's offices", () => {
  it("'Director of National Intelligence X' is American, 'Northern Ireland Secretary X' British", () => {
    const rec = extract("Director of National Intelligence Mara Quillan told lawmakers the threat had grown. Northern Ireland Secretary Owen Tandry said talks would resume.", "2021-03-01");
    expect(person(rec, "Quillan")).toMatchObject({ country: "USA", stateRule: "actors/state:title" });
    expect(person(rec, "Tandry")).toMatchObject({ country: "GBR" });
  });

  it("'Secretary of State for Defence X' in a story naming Britain; 'Senate Majority Leader X' naming the US", () => {
    const rec = extract("Secretary of State for Defence Alan Brockley said Britain would send more tanks.", "2021-03-01");
    expect(person(rec, "Brockley")).toMatchObject({ country: "GBR", stateRule: "actors/state:title-in-context" });
    const us = extract("Senate Majority Leader Tom Ricketson said the United States would not wait.", "2021-03-01");
    expect(person(us, "Ricketson")).toMatchObject({ country: "USA" });
  });

  it("negative: 'Senate Majority Leader X' in a Philippine story is not American", () => {
    const rec = extract("Senate Majority Leader Ramon Villacruz said the Philippines would not wait.", "2021-03-01");
    expect(person(rec, "Villacruz")?.country ?? null).not.toBe("USA");
  });
});

// An aide's 'to' names the person served, a spokesman's 'for' a seat of power: in apposition before the aide's name,
// the principal's or the seat's state is the aide's.
describe("actors: an aide to a named principal, a spokesman for a seat of power", () => {
  it("'An aide to Vladimir Putin, X,' is Russian; 'A senior adviser to Prime Minister Narendra Modi, X,' Indian", () => {
    const rec = extract("An aide to Vladimir Putin, Yuri Bessonov, said Moscow would reply. A senior adviser to Prime Minister Narendra Modi, Arun Pathak, said talks were over.", "2021-03-01");
    expect(person(rec, "Bessonov")).toMatchObject({ country: "RUS", stateRule: "actors/state:appositive-role" });
    expect(person(rec, "Pathak")).toMatchObject({ country: "IND" });
  });

  it("'A spokesman for the Kremlin, X,', 'a spokeswoman for the White House, X,'", () => {
    const rec = extract("A spokesman for the Kremlin, Pavel Grishin, said the talks had failed. A spokeswoman for the White House, Dana Morrow, said nothing.", "2021-03-01");
    expect(person(rec, "Grishin")).toMatchObject({ country: "RUS" });
    expect(person(rec, "Morrow")).toMatchObject({ country: "USA" });
  });

  it("negative: a lawyer or critic of a principal takes no state from them", () => {
    const rec = extract("A lawyer for Vladimir Putin, Yuri Bessonov, said nothing. A critic of Vladimir Putin, Oleg Lanin, said the vote was rigged.", "2021-03-01");
    expect(person(rec, "Bessonov")?.country ?? null).toBeNull();
    expect(person(rec, "Lanin")?.country ?? null).toBeNull();
  });
});
