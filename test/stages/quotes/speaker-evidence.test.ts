import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A thing that suggests or indicates ("The figures suggest ...") is evidence the writer weighs,
// not a speaker: no reported speech. A person, a body, or a document that speaks (a report, a
// survey, a study) still does.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: evidence is no speaker", () => {
  it("'the figures suggest': no quote", () => {
    expect(quotes("The latest figures suggest that turnout among young voters fell sharply in the spring.")).toHaveLength(0);
  });

  it("'the recent strikes suggest': no quote", () => {
    expect(quotes("The recent strikes on fuel depots suggest the army is running short of artillery shells.")).toHaveLength(0);
  });

  it("the head before a prepositional phrase: 'The official figures for the last election suggest'", () => {
    expect(quotes("The figures for the general election suggest the party lost ground in the north.")).toHaveLength(0);
  });

  it("an actor's figures and 'as the agenda suggests' are evidence too", () => {
    expect(quotes("Government figures suggest crime in the capital has fallen by a fifth over ten years.")).toHaveLength(0);
    expect(quotes("If the goal is lower prices, as the agenda suggests, the plan will need new money.")).toHaveLength(0);
  });

  it("negative: an actor that suggests speaks ('The government suggested')", () => {
    const [a] = quotes("The Polish government suggested the talks could resume in the spring.");
    expect(a?.speakerName ?? null).not.toBeNull();
  });

  it("negative: a survey that suggests still speaks", () => {
    const [b] = quotes("A new survey suggests most voters want the government to hold a referendum.");
    expect(b?.speakerName).toBe("new survey");
  });

  it("negative: people who suggest speak ('Analysts suggested', 'Officials suggest')", () => {
    const [a] = quotes("Analysts suggested the central bank would cut interest rates next month.");
    expect(a?.speakerName).toBe("Analysts");
    const [b] = quotes("Officials suggest the army is running short of shells.");
    expect(b?.speakerName).toBe("Officials");
  });

  it("negative: critics of the figures are people ('Critics of the figures suggest')", () => {
    const [a] = quotes("Critics of the official figures suggest the real number of migrants is far higher.");
    expect(a?.speakerName ?? "").toMatch(/Critics/);
  });
});
