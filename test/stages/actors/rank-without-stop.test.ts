import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: British style writes ranks without a full stop ("Gen Timo Kivinen", "Col Richard Kemp", "Prof Amitai
// Etzioni"): the rank is a title before the name, not the name's first word, and the rank still finds its holder later
// ("the general said", "the former general said": a rank is kept after service)
describe("actors: a rank or honorific written without its stop", () => {
  it("is a title before the name, at a sentence's start or inside it", () => {
    const rec = extract(
      "Gen Timo Kivonen said Finns would be motivated to fight. Britain must spend more, said Col Richard Kempton on Monday. " +
        "Rogue states are a threat, Prof Amitai Etzonis wrote. Adm Tony Radakin told MPs the navy was ready.",
      "2022-06-01",
    );
    expect(person(rec, "Kivonen")).toMatchObject({ name: "Timo Kivonen", role: "Gen" });
    expect(person(rec, "Kempton")).toMatchObject({ name: "Richard Kempton", role: "Col" });
    expect(person(rec, "Etzonis")).toMatchObject({ name: "Amitai Etzonis" });
    expect(person(rec, "Radakin")).toMatchObject({ name: "Tony Radakin", role: "Adm" });
  });

  it("a rank cut short finds its holder again as 'the general', 'the former general'", () => {
    const rec = extract('Gen Waldemar Skrzypek spoke to a tabloid on Friday. "Training is a matter for the army," said the former general to the newspaper.', "2022-06-01");
    expect(person(rec, "Skrzypek")).toBeDefined();
    expect(rec.quotes[0]?.speaker).toBe(person(rec, "Skrzypek")?.id);
    const rec2 = extract('Col. Anna Berg met reporters in Oslo. "We are ready," the colonel said.', "2022-06-01");
    expect(person(rec2, "Anna Berg")).toBeDefined();
    expect(rec2.quotes[0]?.speaker).toBe(person(rec2, "Anna Berg")?.id);
  });

  it("negative: 'Gen Z', 'Gen X' name a generation; a sitting office is not 'the former' one", () => {
    const rec = extract("Gen Z voters backed the Democrats in Ohio. Gen X consumers spend less on cars.", "2022-06-01");
    expect(rec.actors.filter((a) => a.kind === "person")).toEqual([]);
    const rec2 = extract('Defence Minister Anna Berg met reporters in Oslo. "We are ready," the former defence minister said.', "2022-06-01");
    expect(person(rec2, "Anna Berg")).toBeDefined();
    expect(rec2.quotes[0]?.speaker ?? null).not.toBe(person(rec2, "Anna Berg")?.id);
  });
});
