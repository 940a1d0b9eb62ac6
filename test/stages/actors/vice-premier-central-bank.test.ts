import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

describe("actors: 'Vice-Premier' and 'Central Bank President' are office titles before a name", () => {
  it("'Vice-Premier X' is no part of the name and is an office of the state named with it", () => {
    const rec = extract("Chinese Vice-Premier Tian Jiyun said trade with Japan would grow.");
    expect(person(rec, "Tian")).toMatchObject({ name: "Tian Jiyun", country: "CHN" });
  });

  it("'Central Bank President X' in a story about one state takes that state (the central bank is the state's)", () => {
    const rec = extract("Bolivia debt\n\nBolivia's government agreed a new loan with the IMF on Monday. Bolivian officials said the deal would help. Central Bank President Javier Nogales said inflation would fall next year.", "1987-05-12");
    expect(person(rec, "Nogales")).toMatchObject({ country: "BOL" });
  });

  it("negative: a story about two states leaves the central banker stateless", () => {
    const rec = extract("Bolivia and Peru agreed a new loan on Monday. Central Bank President Javier Nogales said inflation would fall next year.", "1987-05-12");
    expect(person(rec, "Nogales")?.country ?? null).toBeNull();
  });
});

describe("actors: a mediator's title carries the body before it", () => {
  it("'U.N. mediator X' is the UN's, as 'UN envoy X' is", () => {
    const rec = extract("U.N. mediator Diego Cordovez arrived in Kabul on Monday.", "1988-05-12");
    expect(person(rec, "Cordovez")).toMatchObject({ code: "UN", role: "mediator" });
  });

  it("negative: a lower-case 'mediator' after a name's capital is no title of another's ('Mediator' opening a headline-like run)", () => {
    const rec = extract("The talks needed a mediator, Jan Novak said on Monday.", "1988-05-12");
    expect(person(rec, "Novak")?.code ?? null).toBeNull();
  });
});

describe("actors: an aide's title of three words after a principal's possessive ('X, Putin's chief of staff,')", () => {
  it("'Anton Vaino, Putin's chief of staff, said' is the principal's state, with a curly apostrophe too", () => {
    expect(person(extract("Anton Vaino, Putin's chief of staff, said the plan was final.", "2022-02-20"), "Vaino")).toMatchObject({ country: "RUS", role: "chief of staff" });
    expect(person(extract("He is joined by Anton Vaino, Putin’s chief of staff, who plays an active role.", "2022-02-20"), "Vaino")).toMatchObject({ country: "RUS" });
  });

  it("negative: a firm's chief of staff, or a critic's, gives no state", () => {
    expect(person(extract("Anna Berg, the company's chief of staff, said the plan was final.", "2022-02-20"), "Berg")?.country ?? null).toBeNull();
    expect(person(extract("Anna Berg, Putin's fiercest critic, said the plan was final.", "2022-02-20"), "Berg")?.country ?? null).toBeNull();
  });
});
