// Events from the verb patterns converted from PETRARCH-2 (data/events-petrarch2.json), which the
// engine uses when asked (convertedPatterns: true); by default only the few measured right on unseen
// news (data/events-petrarch2-held.json).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/engine.js";

const on = createEngine({ convertedPatterns: true });
const off = createEngine({ convertedPatterns: false });
const byDefault = createEngine();
const events = (engine: typeof on, text: string) => {
  const rec = engine.extract({ id: "t", text, published: "2025-01-17" });
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
  return rec.events.map((e) => ({ type: e.type, source: e.source.map(code), target: e.target.map(code), rule: e.rule }));
};

describe("converted PETRARCH-2 patterns", () => {
  it("code a mediation dyad has no pattern for (BROKER [045])", () => {
    const text = "Oman brokered the release of three American hikers held in Iran.";
    expect(events(off, text)).toEqual([]);
    expect(events(on, text)).toContainEqual(expect.objectContaining({ type: "CONSULT", source: ["OMN"], target: ["USA"], rule: "events/verb:p2-broker-045" }));
  });

  it("code a phrasal verb with its particle ('campaigned against')", () => {
    expect(events(on, "In 1996, Bill Clinton openly campaigned against Netanyahu.")).toContainEqual(
      expect.objectContaining({ type: "ACCUSE", source: ["USA"], target: ["ISR"], rule: "events/verb:p2-campaign-against-110" }),
    );
  });

  it("code a verb with an object from a synonym set ('arranged a truce')", () => {
    expect(events(on, "Israel and Egypt arranged a truce on Sunday.")).toContainEqual(
      expect.objectContaining({ type: "AGREE", source: ["ISR", "EGY"], rule: "events/verb:p2-arrange-truce-0356" }),
    );
  });
});

describe("converted PETRARCH-2 patterns: negative cases", () => {
  it("never override dyad's own reading ('offered to negotiate' stays CONSULT, not PETRARCH's 050 cooperation)", () => {
    const got = events(on, "Putin offered to negotiate with the president of Armenia.");
    expect(got).toEqual(events(off, "Putin offered to negotiate with the president of Armenia."));
    expect(got.some((e) => e.rule.includes("p2-"))).toBe(false);
  });

  it("leave out the excluded senses: wanting and expecting are no agreement, coming to a place no visit", () => {
    for (const text of ["Finland and Sweden want closer ties with Washington.", "Russia expects China to back its plan.", "The Tunisian came to Italy in 2011."])
      expect(events(on, text).filter((e) => e.rule.includes("p2-")), text).toEqual([]);
  });

  it("do not fire on a verb whose pattern needs an object that is not there ('arranged the flowers')", () => {
    expect(events(on, "Egypt's president arranged the flowers for the ceremony.")).toEqual([]);
  });

  it("by default, only the held ones: 'expressed a willingness to talk' but not 'campaigned against'", () => {
    expect(events(byDefault, "In 1996, Bill Clinton openly campaigned against Netanyahu.").some((e) => e.rule.includes("p2-"))).toBe(false);
    expect(events(off, "Trump expressed a willingness to talk to Kim Jong Un.").some((e) => e.rule.includes("p2-"))).toBe(false);
    expect(events(byDefault, "Trump expressed a willingness to talk to Kim Jong Un.")).toContainEqual(
      expect.objectContaining({ type: "AGREE", source: ["USA"], target: ["PRK"], rule: "events/verb:p2-express-willingness-030" }),
    );
  });

  it("a held pattern keeps its object: expressing regret or concern is no intent to cooperate", () => {
    for (const text of ["Trump expressed regret to Kim Jong Un.", "China expressed concern over the Japanese plan."])
      expect(events(byDefault, text).filter((e) => e.rule.includes("p2-")), text).toEqual([]);
  });
});
