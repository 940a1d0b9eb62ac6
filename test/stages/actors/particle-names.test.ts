import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const mentions = (text: string) =>
  extract(text)
    .actors.filter((a) => a.kind === "person")
    .flatMap((a) => a.mentions.map((m) => m.text));

describe("actors: two particles before a surname are inside the name ('de la', 'van den', 'van der')", () => {
  it("Spanish, Dutch and Flemish names with two particles", () => {
    expect(mentions("The committee chairman Rodrigo de la Fuente said the cuts went too deep.")).toContain("Rodrigo de la Fuente");
    expect(mentions("Pieter van den Berg said the bank would not cut rates.")).toEqual(["Pieter van den Berg"]);
    expect(mentions("The finance minister, Guillermo De la Torre, said growth would slow.")).toContain("Guillermo De la Torre");
  });

  it("negative: an institution's name with 'de la' stays no person", () => {
    expect(mentions("The Banco de la Republica raised its rates on Monday.")).toEqual([]);
    expect(mentions("He studied law at the Universidad de la Habana before the war.")).toEqual([]);
  });
});
