import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "its defence minister", "the country's foreign minister": a state's own office whose possessor is the one
// state named just before; and a portfolio word between a state's possessive and the title ("Mexico's deputy planning minister, X")
describe("actors: a state's office owned by 'its' or 'the country's'", () => {
  it("takes the one state named before in the sentence, or in the sentence before", () => {
    const rec = extract(
      "Ukraine wants more grain ships to sail, its infrastructure minister Oleksandr Kubrenko said on Monday. " +
        "Estonia will spend more on defence. The country's prime minister Kaia Kallis said so on Friday. " +
        "Iran hailed the decision as \"a step towards stability,\" the country's defence minister, Hossein Dehgani, was quoted as saying. " +
        "Armenia pays for gas in roubles, its economy minister, Vagan Kerobian, told reporters.",
      "2022-06-01",
    );
    expect(person(rec, "Kubrenko")).toMatchObject({ country: "UKR", stateRule: "actors/state:its-office" });
    expect(person(rec, "Kallis")).toMatchObject({ country: "EST", stateRule: "actors/state:its-office" });
    expect(person(rec, "Dehgani")).toMatchObject({ country: "IRN", stateRule: "actors/state:its-office" });
    expect(person(rec, "Kerobian")).toMatchObject({ country: "ARM", stateRule: "actors/state:its-office" });
  });

  it("a portfolio word or two between a state's possessive and the title: 'Mexico's deputy planning minister, X', 'Russia's space chief, X'", () => {
    const rec = extract("The delay was echoed by Mexico's deputy planning minister, Pedro Aspa, who said talks would go on. A day earlier, Russia's space chief, Dmitri Rogozan, spoke.", "1987-03-01");
    expect(person(rec, "Pedro Aspa")).toMatchObject({ country: "MEX" });
    expect(person(rec, "Rogozan")).toMatchObject({ country: "RUS" });
  });

  it("negative: two states in play, a body's office, a body nearer than the state, no state before", () => {
    const rec = extract(
      "Russia's war on Ukraine goes on, its defence minister Sergei Shoygun said. " +
        "Russia's war on Ukraine goes on. Its defence minister, Sergei Lavrenko, said so. " +
        "The bank said its chairman John Reedy would retire in France. " +
        "Germany's central bank said its president, Hans Weberg, would resign. " +
        "The talks were long. Its foreign minister, Ana Pastorelli, said so. " +
        "The firm's planning director, Jane Hollis, said profits rose in Germany.",
      "2022-06-01",
    );
    for (const name of ["Shoygun", "Lavrenko", "John Reedy", "Weberg", "Pastorelli", "Hollis"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});

// Issue 14: "its ambassador to the US, X": a diplomat's post owned by "its" is the sending state's (the host after the title
// is no antecedent); "their" stands for a state only as its people, a plural demonym
describe("actors: a diplomat's post owned by 'its', an office owned by 'their'", () => {
  it("the state named before the pronoun, never the host", () => {
    const rec = extract(
      "Russia says it will respond to the sanctions. Its ambassador to the US, Anatoly Antonavo, said the measures were illegal. " +
        "Kenya recalled its ambassador to Somalia, Peter Ndunguya, on Tuesday. " +
        "The Ukrainians insisted on talks. Their foreign minister, Dmytro Kulebenko, said the talks had failed.",
      "2022-06-01",
    );
    expect(person(rec, "Antonavo")).toMatchObject({ country: "RUS", stateRule: "actors/state:its-office" });
    expect(person(rec, "Ndunguya")).toMatchObject({ country: "KEN" });
    expect(person(rec, "Kulebenko")).toMatchObject({ country: "UKR" });
  });

  it("negative: 'its' of a company or a bank, 'their' of protesters or of troops", () => {
    const rec = extract(
      "Peace talks opened in Kenya. The bank said its envoy, John Reedman, would go to France. " +
        "Protesters in Kyiv said their spokesman, Ivan Sorokin, was beaten. Russian troops said their commander, Oleg Brovkinov, was killed. " +
        "Talks with Ukraine went on. The protesters said their ambassador, Sam Tarranto, would go.",
      "2022-06-01",
    );
    for (const name of ["John Reedman", "Ivan Sorokin", "Oleg Brovkinov", "Sam Tarranto"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
