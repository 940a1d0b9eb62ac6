import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: the role phrase around a name says the person's state, and the rule that said it
// stays on the actor (stateRule).
describe("actors: a person's state from the role phrase around the name", () => {
  it("takes a demonym or state before the title, and says so", () => {
    const rec = extract("Serbian Prime Minister Milos Vucevic met reporters. Chinese foreign ministry spokesman Lu Kang said Beijing would respond.", "2017-05-01");
    expect(person(rec, "Vucevic")).toMatchObject({ country: "SRB", role: "Prime Minister", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Lu Kang")).toMatchObject({ country: "CHN", stateRule: "actors/state:title-phrase" });
  });

  it("gives the possessor's state to an envoy, never the host after 'to (the)'", () => {
    const rec = extract("Ukraine's ambassador to the U.S. Oksana Markarova said Kyiv needed more air defence.", "2023-03-01");
    expect(person(rec, "Markarova")).toMatchObject({ country: "UKR", stateRule: "actors/state:possessor" });
    const us = extract("US ambassador to Russia Lynne Tracy said Washington was concerned.", "2023-03-01");
    expect(person(us, "Tracy")).toMatchObject({ country: "USA" });
  });

  it("skips a middle initial between the title and the name", () => {
    const rec = extract("U.S. Ambassador to Libya J. Christopher Stevens was killed in the attack on the consulate.", "2012-10-01");
    expect(person(rec, "Stevens")).toMatchObject({ country: "USA" });
  });

  it("reads the state of an organisation's owner: 'Iran's OPEC governor, X'", () => {
    const rec = extract("Iran's OPEC governor, Hossein Kazempour Ardebili, accused Saudi Arabia of trying to push prices down.", "2018-07-01");
    expect(person(rec, "Ardebili")).toMatchObject({ country: "IRN" });
    // an organisation with no state before it keeps its own code
    const un = extract("The UN's special envoy, Marta Kovacs, said talks would resume.", "2017-01-01");
    expect(person(un, "Kovacs")).toMatchObject({ country: null, code: "UN" });
  });

  it("places a legislator with a party tag in the US Congress; the tag is no person", () => {
    const rec = extract("Rep. Adam Schiff, D-Calif., said the report was damning. Nancy Pelosi (D-Calif.) agreed, and Charles Grassley, R-Iowa, did not.", "2019-05-01");
    expect(person(rec, "Schiff")).toMatchObject({ country: "USA", sector: "LEG", stateRule: "actors/state:party-tag" });
    expect(person(rec, "Grassley")).toMatchObject({ country: "USA", stateRule: "actors/state:party-tag" });
    expect(rec.actors.some((a) => a.kind === "person" && /^[DR]-/.test(a.name))).toBe(false);
    // a hyphenated name is not a party tag
    const hy = extract("Jean-Marc Ayrault, the French prime minister, said talks would go on.", "2013-01-01");
    expect(person(hy, "Ayrault")).toMatchObject({ country: "FRA" });
  });

  it("takes USA from 'Sen.' or 'Rep.' only when the text names no other state", () => {
    const rec = extract("Sen. Jim Risch said the bill would fail.", "2019-05-01");
    expect(person(rec, "Risch")).toMatchObject({ country: "USA", stateRule: "actors/state:title" });
    const ph = extract("Philippine Sen. Risa Hontiveros said the deal was unlawful.", "2019-05-01");
    expect(person(ph, "Hontiveros")).toMatchObject({ country: "PHL", stateRule: "actors/state:title-phrase" });
    // "senator" is used in many states: no default
    const au = extract("Senator Penny Wong said the party would vote against it.", "2019-05-01");
    expect(person(au, "Wong")?.country ?? null).not.toBe("USA");
  });

  it("gives no state where the phrase does not say one", () => {
    const rec = extract("The Russian-born American writer Gary Shteyngart read from his novel. An Israeli journalist's interview with Olaf Bergmann aired on Monday.", "2019-05-01");
    // ("Russian-born" is where he was born; "American writer" states his state)
    expect(person(rec, "Shteyngart")?.country ?? null).not.toBe("RUS");
    expect(person(rec, "Bergmann")?.country ?? null).toBeNull();
    const dual = extract("A British-Iranian dual national, Nazanin Zaghari-Ratcliffe, was released.", "2022-03-20");
    expect(["GBR", "IRN", null]).toContain(person(dual, "Zaghari-Ratcliffe")?.country ?? null);
  });

  it("reads former office of a successor state: 'former Soviet leader'", () => {
    const rec = extract("Former Soviet leader Mikhail Gorbachev said the reforms had failed.", "2019-05-01");
    expect(person(rec, "Gorbachev")).toMatchObject({ country: "RUS", stateRule: "actors/state:title-phrase", formerRole: true });
    const now = extract("Russian President Vladimir Putin disagreed. The former defense secretary Robert Gates spoke.", "2019-05-01");
    expect(person(now, "Putin")?.formerRole).toBeUndefined();
    expect(person(now, "Gates")).toMatchObject({ formerRole: true });
  });

  it("reads 'to Y' in an appositive after the name as the host, not the state", () => {
    const rec = extract("Lynne Tracy, the ambassador to Russia, said Washington was concerned.", "2023-03-01");
    expect(person(rec, "Tracy")?.country ?? null).not.toBe("RUS");
    // an adviser's "to" names the principal, whose state is the adviser's
    const adv = extract("Ahmed Yousef, a former adviser to the Hamas prime minister, said patience would be limited.", "2012-01-01");
    expect(person(adv, "Yousef")).toMatchObject({ country: "PSE", stateRule: "actors/state:appositive" });
    const own = extract("Oksana Markarova, Ukraine's ambassador to the United States, said Kyiv needed help.", "2023-03-01");
    expect(person(own, "Markarova")).toMatchObject({ country: "UKR", stateRule: "actors/state:appositive" });
    const of = extract("Geng Shuang, a spokesman for China's foreign ministry, said talks would continue.", "2019-03-01");
    expect(person(of, "Geng Shuang")).toMatchObject({ country: "CHN", stateRule: "actors/state:appositive" });
  });

  it("carries the state to a later title + surname written with a capitalised particle", () => {
    const rec = extract("Nouri al-Maliki has been replaced by Haider al-Abadi. But Prime Minister Al-Abadi is also a Shiite.", "2014-09-11");
    const ps = rec.actors.filter((a) => a.kind === "person");
    expect(ps.map((a) => a.name).sort()).toEqual(["Haider al-Abadi", "Nouri al-Maliki"]);
    expect(person(rec, "Abadi")).toMatchObject({ country: "IRQ" });
    // a different surname is a different person
    const two = extract("Haider al-Abadi met Prime Minister Al-Rashid.", "2014-09-11");
    expect(two.actors.filter((a) => a.kind === "person")).toHaveLength(2);
  });

  it("takes the state across a portfolio word: 'French Digital Minister X'", () => {
    const rec = extract("French Digital Minister Anne Le Hénanff defended the law. British Culture Secretary Tessa Jowell agreed.", "2026-07-22");
    expect(person(rec, "Hénanff")).toMatchObject({ country: "FRA", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Jowell")).toMatchObject({ country: "GBR" });
    // a capitalised institution before the title is not a state
    const uni = extract("Harvard Law Professor Martha Minow said the ruling was sound.", "2019-01-01");
    expect(person(uni, "Minow")?.country ?? null).toBeNull();
    // a state or seat named in several words stays whole
    const kr = extract("South Korean Trade Minister Rha Woong-bae met Baldrige. Acting White House Chief of Staff Mick Mulvaney spoke.", "2019-06-02");
    expect(person(kr, "Rha")).toMatchObject({ country: "KOR" });
    expect(person(kr, "Mulvaney")).toMatchObject({ country: "USA" });
  });

  it("does not give a role after 'as' inside a clause to the name that follows", () => {
    const rec = extract("He should seek consensus as he begins his second term as US President, Mark Tully has said.", "2005-01-20");
    expect(person(rec, "Tully")?.country ?? null).toBeNull();
    const lead = extract("On Monday, as Oman’s foreign minister, Khalid Salem met his Iranian counterpart.", "2025-05-01");
    expect(person(lead, "Salem")).toMatchObject({ country: "OMN", stateRule: "actors/state:appositive" });
  });

  it("gives 'President X' a state only where the text says it, never from a nearby country", () => {
    const near = extract("President Kouadio Bamba arrived in France on Monday for talks with French officials.", "2019-01-01");
    expect(person(near, "Bamba")?.country ?? null).toBeNull();
    const later = extract("President Kouadio Bamba arrived in France on Monday.\n\nIvory Coast has been tense since the vote. Bamba, Ivory Coast's president, said he had won.", "2019-01-01");
    expect(person(later, "Bamba")).toMatchObject({ country: "CIV", stateRule: "actors/state:appositive" });
    const earlier = extract("Ivorian President Kouadio Bamba spoke on Monday. On Tuesday, President Bamba left for Paris.", "2019-01-01");
    expect(person(earlier, "Bamba")).toMatchObject({ country: "CIV" });
    // a state named after the surname but not in apposition says nothing of the person
    const other = extract("President Kouadio Bamba arrived. Bamba met Ivory Coast's opposition leader on Monday.", "2019-01-01");
    expect(person(other, "Kouadio Bamba")?.country ?? null).toBeNull();
  });

  it("lets a plural one-state title cover the names listed after it: 'Reps. Schiff and Nadler'", () => {
    const rec = extract("Reps. Adam Schiffer and Jerrold Nadell said the report was damning.", "2019-05-01");
    expect(person(rec, "Nadell")).toMatchObject({ country: "USA", stateRule: "actors/state:title-shared" });
    // a singular title covers one name only
    const one = extract("Rep. Adam Kinzinger and Jerrold Kessler agreed.", "2019-05-01");
    expect(person(one, "Kessler")?.country ?? null).toBeNull();
  });
});

describe("actors: a person's state from a role phrase elsewhere in the article", () => {
  it("takes the state of 'Algeria's president' or 'the Algerian president' that resolves to 'President X'", () => {
    const before = extract("Algeria's president spoke on Monday. President Abdelaziz Bouteflicka threatened to impose a curfew.", "2005-05-01");
    expect(person(before, "Bouteflicka")).toMatchObject({ country: "DZA", code: "DZA", stateRule: "actors/state:role-coref" });
    const after = extract("President Abdelaziz Bouteflicka threatened to impose a curfew. The Algerian president said the unrest must end.", "2005-05-01");
    expect(person(after, "Bouteflicka")).toMatchObject({ country: "DZA", stateRule: "actors/state:role-coref" });
  });

  it("negative: not from an office many hold, another office, a former holder, or a place named nearby", () => {
    // many spokesmen and ambassadors: the one named need not be the one whose state is said
    const spox = extract("Spokesman Jonathan Hoffman declined to comment. Tehran's military spokesman dismissed the claims.", "2019-06-01");
    expect(person(spox, "Hoffman")?.country ?? null).toBeNull();
    // a vice-president is not 'the Kenyan president'
    const vp = extract("Vice-President Moody Awara resigned. The Kenyan president said he regretted it.", "2005-05-01");
    expect(person(vp, "Awara")?.country ?? null).toBeNull();
    // a place is no evidence of whose president he is to the role-phrase rule (where he acts places him
    // by another rule, actors/state:act-site, test/stages/actors/act-site.test.ts)
    const place = extract("President Abdelaziz Bouteflicka threatened to impose a curfew in Algiers.", "2005-05-01");
    expect(person(place, "Bouteflicka")?.stateRule ?? null).not.toMatch(/role/);
  });
});

describe("actors: an office's possessor with its state ('US President's National Security Advisor')", () => {
  it("takes the state right before the possessor office", () => {
    const rec = extract("Yermak spoke with US President's National Security Advisor Jacob Sullivan.", "2022-07-22");
    expect(person(rec, "Sullivan")).toMatchObject({ country: "USA", stateRule: "actors/state:possessor" });
  });

  it("negative: an office with no state before it says none", () => {
    const rec = extract("The president's spokesman John Doe said no.", "2022-07-22");
    expect(person(rec, "John Doe")?.country ?? null).toBeNull();
  });
});

describe("actors: lower-case nouns between a state or possessor and the title", () => {
  it("say of what the title is ('Labour's election chief X', 'Moscow region governor X', 'British corporate affairs minister X')", () => {
    expect(person(extract("Labour's election chief Alan Milburn has defended the posters."), "Milburn")).toMatchObject({ country: "GBR" });
    expect(person(extract("Moscow region governor Andrei Vorobyov said a site was hit."), "Vorobyov")).toMatchObject({ country: "RUS" });
    expect(person(extract("British corporate affairs minister Michael Howard told Japan to act."), "Howard")).toMatchObject({ country: "GBR" });
  });

  it("negative: after a body's name the nouns may name a branch of it ('Red Cross team leader X' in a Norwegian story)", () => {
    const p = person(extract("Red Cross team leader Oerjan Kristensen told VG the storm was strong."), "Kristensen");
    expect(p?.country ?? p?.code ?? null).toBeNull();
  });

  it("negative: no more than two nouns, and a verb ends the phrase ('the strike on Russia killed army chief X')", () => {
    const p = person(extract("The strike on Russia killed army chief Ivan Petrov."), "Petrov");
    expect(p?.country ?? null).toBeNull();
  });
});

describe("actors: a relative clause that says what the person is or was", () => {
  it("', who served as the U.S. ambassador', ', who is the Russian deputy foreign minister,'", () => {
    expect(person(extract("“Fix this now,” tweeted Michael McFaul, who served as the U.S. ambassador to Moscow under Obama."), "McFaul")).toMatchObject({ country: "USA", stateRule: "actors/state:relative-clause" });
    expect(person(extract("Ivan Petrov, who is the Russian deputy foreign minister, said no."), "Petrov")).toMatchObject({ country: "RUS" });
  });

  it("negative: a clause of any other verb says nothing of the person ('who met the U.S. ambassador')", () => {
    expect(person(extract("Ivan Petrov, who met the U.S. ambassador on Monday, said no."), "Petrov")?.country ?? null).toBeNull();
  });

  it("negative: a kin or a bond to a state's officer is not the office ('who is married to the Russian president's niece')", () => {
    expect(person(extract("Ivan Petrov, who is married to the Russian president's niece, said no."), "Petrov")?.country ?? null).toBeNull();
  });
  it("reads a party's portfolio nouns before a title as the party's own ('Liberal Democrat education spokesman X')", () => {
    const rec = extract("Liberal Democrat education spokesman Phil Wills said the plan was too timid. Lib Dem Treasury spokesman Vince Cabel agreed.", "2005-02-01");
    expect(person(rec, "Wills")).toMatchObject({ country: "GBR", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Cabel")).toMatchObject({ country: "GBR" });
    const ranks = extract("Tory co-chairman Liam Foxe said the party was ready. Labour peer Lord Haskin and Tory backbencher Edward Lee disagreed.", "2005-02-01");
    expect(person(ranks, "Foxe")).toMatchObject({ country: "GBR" });
    expect(person(ranks, "Haskin")).toMatchObject({ country: "GBR" });
    expect(person(ranks, "Edward Lee")).toMatchObject({ country: "GBR" });
  });

  it("negative: another body's nouns before a title may name a branch of its own ('BBC news director X')", () => {
    expect(person(extract("BBC news director Helen Boaden said the report was fair."), "Boaden")?.country ?? null).toBeNull();
  });
  it("places a name beside a US party's own word in the US where the article names it ('X, a Maine Republican')", () => {
    const us = "The United States Senate voted on the bill on Tuesday. ";
    const rec = extract(us + "Sheldon Whitmore, a Democratic senator, said it was late. Susan Collard, a Maine Republican, agreed. Democratic senator Tom Udell did not.", "2013-03-01");
    expect(person(rec, "Whitmore")).toMatchObject({ country: "USA", stateRule: "actors/state:party-word" });
    expect(person(rec, "Collard")).toMatchObject({ country: "USA" });
    expect(person(rec, "Udell")).toMatchObject({ country: "USA" });
  });

  it("negative: a party word in a story that never names the US, or in a sentence naming another state", () => {
    expect(person(extract("Tom Walshe, a Republican, spoke at the rally in Belfast on Sunday."), "Walshe")?.country ?? null).toBeNull();
    const ie = extract("The United States sent an envoy. Martin Fennelly, a Republican, said Ireland must be united.", "1998-03-01");
    expect(person(ie, "Fennelly")?.country ?? null).toBeNull();
  });
});
