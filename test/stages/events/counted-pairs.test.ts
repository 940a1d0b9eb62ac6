import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// sentence-env.ts partiesBefore: "the two leaders", "both countries" refer back to the act that has
// just that many parties, in the same sentence first, and never to an act mentioned in passing
const keys = (text: string) => eventKeys(text, "2024-05-01");

senseTable(
  "counted pairs: the act just before, in the same sentence, or the news act before a passing mention",
  [
    // the people of two states named by their offices in the same sentence
    ["Xi Jinping held talks with Narendra Modi last year. The French president hosted the German chancellor in Paris, where the two leaders signed a defence pact.", "AGREE FRA+DEU>"],
    ["Lula welcomed the Spanish prime minister in Brasilia on Tuesday, and the two leaders signed a trade accord.", "AGREE BRA+ESP>"],
    // a passing mention after the news act does not take its place
    ["Putin met Xi Jinping in Beijing on Monday, a week after his talks with India's Modi. Both countries were committed to deepening their military cooperation.", "COOPERATE RUS+CHN>"],
  ],
  [
    ["Xi Jinping held talks with Narendra Modi last year. The French president hosted the German chancellor in Paris, where the two leaders signed a defence pact.", "AGREE CHN"],
    ["Putin met Xi Jinping in Beijing on Monday, a week after his talks with India's Modi. Both countries were committed to deepening their military cooperation.", "COOPERATE CHN+IND"],
  ],
  keys,
);

it("still reads a count of people across sentences as people, not a state visited", () => {
  const k = keys("Chinese President Xi Jinping planned to speak with Ukrainian President Volodymyr Zelensky after his trip to Moscow. It would be the first time the two leaders have spoken since the invasion.");
  expect(k).toContain("CONSULT CHN+UKR>");
  expect(k.filter((x) => /^CONSULT \w+\+RUS>$/.test(x))).toEqual([]);
});

it("a passing mention with no news act of that many parties before it keeps its parties ('since the talks between Iran and Iraq, both countries')", () => {
  expect(keys("Since their talks in Geneva last year, Iran and Iraq have exchanged prisoners. Both countries agreed to reopen embassies.")).not.toContain("AGREE IRN+IRQ>RUS");
});
