import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: one put forward for a post takes the state of whoever put them forward (nominee-state.ts)
describe("actors: 'X, Obama's nominee for labor secretary,', 'Biden nominated X as ambassador'", () => {
  it("a known person's or a state's nominee noun in apposition after or before the name", () => {
    const rec = extract(
      "Tom Pereira, Obama's nominee for labor secretary, said he was honoured. Obama's choice to lead the agency, Gina Castell, said she was ready. Senators questioned Merkel's pick for the central bank, Jens Wortmann, on Monday. Anna Vole, Moscow's nominee for the post, said nothing.",
      "2019-03-01",
    );
    expect(person(rec, "Tom Pereira")).toMatchObject({ country: "USA", stateRule: "actors/state:nominee-of" });
    expect(stateOf(rec, "Gina Castell")).toBe("USA");
    expect(stateOf(rec, "Jens Wortmann")).toBe("DEU");
    expect(stateOf(rec, "Anna Vole")).toBe("RUS");
  });

  it("a known person or a state before a verb of appointing, the name after it and 'as' or 'to' after the name", () => {
    const rec = extract("Putin appointed Igor Levitsky to head the agency. Macron nominated Claire Dubosc as his envoy.", "2019-03-01");
    expect(person(rec, "Igor Levitsky")).toMatchObject({ country: "RUS", stateRule: "actors/state:appointed-by" });
    expect(stateOf(rec, "Claire Dubosc")).toBe("FRA");
  });

  it("a noun of nominating before the name and the post after it named with its state", () => {
    const rec = extract(
      "The nomination of Keisha Brownell to the US Supreme Court was hailed, senators said. Parliament approved the appointment of Serhiy Koretsko as Ukraine's prime minister on Thursday. The appointment of Ivan Sorokov as head of the Russian delegation was announced.",
      "2019-03-01",
    );
    expect(person(rec, "Keisha Brownell")).toMatchObject({ country: "USA", stateRule: "actors/state:post-named" });
    expect(stateOf(rec, "Serhiy Koretsko")).toBe("UKR");
    expect(stateOf(rec, "Ivan Sorokov")).toBe("RUS");
  });

  it("negative: a diplomat's host, a firm, a national body's proper name, an award", () => {
    const rec = extract(
      "The appointment of Pierre Lamotte as ambassador to Russia was announced, officials said. The appointment of Mark Tilly as chief executive of Goldman Sachs was announced, officials said. The election of Tomas Brandl as chairman of the Austrian Football Association was welcomed, officials said. The nomination of Emma Stowe for an Oscar was announced, officials said.",
      "2019-03-01",
    );
    for (const n of ["Pierre Lamotte", "Mark Tilly", "Tomas Brandl", "Emma Stowe"]) expect(stateOf(rec, n)).toBeNull();
  });

  it("negative: a party's or an academy's nominee, a passive with no nominator, a list, a verb of naming, a nominee noun that is a verb", () => {
    const rec = extract(
      "Luis Arcaya, the party's nominee for governor, said he was ready. The Academy nominated Emma Stowe for an Oscar. Peter Holm was nominated as chairman. Russia named Lev Ponomarenko as a foreign agent. Obama's nominee withdrew, Karl Benning said. Voters pick Dana Hollis as their favourite.",
      "2019-03-01",
    );
    for (const n of ["Luis Arcaya", "Emma Stowe", "Peter Holm", "Lev Ponomarenko", "Karl Benning", "Dana Hollis"]) expect(stateOf(rec, n)).toBeNull();
  });
});
