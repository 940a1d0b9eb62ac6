import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A person named as the possessor of the speaker phrase ("Tony Blair's official spokesman said") is
// whose the speaker is, never who speaks; "he said" after such a sentence goes on with that speaker.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: a possessor is never the speaker", () => {
  it("'X's official spokesman said': the spokesman speaks, for X's state", () => {
    const [q] = quotes("Tony Blair's official spokesman said the government was working hard.");
    expect(q.speakerName).toBe("Tony Blair's official spokesman");
    expect(q.speaker).not.toBe("person:tony-blair");
  });

  it("'he said' after the spokesman's sentence is the spokesman, not the possessor", () => {
    const qs = quotes("Tony Blair's official spokesman said the government was working hard. “There will be no delay,” he said.");
    expect(qs).toHaveLength(2);
    expect(qs[1].speakerName).toBe("Tony Blair's official spokesman");
    expect(qs[1].speaker).not.toBe("person:tony-blair");
  });

  it("the person who is the subject speaks, and 'he' goes on with him", () => {
    const qs = quotes("Tony Blair said the government was working hard. “There will be no delay,” he said.");
    expect(qs[0].speaker).toBe("person:tony-blair");
    expect(qs[1].speaker).toBe("person:tony-blair");
  });

  it("a name after a possessor's title is the speaker: 'the minister's aide, Carla Reyes, said'", () => {
    const [q] = quotes("The minister's aide, Carla Reyes, said the talks went well.");
    expect(q.speakerName).toBe("Carla Reyes");
  });
});

// A definite document ("the statement") that a sentence before introduced speaks for whoever issued
// it, in reported speech as after a direct quote; a document with no author before stays itself.
describe("speaker: a document word is not the speaker when its author was named before", () => {
  it("'The ministry said in a statement ... The statement added that ...': the ministry", () => {
    const qs = quotes("The defence ministry said in a statement that the drills had ended. The statement added that troops would return to base.");
    expect(qs.map((q) => q.speakerName)).toEqual(["defence ministry", "defence ministry"]);
  });

  it("'The statement added: \"...\"' after the author's sentence", () => {
    const qs = quotes("The Kremlin's press service said in a statement that the call was constructive. The statement added: “Both sides agreed to stay in contact.”");
    expect(qs[qs.length - 1].speakerName).not.toBe("statement");
  });

  it("no document before: the statement stays the speaker", () => {
    const [q] = quotes("The statement added that troops would return to base.");
    expect(q.speakerName).toBe("statement");
  });

  it("a new document ('a statement from the ministry') is not an earlier one's", () => {
    const qs = quotes("The army said in a statement that the drills had ended. A statement from the ministry said troops would return.");
    expect(qs[qs.length - 1].speakerName).not.toBe("army");
  });
});
