import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: a role phrase in apposition before the name states the person's state", () => {
  it("'the Latvian defence minister, X, said' after a quotation", () => {
    const rec = extract("“Russia’s aggression shows the need for air defence,” the Latvian defence minister, Artis Pabriks, said in a statement.");
    // (the appositive before the name reads past the quote's closing mark itself now)
    expect(person(rec, "Pabriks")).toMatchObject({ country: "LVA", code: "LVA", stateRule: "actors/state:appositive" });
  });

  it("a place as possessor ('Luhansk’s regional governor, X said')", () => {
    const rec = extract("“The Russian army is approaching,” Luhansk’s regional governor, Serhiy Haidai said on Monday.");
    expect(person(rec, "Haidai")).toMatchObject({ country: "UKR" });
  });

  it("the possessor nearest the title, not a caption's outlet before it", () => {
    const rec = extract("Sanna Marin speaks in parliament. Photograph: Lehtikuva/Reuters\nRussia’s deputy foreign minister, Sergei Ryabkov, said the countries should have no illusions.");
    expect(person(rec, "Ryabkov")).toMatchObject({ country: "RUS" });
  });

  it("negative: a role phrase that is not in apposition gives no state ('met the Latvian defence minister, Pabriks said')", () => {
    const rec = extract("Officials met the Latvian defence minister on Monday, Jonas Kazlauskas said.");
    expect(person(rec, "Kazlauskas")?.country ?? null).toBeNull();
  });

  it("negative: a place named before a role as its seat is no one's state ('the Moscow correspondent, X')", () => {
    const rec = extract("The talks failed, the Moscow correspondent, Shaun Walker, wrote on Monday.");
    expect(person(rec, "Walker")?.country ?? null).toBeNull();
  });
});

