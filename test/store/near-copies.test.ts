// MinHash near-copies: a copy with small edits scores high and shares bands; an article on the
// same event written apart scores near zero; short texts get no signature; and the hashes are
// pinned, since signatures and band keys are stored and must not change between versions.
import { describe, expect, it } from "vitest";
import { BANDS, bandKeys, MIN_WORDS, minhashSignature, PERMUTATIONS, pickStory, SAME_STORY, signatureBytes, signatureFromBytes, similarity } from "../../src/store/near-copies.js";
import { NEAR_COPY_TEXT, SAME_TOPIC_TEXT, WIRE_TEXT } from "../contract/_stories.js";

const sig = (t: string) => minhashSignature(t)!;
const shared = (a: string, b: string) => {
  const keys = new Set(bandKeys(sig(a)));
  return bandKeys(sig(b)).filter((k) => keys.has(k)).length;
};

describe("near-copies", () => {
  it("the same text, laid out and quoted otherwise, has the same signature", () => {
    const relaid = WIRE_TEXT.replace(/\n\n/g, "\n").replace(/'/g, "’").toUpperCase();
    expect(similarity(sig(WIRE_TEXT), sig(relaid))).toBe(1);
  });

  it("a near-copy (byline added, a paragraph rewritten, the last one cut) is above the threshold and shares bands", () => {
    const s = similarity(sig(WIRE_TEXT), sig(NEAR_COPY_TEXT));
    expect(s).toBeGreaterThanOrEqual(SAME_STORY + 0.1);
    expect(s).toBeLessThan(0.9);
    expect(shared(WIRE_TEXT, NEAR_COPY_TEXT)).toBeGreaterThan(0);
  });

  it("another article on the same event, written apart, is far below the threshold and shares no band", () => {
    expect(similarity(sig(WIRE_TEXT), sig(SAME_TOPIC_TEXT))).toBeLessThan(0.1);
    expect(shared(WIRE_TEXT, SAME_TOPIC_TEXT)).toBe(0);
    expect(shared(NEAR_COPY_TEXT, SAME_TOPIC_TEXT)).toBe(0);
  });

  it("a text under MIN_WORDS words has no signature", () => {
    expect(minhashSignature("Russia and Iran signed a treaty. ".repeat(Math.floor((MIN_WORDS - 1) / 6)))).toBeNull();
    expect(minhashSignature(WIRE_TEXT)).toHaveLength(PERMUTATIONS);
  });

  it("pickStory takes the most similar candidate at or above the threshold, the first on a tie, none below", () => {
    const w = sig(WIRE_TEXT);
    const near = { story: "near", signature: sig(NEAR_COPY_TEXT) };
    const far = { story: "far", signature: sig(SAME_TOPIC_TEXT) };
    expect(pickStory(w, [far, near])).toEqual({ story: "near", similarity: similarity(w, near.signature) });
    expect(pickStory(w, [{ story: "first", signature: w }, { story: "second", signature: w }])?.story).toBe("first");
    expect(pickStory(w, [far])).toBeNull();
  });

  it("a signature survives its bytes; band keys are BANDS safe integers", () => {
    const w = sig(WIRE_TEXT);
    expect(signatureFromBytes(signatureBytes(w))).toEqual(w);
    const keys = bandKeys(w);
    expect(keys).toHaveLength(BANDS);
    for (const k of keys) expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
  });

  it("is stable: these values are stored, so a change to the hashing must come with a migration", () => {
    const w = sig(WIRE_TEXT);
    expect([...w.slice(0, 3)]).toEqual([29802149, 10267922, 11590964]);
    expect(bandKeys(w).slice(0, 2)).toEqual([5046943642759221, 2436796708766680]);
  });
});
