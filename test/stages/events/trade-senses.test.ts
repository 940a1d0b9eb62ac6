import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const types = (text: string) => extract(text, "2022-06-01").events.map((e) => e.type);

// data/events.json: buying, importing and exporting goods, trading and investing are markets at work,
// not a state's cooperation as policy; arms bought from a state and trade deals that states sign are
describe("trade and economy are not political cooperation", () => {
  it("buying goods, oil or investing is no COOPERATE", () => {
    expect(types("The U.S. bought $500 billion worth of goods from China last year.")).not.toContain("COOPERATE");
    expect(types("Japan bought more Russian oil in March.")).not.toContain("COOPERATE");
    expect(types("China invested in Pakistan's ports last year.")).not.toContain("COOPERATE");
    expect(types("Russia exported oil to India in March.")).not.toContain("COOPERATE");
    expect(types("Russia trades with China through the port.")).not.toContain("COOPERATE");
    expect(types("Qatar sold gas to Italy.")).not.toContain("COOPERATE");
  });

  it("arms bought from a state and a trade deal states sign stay events", () => {
    // (the seller supplies the buyer: AID, Russia to India; data/events.json buy-from, reverse)
    expect(types("India bought missiles from Russia.")).toContain("AID");
    expect(types("The EU agreed a trade deal with Japan.")).toContain("AGREE");
    expect(types("The US and China signed a trade agreement on Wednesday.")).toContain("AGREE");
  });
});
