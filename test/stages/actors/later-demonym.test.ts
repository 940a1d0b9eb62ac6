import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (persons55): a nationality or a state's own body given in an appositive after the name
describe("actors: 'X, an Iranian living in Germany', 'X, who is Russian,', 'X, an official at Iran's atomic agency'", () => {
  it("a demonym noun before where the person lives", () => {
    const rec = extract("Police detained Ahmad Nouri, an Iranian living in Germany, on Monday. Ravi Menon, a Singaporean residing in London, wrote the letter.", "2023-03-01");
    expect(person(rec, "Ahmad Nouri")).toMatchObject({ country: "IRN", stateRule: "actors/state:demonym-appositive" });
    expect(stateOf(rec, "Ravi Menon")).toBe("SGP");
  });

  it("a demonym alone after 'who is' or 'who was'", () => {
    const rec = extract("Tom Keane, who is American, was sentenced in Moscow. Lena Fischer, who was German, died in 1990.", "2023-03-01");
    expect(stateOf(rec, "Tom Keane")).toBe("USA");
    expect(stateOf(rec, "Lena Fischer")).toBe("DEU");
  });

  it("a state's atomic agency or a ministry of one portfolio as a workplace", () => {
    const rec = extract("Omid Jafari, an official at Iran's atomic agency, said the site was open. Li Wen, an economist at China's trade ministry, said exports rose.", "2023-03-01");
    expect(person(rec, "Omid Jafari")).toMatchObject({ country: "IRN", stateRule: "actors/state:workplace" });
    expect(stateOf(rec, "Li Wen")).toBe("CHN");
  });

  it("negative: a demonym that opens another word, a demonym after 'who is' in a longer phrase, a living thing of no state", () => {
    const rec = extract(
      "Tom Keane, who is Russian-speaking, taught in Riga. Amy Lund, who is Russian by marriage, left. Bo Hart, a reporter living in Moscow, filed the story. Nina Ross, an expert at the atomic agency, spoke.",
      "2023-03-01",
    );
    for (const n of ["Tom Keane", "Amy Lund", "Bo Hart", "Nina Ross"]) expect(stateOf(rec, n)).toBeNull();
  });
});
