import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a party's word on a legislator's seat ("Republican senator X", "Conservative MP X") names a member of that
// state's legislature: another state the sentence names only as what the legislator acts on or speaks of lends no
// doubt (actors/state:party-seat), as for an office holder; a bare party word ("X, a Republican, said Ireland must be
// united") still yields to any other state. And a rank in the party before its word, "the top Democrat", "a senior
// Republican", is the party's word as well (actors/state:party-word).
describe("actors: a party's word on a legislator's seat", () => {
  it("'The Republican senator X blocked an aid bill for Ukraine', 'Republican Senator X said Russia was a threat'", () => {
    const acted = extract("The U.S. Senate met on Tuesday. The Republican senator Dale Hartwell blocked an aid bill for Ukraine.", "2022-05-13");
    expect(person(acted, "Hartwell")).toMatchObject({ country: "USA", stateRule: "actors/state:party-seat" });
    const said = extract("The U.S. Senate met on Tuesday. Republican Senator Dale Hartwell said Russia was a threat to Europe.", "2022-05-13");
    expect(person(said, "Hartwell")).toMatchObject({ country: "USA", stateRule: "actors/state:party-seat" });
    const mp = extract("Britain's parliament sat late. Conservative MP Joan Pelham said Ukraine needed more artillery.", "2022-05-13");
    expect(person(mp, "Pelham")?.country).toBe("GBR");
  });

  it("'the top Democrat on the panel', 'a former Labour minister': a rank before the party's word", () => {
    const top = extract("The U.S. House met on Monday. Elijah Cumberland, the top Democrat on the panel, said the hearing was unfair.", "2015-09-10");
    expect(person(top, "Cumberland")).toMatchObject({ country: "USA", stateRule: "actors/state:party-word" });
    const former = extract("Britain's government was divided. Peter Marlow, a former Labour minister, warned the BBC against bias.", "2005-02-10");
    expect(person(former, "Marlow")?.country).toBe("GBR");
  });

  it("negative: a bare party word beside another state, a state before the verb, a visit, a story another state frames", () => {
    const bare = extract("The U.S. Senate met on Tuesday. Michael Walsh, a Republican, said Ireland must be united.", "2022-05-13");
    expect(person(bare, "Walsh")?.country ?? null).toBeNull();
    const place = extract("Britain watched the vote. Conservative MP Jean Dupont of Lyon said France must act.", "2005-03-01");
    expect(person(place, "Dupont")?.country ?? null).toBeNull();
    const inUkraine = extract("The U.S. Senate met on Tuesday. In Ukraine, Republican Senator Dale Hartwell said the war was lost.", "2022-05-13");
    expect(person(inUkraine, "Hartwell")?.country ?? null).toBeNull();
    const visit = extract("The U.S. Senate met on Tuesday. Republican Senator Dale Hartwell visited Ukraine on Monday.", "2022-05-13");
    expect(person(visit, "Hartwell")?.country ?? null).toBeNull();
    const canada = extract(
      "Canada's parliament met in Ottawa. Canada's prime minister spoke. Canada's opposition was angry. Canadian voters were split. Britain watched. Conservative MP Ruth Ellery said Canada must act.",
      "2022-05-13",
    );
    expect(person(canada, "Ellery")?.country).not.toBe("GBR");
  });

  it("negative: a rank with no party word, a party word that names no seat beside another state", () => {
    const official = extract("The U.S. Senate met on Tuesday. Michael Walsh, a former official, said Ireland must be united.", "2022-05-13");
    expect(person(official, "Walsh")?.country ?? null).toBeNull();
    const donor = extract("The U.S. Senate met on Tuesday. Republican donor Mark Fenwick said Israel must act.", "2022-05-13");
    expect(person(donor, "Fenwick")?.country ?? null).toBeNull();
  });

  it("an appositive between the legislator's name and verb: 'Republican Senator X, a member of the committee, praised Canada'", () => {
    const rec = extract("The U.S. Senate met on Tuesday. Republican Senator Dale Hartwell, a member of the armed services committee, praised Canada for the arrest.", "2018-12-06");
    expect(person(rec, "Hartwell")).toMatchObject({ country: "USA", stateRule: "actors/state:party-seat" });
  });

  it("negative: a state inside that appositive, a clause in place of it", () => {
    const inApp = extract("The U.S. Senate met on Tuesday. Republican Senator Dale Hartwell, a friend of Canada, praised the arrest.", "2018-12-06");
    expect(person(inApp, "Hartwell")?.country ?? null).toBeNull();
    const clause = extract("The U.S. Senate met on Tuesday. Republican Senator Dale Hartwell, who sits on the committee, praised Canada for the arrest.", "2018-12-06");
    expect(person(clause, "Hartwell")?.country ?? null).toBeNull();
  });
});
