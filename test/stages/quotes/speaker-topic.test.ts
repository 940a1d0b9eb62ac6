import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The head of a speaker phrase speaks, not a noun inside it: "a US official familiar with the
// decision", "critics of the government", "a source close to the talks" (the topic after a
// post-modifier or after a critic's kind is what they speak about). A document speaks as itself
// ("the joint statement said"), never for a person named before, and an office noun after a quote
// never stands for a person the story gives only a calling ("the author Alan Gray").
const quotes = (text: string) => extract(text).quotes;

describe("speaker: the head noun before a topic phrase", () => {
  it("'A Canadian official familiar with the decision said ...' is the official, for Canada", () => {
    const q = quotes("The ministry announced new duties on steel on Monday. A Canadian official familiar with the decision said the duties would take effect in March.").at(-1)!;
    expect(q.speakerName).toContain("official");
    expect(q.speakerName).not.toBe("decision");
    expect(q.speaker).toBe("CAN");
  });

  it("'Critics of the government say ...' are the critics, for no state", () => {
    const q = quotes("Prime Minister Ana Costa unveiled the budget on Tuesday. Critics of the government say it leaves pensioners behind.").at(-1)!;
    expect(q.speakerName).toMatch(/^Critics/);
    expect(q.speaker).toBeNull();
  });

  it("'A person briefed on the plan said' and, after a quote, 'a source close to the delegation told Reuters'", () => {
    const a = quotes("Talks on the port deal resumed in Oslo. A person briefed on the plan said the vote would be delayed.").at(-1)!;
    expect(a.speakerName).toMatch(/^person briefed/);
    const b = quotes("Talks on the port deal resumed in Oslo.\n\n“There is no deal yet,” a source close to the Norwegian delegation told Reuters.").at(-1)!;
    expect(b.speakerName).toMatch(/^source close to/);
    expect(b.speaker).toBeNull();
  });

  it("after a quote: '\"...,\" a French diplomat familiar with the talks said' is the diplomat, for France", () => {
    const q = quotes("Foreign Minister Lena Marsh flew to Geneva on Monday.\n\n“Nobody expects a deal this week,” a French diplomat familiar with the talks said.").at(-1)!;
    expect(q.speakerName).toMatch(/diplomat/);
    expect(q.speaker).toBe("FRA");
  });

  it("negative: 'Officials in Ukraine said' keep the place's state (no topic phrase)", () => {
    const q = quotes("The talks were postponed again. Officials in Ukraine said the delegation would not travel.").at(-1)!;
    expect(q.speaker).toBe("UKR");
  });

  it("a named person before 'of' speaks, not the body ('Lena Marsh of the ministry said')", () => {
    const q = quotes("The talks were postponed again. Foreign Minister Lena Marsh of the ministry said the delegation would not travel.").at(-1)!;
    expect(q.speakerName).toBe("Lena Marsh");
  });

  it("negative: a person after a preposition is no head ('critics of Lena Marsh say' are the critics)", () => {
    const q = quotes("The talks were postponed again. Critics of Lena Marsh say the delegation should travel.").at(-1)!;
    expect(q.speakerName).toMatch(/^Critics/);
    expect(q.speaker).toBeNull();
  });

  it("negative: a noun that is no speaker's kind before 'of' is left as it was ('The future of the plan')", () => {
    const q = quotes("The future of the plan is unclear, Mayor John Reed said.").at(-1)!;
    expect(q.speakerName).toBe("John Reed");
  });
});

describe("speaker: a document after a quote speaks as itself", () => {
  it("'\"...,\" the joint statement said' is the statement, not the president named before", () => {
    const q = quotes("President Amir Rahimi met the Pakistani foreign minister in Kabul.\n\n“Both sides remain committed to the peace process,” the joint statement said.").at(-1)!;
    expect(q.speakerName).toMatch(/statement/);
    expect(q.speaker).not.toBe("person:amir-rahimi");
  });

  it("negative: a title of an office after a quote still goes on with its holder ('the prime minister said')", () => {
    const q = quotes("Prime Minister Tom Bell visited Leeds on Friday.\n\n“We will not raise taxes,” the British prime minister said.").at(-1)!;
    expect(q.speakerName).toBe("Tom Bell");
  });
});

describe("speaker: an office noun never stands for a person given only a calling", () => {
  it("'The author Alan Gray ... \"...,\" the first minister said' is not the author", () => {
    const q = quotes("Nicola Sturgeon addressed the Scottish parliament. The author Alan Gray criticised her new book.\n\n“We will hold the referendum,” the first minister said.").at(-1)!;
    expect(q.speakerName).not.toBe("Alan Gray");
    expect(q.speaker).not.toBe("person:alan-gray");
  });

  it("negative: a description of the calling itself still stands for the author ('the author said')", () => {
    const q = quotes("The author Alan Gray criticised the new policy.\n\n“It is a betrayal of readers,” the author said.").at(-1)!;
    expect(q.speakerName).toBe("Alan Gray");
  });
});

describe("speaker: the one from a place named after a place noun ('a man from the town of X said')", () => {
  it("the noun before 'from/in the town of X' speaks, not the town, and a later 'he said' goes on with it", () => {
    const q = quotes('Refugee chief Filippo Grandi visited the border on Monday. One 19-year-old man from the town of Svyalava said he had fled the shelling. "It was terrible," he said.');
    expect(q[0].speakerName).toMatch(/man$/);
    expect(q[0].speaker).toBeNull();
    expect(q[1].speakerName).toMatch(/man$/);
    const r = quotes("A shopkeeper in the village of Kelmentsi said the road was closed.").at(-1)!;
    expect(r.speakerName).toMatch(/^A shopkeeper/);
  });

  it("a titled person or an office before it is left to the rules that read them", () => {
    // ("The mayor of the town of X said": the mayor, read as a role of the place, not this rule's "from/in")
    const q = quotes("The mayor of the town of Kelmentsi said the road was closed.").at(-1)!;
    expect(q.speakerName).toMatch(/mayor/);
    // a named person from the town speaks as himself
    const r = quotes("Taras Bondar from the town of Kelmentsi said the road was closed.").at(-1)!;
    expect(r.speakerName).toBe("Taras Bondar");
  });
});
