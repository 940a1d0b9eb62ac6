import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A private national figure is a person, not the state: "The German economist April Hoffmann said" is a
// woman of German nationality who speaks for herself, even where the actor stage missed her name (a month
// as a given name); the demonym says where she is from, and Germany says nothing.
const quote = (text: string) => extract(text).quotes.at(-1)!;

describe("speaker: a demonym before a person's name the actor stage missed", () => {
  it("'The 18th century Swedish economist August Brodie said' is Brodie, not SWE", () => {
    const q = quote("The 18th century Swedish economist August Brodie said that trade made nations rich.");
    expect(q.speakerName).toBe("August Brodie");
    expect(q.speaker).toBeNull();
    expect(q.rule).toContain("speaker:name");
  });

  it("'The Dutch historian April Vermeer said' is Vermeer", () => {
    const q = quote("The Dutch historian April Vermeer said the treaty had been forgotten.");
    expect(q.speakerName).toBe("April Vermeer");
    expect(q.speaker).toBeNull();
  });
});

describe("speaker: negative cases of a private name", () => {
  it("a state's body keeps its state: 'The German foreign ministry said' is no person", () => {
    const q = quote("The German foreign ministry said the embassy would stay open.");
    expect(q.rule).not.toContain("speaker:name");
  });

  it("a name the actor stage found stays its person: 'French philosopher Jean Dupont said'", () => {
    const q = quote("French philosopher Jean Dupont said the war was a tragedy.");
    expect(q.speakerName).toBe("Jean Dupont");
    expect(q.rule).not.toContain("speaker:name");
  });

  it("no demonym, no reading: 'The August Review said' is no person", () => {
    const q = extract("The August Review said the vote was rigged.").quotes.at(-1);
    expect(q?.rule ?? "").not.toContain("speaker:name");
  });
});
