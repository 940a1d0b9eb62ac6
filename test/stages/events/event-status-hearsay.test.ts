import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: a course weighed in the progressive is no act", () => {
  it("a gerund after a verb of weighing is hypothetical whatever the tense of 'be'", () => {
    expect(statusOf("China is seriously considering sending lethal aid to Russia.", "AID")).toBe("hypothetical");
    expect(statusOf("Germany was weighing sending tanks to Ukraine.", "AID")).toBe("hypothetical");
    expect(statusOf("The EU is weighing imposing new sanctions on Russia.", "SANCTION")).toBe("hypothetical");
  });

  it("a progressive act with no verb of weighing keeps its tense", () => {
    expect(statusOf("Germany is sending tanks to Ukraine.", "AID")).toBe("ongoing");
    expect(statusOf("Germany was sending tanks to Ukraine when the talks began.", "AID")).toBe("occurred");
  });
});

describe("event status: hearsay adverbs make an act claimed", () => {
  it("an adverb of hearsay in the verb group", () => {
    expect(statusOf("Russian troops reportedly shelled Kharkiv on Monday.", "ASSAULT")).toBe("claimed");
    expect(statusOf("Russian troops have allegedly attacked Kharkiv.", "ASSAULT")).toBe("claimed");
  });

  it("without one, or with a plan, the verb's own status stands", () => {
    expect(statusOf("Russian troops shelled Kharkiv on Monday.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Russian troops will reportedly attack Kharkiv next week.", "ASSAULT")).toBe("planned");
  });
});

describe("event status: an act named as what may come", () => {
  it("the complement of a noun of risk or fear is hypothetical, of a plan planned", () => {
    expect(statusOf("The risk of Iranian attack on U.S. warships is rated by diplomats as low.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Moldova uncovered a plan for the invasion of Moldova by Russia.", "ASSAULT")).toBe("planned");
  });

  it("a noun pattern's trigger read as an adjective keeps its modifiers' status", () => {
    expect(statusOf("Officials warned of a possible Russian offensive against Kharkiv.", "ASSAULT")).toBe("hypothetical");
  });

  it("an act the text names as having happened keeps its status", () => {
    expect(statusOf("The Russian offensive against Kharkiv began in May.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Ukraine condemned the Russian invasion of Crimea.", "ASSAULT")).toBe("occurred");
  });
});
