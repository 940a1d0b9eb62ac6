import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: the office of a region or city ("the Luhansk governor", "the Kharkiv governor") merges only with the person
// the text names with that place, not with another region's governor named before.
const roleMentionOf = (text: string, phrase: string, date?: string) => {
  const rec = extract(text, date);
  const start = text.lastIndexOf(phrase);
  return rec.actors.find((a) => a.mentions.some((m) => m.start === start && m.rule === "actors/coref:role"))?.name ?? null;
};

describe("actors: a region's office merges only with that region's holder", () => {
  it("the same region's governor, and a bare 'the governor'", () => {
    const same = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The Kharkiv governor said the city was surrounded.";
    expect(roleMentionOf(same, "The Kharkiv governor", "2022-05-01")).toBe("Oleh Synenko");
    const bare = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The governor said the city was surrounded.";
    expect(roleMentionOf(bare, "The governor", "2022-05-01")).toBe("Oleh Synenko");
  });

  it("negative: another region's governor", () => {
    const other = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The Luhansk governor said the city was surrounded.";
    expect(roleMentionOf(other, "The Luhansk governor", "2022-05-01")).not.toBe("Oleh Synenko");
  });
});
