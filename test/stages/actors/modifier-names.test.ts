import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("one capitalised word the article also writes as a common noun's modifier is no person", () => {
  it("a pollster: 'a Survation poll ... Survation asked'", () => {
    expect(persons("A new Survation poll was published on Monday. Survation asked voters whether they trusted the government.")).not.toContain("Survation");
  });
  it("a firm: 'the Vantrex board ... Vantrex said'", () => {
    expect(persons("The Vantrex board met in Oslo on Tuesday. Vantrex said profits would fall this year.")).not.toContain("Vantrex");
  });
  it("a person with a full name stays: 'Keir Starmer said ... the Starmer government'", () => {
    expect(persons("Keir Starmer said taxes would not rise. The Starmer government has promised growth.")).toContain("Keir Starmer");
  });
  it("a lone name never written as a modifier stays: 'Okonkwo said'", () => {
    expect(persons("The talks ended late. Okonkwo said the deal was close.")).toContain("Okonkwo");
  });
  it("a name joined to a particle by a hyphen is no modifier: 'said Qasim al-Rubaie'", () => {
    expect(persons('"We will not leave," said Qasim al-Rubaie, a militia commander. Qasim said more fighters were coming.').some((n) => n.startsWith("Qasim"))).toBe(true);
  });
});

describe("a staff noun after a title is the title's last word, no name", () => {
  it("'said Maria Lopez, General Manager of the port authority' has no person 'Manager'", () => {
    const p = persons('"Traffic is down," said Maria Lopez, General Manager of the port authority.');
    expect(p).not.toContain("Manager");
    expect(p).toContain("Maria Lopez");
  });
  it("'Chief Inspector of Police Ahmad Zaki told reporters' has no person 'Inspector'", () => {
    expect(persons("Chief Inspector of Police Ahmad Zaki told reporters that three men were held.")).not.toContain("Inspector");
  });
});
