import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../src/lexicon/phrase-index.js";
import type { Token } from "../../src/model/types.js";

const tokens = (text: string) => text.split(" ").map((norm) => ({ norm, lower: norm.toLowerCase() }) as Token);
const norm = (t: Token) => t.norm;

describe("PhraseIndex", () => {
  it("matches the longest phrase at a token, whatever the order they were added in", () => {
    const index = new PhraseIndex<string>();
    index.add(["North"], "direction");
    index.add(["North", "Korea", "Army"], "army");
    index.add(["North", "Korea"], "state");
    index.seal();
    expect(index.matchAt(tokens("North Korea Army said"), 0, norm)).toEqual({ length: 3, values: ["army"] });
    expect(index.matchAt(tokens("North Korea said"), 0, norm)).toEqual({ length: 2, values: ["state"] });
    expect(index.matchAt(tokens("North Korea Army"), 0, norm, 2)).toEqual({ length: 2, values: ["state"] });
    expect(index.matchAt(tokens("South Korea"), 0, norm)).toBeNull();
  });

  it("one phrase added twice holds both values once each; another phrase of the same words in another split does not", () => {
    const index = new PhraseIndex<string>();
    index.add(["New", "York"], "city");
    index.add(["New", "York"], "state");
    index.add(["New", "York"], "city");
    index.add(["New York"], "one-token");
    index.seal();
    expect(index.matchAt(tokens("New York"), 0, norm)?.values).toEqual(["city", "state"]);
    expect(index.size).toBe(2);
  });

  it("maps keys into a new index where colliding phrases share values, and refuses additions once sealed", () => {
    const index = new PhraseIndex<string>();
    index.add(["Niger"], "NER");
    index.add(["NIGER"], "headline");
    index.seal();
    const upper = index.mapKeys((w) => w.toUpperCase()).seal();
    expect(upper.matchAt(tokens("NIGER"), 0, norm)?.values).toEqual(["NER", "headline"]);
    expect(() => index.add(["Mali"], "MLI")).toThrow(/sealed/);
  });
});