describe("actors: a role noun of trade or standing before a name carries the state word before it", () => {
  it("'Russian billionaire X', 'Czech activist X'", () => {
    expect(person(extract("Russian billionaire Oleg Tinkov has blasted the war in an Instagram post."), "Tinkov")).toMatchObject({ country: "RUS", role: "billionaire" });
    expect(person(extract("Czech activist Michal Meisner said the plan would work."), "Meisner")).toMatchObject({ country: "CZE" });
  });

  it("party names that belong to one state: 'Lib Dem leader', 'Tory leader'", () => {
    const rec = extract("Lib Dem leader Charles Kennedy said no. Tory leader Michael Howard agreed.", "2005-02-01");
    expect(person(rec, "Kennedy")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Howard")).toMatchObject({ country: "GBR" });
    expect(persons("Lib Dem leader Charles Kennedy said no.", "2005-02-01")).toEqual(["Charles Kennedy"]);
  });

  it("negative: capitalised, the word may begin a name or a title ('Editor Dan Smith' keeps no role noun)", () => {
    const rec = extract("The Billionaire Boys Club met on Monday.");
    expect(rec.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("actors: runs known by their shape alone where people's names do not stand", () => {
  it("after an article: 'the Shadow Brokers dump', 'the luxurious Mandarin Oriental hotel'", () => {
    expect(persons("The NSA was the victim of the Shadow Brokers dump in 2016.")).toEqual([]);
    expect(persons("He is joined at the luxurious Mandarin Oriental hotel by envoys.")).toEqual([]);
    expect(persons("It is part of what is called the Sangh Parivar in India.")).toEqual([]);
  });

  it("a title alone in quotation marks", () => {
    expect(persons("Top of the schedule is the item “Global Realignments”, followed by another.")).toEqual([]);
  });

  it("a place before its state's name", () => {
    expect(persons("The GATT talks began a year ago in Punta del Este, Uruguay to liberalize trade.")).toEqual([]);
  });

  it("page furniture, laws and institutions: 'Privacy Policy', 'Article V', 'Radio Svoboda', 'Law Lords'", () => {
    expect(persons("By signing up, you agree to our Privacy Policy.")).toEqual([]);
    expect(persons("The British rejected any pledge resembling Article V of the Nato treaty.")).toEqual([]);
    expect(persons("Photo: Radio Svoboda")).toEqual([]);
    expect(persons("The Law Lords said the rules were incompatible with the convention.")).toEqual([]);
  });

  it("negative: people after an adjective and an article stay people ('a tearful Lionel Messi at the end', 'the late Nelson Mandela')", () => {
    expect(persons("Lamine Yamal embraced a tearful Lionel Messi at the end of the final.")).toContain("Lionel Messi");
    expect(persons("He honoured the late Nelson Mandela on Monday.")).toContain("Nelson Mandela");
    expect(persons("The talks were held in Geneva, said Marta Kowalska, a Polish diplomat.")).toContain("Marta Kowalska");
  });
});

describe("actors: a title that states nothing by itself, read further", () => {
  it("an appositive after a rank: 'Gen. Joseph Votel, the head of the U.S. Central Command,'", () => {
    const rec = extract("Gen. Joseph Votel, the head of the U.S. Central Command, told the Senate more troops were needed.", "2017-03-10");
    expect(person(rec, "Votel")).toMatchObject({ country: "USA", stateRule: "actors/state:appositive" });
  });

  it("negative: an appositive with no state leaves a rank as it was ('Maj. Serhii Volyna, the commander,')", () => {
    const rec = extract("Maj. Oleh Kostenko, the commander, said the plant was surrounded.");
    expect(person(rec, "Kostenko")?.country ?? null).toBeNull();
  });

  it("a surname of the seed dictionary after one of its holder's own titles, past or present ('President Obama' in 2017)", () => {
    expect(person(extract("Yemen was once lauded by President Obama as a model.", "2017-03-10"), "Obama")).toMatchObject({ name: "Barack Obama", country: "USA" });
  });

  it("negative: a surname after a title none of the seed's namesakes held stays unknown ('Coach Obama')", () => {
    expect(person(extract("The team was led by Captain Obama on Sunday.", "2017-03-10"), "Obama")?.country ?? null).toBeNull();
  });

  it("'Sens. X and Y': the plural title does not end a sentence, and covers both names", () => {
    const rec = extract("Those seeking the change, like Sens. Kirsten Gillibrand and Mark Begich, argue otherwise.", "2013-06-04");
    expect(person(rec, "Gillibrand")).toMatchObject({ country: "USA" });
    expect(person(rec, "Begich")).toMatchObject({ country: "USA" });
  });

  it("a title only one state's government uses, where the article names that state ('Home Secretary' and Britain)", () => {
    expect(person(extract("Home Secretary Charles Clarke has said detainees will not be freed. Britain opted out of the convention.", "2004-12-20"), "Clarke")).toMatchObject({ country: "GBR", stateRule: "actors/state:title-in-context" });
    expect(person(extract("Shadow chancellor Oliver Letwin attacked the plans. The Tories would cut taxes.", "2005-02-01"), "Letwin")).toMatchObject({ country: "GBR" });
  });

  it("negative: no such state where the article does not name it, nor from a title other states' offices share", () => {
    expect(person(extract("Home Secretary Ajay Bhalla met officials in Delhi.", "2020-01-20"), "Bhalla")?.country ?? null).toBeNull();
    expect(person(extract("Defence Secretary Melvin Laird said the troops would go. The UK was not asked.", "1970-01-20"), "Laird")?.country ?? null).not.toBe("GBR");
  });

  it("negative: a word between a lower-case role noun and a common noun is no name ('billionaire Bilderberg insider Peter Thiel')", () => {
    expect(persons("Palantir was set up by billionaire Bilderberg insider Peter Thiel, who agreed.")).toEqual(["Peter Thiel"]);
  });
});

describe("actors: 'X of the Russian foreign ministry': a state's body after 'of'", () => {
  it("a demonym and a body of state", () => {
    expect(person(extract("Sergei Orlov of the Russian foreign ministry said no."), "Orlov")).toMatchObject({ country: "RUS", stateRule: "actors/state:of-state" });
    expect(person(extract("Anna Berg of the Swedish parliament said no."), "Berg")).toMatchObject({ country: "SWE" });
  });

  it("negative: a demonym before something other than a body of state ('of the Russian studies program', 'of the British Museum')", () => {
    expect(person(extract("Jane Doe of the Russian studies program said no."), "Doe")?.country ?? null).toBeNull();
    expect(person(extract("Tom Field of the British Museum said no."), "Field")?.country ?? null).toBeNull();
  });
});

describe("actors: a role phrase as a verb's object in apposition to the name", () => {
  it("closed by a comma after the name ('summoned the British ambassador in Moscow, Deborah Bronnert, to protest')", () => {
    const rec = extract("Russia’s foreign ministry said it had summoned the British ambassador in Moscow, Deborah Bronnert, to protest.", "2022-05-05");
    expect(person(rec, "Bronnert")).toMatchObject({ country: "GBR" });
  });

  it("negative: the name of the next clause's speaker is no apposition ('summoned the British ambassador, Sergei Orlovsky said')", () => {
    expect(person(extract("Russia summoned the British ambassador, Sergei Orlovsky said."), "Orlovsky")?.country ?? null).toBeNull();
  });
});
