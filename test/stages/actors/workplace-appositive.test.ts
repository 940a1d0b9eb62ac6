import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: the state body a person works for, named in an appositive after the name with a staff noun that is no
// title (titles.json staffNouns), or the known person an aide serves (aideNouns), gives the person's state (workplace-appositive.ts)
describe("actors: 'X, a senior FBI agent', 'X, an economist at Chile's central bank', 'X, an adviser to Zelensky'", () => {
  it("a body the dictionary places before a staff noun, or after at/with/in", () => {
    const rec = extract(
      "Dana Whitlock, a veteran FBI agent, testified on Tuesday. Gareth Pryce, a former Pentagon official, wrote the memo. Lena Brandt, a trade official at the Treasury Department, said the list would grow.",
      "2023-03-01",
    );
    expect(person(rec, "Dana Whitlock")).toMatchObject({ country: "USA", stateRule: "actors/state:workplace" });
    expect(stateOf(rec, "Gareth Pryce")).toBe("USA");
    expect(stateOf(rec, "Lena Brandt")).toBe("USA");
  });

  it("a state's own body by its possessive or demonym: the owner, not the host named after it", () => {
    const rec = extract(
      "Rodrigo Paz, a manager at Chile's central bank, said rates would hold. Iryna Moroz, an official at the Ukrainian embassy in Warsaw, said visas were delayed.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Rodrigo Paz")).toBe("CHL");
    expect(stateOf(rec, "Iryna Moroz")).toBe("UKR");
  });

  it("an aide, adviser or spokesman of a known person named by surname takes that person's state", () => {
    const rec = extract(
      "Taras Hnat, a senior adviser to Zelensky, wrote on Telegram. Oleg Barinov, one of Putin's closest advisers, left Moscow. Yusuf Demir, Erdogan's chief spokesman, said talks would resume.",
      "2023-03-01",
    );
    expect(person(rec, "Taras Hnat")).toMatchObject({ country: "UKR", stateRule: "actors/state:aide-of" });
    expect(person(rec, "Oleg Barinov")).toMatchObject({ country: "RUS", role: "adviser" });
    expect(stateOf(rec, "Yusuf Demir")).toBe("TUR");
  });

  it("negative: a firm, a place of talks, a host's embassy, a critic, a relative, a subject of study", () => {
    const rec = extract(
      "Tom Rix, a manager at Goldman Sachs, said markets fell. Amy Lund, an official at the talks in Geneva, said progress was slow. Bo Hart, an official at the embassy in Moscow, said visas were delayed. Maria Lopez, a critic of Maduro, said the vote was rigged. Karl Weiss, son of Putin's former judo partner, spoke. Nina Ross, an expert in Russian politics, wrote the report.",
      "2023-03-01",
    );
    for (const n of ["Tom Rix", "Amy Lund", "Bo Hart", "Maria Lopez", "Karl Weiss", "Nina Ross"]) expect(stateOf(rec, n)).toBeNull();
  });
});
