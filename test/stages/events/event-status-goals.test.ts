import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statuses = (text: string, type: string) => extract(text, "2022-06-01").events.filter((e) => e.type === type).map((e) => e.status);

describe("status: a gerund after a noun of an aim or a prospect (status.goalNouns, prospectNouns)", () => {
  it("an aim is planned, a prospect hypothetical, whatever the clause's tense", () => {
    expect(statuses("Kerry brought Israelis and Palestinians together, with the goal of reaching a deal in nine months.", "AGREE")).toEqual(["planned"]);
    expect(statuses("Finland raised the prospect of joining Nato.", "COOPERATE")).toEqual(["hypothetical"]);
  });

  it("a gerund after another noun and 'of' takes the clause's tense", () => {
    expect(statuses("Finland took the step of joining Nato.", "COOPERATE")).not.toContain("planned");
  });
});

describe("senses: what one recognises that is no state (recognise notObject)", () => {
  it("recognising another's rights or concerns is no diplomatic recognition", () => {
    expect(statuses("Turkey recognised Greek rights in the Aegean.", "COOPERATE")).toEqual([]);
    expect(statuses("Papandreou said he will not negotiate with Ankara until Turkey recognises Greek rights in the Aegean.", "COOPERATE")).toEqual([]);
    expect(statuses("Macron recognised Russia's security concerns.", "COOPERATE")).toEqual([]);
  });

  it("recognising a state, or its right to exist, is", () => {
    expect(statuses("The PLO recognised Israel's right to exist.", "COOPERATE")).toEqual(["occurred"]);
    expect(statuses("Serbia refuses to recognise Kosovo.", "REJECT").length + statuses("Serbia refuses to recognise Kosovo.", "COOPERATE").length).toBeGreaterThan(0);
  });
});
