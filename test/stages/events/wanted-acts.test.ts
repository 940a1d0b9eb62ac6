import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// wanted-acts.ts: an act one party wants of another is a REQUEST to it, and no act of its own
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "wanted acts: the object of a verb of wanting is asked to act",
  [
    ["Turkey wants Sweden to sever ties with the PKK.", "REQUEST TUR>SWE"],
    ["Japan wants the U.S. to lift the steel tariffs it imposed last year.", "REQUEST JPN>USA"],
    ["Washington wanted Moscow to release the journalist.", "REQUEST USA>RUS"],
    ["Turkey would like Sweden to extradite the suspects.", "REQUEST TUR>SWE"],
  ],
  [
    // a negated wish is a fear, no request
    ["The US does not want Russia to invade Ukraine.", "REQUEST"],
    // no act of the lexicon in the infinitive
    ["The US wants Ukraine to win.", "REQUEST"],
    // a wish of one's own state
    ["Russia wants its troops to withdraw from Kherson.", "REQUEST"],
    // 'like' without 'would' is no wish
    ["Countries like Sweden to join Nato would strengthen it.", "REQUEST"],
  ],
  keys,
);

it("the act wanted has not happened: 'Hamas wants Israel to halt all attacks on Gaza' is no halt", () => {
  const k = keys("Hamas wants Israel to halt all attacks on Gaza.");
  expect(k).toContain("REQUEST PSE>ISR");
  expect(k.some((x) => x.startsWith("RETREAT"))).toBe(false);
});

senseTable(
  "plea for: a noun of asking puts the act of its infinitive on the party after 'for'",
  [
    ["Poland repeated its plea for Britain to deliver more fighter jets.", "REQUEST POL>GBR"],
    ["Kenya's appeal for Ethiopia to withdraw its troops was ignored.", "REQUEST KEN>ETH"],
    ["The US pressed its demand for Israel to halt strikes in Gaza.", "REQUEST USA>ISR"],
  ],
  [
    // the act asked for is the other party's and not done: no aid by the one who asks, none by the one asked
    ["Poland repeated its plea for Britain to deliver more fighter jets.", "AID"],
    ["Kenya's appeal for Ethiopia to withdraw its troops was ignored.", "RETREAT"],
    // a plea for a thing, not for a party to act
    ["Lebanon made a plea for calm.", "REQUEST LBN>"],
    // 'for' after no noun of asking
    ["Latvia voted for Estonia to host the summit.", "REQUEST"],
  ],
  keys,
);
