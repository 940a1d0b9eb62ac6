import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// mentions of persons, as their text
const mentions = (text: string) =>
  extract(text)
    .actors.filter((a) => a.kind === "person")
    .flatMap((a) => a.mentions.map((m) => m.text));

describe("actors: a calling or a demonym's man before a name is no part of it (speech.json callings)", () => {
  it("sport's callings and nationals' nouns before a full name", () => {
    expect(mentions("The visitors were stunned when Dutchman Pieter Loonstra retired hurt in the second set.")).toEqual(["Pieter Loonstra"]);
    expect(mentions("The home side held off a late charge from Welshman Gareth Pritchard over the last lap.")).toEqual(["Gareth Pritchard"]);
    expect(mentions("Coach Andrea Bellini is a firm believer in attacking rugby.")).toEqual(["Andrea Bellini"]);
    expect(mentions("Goalkeeper Tomasz Nowicki saved two penalties.")).toEqual(["Tomasz Nowicki"]);
  });

  it("a calling that opens the sentence before a surname alone: the surname is the person's", () => {
    expect(mentions("Rafael Okonjo and Lee Barton both started. Striker Okonjo scored the winner late on.")).toEqual(["Rafael Okonjo", "Okonjo", "Lee Barton"]);
  });

  it("negative: a calling's word as a surname after a given name stays the name's", () => {
    expect(mentions("The trophy went to the visitors, though Dan Bowler disagreed with the result.")).toEqual(["Dan Bowler"]);
    expect(mentions("Analysts at the bank expect Martin Skipper to leave.")).toEqual(["Martin Skipper"]);
  });
});
