import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT", each party by its state (helpers.ts eventKeys) */
const stateKeys = (text: string, published = "2005-03-01") => eventKeys(text, published);

describe("party attacks: a party's or a politician's attack is made in words", () => {
  it("a party attacking the head of government is criticism", () => {
    expect(stateKeys("The Liberal Democrats attacked Tony Blair over his handling of the war.")).toEqual(["ACCUSE GBR>GBR"]);
  });

  it("a party attacking the government is criticism of it", () => {
    expect(stateKeys("Labour attacked the government over the rise in hospital waiting lists.")).toEqual(["ACCUSE GBR>GBR"]);
  });

  it("a party attacking a foreign state is criticism too", () => {
    expect(stateKeys("The Conservatives attacked France over its fishing quotas.")).toEqual(["ACCUSE GBR>FRA"]);
  });
});

describe("party attacks: negative cases", () => {
  it("rebels and armed groups attack with force", () => {
    expect(stateKeys("Hamas attacked Israel with rockets on Saturday.")).toEqual(["ASSAULT PSE>ISR"]);
  });

  it("a state's army attacking is force", () => {
    expect(stateKeys("The Russian army attacked Ukrainian positions near Bakhmut.")).toContain("ASSAULT RUS>UKR");
  });
});
