import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A definite phrase of a body's kind ("the agency", "the rights group", "the charity") speaks for the
// body named before it whose sector fits the noun (speech.json bodyAnaphors), or for the one the text
// called by that noun in apposition; otherwise the noun speaks as itself, never as a person.
const last = (text: string) => {
  const r = extract(text);
  const q = r.quotes.at(-1)!;
  const a = r.actors.find((x) => x.id === q.speaker);
  return { q, a };
};

describe("speaker: a body called by its kind", () => {
  it("'The World Health Organization ... The agency said' is the WHO", () => {
    const { q } = last("The World Health Organization flew vaccines into Khartoum last week. The agency said the doses would reach two million children.");
    expect(q.speaker).toBe("igo:who");
    expect(q.rule).toContain("speaker:body-anaphor");
  });

  it("'Hezbollah launched drones ... The militant group said' is Hezbollah, with its state", () => {
    const { q, a } = last("Hezbollah launched drones at army posts in the north on Sunday. The militant group said the strikes answered an earlier raid.");
    expect(q.speaker).toBe("org:hezbollah");
    expect(a?.code ?? a?.country).toBe("LBN");
  });

  it("'NATO ... the alliance said' and 'Save the Children ... the charity said'", () => {
    expect(last("NATO defence ministers gathered in Brussels. The alliance said it would station more jets in the Baltics.").q.speaker).toBe("igo:nato");
    expect(last("Save the Children opened three clinics in Taiz. The charity said thousands of families had no clean water.").q.speaker).toBe("igo:save-the-children");
  });

  it("'Sea Watch, a charity, ... The charity said' speaks under the name the apposition gives", () => {
    const { q } = last("Sea Watch, a charity, pulled 40 migrants from the water off Libya. The charity said the coastguard had ignored their calls.");
    expect(q.speakerName).toBe("Sea Watch");
    expect(q.speaker).toBeNull();
  });
});

describe("speaker: negatives of the body rule", () => {
  it("negative: 'the charity said' with no charity named stays the bare noun, never a person", () => {
    const { q } = last("Ministers met on Tuesday to discuss the budget. The charity said the cuts would hurt the poorest families.");
    expect(q.speaker).toBeNull();
    expect(q.speakerName).toBe("charity");
  });

  it("negative: two fitting bodies in one sentence leave 'the group' open", () => {
    const { q } = last("Hamas and Islamic Jihad fired rockets at Ashkelon overnight. The group said the barrage was revenge.");
    expect(q.speaker).toBeNull();
  });

  it("negative: a new unnamed body of the kind in between ('a group of senators') is whom 'the group' goes on with", () => {
    const { q } = last("Amnesty International published a report on the prisons. A group of 20 senators wrote to the president. The group said the inmates had been beaten.");
    expect(q.speaker).toBeNull();
  });

  it("negative: a body of another sort is not the noun's ('NATO ... the charity said'; a news outlet is no 'agency')", () => {
    expect(last("NATO ministers met in Brussels. The charity said the talks had ignored refugees.").q.speaker).toBeNull();
    expect(last("Reuters reported the blast first. The agency said three people were hurt.").q.speaker).toBeNull();
  });

  it("negative: a news agency named nearer leaves 'the agency' open ('AFP reports ... the agency added')", () => {
    const { q } = last("The European Union is drafting its own rules. Agence France-Presse reports that the minister defended the law. She said the tools \"already work well for millions of users\", the agency added.");
    expect(q.speaker).not.toBe("igo:eu");
  });

  it("negative: a possessed role of the body ('the group's leader said') is no body phrase", () => {
    expect(last("Hamas fired rockets at Sderot. The group's leader said the attack was revenge.").q.rule).not.toContain("speaker:body");
  });

  it("negative: a time phrase before the apposition is no name ('On Monday, a charity ...')", () => {
    expect(last("On Monday, a charity pulled 40 migrants from the water. The charity said the coastguard had ignored them.").q.speakerName).toBe("charity");
  });
});
