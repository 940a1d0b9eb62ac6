import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string, published = "2025-01-17") => extract(text, published).events;

describe("events: linked headlines make no events", () => {
  it("an ALL-CAPS line of a linked story between body paragraphs", () => {
    const evs = events("Kellogg urged the US to stand with the Iranian people.\nBLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH SHORT-RANGE BALLISTIC MISSILES\nLavrov said the pact was not directed against anyone.");
    expect(evs.some((e) => e.type === "AID")).toBe(false);
  });

  it("a headline glued to 'Read more' inside a paragraph, while the sentence after it still counts", () => {
    const evs = events("The talks ended on Monday. Russia invades Ukraine as Biden warns of sanctionsRead more Germany sent weapons to Ukraine on Friday.");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(false);
    expect(evs.some((e) => e.type === "AID" && e.source.includes("DEU") && e.target.includes("UKR"))).toBe(true);
  });

  it("a line that starts with a link label ('Read also:', 'RELATED:', 'SEE ALSO:')", () => {
    for (const label of ["Read also:", "RELATED:", "SEE ALSO:", "Read more:"]) {
      const evs = events(`Officials spoke on Monday.\n${label} Germany sends weapons to Ukraine\nNothing else happened.`);
      expect(evs, label).toEqual([]);
    }
  });

  it("negative: an ordinary short sentence on its own line still gives its event", () => {
    expect(events("Russia attacked Ukraine.").some((e) => e.type === "ASSAULT")).toBe(true);
  });

  it("negative: an acronym-heavy sentence is not a headline", () => {
    expect(events("NATO and the EU met in Brussels on Monday.").some((e) => e.type === "CONSULT")).toBe(true);
  });

  it("negative: a dateline in capitals starts a real sentence", () => {
    const evs = events("MOSCOW (Reuters) - Russia imposed sanctions on Ukraine on Tuesday, the Kremlin said.");
    expect(evs.some((e) => e.type === "SANCTION" && e.source.includes("RUS") && e.target.includes("UKR"))).toBe(true);
  });

  it("negative: a label word that opens an ordinary sentence ('Related talks ...') is body", () => {
    expect(events("Related talks between Russia and Iran took place in Moscow on Friday.").some((e) => e.type === "CONSULT")).toBe(true);
  });
});
