import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null, role: p.role ?? null } : undefined;
};

describe("actors: a portfolio word between a state's demonym and an office title in an appositive", () => {
  it("before the name: 'the Swedish climate minister, X'", () => {
    expect(stateOf("The Swedish climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country).toBe("SWE");
    expect(stateOf("The Danish fisheries minister, Jens Holm, rejected the quota.", "Jens Holm")?.country).toBe("DNK");
  });

  it("after the name: 'X, the Norwegian fisheries minister,' keeps the portfolio in the role", () => {
    expect(stateOf("Rolf Berg, the Norwegian fisheries minister, met his colleagues.", "Rolf Berg")).toEqual({ country: "NOR", rule: "actors/state:appositive", role: "fisheries minister" });
    expect(stateOf("Talks went on, said Karin Lind, the Swedish trade minister.", "Karin Lind")?.country).toBe("SWE");
  });

  it("negative: no state word, or only an owner pronoun, gives no state", () => {
    expect(stateOf("The climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
    expect(stateOf("His climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
    expect(stateOf("Karin Lind, the climate minister, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
  });

  it("negative: a state's name before a diplomat's portfolio is the post's subject, and a noun of no office names no official", () => {
    expect(stateOf("The Ukraine peace envoy, John Miller, said talks were over.", "John Miller")?.country ?? null).toBeNull();
    expect(stateOf("Karin Lind, a Swedish climate campaigner at the rally, said emissions fell.", "Karin Lind")?.rule ?? null).not.toBe("actors/state:appositive");
  });
});

describe("actors: a counterpart's state from the state word of the appositive before the name", () => {
  it("'his North Korean counterpart, X,' and 'X's Chilean counterpart, Y,'", () => {
    expect(stateOf("Wang Yi met his North Korean counterpart, Pak Chol Min, in Beijing.", "Pak Chol Min")).toEqual({ country: "PRK", rule: "actors/state:counterpart", role: null });
    expect(stateOf("The minister's Chilean counterpart, Alberto Fuentes, said talks went well.", "Alberto Fuentes")?.country).toBe("CHL");
  });

  it("'her counterpart from Chile, X'", () => {
    expect(stateOf("She met her counterpart from Chile, Alberto Fuentes, on Monday.", "Alberto Fuentes")?.country).toBe("CHL");
  });

  it("negative: no state word, or a place where they met, gives no state", () => {
    expect(stateOf("She met her counterpart, Alberto Fuentes, on Monday.", "Alberto Fuentes")?.country ?? null).toBeNull();
    expect(stateOf("She met her counterpart in Brussels, Alberto Fuentes, on Monday.", "Alberto Fuentes")?.country ?? null).toBeNull();
  });

  it("negative: a name that opens its own clause after the comma is not the counterpart", () => {
    expect(stateOf("The talks were long. The minister met his Chilean counterpart, Jan Novak said.", "Jan Novak")?.country ?? null).toBeNull();
  });
});

describe("actors: an office of an IGO's body in the appositive before the name (igo-office.ts)", () => {
  const codeOf = (text: string, name: string) => {
    const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
    return p ? { code: p.code ?? null, rule: p.stateRule ?? null, role: p.role ?? null } : undefined;
  };
  it("'The chairman of the EU Military Committee, X,' is the EU's, with the whole office as the role", () => {
    expect(codeOf("The chairman of the EU Military Committee, Hans Gruber, said Europe must prepare.", "Hans Gruber")).toEqual({ code: "EU", rule: "actors/state:igo-office", role: "chairman of the EU Military Committee" });
    expect(codeOf("Talks resumed. The secretary of the NATO Military Committee, Hans Gruber, said allies agreed.", "Hans Gruber")?.code).toBe("NATO");
  });

  it("negative: a diplomat posted to the IGO, a word of no title, or a body no dictionary knows as an IGO", () => {
    expect(codeOf("The ambassador to the EU, Hans Gruber, said the talks were over.", "Hans Gruber")?.rule ?? null).toBeNull();
    expect(codeOf("A critic of the EU Military Committee, Hans Gruber, said it failed.", "Hans Gruber")?.code ?? null).toBeNull();
    expect(codeOf("The chairman of the Kent Police Committee, Hans Gruber, said crime fell.", "Hans Gruber")?.code ?? null).toBeNull();
  });
});

describe("actors: a bare portfolio office in the appositive before the name is the story's government's (government-state.ts)", () => {
  it("'The climate minister, X,' after a sentence about one state's government", () => {
    expect(stateOf("Denmark's government met on Monday. The climate minister, Karin Lind, said emissions fell.", "Karin Lind")).toEqual({ country: "DNK", rule: "actors/state:government-near", role: "climate minister" });
    expect(stateOf("The Danish cabinet approved the budget. Talks went on, and the energy minister, Karin Lind, said prices fell.", "Karin Lind")?.country).toBe("DNK");
  });

  it("negative: two governments in reach, none at all, or an owner pronoun give no state", () => {
    expect(stateOf("Denmark's government met Norway's government on Monday. The climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
    expect(stateOf("The climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
    expect(stateOf("Denmark's government met on Monday. His climate minister, Karin Lind, said emissions fell.", "Karin Lind")?.country ?? null).toBeNull();
  });
});

describe("actors: a bare portfolio before a title of no minister names a body's post", () => {
  it("negative: 'The company secretary, X,' and 'the club president, X,' take no government's state", () => {
    expect(stateOf("Denmark's government met on Monday. The company secretary, Karin Lind, said profits fell.", "Karin Lind")?.country ?? null).toBeNull();
    expect(stateOf("Denmark's government met on Monday. The club president, Karin Lind, said the team lost.", "Karin Lind")?.country ?? null).toBeNull();
  });
});
