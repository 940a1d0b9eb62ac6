import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// What an actor can do is no act done (capable-acts.ts): "capable of launching", "has the capacity to",
// "is able to". Past "was able to" is "managed to": the act was done.
const events = (text: string) => extract(text, "2024-05-02").events;
const hostile = (text: string) => events(text).filter((e) => /^(ASSAULT|COERCE|SANCTION)$/.test(e.type));

describe("a capability is no act", () => {
  it("a gerund after 'capable of' is no act, nor the act noun it takes", () => {
    expect(hostile("Pyongyang has trained thousands of hackers capable of launching cyber attacks against South Korea.")).toEqual([]);
    expect(hostile("Tehran is building drones capable of striking Saudi Arabia.")).toEqual([]);
  });
  it("an infinitive after 'the capacity to' or 'the ability to' is no act", () => {
    expect(hostile("Moscow has the capacity to cut off gas supplies to Moldova.")).toEqual([]);
    expect(hostile("Officials said India has the ability to strike Pakistan within hours.")).toEqual([]);
  });
  it("'is able to' in the present is a capability", () => {
    expect(hostile("Generals say China's navy is able to blockade Taiwan within days.")).toEqual([]);
  });
});

describe("negative cases: acts done, or plans, stay", () => {
  it("past 'was able to' is 'managed to': the act was done", () => {
    expect(events("Kyiv's forces were able to repel a Russian attack on Kharkiv.").some((e) => e.type === "ASSAULT")).toBe(true);
  });
  it("'will be able to attend' is leave to go, a plan", () => {
    expect(events("Finland's president will be able to attend the Nato summit in Vilnius next week.").some((e) => e.type === "CONSULT")).toBe(true);
  });
  it("an act with no word of capability before it stays", () => {
    expect(hostile("Pyongyang launched cyber attacks against South Korea.").length).toBeGreaterThan(0);
    expect(hostile("Tehran's drones struck Saudi Arabia.").length).toBeGreaterThan(0);
  });
});
