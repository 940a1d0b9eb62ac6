// A hostile act that a speaker's own words say another party did is an accusation of the speaker's
// side against the doer (quoted-acts.ts; data/speech-acts.json accusedTypes, allegingCues). The act
// keeps its own event and status. Negative cases: the reporter's account, the speaker's own side's
// act, an act only possible.
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => {
  const r = extract(text);
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.map((e) => ({ t: `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`, status: e.status, rule: e.rule }));
};
const accusations = (text: string) => events(text).filter((e) => e.rule.startsWith("events/quoted-act:")).map((e) => e.t);

describe("hostile acts in a speaker's words", () => {
  it("a direct quote: the speaker's state accuses the doer; the attack stays claimed", () => {
    const evs = events('"Russian troops are shelling Kharkiv every night," Ukrainian Foreign Minister Dmytro Kuleba said.');
    expect(evs.filter((e) => e.rule.startsWith("events/quoted-act:")).map((e) => [e.t, e.status])).toEqual([["ACCUSE UKR>RUS", "occurred"]]);
    expect(evs.find((e) => e.t.startsWith("ASSAULT"))?.status).toBe("claimed");
  });

  it("a partial quote: 'said the tanker \"was illegally seized by Iran\"'", () => {
    expect(accusations('British Foreign Secretary David Lammy said the tanker "was illegally seized by Iran" in the Gulf.')).toEqual(["ACCUSE GBR>IRN"]);
  });

  it("reported speech with a verb that alleges: 'claimed that Russia had struck'", () => {
    expect(accusations("The White House claimed that Russia had used Iranian drones to strike Ukraine.")).toEqual(["ACCUSE USA>RUS"]);
  });
});

describe("negative cases: no accusation from the act told", () => {
  it("a plain report of an official's account is the act, no accusation", () => {
    expect(accusations("The Ukrainian army said Russian forces shelled Kharkiv overnight.")).toEqual([]);
  });

  it("the speaker's own side's act", () => {
    expect(accusations('"Our forces struck Ukrainian positions near Bakhmut," Russian Defence Minister Sergei Shoigu said.')).toEqual([]);
  });

  it("an act that may come is no act told", () => {
    expect(accusations('"Russia could attack Moldova next," Ukrainian President Volodymyr Zelensky said.')).toEqual([]);
  });

  it("a neutral statement", () => {
    expect(accusations('"The talks with Russia were useful," US Secretary of State Antony Blinken said.')).toEqual([]);
  });
});
