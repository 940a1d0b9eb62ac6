import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quotes = (text: string) => extract(text).quotes.map((q) => ({ text: q.text, speaker: q.speakerName ?? null, via: q.via ?? null }));

describe("quotes: a leading relay ('According to X,', 'As X reported,') before a sentence with its own speaker", () => {
  it("'According to Interfax, Lavrov said that ...': Lavrov's words, relayed by Interfax", () => {
    expect(quotes("According to Interfax, Russian Foreign Minister Sergei Lavrov told reporters that Moscow would respond.")).toEqual([
      { text: "Moscow would respond", speaker: "Sergei Lavrov", via: "Interfax" },
    ]);
  });

  it("'As Reuters reported, diplomats said ...': the diplomats', relayed by Reuters", () => {
    expect(quotes("As Reuters reported, diplomats said the talks in Geneva ended without a deal.")).toEqual([
      { text: "the talks in Geneva ended without a deal", speaker: "diplomats", via: "Reuters" },
    ]);
  });

  it("'As reported by Ukrinform, X said ...': the relay by its participle", () => {
    const q = quotes("As reported by Ukrinform, the Serbian president Aleksandar Vucic said that Serbia would not join the sanctions.");
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: "Aleksandar Vučić", via: "Ukrinform" });
  });

  it("a relay after a quoted clause ends the clause, the comma inside the closing mark", () => {
    const q = quotes('The commander warned the next phase "will depend on the weather," according to Sky News.');
    expect(q[0]?.text.includes("according")).toBe(false);
  });

  it("a contrast after a quoted clause's inner comma ends the clause too; a quote that opens after the comma goes on", () => {
    const q = quotes('The spokesman said officials were "aware of the reports," but declined to comment further.');
    expect(q[0]?.text.includes("declined")).toBe(false);
    const r = quotes('The auditor said the ministry had paid most claims, "but has not settled the rest."');
    expect(r[0]?.text.includes("has not settled")).toBe(true);
  });

  it("negative: with no other speaker, the relay is the speaker ('As Reuters reported, the talks ended', 'X, according to Interfax')", () => {
    expect(quotes("As Reuters reported, the talks in Geneva ended without a deal.")).toEqual([
      { text: "the talks in Geneva ended without a deal", speaker: "Reuters", via: null },
    ]);
    expect(quotes("Moscow would respond, according to Interfax.")[0]).toMatchObject({ speaker: "Interfax" });
  });

  it("negative: 'That's according to Politico, Ukrinform reports.' points to a source and is no one's words", () => {
    expect(quotes("Moscow imported drones from China this year.\n\nThat's according to Politico, Ukrinform reports.")).toEqual([]);
  });
});
