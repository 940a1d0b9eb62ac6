import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;

describe("discards: sentences that are not political news", () => {
  it("a linked story's 'READ:' line makes no event; the same words as news do", () => {
    expect(events("READ: China is accusing Hong Kong protesters of kidnapping the economy")).toEqual([]);
    expect(events("China is accusing Hong Kong protesters of kidnapping the economy.").map((e) => e.type)).toContain("ACCUSE");
  });

  it("a sports report's sentence makes no event", () => {
    expect(events("England beat Germany in a football match in London on Saturday.")).toEqual([]);
    expect(events("France defeated Belgium in the World Cup semi-final.")).toEqual([]);
  });

  it("a story-level phrase voids its paragraph, not the political paragraph after it", () => {
    const text = "Russia attacked the Ukrainian goalkeeper in the World Cup qualifier on Saturday.\n\nRussia attacked Ukraine's energy grid on Sunday.";
    const found = events(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: "ASSAULT", source: ["RUS"], target: ["UKR"] });
  });

  it("a political sentence that names a sport in passing still counts when no discard phrase is in it", () => {
    expect(events("Russia invaded Ukraine weeks after the Winter Olympics in Beijing.").map((e) => e.type)).toContain("ASSAULT");
  });
});
