import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "Asked whether X would resign, she said ...": the one asked answers. A he or she right after a
// fronted clause of being asked is the person the text reports on, never a person the question
// names nor the one who asks (speech.json questionFrames).
const quote = (text: string, words: string) => extract(text).quotes.find((x) => x.text.includes(words));

describe("speaker: the one asked answers", () => {
  it("'Asked whether Mark Ellis would stay, she replied': the person reported on before, not the one asked about", () => {
    const t = "The foreign minister, Anna Berg, visited the border on Tuesday. “We are not afraid,” she said. Asked whether Mark Ellis would stay as defence minister, she replied: “That is for the president to decide.”";
    const q = quote(t, "president to decide")!;
    expect(q.speakerName).toBe("Anna Berg");
    expect(q.rule).toMatch(/speaker:pronoun-past-question$/);
  });

  it("'When pressed on whether X, the Y, would ...': openers and commas inside the question", () => {
    const t = "Tom Reed, the opposition leader, spoke to farmers in Leeds. When pressed on whether Paul Hart, the party treasurer, would resign, he said: “Paul has my full confidence.”";
    expect(quote(t, "full confidence")!.speakerName).toBe("Tom Reed");
  });

  it("'Questioned by X about Y, he said': the asker does not answer either", () => {
    const t = "Tom Reed toured the flooded towns on Friday. Questioned by Paul Hart about the cost of the repairs, he said: “We will pay whatever it takes.”";
    expect(quote(t, "whatever it takes")!.speakerName).toBe("Tom Reed");
  });

  it("negative: a name after the question's comma speaks ('Asked about X, Y said')", () => {
    const t = "Tom Reed toured the flooded towns on Friday. Asked about Tom Reed's plan, Anna Berg said: “It is far too little, far too late.”";
    expect(quote(t, "too little")!.speakerName).toBe("Anna Berg");
  });

  it("negative: a fronted clause of another kind keeps its old reading ('After meeting X, he said')", () => {
    const t = "After Tom Reed arrived in Leeds, he said: “The city deserves better.”";
    expect(quote(t, "deserves better")!.speakerName).toBe("Tom Reed");
  });

  it("negative: 'asked' as the main verb is no fronted question ('Reporters asked ..., he said')", () => {
    const t = "Anna Berg spoke in Leeds on Friday. Tom Reed asked whether the plan was fair, and he said: “It is not.”";
    expect(quote(t, "It is not")!.speakerName).toBe("Tom Reed");
  });
});
