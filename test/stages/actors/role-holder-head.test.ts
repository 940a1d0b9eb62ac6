import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a role phrase ("the president", "the prime minister") merges only with a person who holds that office: the
// office is the head of the holder's role, as whole words ("vice-president", "deputy prime minister" and "adviser to
// the prime minister" hold no presidency or premiership), and a role phrase inside a person's own appositive after a
// preposition or as a possessor ("X, one of the president's advisers") names someone else.
const roleMentionOf = (text: string, phrase: string, date?: string) => {
  const rec = extract(text, date);
  const start = text.lastIndexOf(phrase);
  return rec.actors.find((a) => a.mentions.some((m) => m.start === start && m.rule === "actors/coref:role"))?.name ?? null;
};

describe("actors: a role phrase merges only with the office's holder", () => {
  it("negative: a vice-president, a deputy prime minister, a shadow chancellor are not 'the president', 'the prime minister', 'the chancellor'", () => {
    expect(roleMentionOf("Vice-President Mara Collins visited Kyiv on Monday. The president was in Washington.", "The president", "2023-05-01")).not.toBe("Mara Collins");
    expect(roleMentionOf("Deputy Prime Minister Alan Thorne spoke first. The prime minister then said the vote would go ahead.", "The prime minister", "2023-05-01")).not.toBe("Alan Thorne");
    expect(roleMentionOf("Shadow chancellor Rita Vance attacked the budget. The chancellor defended it.", "The chancellor", "2023-05-01")).not.toBe("Rita Vance");
  });

  it("negative: a role phrase inside a person's appositive after a preposition or as a possessor", () => {
    expect(roleMentionOf("Tom Hale, one of the president's advisers, said the plan was ready.", "the president", "2023-05-01")).not.toBe("Tom Hale");
    expect(roleMentionOf("Sara Linwood, an adviser to the prime minister, said the vote would go ahead.", "the prime minister", "2023-05-01")).not.toBe("Sara Linwood");
  });

  it("positive: the holder, with a tail after the office ('Secretary of State') or the office as its appositive's head", () => {
    expect(roleMentionOf("Secretary of State Adam Crane arrived in Kyiv. The secretary said aid would continue.", "The secretary", "2023-05-01")).toBe("Adam Crane");
    expect(roleMentionOf("Pierre Lamont, the French president, said the plan was ready. The president added that it would work.", "The president", "2023-05-01")).toBe("Pierre Lamont");
    expect(roleMentionOf("First Deputy Prime Minister Yulia Sorin met donors. The deputy prime minister said aid was needed.", "The deputy prime minister", "2023-05-01")).toBe("Yulia Sorin");
  });

  it("a role with a tail holds only the same tail; a role phrase after a clause that follows a name is no appositive", () => {
    const text = "Secretary of Defense Lloyd Austen met Secretary of State Adam Crane in Kyiv. The secretary of state said aid would continue.";
    expect(roleMentionOf(text, "The secretary of state", "2023-05-01")).toBe("Adam Crane");
    const clause = "President Barack Obama spoke on Monday. Rep. Dan Ruppert stood by Obama, saying he agrees with the president on the plan.";
    expect(roleMentionOf(clause, "the president", "2013-05-01")).toBe("Barack Obama");
  });
});

