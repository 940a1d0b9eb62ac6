import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = person(extract(text), name);
  return p?.country ?? p?.code ?? null;
};

describe("actors: 'X of ORG': the organisation a person works for gives its state", () => {
  it("a think tank or outlet after 'of'", () => {
    expect(person(extract("“It is hard,” said Fiona Hill of the Brookings Institution."), "Hill")).toMatchObject({ country: "USA", stateRule: "actors/state:of-organization" });
    expect(stateOf("Andrew Osborn of Reuters reported the strike.", "Osborn")).toBe("GBR");
    expect(stateOf("“Talks may fail,” said Samuel Charap of the Hudson Institute.", "Charap")).toBe("USA");
  });

  it("negative: a firm names no state ('of Goldman Sachs International' may work anywhere)", () => {
    expect(stateOf("David Morrison of Goldman Sachs International said markets would fall.", "Morrison")).toBeNull();
  });

  it("negative: a part of the organisation named after its possessive ('of the Brookings Institution's board')", () => {
    expect(stateOf("The arrest of Ivan Petrov of the Brookings Institution's board shocked many.", "Petrov")).toBeNull();
  });

  it("negative: an organisation not in the dictionary says nothing ('of the Orange Policy Club')", () => {
    expect(stateOf("“It is hard,” said Mark Doyle of the Orange Policy Club.", "Doyle")).toBeNull();
  });
});

describe("actors: ', a TITLE at ORG': where a person works", () => {
  it("a fellow or analyst at a think tank", () => {
    expect(person(extract("“It is hard,” said Doug Feith, a fellow at the Hudson Institute."), "Feith")).toMatchObject({ country: "USA", role: expect.stringContaining("fellow") });
    expect(stateOf("Natia Gamsakhurdia, associate fellow at the Royal United Services Institute, told Fox News.", "Gamsakhurdia")).toBe("GBR");
    expect(stateOf("Ivan Petrov, an analyst at the Carnegie Endowment, said it was over.", "Petrov")).toBe("USA");
  });

  it("negative: a place after 'at' is where, not whose ('a spokesman at the talks in Ankara')", () => {
    expect(stateOf("Ivan Petrov, a spokesman at the talks in Ankara, said it was over.", "Petrov")).toBeNull();
  });

  it("negative: a firm after 'at' ('an economist at Goldman Sachs')", () => {
    expect(stateOf("Ivan Petrov, an economist at Goldman Sachs, said it was over.", "Petrov")).toBeNull();
  });
});
