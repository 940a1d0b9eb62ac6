import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a past post in an intergovernmental body gives no IGO code now
describe("actors: a former IGO post", () => {
  it("'former U.N. envoy X', 'X, a former head of the UN mission in ...,' lose the IGO's code; a known state stays", () => {
    const rec = extract(
      "Former U.N. envoy Marta Lindgren said the ceasefire had collapsed. Omar Bakri, a former head of the UN mission in Mali, urged restraint. Former NATO commander Wesley Clark said the strikes would not work.",
      "2015-06-01",
    );
    expect(person(rec, "Marta Lindgren")?.code ?? null).toBeNull();
    expect(person(rec, "Omar Bakri")?.code ?? null).toBeNull();
    expect(person(rec, "Omar Bakri")?.sector ?? null).toBeNull();
    expect(person(rec, "Wesley Clark")).toMatchObject({ code: "USA" });
  });

  it("negative: a sitting IGO official keeps the code; a past national post with a present IGO one is left alone", () => {
    const rec = extract(
      "Marta Lindgren, the U.N. envoy to Yemen, said the ceasefire had collapsed. EU foreign policy chief Kaja Ilves urged restraint. Pedro Alvarez, a former Chilean minister, said the vote was fair.",
      "2015-06-01",
    );
    expect(person(rec, "Marta Lindgren")).toMatchObject({ code: "UN", sector: "IGO" });
    expect(person(rec, "Kaja Ilves")).toMatchObject({ code: "EU" });
    expect(person(rec, "Pedro Alvarez")).toMatchObject({ code: "CHL" });
  });
});

// Issue 14: a demonym written behind a glued "ex-" still states the person's state
describe("actors: an 'ex-' demonym", () => {
  it("'ex-Cuban diplomat X', 'the ex-Iraqi officer X' take the demonym's state", () => {
    const rec = extract(
      "Ex-Cuban diplomat Rosa Delgado said the embargo had failed. Investigators questioned the ex-Iraqi officer Karim Saadi on Monday.",
      "2016-03-01",
    );
    expect(person(rec, "Rosa Delgado")).toMatchObject({ country: "CUB", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Karim Saadi")).toMatchObject({ country: "IRQ" });
  });

  it("negative: 'pro-' and 'anti-' say a stance; 'ex-' before a word of no state ('ex-Marine', 'ex-husband') gives none", () => {
    const rec = extract(
      "Pro-Russian activist Oleg Sidorenko said the vote was fair. Anti-American cleric Hadi Karimi led the march. The ex-Marine Dale Porter said the base was closed. Her ex-husband Marco Bellini declined to comment.",
      "2016-03-01",
    );
    expect(person(rec, "Oleg Sidorenko")?.country ?? null).toBeNull();
    expect(person(rec, "Hadi Karimi")?.country ?? null).toBeNull();
    expect(person(rec, "Dale Porter")?.country ?? null).toBeNull();
    expect(person(rec, "Marco Bellini")?.country ?? null).toBeNull();
  });
});

// Issue 14: a unit of a state's force or government body, named with the body's possessive, is that state's
describe("actors: 'of the U.S. Army's 82nd Airborne Division'", () => {
  it("a unit named with a state force's possessive after 'of' gives the force's state", () => {
    const rec = extract(
      "Capt. Dana Whitfield of the U.S. Army's 101st Airborne Division said the patrol returned safely. Lt. Cmdr. Owen Pryce of the Royal Navy's submarine service said the boat had docked.",
      "2017-05-01",
    );
    expect(person(rec, "Dana Whitfield")).toMatchObject({ country: "USA", stateRule: "actors/state:of-organization" });
    expect(person(rec, "Owen Pryce")).toMatchObject({ country: "GBR" });
  });

  it("negative: a part of a think tank or a firm named with its possessive stays unplaced", () => {
    const rec = extract(
      "Tom Harlow of the Hudson Institute's advisory board said the plan was sound. Lisa Brandt of Goldman Sachs's London office said markets were calm.",
      "2017-05-01",
    );
    expect(person(rec, "Tom Harlow")?.country ?? null).toBeNull();
    expect(person(rec, "Lisa Brandt")?.country ?? null).toBeNull();
  });
});
