import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a run of capitalised words that a noun of a weapon, a vehicle, a product or a programme follows names
// that thing, not a person (not-names.json madeThingNouns, madeThingModifiers; made-thing.ts); a title, a possessive,
// the dictionary and a speech verb with no such noun keep a person
const persons = (text: string) =>
  extract(text, "2024-05-01")
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name);

describe("actors: a name that a made thing's noun follows is the thing's", () => {
  it("weapons: bombs, rockets, missiles, drones", () => {
    expect(persons("Warplanes dropped Granite Falcon bombs on the depot overnight.")).toEqual([]);
    expect(persons("Militants fired Desert Arrow rockets at the town, the army said.")).toEqual([]);
    expect(persons("The navy test-fired its Silver Kestrel cruise missile off the coast.")).toEqual([]);
    expect(persons("Kyiv asked for more Black Heron drones and Iron Wall interceptors.")).toEqual([]);
    expect(persons("The deal includes Javelin Thorn anti-tank weapons and spare parts.")).toEqual([]);
  });

  it("products and programmes", () => {
    expect(persons("The company recalled its Aurora Vale phones after reports of fires.")).toEqual([]);
    expect(persons("Ministers launched the Bright Harbour programme to train nurses.")).toEqual([]);
  });

  it("a noun that is also a modifier ends the name where no noun follows", () => {
    expect(persons("Two Granite Falcon missile strikes hit the port overnight.")).toEqual([]);
  });

  it("negative: a title, a speech verb without such a noun, a possessive and the dictionary keep a person", () => {
    expect(persons("General Granite said the bombs missed their target.")).toEqual(["Granite"]);
    expect(persons("Martin Falcon said the missile had been tested twice.")).toEqual(["Martin Falcon"]);
    expect(persons("Inspectors examined Martin Falcon's rockets after the launch failed. Martin Falcon said they were safe.")).toEqual(["Martin Falcon"]);
    expect(persons("Analysts said Vladimir Putin missile threats were a bluff.")).toContain("Vladimir Putin");
  });

  it("negative: a lower-case noun that is no made thing leaves the name alone", () => {
    expect(persons("Supporters of Martin Falcon gathered outside, and Martin Falcon supporters cheered.")).toEqual(["Martin Falcon"]);
  });
});
