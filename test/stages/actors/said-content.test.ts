import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a bare office title in a story whose frame is one state takes that state even where the sentence names
// another state, when it names it only in what the holder says (after the reporting verb that follows the name, or in
// quotation marks): said-content.ts. A state named before that verb still leaves the holder without one.
const welsh =
  "The Welsh Assembly Government wants to take over the Arts Council of Wales, which funds theatres in Cardiff and Swansea. " +
  "Artists in Wales say the plan would hurt them, and the Welsh Assembly will vote on it next month. ";
const american =
  "President Barack Obama met Republican leaders at the White House on Tuesday. The United States Congress must pass the budget, Washington officials said. ";

describe("actors: a state named only in what the office holder says", () => {
  it("'Culture Minister X said it would be wrong to compare the review to Franco's Spain' in a Welsh story: GBR", () => {
    const rec = extract(welsh + "Culture Minister Gareth Prys said it would be wrong to compare a funding review to Franco's Spain.", "2005-01-20");
    expect(person(rec, "Gareth Prys")).toMatchObject({ country: "GBR", stateRule: "actors/state:article-frame" });
  });

  it("'Defense Secretary X announced that more troops would go to the Gulf to deter Iran' in a US story: USA", () => {
    const rec = extract(american + "Defense Secretary Mark Holden announced that 900 more troops would go to the Gulf to deter Iran.", "2013-03-01");
    expect(person(rec, "Mark Holden")).toMatchObject({ country: "USA", stateRule: "actors/state:article-frame" });
  });

  it("a state inside the holder's quoted words, before the reporting verb: USA", () => {
    const rec = extract(american + '"We will not let Iran win this," said Senator Kay Durbin.', "2013-03-01");
    expect(person(rec, "Kay Durbin")).toMatchObject({ country: "USA" });
  });

  it("negative: a state named before the reporting verb (a visit, a place of the holder) leaves no state", () => {
    const rec = extract(
      american + "Prime Minister Imran Qadir, speaking in Pakistan, said the budget talks would affect aid. Senator Raj Malhotra of India said the talks were useful.",
      "2013-03-01",
    );
    expect(person(rec, "Imran Qadir")?.country ?? null).toBeNull();
    expect(person(rec, "Malhotra")?.country).not.toBe("USA");
  });

  it("negative: a state named with no reporting verb after the name ('met Prime Minister X in Islamabad') leaves no state", () => {
    const rec = extract(american + "Senator John Kerry met Prime Minister Ali Rana in Islamabad on Monday.", "2013-03-01");
    expect(person(rec, "Ali Rana")?.country ?? null).toBeNull();
  });

  it("negative: a story of two states gives no frame, whatever the sentence says", () => {
    const rec = extract(
      "Russia and Ukraine traded accusations on Monday. Moscow said Kyiv had shelled Russian towns, and Ukrainian officials said Russian troops attacked Kharkiv. " +
        "Defence Minister Ivan Petrenko said Russia would pay.",
      "2023-03-01",
    );
    expect(person(rec, "Petrenko")?.country ?? null).toBeNull();
  });
});

describe("actors: the words that place the speaking are not what is said", () => {
  it("negative: 'told Polish Radio', 'said in Islamabad that' keep their state", () => {
    const rec = extract(
      "Russia massed troops near Ukraine, and Moscow denied any plan to invade. The Kremlin said Russian forces were only training. Russian officials said the same. " +
        '"We must be ready for refugees," Deputy Interior Minister Marek Nowik told Polish Radio. Foreign Minister Ali Rana said in Islamabad that the talks would go on.',
      "2022-02-08",
    );
    expect(person(rec, "Nowik")?.country ?? null).toBeNull();
    expect(person(rec, "Ali Rana")?.country ?? null).toBeNull();
  });

  it("'said on Monday that Iran ...' in a US story: USA", () => {
    const rec = extract(american + "Defense Secretary Mark Holden said on Monday that Iran was to blame.", "2013-03-01");
    expect(person(rec, "Mark Holden")).toMatchObject({ country: "USA" });
  });
});

// a party's word is no office: "Republican" may be Ireland's, so a state named in what the person says still bars it
// (role-state.test.ts: "X, a Republican, said Ireland must be united")
describe("actors: a party's word beside a name keeps the whole sentence", () => {
  it("negative: 'Republican senator X said the aid for Ukraine was too much' leaves no state from the party word", () => {
    const rec = extract(
      "Congress voted on the aid package on Tuesday, and the White House said the United States would keep helping. " +
        "Republican senator Tom Haskins said the aid for Ukraine was too much.",
      "2022-05-13",
    );
    expect(person(rec, "Haskins")?.stateRule).not.toBe("actors/state:party-word");
  });
});
