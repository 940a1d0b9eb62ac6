// Punishment still to come, in a speaker's words ("will be held to account", "must be brought to
// justice", "risk ... behind bars"): a threat of the speaker's side to the ones named (data/speech-acts.json,
// cue threaten-punishment, `prospective`). Negative cases: the punishment told as done, or denied.
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statements = (text: string) => {
  const r = extract(text);
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.filter((e) => e.rule?.startsWith("events/statement:")).map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
};

describe("threats of punishment in a statement", () => {
  it("'will be held to account': the speaker's state threatens the state of those named", () => {
    expect(statements('"The Syrian officers who gassed those villages will be held to account," French President Emmanuel Macron said.')).toEqual(["THREATEN FRA>SYR"]);
  });

  it("in reported speech, 'would' is the speaker's 'will'", () => {
    expect(statements("German Chancellor Olaf Scholz said Russian generals would be brought to justice.")).toEqual(["THREATEN DEU>RUS"]);
  });

  it("'risk spending years behind bars', 'must face justice'", () => {
    expect(statements('"The Chinese hackers risk spending decades behind bars," US Secretary of State Antony Blinken said.')).toEqual(["THREATEN USA>CHN"]);
    expect(statements('"The Iranian agents behind this plot must face justice," British Foreign Secretary David Lammy said.')).toEqual(["THREATEN GBR>IRN"]);
  });
});

describe("the party a statement is said of ('X said of the Y')", () => {
  it("a threat whose statement names no one aims at the party it is said of", () => {
    expect(statements('"Every one of them will be brought to justice," Polish Prime Minister Donald Tusk said of the Belarusian border guards.')).toEqual(["THREATEN POL>BLR"]);
  });

  it("an accusation too: 'These are lies,' said of the Chinese statement", () => {
    expect(statements('"These are lies from start to finish," Taiwanese President Lai Ching-te said of the Chinese statement.')).toEqual(["ACCUSE TWN>CHN"]);
  });

  it("negative: what it is said of names no party, or the statement carries no act", () => {
    expect(statements('"Those responsible will be held to account," Polish Prime Minister Donald Tusk said of the fire at the market.')).toEqual([]);
    expect(statements('"It was a frank exchange," Polish Prime Minister Donald Tusk said of the Belarusian envoy.')).toEqual([]);
  });
});

describe("negative cases: no threat of punishment", () => {
  it("a punishment told as done is no threat", () => {
    expect(statements('"The Russian spy is now behind bars," British Foreign Secretary David Lammy said.')).toEqual([]);
    expect(statements('"Two Iranian agents were brought to justice last year," US Secretary of State Antony Blinken said.')).toEqual([]);
  });

  it("a punishment that did not happen is no threat", () => {
    expect(statements('"No Russian commander has been held to account for the massacre," Ukrainian President Volodymyr Zelensky said.')).toEqual([]);
  });

  it("a speaker's own side promised accountability to its voters threatens no state", () => {
    expect(statements('"Our ministers will be held to account by parliament," British Prime Minister Keir Starmer said.')).toEqual([]);
  });
});
