import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// object-makers.ts: defying a measure turns down its issuer; accepting a proposal agrees with its
// proposer, or with the other side of the dispute it ends.
describe("defied measures: the issuer is the party", () => {
  it("a ban, an order or a decree by a party, of the defier's own state too", () => {
    expect(keys("Kurdish rebels defied a ban by the Turkish government.")).toEqual(["REJECT TUR>TUR"]);
    expect(keys("Protesters in Minsk defied the ban imposed by President Alexander Lukashenko.")).toEqual(["REJECT BLR>BLR"]);
    expect(keys("Israeli settlers defied an order from the Israeli army to leave the outpost.")).toEqual(["REJECT ISR>ISR"]);
  });

  it("a party of another state after 'by' or 'of' an order", () => {
    expect(keys("The Serbian government flouted the ruling of the European Court of Human Rights.")).toEqual(["REJECT SRB>ECHR"]);
    expect(keys("Tehran disregarded the ultimatum issued by Washington's allies in the European Union.")).toEqual(["REJECT IRN>EU"]);
  });
});

describe("defied measures: negative cases", () => {
  it("defying the odds or expectations turns down no one", () => {
    expect(keys("The Kenyan team defied the odds to beat Nigeria.").filter((k) => k.startsWith("REJECT"))).toEqual([]);
    expect(keys("Polish exports defied expectations of a slump in Germany.")).toEqual([]);
  });

  it("an order no one named issued, or 'of' a thing, names no issuer", () => {
    expect(keys("Kenyan runners defied an order to stop.")).toEqual([]);
    expect(keys("Iran ignored the rain.")).toEqual([]);
    expect(keys("Kenyan farmers ignored the ban on exports.")).toEqual([]);
  });
});

describe("accepted proposals: the proposer or the other side of the dispute", () => {
  it("a plan proposed, put forward or offered by a party", () => {
    expect(keys("Ukraine accepted a peace plan proposed by Turkey.")).toEqual(["AGREE UKR>TUR"]);
    expect(keys("Armenia accepted a compromise put forward by France.")).toEqual(["AGREE ARM>FRA"]);
  });

  it("a formula for ending a dispute with a party", () => {
    expect(keys("Norway accepted a formula for ending its fishing dispute with its EU partners.")).toEqual(["AGREE NOR>EU"]);
    expect(keys("Greece accepted a compromise to end its row with Turkey.")).toEqual(["AGREE GRC>TUR"]);
    expect(keys("Hamas accepted the truce with Israel.")).toEqual(["AGREE PSE>ISR"]);
  });
});

describe("accepted proposals: negative cases", () => {
  it("an award, a resignation or a fact is no proposal", () => {
    expect(keys("The Greek prime minister accepted an award from the Turkish president.")).toEqual([]);
    expect(keys("Putin accepted the resignation of the Russian prime minister.")).toEqual([]);
    expect(keys("Biden accepted that the Chinese economy is weak.")).toEqual([]);
  });

  it("a dispute in another clause, or a plan about a thing, names no party", () => {
    expect(keys("Greece accepted a compromise, ending its row with Turkey.")).toEqual([]);
    expect(keys("Ukraine accepted a plan on Russian gas.")).toEqual([]);
  });
});
