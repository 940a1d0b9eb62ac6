import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Two status slices of issue 13 item 4 (event-status.ts):
// - "'Germany supports Ukraine,' Olaf Scholz said": praise, blame or a demand of the speaker's own
//   state, in the present and in the speaker's direct words, is made by saying it (occurred); another
//   state's act in the same words stays the speaker's claim.
// - "said Labour would cut taxes and attacked the Tories": right after a modal a verb is bare even when
//   its past looks the same ("set", "put", "cut"), so a past verb after "and" cannot share the modal and
//   is the speaker's own second act (pastAfterModalClause).
const events = (text: string) => extract(text, "2023-05-10").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: the speaker's own side in direct words", () => {
  it("the speaker's state's present praise, blame or demand is done by saying it", () => {
    expect(statusOf("\"Germany supports Ukraine in its fight,\" Olaf Scholz said.", "SUPPORT")).toBe("occurred");
    expect(statusOf("\"France urges Iran to return to the talks,\" said Emmanuel Macron.", "REQUEST")).toBe("occurred");
    expect(statusOf("\"Germany condemns Russia's strikes on Ukrainian cities,\" said Annalena Baerbock.", "ACCUSE")).toBe("occurred");
  });

  it("another state's act, a past act or a coming one keeps its status", () => {
    expect(statusOf("\"Russia supports Iran in everything,\" Olaf Scholz said.", "SUPPORT")).toBe("claimed");
    expect(statusOf("\"Germany supported Ukraine from the start,\" Olaf Scholz said.", "SUPPORT")).toBe("claimed");
    expect(statusOf("\"Germany will support Ukraine,\" Olaf Scholz said.", "SUPPORT")).toBe("planned");
  });
});

describe("event status: a past verb after a modal's bare verb that looks past", () => {
  it("'would set out ... and attacked': the second verb is the speaker's act", () => {
    expect(statusOf("Tony Blair said Labour would set out its plans and attacked the Conservatives.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Emmanuel Macron said France would put forward a peace plan and urged Russia to end the war.", "REQUEST")).toBe("occurred");
  });

  it("a verb after 'be' or \"'d\" shares the chain", () => {
    expect(statusOf("Emmanuel Macron said sanctions would hit Russia and be tightened and urged Russia to end the war.", "REQUEST")).not.toBe("occurred");
    expect(statusOf("Tony Blair said Labour would be set back and attacked by the Conservatives.", "ACCUSE")).not.toBe("occurred");
  });
});
