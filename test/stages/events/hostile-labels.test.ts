// Words that name another party's act as hostile in a speaker's mouth ("unfriendly act", "onslaught"):
// an accusation of the speaker's side against the doer (data/speech-acts.json, accuse-aggression).
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statements = (text: string) => {
  const r = extract(text);
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.filter((e) => e.rule?.startsWith("events/statement:")).map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
};

describe("hostile labels in a statement", () => {
  it("'an unfriendly act by X' accuses X", () => {
    expect(statements('"The expulsion of our diplomats is an unfriendly act by Warsaw," Kremlin spokesman Dmitry Peskov said.')).toEqual(["ACCUSE RUS>POL"]);
  });

  it("'X's onslaught' accuses the attacker, not the victim", () => {
    expect(statements('"Russia\'s onslaught against our cities has not stopped," Ukrainian President Volodymyr Zelensky said.')).toEqual(["ACCUSE UKR>RUS"]);
  });
});

describe("negative cases: no accusation", () => {
  it("a neutral statement of fact accuses no one", () => {
    expect(statements('"The talks with China were useful," US Secretary of State Antony Blinken said.')).toEqual([]);
  });

  it("the speaker's side repeating what it is called accuses no one ('they call us aggressors')", () => {
    expect(statements('"They call us aggressors, but the alliance keeps moving east," Russian President Vladimir Putin said.')).toEqual([]);
    expect(statements('"Our critics describe us as occupiers," Israeli Prime Minister Benjamin Netanyahu said.')).toEqual([]);
    // (the label given to another still accuses)
    expect(statements('"NATO is the aggressor here," Russian President Vladimir Putin said.')).toEqual(["ACCUSE RUS>NATO"]);
  });

  it("the label denied accuses no one", () => {
    expect(statements('"This is not an unfriendly act by Berlin," Kremlin spokesman Dmitry Peskov said.')).toEqual([]);
  });
});
