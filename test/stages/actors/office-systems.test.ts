import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (persons52): a person described by words of a legislature, party or office that only some states' politics
// use (titles.json officeSystems, systems) belongs to the one of those states the article names.
const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

describe("actors: office-system words give the one state of theirs the article names", () => {
  it("a party's MP in the appositive after the name, in a story of Britain, Russia and Ukraine", () => {
    const rec = extract("Britain pledged more air defence to Ukraine after Russia shelled Kharkiv. Rachel Dunmore, a Conservative MP, said the pledge was overdue.", "2022-05-10");
    expect(person(rec, "Dunmore")).toMatchObject({ country: "GBR" });
  });

  it("a party's office in an appositive before the name, and a select committee's chair after it", () => {
    const rec = extract("The bill was debated in London as Russia massed troops near Ukraine. The Tory chief whip, Hugh Barlow, said it would pass. Fiona Penhale, the chair of the home affairs select committee, said it was rushed.", "2022-02-01");
    expect(stateOf(rec, "Barlow")).toBe("GBR");
    expect(stateOf(rec, "Penhale")).toBe("GBR");
  });

  it("'MP for <seat>' is of the Westminster system the article names, where a bare 'MP' beside Ukraine stays open", () => {
    const rec = extract("Britain and Ukraine signed a security pact on Friday. Gareth Lowry, MP for Kettlebury, welcomed it. Oleh Marchenko, an MP, called it historic.", "2024-01-12");
    expect(stateOf(rec, "Lowry")).toBe("GBR");
    expect(stateOf(rec, "Marchenko")).toBeNull();
  });

  it("a House committee chair and a senator in a story of the US and Iraq (neither state's legislature alone)", () => {
    const rec = extract("Iraq and the United States signed a security pact on Monday. House Committee on Foreign Affairs Chairman Dale Varner said it was overdue. Senator Ned Oakes agreed.", "2019-07-22");
    expect(person(rec, "Varner")).toMatchObject({ country: "USA", stateRule: "actors/state:office-system" });
    expect(person(rec, "Oakes")).toMatchObject({ country: "USA", stateRule: "actors/state:office-system" });
  });

  it("negative: a state the sentence names before the name, a visit, or a place after 'of' may be the holder's", () => {
    const rec = extract("Britain watched closely. In Ukraine, Tory MP Joan Vale said aid was late. Labour MP Ian Bryce visited Canada on Monday. Conservative MP Jean Marais of Quebec said Canada must act.", "2022-05-13");
    expect(person(rec, "Vale")?.stateRule ?? null).not.toBe("actors/state:office-system");
    expect(person(rec, "Bryce")?.stateRule ?? null).not.toBe("actors/state:office-system");
    expect(stateOf(rec, "Marais")).not.toBe("GBR");
  });

  it("a congressman's appositive past a hyphened modifier ('the two-term Republican congressman from Ohio')", () => {
    const rec = extract("The United States expanded its surveillance programme. Last week, Carl Ostrow, the two-term libertarian Republican congressman from Ohio, offered an amendment.", "2013-08-01");
    expect(person(rec, "Ostrow")).toMatchObject({ country: "USA" });
  });

  it("negative: a party word of two states in a story naming both gives none", () => {
    const rec = extract("Britain and Canada agreed a trade deal on Monday. Rachel Dunmore, a Conservative MP, said it was overdue.", "2022-05-10");
    expect(person(rec, "Dunmore")?.stateRule ?? null).not.toBe("actors/state:office-system");
  });

  it("negative: a foreign party's leader keeps the state the text gives him; 'Labor' is not a British word", () => {
    const rec = extract("Australia's Labor leader Kevin Marsh met British ministers in London on Tuesday. Labor spokesman Dean Tully said the talks went well.", "2019-03-05");
    expect(stateOf(rec, "Marsh")).toBe("AUS");
    expect(stateOf(rec, "Tully")).not.toBe("GBR");
  });

  it("negative: an IGO official, a company chairman and a friend of a party's leader take nothing from this rule", () => {
    const rec = extract("Britain hosted the talks in London. Nato secretary general Jens Lindqvist said allies agreed. Acme Holdings chairman Paul Rendall said markets were calm. Ms Joan Pyke, a friend of the Tory leader, said he was tired.", "2019-03-05");
    expect(person(rec, "Lindqvist")?.stateRule ?? null).not.toBe("actors/state:office-system");
    expect(person(rec, "Rendall")?.stateRule ?? null).not.toBe("actors/state:office-system");
    expect(person(rec, "Pyke")?.stateRule ?? null).not.toBe("actors/state:office-system");
  });

  it("negative: a lower-case 'conservative' and a word inside a body's name ('Senate Select Committee on Intelligence') place no one", () => {
    const rec = extract("The United States and Canada held talks. Rob Haskell, a conservative commentator, said little. Comey told the Senate Select Committee on Intelligence he had no notes.", "2017-06-08");
    expect(person(rec, "Haskell")?.stateRule ?? null).not.toBe("actors/state:office-system");
    expect(person(rec, "Intelligence")?.stateRule ?? null).not.toBe("actors/state:office-system");
  });

  it("negative: a story naming none of the word's states leaves the person open", () => {
    const rec = extract("Ukraine asked for more shells on Monday. Deputy Defense Secretary Alan Corwin said stocks were low.", "2023-03-01");
    expect(person(rec, "Corwin")?.stateRule ?? null).not.toBe("actors/state:office-system");
  });
});
