import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (persons49): offices that name their state in domestic news, where the text never names the country next to
// the person.
describe("actors: a shadow office names the Westminster state the article names", () => {
  it("'Shadow attorney general X' in a story naming the Tories is British; 'shadow health minister X' in a story naming Australia Australian", () => {
    const gb = extract("The bill cleared the Commons on Monday. Shadow attorney general Peter Hollins said the Tories would vote against it.", "2005-03-01");
    expect(person(gb, "Hollins")).toMatchObject({ country: "GBR", stateRule: "actors/state:shadow-office" });
    const au = extract("The budget was delivered in Canberra on Tuesday. Shadow health minister Mark Dunlevy said Australia could not afford it.", "2019-04-02");
    expect(person(au, "Dunlevy")).toMatchObject({ country: "AUS" });
  });

  it("negative: a shadow office in a story naming no Westminster state, or two of them, gives no state", () => {
    const none = extract("The vote was held on Monday. Shadow attorney general Peter Hollins said the plan was flawed.", "2005-03-01");
    expect(person(none, "Hollins")?.country ?? null).toBeNull();
    const two = extract("Britain and Australia signed the deal on Monday. Shadow trade secretary Peter Hollins said it was rushed.", "2021-06-15");
    expect(person(two, "Hollins")?.country ?? null).toBeNull();
  });

  it("negative: an office without the shadow's word takes no state from this rule", () => {
    const rec = extract("The bill cleared the Commons on Monday. Attorney general Peter Hollins said the Tories would vote against it.", "2005-03-01");
    expect(person(rec, "Hollins")?.stateRule ?? null).not.toBe("actors/state:shadow-office");
  });
});

describe("actors: a one-state title in a later role phrase", () => {
  it("'... unveiled by X. The home secretary said' in a story naming a British party is British", () => {
    const rec = extract("Policing in England will change under plans unveiled by Clara Moffat. The home secretary said targets would be set. The Tories called the plans late.", "2005-03-01");
    expect(person(rec, "Moffat")).toMatchObject({ country: "GBR", stateRule: "actors/state:title-in-context" });
  });

  it("negative: the same phrase in a story naming no British body or Britain, or a role phrase with another state, gives none", () => {
    const none = extract("New rules were unveiled by Rakesh Menon in Delhi. The home secretary said targets would be set.", "2005-03-01");
    expect(person(none, "Menon")?.country ?? null).not.toBe("GBR");
    const other = extract("New rules were unveiled by Rakesh Menon. The Indian home secretary said targets would be set. The Tories in London objected.", "2005-03-01");
    expect(person(other, "Menon")?.country ?? null).not.toBe("GBR");
  });
});
