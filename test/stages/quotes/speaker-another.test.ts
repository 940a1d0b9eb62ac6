import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

// Unnamed speakers stay unnamed: "One broker said ... Another said ..." names a second unnamed broker, whom a
// later "he said" goes on with, never a person or a firm named in another role before; and a pronoun that
// reported a quote goes on with the same one ("'...,' he said. But he added ...").
const quotes = (text: string) => extract(text).quotes;

describe("speaker: a bare 'another' is a second one of the kind named before", () => {
  it("'One broker said ... Another said ...' is another broker, and his 'he said' after is that broker", () => {
    const qs = quotes("Shell cut its output on Tuesday. One broker said demand was weak. Another said supply would tighten. “Nobody wants to hold cargoes now,” he said.");
    expect(qs.at(-2)!.speakerName).toBe("another broker");
    expect(qs.at(-2)!.rule).toContain("speaker:another");
    expect(qs.at(-1)!.speakerName).toBe("another broker");
    expect(qs.at(-1)!.speaker).toBeNull();
  });

  it("past a named person between: 'One economist said ... Governor Lina Varga said ... Another said ...'", () => {
    const qs = quotes("One economist said inflation had peaked. Central bank governor Lina Varga said rates would stay high. Another said the bank was too cautious.");
    expect(qs.at(-1)!.speakerName).toBe("another economist");
    expect(qs.at(-1)!.speaker).toBeNull();
  });

  it("the state of the first one goes on: 'One Chinese diplomat said ... Another said' is CHN", () => {
    const rec = extract("One Chinese diplomat said the visit was useful. Another said Beijing would reply.");
    const q = rec.quotes.at(-1)!;
    expect(q.speakerName).toBe("another Chinese diplomat");
    expect(stateCode(rec, q.speaker!)).toBe("CHN");
  });

  it("negative: 'another' with no one who spoke before names no one ('Russia fired one missile. Another ...')", () => {
    const qs = quotes("The navy fired one missile at the port on Monday. Another said the depot was the target.");
    expect(qs.some((q) => q.rule.includes("speaker:another"))).toBe(false);
  });

  it("negative: 'another' that is no subject is no speaker: 'They met another official who said ...'", () => {
    const qs = quotes("One trader said the market was calm. Reporters later met another official who said prices would rise.");
    expect(qs.some((q) => q.rule.includes("speaker:another"))).toBe(false);
  });
});

describe("speaker: a pronoun that reported a quote goes on with the same one", () => {
  it("'A senior envoy said ... \"...,\" he said. But he added ...' is the envoy, not the minister named before", () => {
    const qs = quotes("Foreign Minister Karl Weiss arrived in Geneva on Monday. A senior envoy said the talks were stuck. “Nobody is moving,” he said. But he added that a deal was still possible.");
    expect(qs.at(-1)!.speakerName).toBe("senior envoy");
    expect(qs.at(-1)!.speaker).toBeNull();
  });

  it("negative: a named speaker goes on as before ('Weiss said ... \"...,\" he said. But he added')", () => {
    const qs = quotes("Foreign Minister Karl Weiss arrived in Geneva on Monday. Weiss said the talks were stuck. “Nobody is moving,” he said. But he added that a deal was still possible.");
    expect(qs.at(-1)!.speakerName).toBe("Karl Weiss");
  });

});
