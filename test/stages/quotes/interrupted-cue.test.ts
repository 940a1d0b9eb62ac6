import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A speaker and cue set between commas inside the clause they report ("The new tariffs, she told
// reporters, would hurt farmers") report that clause: its subject before the first comma has no verb
// of its own, and after the cue's short object a comma and the clause's verb follow.
const quotes = (text: string) => extract(text).quotes;

describe("quotes: a cue that interrupts the clause it reports", () => {
  it("'The new tariffs, she told reporters, would hurt farmers' is her indirect quote", () => {
    const q = quotes("Governor Lisa Mraz visited the port on Tuesday. The new tariffs, she told reporters, would hurt farmers across the state.").at(-1);
    expect(q?.speaker).toBe("person:lisa-mraz");
    expect(q?.kind).toBe("indirect");
    expect(q?.text).toContain("would hurt farmers");
    expect(q?.text.startsWith("The new tariffs")).toBe(true);
  });

  it("a named speaker between the commas ('The ceasefire, Mraz said, had collapsed')", () => {
    const q = quotes("Governor Lisa Mraz visited the port on Tuesday. The ceasefire, Mraz said, had collapsed within hours.").at(-1);
    expect(q?.speaker).toBe("person:lisa-mraz");
    expect(q?.rule).toContain("interrupted-cue");
  });
});

describe("quotes: negatives of the interrupted cue", () => {
  it("negative: no verb after the second comma reports no clause ('The harbour, she said, in a statement.')", () => {
    const qs = quotes("Governor Lisa Mraz visited the port on Tuesday. The harbour, she said, in a long statement.");
    expect(qs.some((q) => q.rule.includes("interrupted-cue"))).toBe(false);
  });

  it("negative: a fronted place ('In the capital, she said, the mood was grim') reports the clause after, as before", () => {
    const q = quotes("Governor Lisa Mraz visited the port on Tuesday. In the capital, she said, the mood was grim.").at(-1);
    expect(q?.rule).not.toContain("interrupted-cue");
    expect(q?.text).toBe("the mood was grim");
  });
});
