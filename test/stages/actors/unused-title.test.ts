import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";
import { statesNotUsing } from "../../../src/stages/actors/unused-title.js";

// Issue 14: a title a state's government does not use (titles.json unusedTitles: the United States has no ministers)
// takes no frame of that state, and a holder's "his Saudi counterpart" is not Saudi (unused-title.ts).
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

// a story of Seoul's trade, dollars and Washington named throughout
const korea =
  "Seoul reserves climb\n\nSouth Korea's reserves rose to a record as exports to the United States surged, the Bank of Korea said. The United States has pressed South Korea to open its markets, and U.S. officials want faster gains for the won. American exporters say the U.S. deficit is too large, and the United States plans new talks. South Korea's surplus with the U.S. widened again in March.\n\n";
// a story of the United States alone
const american =
  "Senate weighs new sanctions\n\nThe United States will vote on new sanctions next week, American officials said. Washington has already frozen some assets, and the U.S. Treasury said the president would sign the bill. The United States wants allies to follow.\n\n";

describe("actors: a title the frame's government does not use takes no frame of it (unused-title.ts)", () => {
  it("a minister in a story the United States dominates is not American", () => {
    const p = stateOf(korea + "Vice trade minister Park Dong-soo said tariffs were cut on 900 products.", "Park Dong-soo");
    expect(p?.country ?? null).not.toBe("USA");
    const q = stateOf(american + "Finance Minister Lorne Haskett said the plan would fail.", "Lorne Haskett");
    expect(q?.country ?? null).toBeNull();
  });

  it("the story's clear second state may be the minister's", () => {
    const text =
      "Manila bond sale\n\nThe United States urged the Philippines to speed reforms, U.S. officials said. The Philippines sold bonds to American banks, and the United States backed a new loan. The Philippines hopes the U.S. will buy more sugar. U.S. banks lent more, and the United States wants a deal. American firms agree.\n\n" +
      "Trade minister Ramon Castillo said the loan would come in May.";
    expect(stateOf(text, "Ramon Castillo")).toEqual({ country: "PHL", rule: "actors/state:frame-second" });
  });

  it("negative: a title the United States uses keeps its frame; a minister in another state's story keeps that frame", () => {
    expect(stateOf(american + "Treasury Secretary Dale Rimmer said the plan would work.", "Dale Rimmer")?.country).toBe("USA");
    const british = "Budget row\n\nBritain's cabinet met as the UK economy shrank. British officials said Britain would cut spending, and the UK Treasury agreed.\n\n";
    expect(stateOf(british + "Health Minister Ruth Ainsley said the cuts would hurt.", "Ruth Ainsley")?.country).toBe("GBR");
  });

  it("the states not using a title are read off the role's last words", () => {
    const unused = new Map([["minister", new Set(["USA"])]]);
    expect([...(statesNotUsing("Vice economic minister", unused) ?? [])]).toEqual(["USA"]);
    expect(statesNotUsing("ministerial adviser", unused)).toBeNull();
    expect(statesNotUsing("Secretary", unused)).toBeNull();
    expect(statesNotUsing(null, unused)).toBeNull();
  });
});

describe("actors: a holder's counterpart's state is not the holder's (unused-title.ts)", () => {
  const saudi =
    "Inquiry widens\n\nSaudi Arabia denies the royal family was involved. Saudi officials say the killing was a rogue operation, and Riyadh has detained 18 people. Saudi Arabia's public prosecutor has promised a full inquiry.\n\n";

  it("a prosecutor who speaks of his Saudi counterpart is not Saudi", () => {
    expect(stateOf(saudi + "Chief prosecutor Ilker Demirtas said talks with his Saudi counterpart had yielded nothing.", "Ilker Demirtas")?.country ?? null).not.toBe("SAU");
    expect(stateOf(saudi + "Chief prosecutor Ilker Demirtas said her new Saudi counterparts had been helpful.", "Ilker Demirtas")?.country ?? null).not.toBe("SAU");
  });

  it("negative: a counterpart with no state word, or a state word that is no counterpart's, keeps the frame", () => {
    expect(stateOf(saudi + "Chief prosecutor Ilker Demirtas said talks with his counterpart in Istanbul went well.", "Ilker Demirtas")?.country).toBe("SAU");
    expect(stateOf(saudi + "Chief prosecutor Ilker Demirtas said his Saudi team had found the bodies.", "Ilker Demirtas")?.country).toBe("SAU");
  });
});
