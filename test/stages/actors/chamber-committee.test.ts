import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "Senate Finance Chairman X" chairs a committee of a chamber; of the states whose legislature has that
// chamber, the one the article names most is the holder's (chamber-committee.ts, actors/state:chamber-committee).
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

const trade = "Trade pact signed\n\nThe United States signed a trade pact with Mexico, U.S. officials said. Washington wants Canada to join.\n\n";
const iran =
  "Nuclear talks stall\n\nIran rejected new limits on its nuclear programme, Iranian officials said. Tehran says Iran will keep enriching, and Iran's parliament backed the move. Iran wants sanctions lifted. The United States disagrees.\n\n";

describe("actors: a chamber's committee chair takes the chamber's state the article names most (chamber-committee.ts)", () => {
  it("a Senate or House committee chair, with or without 'Committee'", () => {
    expect(stateOf(trade + "Senate Banking Chairman Dale Rimmer said the pact was fair.", "Dale Rimmer")).toEqual({ country: "USA", rule: "actors/state:chamber-committee" });
    expect(stateOf(trade + "The pact is fair, said House Ways and Means Chairwoman Nora Pell.", "Nora Pell")?.country).toBe("USA");
    expect(stateOf(trade + "House Energy and Commerce Vice Chairman Lorne Haskett opposed it.", "Lorne Haskett")?.country).toBe("USA");
  });

  it("in a story of a state with no Senate, the Senate is the one of the state the story names that has one", () => {
    expect(stateOf(iran + "Senate Armed Services Committee chairman Dale Rimmer called the talks a failure.", "Dale Rimmer")?.country).toBe("USA");
    expect(stateOf(iran + "Senate Armed Services Chairman Dale Rimmer called the talks a failure.", "Dale Rimmer")?.country).toBe("USA");
  });

  it("another state's Senate where the story names it most", () => {
    const manila = "Manila budget\n\nThe Philippines will raise spending, Philippine officials said. The Philippines hopes the United States will help.\n\n";
    expect(stateOf(manila + "Senate Finance Chairman Ramon Castillo said the budget was too big.", "Ramon Castillo")?.country).toBe("PHL");
  });

  it("negative: a chamber inside a longer name, a chamber with no committee, no chamber state named, another title", () => {
    expect(stateOf(trade + "Ohio Senate Finance Chairman Dale Rimmer said the pact was fair.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    expect(stateOf(trade + "Senate Chairman Dale Rimmer said the pact was fair.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    const plain = "Budget fight\n\nLawmakers met on Tuesday to discuss the budget.\n\n";
    expect(stateOf(plain + "Senate Finance Chairman Dale Rimmer said the budget was too big.", "Dale Rimmer")?.country ?? null).toBeNull();
    expect(stateOf(trade + "Senate Finance spokesman Dale Rimmer said the pact was fair.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
  });
});

describe("actors: a committee named in lower case, and a committee's member (chamber-committee.ts)", () => {
  it("a lower-case committee name between the chamber and the chair's title", () => {
    expect(stateOf(trade + "House intelligence Chairman Dale Rimmer told reporters the pact was fair.", "Dale Rimmer")).toEqual({ country: "USA", rule: "actors/state:chamber-committee" });
    expect(stateOf(iran + "The talks failed, said Senate armed services committee chairwoman Nora Pell.", "Nora Pell")?.country).toBe("USA");
  });

  it("a committee's member or ranking member, former or not", () => {
    expect(stateOf(trade + "\"It is fair,\" former House Armed Services Committee member Nora Pell said on Monday.", "Nora Pell")).toEqual({ country: "USA", rule: "actors/state:chamber-committee" });
    expect(stateOf(iran + "Senate Foreign Relations Committee ranking member Lorne Haskett called the talks a failure.", "Lorne Haskett")?.country).toBe("USA");
    expect(stateOf(trade + "House judiciary panel member Lorne Haskett said the pact was fair.", "Lorne Haskett")?.country).toBe("USA");
  });

  it("negative: a verb or preposition between the chamber and the title, a member of no committee, a member of a longer name", () => {
    expect(stateOf(trade + "The Senate on Tuesday confirmed Chairman Dale Rimmer to the trade board.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    expect(stateOf(trade + "The House passed it and thanked Chairman Dale Rimmer for the pact.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    expect(stateOf(trade + "Senate member Dale Rimmer said the pact was fair.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    expect(stateOf(trade + "Texas House Energy Committee member Dale Rimmer said the pact was fair.", "Dale Rimmer")?.rule ?? null).not.toBe("actors/state:chamber-committee");
    const plain = "Budget fight\n\nLawmakers met on Tuesday to discuss the budget.\n\n";
    expect(stateOf(plain + "Senate Budget Committee member Dale Rimmer said the budget was too big.", "Dale Rimmer")?.country ?? null).toBeNull();
  });
});
