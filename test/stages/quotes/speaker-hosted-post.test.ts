import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

// A post one state keeps at another (speech.json hostedHeads: "mission", "ambassador", "envoy")
// speaks for its owner; the host after "to" is never the speaker.
const last = (text: string) => {
  const r = extract(text);
  const q = r.quotes.at(-1)!;
  return { q, state: q.speaker ? stateCode(r, q.speaker) : null };
};

describe("speaker: the post, not its host", () => {
  it("'China's mission to the EU said ...' is the mission, for China", () => {
    const { q, state } = last("Beijing rejected the new tariffs. China's mission to the EU said the measures broke trade rules.");
    expect(q.speakerName).toContain("mission");
    expect(state).toBe("CHN");
  });

  it("'Ukraine's ambassador to the U.S. said ...' is the ambassador, for Ukraine", () => {
    const { q, state } = last("Ukraine's ambassador to the U.S. said the first tanks would arrive in spring.");
    expect(q.speakerName).toContain("ambassador");
    expect(state).toBe("UKR");
  });

  it("'\"...,\" the Russian envoy to the UN told reporters' is the envoy, for Russia", () => {
    const { q, state } = last('The council met on Monday.\n\n"This vote has no legal force whatsoever," the Russian envoy to the UN told reporters.');
    expect(q.speakerName).toContain("envoy");
    expect(state).toBe("RUS");
  });
});

describe("speaker: negatives of the hosted post", () => {
  it("negative: 'The delegation traveled to Moscow and said ...' keeps the delegation as the subject", () => {
    const { q } = last("The delegation traveled to Moscow and said the talks went well.");
    expect(q.speakerName).toBe("delegation");
  });

  it("negative: 'Britain sent troops to Estonia, the ministry said' is the ministry's, not a post's", () => {
    const { q } = last("Britain sent troops to Estonia, the ministry said.");
    expect(q.speakerName).toBe("ministry");
    expect(q.rule).not.toContain("hosted-post");
  });

  it("negative: a body after 'to' with no post before it speaks for itself ('the EU said')", () => {
    const { q, state } = last("The talks moved to Brussels. The EU said the measures broke trade rules.");
    expect(state).not.toBe("CHN");
    expect(q.rule).not.toContain("hosted-post");
  });
});
