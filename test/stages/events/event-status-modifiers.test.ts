import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

const statusOf = (text: string, type: string) => extract(text, "2024-04-17").events.find((e) => e.type === type)?.status;

// event-status.ts: "to" before a noun phrase is a preposition ("due to", "agreed to"), not an infinitive's mark
describe("event status: 'due to' a noun phrase is a cause, not a schedule", () => {
  it("an act after 'due to' keeps its own status", () => {
    expect(statusOf("The decision was made due to Russia's aggression against Ukraine.", "ASSAULT")).not.toBe("planned");
    expect(statusOf("Flights were cancelled due to the Russian invasion of Ukraine.", "ASSAULT")).toBe("occurred");
  });

  it("negative: 'due to' before a verb is still a schedule", () => {
    expect(statusOf("Biden is due to meet Zelensky in Kyiv.", "CONSULT")).toBe("planned");
    expect(statusOf("Russia and Ukraine are expected to sign a grain deal.", "AGREE")).toBe("planned");
  });
});

// data/event-senses.json status.nounStatus "ongoing", and "supposed" among the claimed
describe("event status: a modifier of continuing makes a nominal act ongoing", () => {
  it("'Russia's ongoing aggression', 'Russia's continued attacks'", () => {
    expect(statusOf("The decision was made due to Russia's ongoing aggression against Ukraine.", "ASSAULT")).toBe("ongoing");
    expect(statusOf("The United States condemned Russia's continued attacks on Ukraine's power grid.", "ASSAULT")).toBe("ongoing");
  });

  it("'supposed' aggression is someone's claim", () => {
    expect(statusOf("Putin will blame a supposed NATO aggression against Russia.", "ASSAULT")).toBe("claimed");
  });

  it("negative: without a modifier the act is done", () => {
    expect(statusOf("The EU condemned the shelling of Kharkiv by Russia.", "ASSAULT")).toBe("occurred");
  });
});

// find-parties.ts subjectBefore: over a long relative clause between commas to its antecedent
describe("events: a long relative clause between commas is skipped to its antecedent", () => {
  it("'India, which has ... ties to both Pakistan and China, has discussed ...' is India's", () => {
    const k = eventKeys("India, which has a longstanding strategic relationship with Russia and high anxiety about its ties to both Pakistan and China, has pledged to help Moscow beat western sanctions.", "2022-06-01");
    expect(k).toContain("AID IND>RUS");
    expect(k.some((x) => x.startsWith("AID PAK") || x.startsWith("AID CHN"))).toBe(false);
  });
});

// event-status.ts portrayed, data status.portrayalVerbs
describe("event status: an act someone is cast as doing is their claim", () => {
  it("'to portray China as supporting Russia's war' is claimed", () => {
    expect(statusOf("A Russian source used the peace plan to inaccurately portray China as supporting Russia's war in Ukraine.", "SUPPORT")).toBe("claimed");
    expect(statusOf("Russian state television framed Nato as threatening Russia.", "THREATEN")).toBe("claimed");
  });

  it("negative: a gerund after 'as' without a verb of portrayal keeps its status", () => {
    expect(statusOf("China is supporting Russia's war in Ukraine.", "SUPPORT")).toBe("ongoing");
  });
});
