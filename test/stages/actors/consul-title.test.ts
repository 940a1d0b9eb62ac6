import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a consul is a posted diplomat (titles.json consul, consul general, with the modifier 'honorary'): the state
// that sends the consul is the one its possessor or demonym names, never the host city's
const person = (text: string, name: string) => extract(text, "2024-05-01").actors.find((a) => a.kind === "person" && a.name === name);

describe("actors: a consul's state", () => {
  it("the possessor's or the demonym's state, not the host city's", () => {
    expect(person("Ukraine's honorary consul in Rotterdam, Jan de Vries, said the aid would arrive on Monday.", "Jan de Vries")).toMatchObject({ code: "UKR" });
    expect(person("Lina Petersen, Denmark's consul general in Hamburg, said the office would stay open.", "Lina Petersen")).toMatchObject({ code: "DNK" });
    expect(person("Warsaw expelled Russian consul Ivan Petrenko on Tuesday.", "Ivan Petrenko")).toMatchObject({ code: "RUS" });
  });

  it("negative: a consul with no state word has none", () => {
    const p = person("The consul, Ivan Petrenko, declined to comment on the arrests.", "Ivan Petrenko");
    expect(p?.code ?? null).toBeNull();
  });
});
