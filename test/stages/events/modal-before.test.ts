import { describe, expect, it } from "vitest";
import { toks } from "./_tagged-tokens.js";
import type { Token } from "../../../src/model/types.js";
import { modalBefore, type ModalWords } from "../../../src/stages/events/modal-before.js";

// One reader for "a modal right before this verb" (alternative-acts.ts, statedFutureBefore, stated-pledges.ts),
// each caller with its own modals and its own words between. Tokens are built by hand: "word/POS ...".
const idx = (tokens: Token[], word: string) => tokens.findIndex((t) => t.lower === word);

const FUTURE: ModalWords = { modals: new Set(["will", "'ll", "shall"]) };
const ANY_MODAL: ModalWords = { modals: new Set(["will", "would", "could", "may"]), goingTo: "after-be" };

describe("modalBefore", () => {
  it("finds the modal right before the verb, over adverbs ('Russia will sign', 'will soon sign')", () => {
    const a = toks("Russia/PROPN will/AUX sign/VERB the/DET deal/NOUN");
    expect(modalBefore(a, idx(a, "sign"), 0, FUTURE)).toBe(1);
    const b = toks("Russia/PROPN will/AUX soon/ADV formally/ADV sign/VERB it/PRON");
    expect(modalBefore(b, idx(b, "sign"), 0, FUTURE)).toBe(1);
  });

  it("'going to': bare, or only after a form of 'be' when the caller asks", () => {
    const a = toks("Iran/PROPN is/AUX going/VERB to/PART strike/VERB");
    expect(modalBefore(a, idx(a, "strike"), 0, ANY_MODAL)).toBe(3);
    expect(modalBefore(a, idx(a, "strike"), 0, { ...FUTURE, goingTo: "bare" })).toBe(3);
    const b = toks("plans/NOUN going/VERB to/PART strike/VERB");
    expect(modalBefore(b, idx(b, "strike"), 0, { ...FUTURE, goingTo: "bare" })).toBe(2);
    expect(modalBefore(b, idx(b, "strike"), 0, ANY_MODAL)).toBe(-1);
  });

  it("the caller's own words between ('could either negotiate')", () => {
    const a = toks("Putin/PROPN could/AUX either/CCONJ negotiate/VERB");
    expect(modalBefore(a, idx(a, "negotiate"), 0, ANY_MODAL)).toBe(-1);
    const either: ModalWords = { ...ANY_MODAL, between: (t, k) => t[k].pos === "ADV" || t[k].lower === "either" };
    expect(modalBefore(a, idx(a, "negotiate"), 0, either)).toBe(1);
  });

  it("negative: no modal, a modal the caller does not count, a negation, a modal of the sentence before", () => {
    const past = toks("Russia/PROPN signed/VERB the/DET deal/NOUN");
    expect(modalBefore(past, idx(past, "signed"), 0, FUTURE)).toBe(-1);
    const would = toks("Russia/PROPN would/AUX sign/VERB");
    expect(modalBefore(would, idx(would, "sign"), 0, FUTURE)).toBe(-1);
    const neg = toks("Russia/PROPN will/AUX never/ADV sign/VERB");
    const noNegation: ModalWords = { ...FUTURE, between: (t, k) => t[k].pos === "ADV" && t[k].lower !== "never" };
    expect(modalBefore(neg, idx(neg, "sign"), 0, noNegation)).toBe(-1);
    // ("... it will . Sign ...": the sentence opens at 3; the modal before it is another sentence's)
    const two = toks("it/PRON will/AUX ./PUNCT Soon/ADV sign/VERB");
    expect(modalBefore(two, idx(two, "sign"), 3, FUTURE)).toBe(-1);
  });

  it("negative: a limit on the words between is the caller's ('will' too far back)", () => {
    const a = toks("will/AUX very/ADV very/ADV very/ADV very/ADV very/ADV very/ADV very/ADV strike/VERB");
    const near: ModalWords = { ...FUTURE, between: (t, k, v) => v - k <= 6 && t[k].pos === "ADV" };
    expect(modalBefore(a, idx(a, "strike"), 0, near)).toBe(-1);
    expect(modalBefore(a, idx(a, "strike"), 0, FUTURE)).toBe(0);
  });
});
