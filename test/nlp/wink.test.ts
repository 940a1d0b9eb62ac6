import { describe, expect, it } from "vitest";
import { loadWink, winkPass } from "../../src/nlp/wink.js";

describe("wink: one text's tokens do not depend on the texts read before it", () => {
  it("a possessive stays split after another text ended a sentence with it (wink's cache grows)", () => {
    const nlp = loadWink();
    const probe = "Israel's army moved.";
    const before = winkPass(nlp, probe).values;
    // in plain wink-nlp this teaches its lexicon "Israel's" as one word, and the probe then keeps it whole
    winkPass(nlp, "He said it was Israel's.");
    winkPass(nlp, "The plan was 'Israel's', she said.");
    const after = winkPass(nlp, probe).values;
    expect(after).toEqual(before);
    expect(after.slice(0, 2)).toEqual(["Israel", "'s"]);
  });
});
