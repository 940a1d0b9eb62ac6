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
