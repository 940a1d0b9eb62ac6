import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a body no dictionary holds gives its staff a state where its name or the place after it says one, with the
// sector its head word implies (named-body-state.ts, titles.json bodyHeads)
describe("actors: 'X, an economist at Industrial Bank of Japan', 'X, a professor at Ewha Womans University in Seoul'", () => {
  it("a state, demonym or city inside the body's name", () => {
    const rec = extract(
      "Hiro Tanabe, chief economist at Industrial Bank of Japan, expects slower growth. Anna Kerr, a lecturer at the University of Leeds, said the vote was close. Colin Hart, a senior fellow at the Australian National University, said talks were stalled. Ken Mori of Industrial Bank of Japan agreed.",
      "2023-03-01",
    );
    expect(person(rec, "Hiro Tanabe")).toMatchObject({ country: "JPN", stateRule: "actors/state:named-body" });
    expect(person(rec, "Anna Kerr")).toMatchObject({ country: "GBR", sector: "EDU" });
    expect(stateOf(rec, "Colin Hart")).toBe("AUS");
    expect(stateOf(rec, "Ken Mori")).toBe("JPN");
  });

  it("a place after the name, a state's possessive before it, a bare appositive, a field of study", () => {
    const rec = extract(
      "Daniel Park, a professor of economics at Yonsei University in Seoul, said exports fell. Dora Quist, an expert in trade law at Vanderbilt University in Nashville, Tenn., said so. Uwe Brandt, an analyst at Germany's Commerzbank, said rates would rise. Professor Ian Hale, University of Manchester; Professor Ruth Cole, London School of Economics.",
      "2023-03-01",
    );
    expect(person(rec, "Daniel Park")).toMatchObject({ country: "KOR", sector: "EDU" });
    expect(stateOf(rec, "Dora Quist")).toBe("USA");
    expect(stateOf(rec, "Uwe Brandt")).toBe("DEU");
    expect(stateOf(rec, "Ian Hale")).toBe("GBR");
    expect(stateOf(rec, "Ruth Cole")).toBe("GBR");
  });

  it("negative: no state in the name or place, two states, a visitor, a later office, a multinational", () => {
    const rec = extract(
      "Kenji Sato, a professor of political science at Dokkyo University, said the party would lose. Wen Li, a director at the US-China Business Council, said firms were worried. Amir Cohen, a visiting fellow at Harvard University in Cambridge, Mass., said the plan was sound. Taro Ueda, a fellow at the Tokyo Foundation who formerly served as Germany's trade minister, said no. Joe Hill, an analyst at Redding Research Group, said demand was weak. Tom Rix, a manager at Goldman Sachs, said markets fell.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Kenji Sato")).toBeNull();
    expect(stateOf(rec, "Wen Li")).toBeNull();
    expect(stateOf(rec, "Amir Cohen")).toBeNull();
    expect(person(rec, "Taro Ueda")?.stateRule).not.toBe("actors/state:named-body");
    expect(stateOf(rec, "Joe Hill")).toBeNull();
    expect(stateOf(rec, "Tom Rix")).toBeNull();
  });

  it("negative: a society, centre or foundation named after the state it studies or campaigns about", () => {
    const rec = extract(
      "Ellen Ward, of the Japan Society, said the exhibition would open in May. Sam Reyes, of the Iran Human Rights Society, said the trials were unfair. Paul Grant, a fellow at the Carnegie Moscow Center, said the Kremlin would not yield.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Ellen Ward")).toBeNull();
    expect(stateOf(rec, "Sam Reyes")).toBeNull();
    expect(stateOf(rec, "Paul Grant")).toBeNull();
    // (a place after such a body still says where it is)
    const at = extract("Olga Lis, a researcher at the Institute of Oriental Studies in Moscow, said the talks were stalled.", "2023-03-01");
    expect(stateOf(at, "Olga Lis")).toBe("RUS");
  });
});
