import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (persons59): a known person's own lawyer, in that person's own state's affair, is of that person's state, with
// no office (titles.json counselNouns; counsel-of.ts)
describe("actors: 'Trump's lawyer X', 'longtime Trump personal lawyer X'", () => {
  it("the client's possessive or surname right before the lawyer's noun", () => {
    const rec = extract(
      "Netanyahu's lawyer Amit Hadas asked the court for a delay. The judge heard from longtime Trump personal lawyer Dale Whitcomb on Monday. Erdogan's defence lawyer Cem Aydin filed the complaint.",
      "2019-03-01",
    );
    expect(person(rec, "Amit Hadas")).toMatchObject({ country: "ISR", stateRule: "actors/state:counsel-of" });
    expect(person(rec, "Amit Hadas")?.sector ?? null).not.toBe("GOV");
    expect(stateOf(rec, "Dale Whitcomb")).toBe("USA");
    expect(stateOf(rec, "Cem Aydin")).toBe("TUR");
  });

  it("negative: a foreign forum in the sentence, an unknown client, a critic or an aide-free trade word", () => {
    const rec = extract(
      "Netanyahu's lawyer Rachel Stein argued the case before a court in London. The company's lawyer Paul Riviere declined to comment. Putin's critic Ivan Sorokin fled. Trump's golf partner Mel Dorsey laughed.",
      "2019-03-01",
    );
    expect(stateOf(rec, "Rachel Stein")).not.toBe("ISR");
    expect(stateOf(rec, "Paul Riviere")).toBeNull();
    expect(stateOf(rec, "Ivan Sorokin")).not.toBe("RUS");
    expect(stateOf(rec, "Mel Dorsey")).toBeNull();
  });
});
