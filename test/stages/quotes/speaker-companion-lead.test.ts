import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A named person and a group of companions as one subject ("Jane Smith and 10 colleagues said"):
// the named person leads and speaks (speech.json companionHeads), never the group alone.
const last = (text: string) => extract(text).quotes.at(-1)!;

describe("speaker: a named person and companions", () => {
  it("'Labour MP Jane Smith and 10 colleagues said ...' is Jane Smith", () => {
    expect(last("Labour MP Jane Smith and 10 colleagues said the bill should be withdrawn at once.").speakerName).toBe("Jane Smith");
  });

  it("'Senator John Roe and two others wrote that ...' is John Roe", () => {
    expect(last("Senator John Roe and two others wrote that the sale of the jets should be blocked.").speakerName).toBe("John Roe");
  });
});

describe("speaker: negatives of the companion lead", () => {
  it("negative: 'Ten colleagues said ...' with no name before them stays the group", () => {
    expect(last("Ten colleagues said the bill should be withdrawn at once.").speakerName).not.toBe("Jane Smith");
  });

  it("negative: 'after meeting Jane Smith, opposition lawmakers said ...' has no 'and': the lawmakers speak", () => {
    expect(last("After meeting Jane Smith on Monday, opposition lawmakers said the bill should be withdrawn.").speakerName).not.toBe("Jane Smith");
  });
});
