import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: a bare office title ("Education Secretary X", "Senator X") in a story whose frame is
// one state gives that state (actors/state:article-frame); a story of two states, a sentence naming
// another state, or a body's own office gives none.
const british =
  "Labour will fight the election on the economy, Tony Blair told the Commons on Monday. " +
  "The Conservatives said Britain could not afford Labour's plans, and the Liberal Democrats agreed. ";

describe("actors: a bare office takes the state of the article's frame", () => {
  it("places a minister, a secretary and an MP in a story of British politics", () => {
    const rec = extract(british + "Education Secretary Ruth Kelly said schools would get more money. Conservative MP David Willetts said it was too little.", "2005-03-01");
    expect(person(rec, "Ruth Kelly")).toMatchObject({ country: "GBR", stateRule: "actors/state:article-frame" });
    // (the party's word before the office says it first: "Conservative MP X")
    expect(person(rec, "Willetts")).toMatchObject({ country: "GBR", stateRule: "actors/state:party-word" });
  });

  // (invented names: a member of the US Congress the dictionary knows takes the state from it first, persons-congress.json)
  it("places senators and a justice in a story of US politics", () => {
    const rec = extract(
      "President Barack Obama met Republican leaders at the White House on Tuesday. The United States Congress must pass the budget, Washington officials said. " +
        'Senator Kelly Ayford said she would vote against it. "It is a bad bill," said Senator Pat Toomey. Justice Ruth Bader Ginsburg did not comment.',
      "2013-03-01",
    );
    expect(person(rec, "Ayford")).toMatchObject({ country: "USA", stateRule: "actors/state:article-frame" });
    expect(person(rec, "Toomey")).toMatchObject({ country: "USA" });
    expect(person(rec, "Ginsburg")).toMatchObject({ country: "USA" });
  });

  it("reads 'parliament speaker X' and 'Senator-elect X' as offices", () => {
    const rec = extract(
      "President Barack Obama met Republican leaders at the White House on Tuesday. The United States Congress must pass the budget, Washington officials said. " +
        '"Yes, he should run," said Senator-elect Jim Flagg. House speaker Tom Boehm agreed.',
      "2013-03-01",
    );
    expect(person(rec, "Flagg")).toMatchObject({ country: "USA", stateRule: "actors/state:article-frame" });
    expect(person(rec, "Boehm")).toMatchObject({ country: "USA" });
  });

  it("gives nothing in a story of two states", () => {
    const rec = extract(
      "Russia and Ukraine traded accusations on Monday. Moscow said Kyiv had shelled Russian towns, and Ukrainian officials said Russian troops attacked Kharkiv. " +
        "Governor Ivan Petrenko said three people were hurt.",
      "2023-03-01",
    );
    expect(person(rec, "Petrenko")).toMatchObject({ country: null });
  });

  it("gives nothing where the title's sentence names another state", () => {
    const rec = extract(british + "Prime Minister Imran Qadir met British officials in Pakistan on Tuesday.", "2005-03-01");
    expect(person(rec, "Imran Qadir")).toMatchObject({ country: null });
  });

  it("gives nothing to a body's office, a trade or an envoy", () => {
    const rec = extract(
      british + "Ifo president Hans Weber said demand was weak. Chief executive Simon Jones said sales fell. Ambassador Pierre Dubois said talks would go on.",
      "2005-03-01",
    );
    expect(person(rec, "Hans Weber")).toMatchObject({ country: null });
    expect(person(rec, "Simon Jones")).toMatchObject({ country: null });
    expect(person(rec, "Pierre Dubois")).toMatchObject({ country: null });
  });

  it("needs a frame: one mention of a state is not enough", () => {
    const rec = extract("Britain is cold this week. Senator John Hale said the weather would improve.", "2005-03-01");
    expect(person(rec, "John Hale")).toMatchObject({ country: null });
  });
  it("gives nothing to an office a possessor or a body's nouns name ('the region's governor X', 'company president X')", () => {
    const rec = extract(
      british + "The region's governor Pavel Orlin said three were hurt. Company president Lee Stott said sales rose, and bank vice-president Ann Crowe agreed.",
      "2005-03-01",
    );
    expect(person(rec, "Orlin")).toMatchObject({ country: null });
    expect(person(rec, "Stott")).toMatchObject({ country: null });
    expect(person(rec, "Crowe")).toMatchObject({ country: null });
  });

  it("gives nothing to a rank (a general of the other side is common in war stories) nor in a title-case headline line", () => {
    const rec = extract(british + "Gen. Salim Haddad leads the rebels' military council.\nMinister Loses Vote as Judge Rules Against Plan\nThe vote was lost.", "2005-03-01");
    expect(person(rec, "Haddad")?.country ?? null).toBeNull();
    expect(rec.actors.filter((a) => a.kind === "person" && a.stateRule === "actors/state:article-frame")).toHaveLength(0);
  });
});


// Issue 14: parties and outlets weigh for no state in the frame ("the Conservatives" and "Social Democrats" of a
// Finnish election are no British or American story; Reuters files from everywhere)
describe("actors: the frame without parties and outlets", () => {
  it("'Prime Minister X' in a Finnish election story whose parties share British and American names", () => {
    const rec = extract(
      "Personal taxation is the issue in Finnish elections this month, economists say. Polls say the Conservative Party, Finland's second largest, may gain. " +
        "The coalition is dominated by the Social Democrats of Prime Minister Kalevi Sorsta. The Conservatives want lower taxes, Helsinki bankers told Reuters. " +
        "The Conservatives have 44 seats. Trade with the Soviet Union will not be affected, the Finnish finance ministry said.",
      "1987-03-05",
    );
    expect(person(rec, "Sorsta")).toMatchObject({ country: "FIN", stateRule: "actors/state:article-frame" });
  });

  it("negative: a story of two states gives the bare office none", () => {
    const rec = extract(
      "Finland and Sweden will apply to join Nato, Finnish and Swedish officials said. Helsinki and Stockholm agree. " + "Prime Minister Anna Lindqvist said the decision was historic. Sweden and Finland will apply together.",
      "2022-05-15",
    );
    expect(person(rec, "Lindqvist")?.country ?? null).toBeNull();
  });
});
