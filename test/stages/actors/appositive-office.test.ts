import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null, role: p.role ?? null } : undefined;
};

describe("actors: a bare office title in an appositive is the holder's office, as one before the name (find-actors.ts appositiveOffice)", () => {
  it("the title after the name, near a state's own government", () => {
    expect(stateOf("Peru's president named a new cabinet on Monday. Hugo Salas, the new interior minister, said elections would be held in the spring.", "Hugo Salas")).toEqual({ country: "PER", rule: "actors/state:government-near", role: "interior minister" });
    expect(stateOf("Norway's government said it would raise fuel taxes. Kari Lunde, finance minister, said the money would go to clinics.", "Kari Lunde")?.country).toBe("NOR");
  });

  it("the title before the name, closed by a comma, at the sentence start or after a clause opener", () => {
    expect(stateOf("Chile's government announced new limits on mining permits on Monday. The deputy prime minister, Rafael Soto, said the rules would take effect in March.", "Rafael Soto")?.country).toBe("CHL");
    expect(stateOf("The Austrian cabinet met on Monday, and the finance minister, Ilse Brandt, said the budget would pass.", "Ilse Brandt")?.country).toBe("AUT");
  });

  it("in a story of one state, the appositive office takes the story's state, as a title before the name does", () => {
    const text = "The United States Congress will hold hearings on the bill, and American officials said the U.S. Treasury would cooperate. Dana Morris, the acting attorney general, said she would oversee the review.";
    expect(stateOf(text, "Dana Morris")).toEqual({ country: "USA", rule: "actors/state:article-frame", role: "attorney general" });
  });

  it("negative: a title joined to another role by 'and' is no bare office", () => {
    expect(stateOf("Peru's government said it would tax exports. Hugo Salas, vice president and counsel at a mining lobby in Lima, said the tax would hurt.", "Hugo Salas")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: a tail after the title says whose office it is, or none ('of the club', 'in the 1990s')", () => {
    expect(stateOf("Chile's government announced new limits on mining permits on Monday. Rafael Soto, the president of the local football club, said the rules would hurt.", "Rafael Soto")?.country ?? null).toBeNull();
  });

  it("negative: a possessor or a body before the title names whose office it is", () => {
    expect(stateOf("Chile's government announced new limits on mining permits on Monday. Rafael Soto, the company's president, said the rules would hurt.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
    expect(stateOf("Chile's government announced new limits on mining permits on Monday. To his foreign minister, Rafael Soto, the plan was a mistake.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: a counterpart or another state in the holder's sentence", () => {
    expect(stateOf("Hungary's government hosted talks in Budapest on Tuesday. Its officials met their counterparts, and the foreign minister, Lukas Berger, spoke first.", "Lukas Berger")?.rule ?? null).not.toBe("actors/state:government-near");
    expect(stateOf("Chile's government announced new limits on mining permits. Rafael Soto, the foreign minister, said Argentina had agreed to the plan.", "Rafael Soto")?.country ?? null).not.toBe("CHL");
  });

  it("negative: a private person's appositive is no office", () => {
    expect(stateOf("Chile's government announced new limits on mining permits. Rafael Soto, an economist, said the rules would hurt exports.", "Rafael Soto")?.country ?? null).toBeNull();
  });
});
