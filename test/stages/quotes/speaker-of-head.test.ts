import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

// A subject headed by a person noun and its "of" phrase (speech.json memberHeads, of-head.ts) speaks whole:
// the head of the phrase, never the last noun of the "of" phrase.
const last = (text: string) => {
  const r = extract(text);
  const q = r.quotes.at(-1)!;
  return { q, state: q.speaker ? stateCode(r, q.speaker) : null, actor: q.speaker ? r.actors.find((a) => a.id === q.speaker) : undefined };
};

describe("speaker: the head of an of-phrase subject", () => {
  it("'The chairman of a regional water board said ...' is the chairman, not the board", () => {
    const { q } = last("Rains returned to the valley. The chairman of a regional water board said reservoirs were half full.");
    expect(q.speakerName).toMatch(/^chairman of a regional water board$/);
  });

  it("'The director of the country's census bureau told reporters ...' is the director", () => {
    const { q } = last("The figures surprised many. The director of the country's census bureau told reporters that the count was accurate.");
    expect(q.speakerName?.startsWith("director of")).toBe(true);
  });

  it("'Members of the Swedish parliament said ...' are the members, for Sweden", () => {
    const { q, state } = last("Members of the Swedish parliament said the treaty would pass in June.");
    expect(q.speakerName?.startsWith("Members of")).toBe(true);
    expect(state).toBe("SWE");
  });

  it("'An aide of Emmanuel Macron said ...' is the aide, never Macron", () => {
    const { q } = last("An aide of Emmanuel Macron said the trip would go ahead.");
    expect(q.speakerName).toContain("aide");
    expect(q.speakerName).not.toBe("Emmanuel Macron");
  });

  it("'Maria Lopes, the administrator of the UN Development Programme said ...' is the named person", () => {
    const { q } = last("Maria Lopes, the administrator of the UN Development Programme said food prices were rising fast.");
    expect(q.speakerName).toBe("Maria Lopes");
  });
});

describe("speaker: negatives of the of-phrase head", () => {
  it("negative: a partitive 'One of the diplomats said ...' is the diplomats", () => {
    const { q } = last("One of the diplomats said the meeting had been tense.");
    expect(q.speakerName).not.toMatch(/^One of/);
    expect(q.speakerName).toContain("diplomats");
  });

  it("negative: 'Opponents of the reform argue ...' stays the opponents (what they speak about)", () => {
    const { q } = last("Opponents of the reform argue that it will raise prices.");
    expect(q.speakerName).toBe("Opponents of the reform");
  });

  it("negative: a title before a name, 'Deputy leader of the House Jane Morris said', is the person", () => {
    const { q, actor } = last('Deputy leader of the House Jane Morris said: "We will not give way."');
    expect(actor?.kind).toBe("person");
    expect(q.speakerName).toContain("Jane Morris");
  });

  it("negative: an of-phrase that opens no clause ('the plan of the ministry') is left as it was", () => {
    const { q } = last("The ministry said the plan would cost less than expected.");
    expect(q.speakerName).toBe("ministry");
  });
});
