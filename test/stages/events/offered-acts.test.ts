import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// An act its doer is willing, ready or prepared to do, or offers to do, is an offer (offered-acts.ts):
// AGREE planned from the doer to the act's party, one event; a meeting offered is the host's offer.
const events = (text: string) => extract(text, "2024-05-02").events;
const triples = (text: string) => events(text).map((e) => `${e.type} ${e.source.join("+")}>${e.target.join("+")} ${e.status}`);

describe("an offer of a cooperative act is AGREE planned, one event", () => {
  it("'willing to' over an earlier infinitive and 'help'", () => {
    const t = triples("Denmark is willing to send armoured vehicles to help defend Estonia.");
    expect(t).toContain("AGREE DNK>EST planned");
    expect(t.some((x) => x.startsWith("SUPPORT"))).toBe(false);
  });
  it("'stands ready to', 'is prepared to': no aid or retreat of its own", () => {
    const aid = triples("South Korea stands ready to provide food aid to Bangladesh.");
    expect(aid).toContain("AGREE KOR>BGD planned");
    expect(aid.some((x) => x.startsWith("AID"))).toBe(false);
    const out = triples("Armenia says it is prepared to withdraw its troops from Azerbaijan.");
    expect(out).toContain("AGREE ARM>AZE planned");
    expect(out.some((x) => x.startsWith("RETREAT"))).toBe(false);
  });
  it("a meeting between parties that the subject is ready to host is the host's offer, no talks between them", () => {
    const t = triples("Oman said it would be ready to host a meeting between Iranian and Saudi negotiators.");
    expect(t.some((x) => x.startsWith("AGREE OMN>") && x.includes("IRN") && x.includes("SAU"))).toBe(true);
    expect(t.some((x) => x.startsWith("CONSULT"))).toBe(false);
    expect(t.some((x) => x.startsWith("AGREE IRN+SAU") || x.startsWith("AGREE SAU+IRN"))).toBe(false);
  });
  it("mediation offered is the mediator's offer", () => {
    const t = triples("Kazakhstan stands ready to mediate between Armenia and Azerbaijan.");
    expect(t.some((x) => x.startsWith("AGREE KAZ>") && x.endsWith("planned"))).toBe(true);
    expect(t.some((x) => x.startsWith("CONSULT"))).toBe(false);
  });
});

describe("negative cases: no offer", () => {
  it("a negated readiness offers nothing", () => {
    expect(events("Denmark is not willing to send armoured vehicles to Estonia.").some((e) => e.type === "AGREE" || e.type === "AID")).toBe(false);
  });
  it("a past readiness the narrator tells of is no offer", () => {
    expect(events("In 1991 Britain was prepared to send troops to Kuwait.").some((e) => e.rule.endsWith("+offer"))).toBe(false);
  });
  it("talks on the calendar stay talks", () => {
    expect(triples("Egypt will host talks between Israel and Hamas next week.").some((x) => x.startsWith("CONSULT"))).toBe(true);
    expect(events("Egypt will host talks between Israel and Hamas next week.").some((e) => e.rule.endsWith("+offer"))).toBe(false);
  });
  it("readiness to use force is no offer", () => {
    expect(events("China said it is ready to use force against Taiwan.").some((e) => e.type === "AGREE")).toBe(false);
  });
  it("an act done with no cue of offering keeps its type", () => {
    expect(triples("Denmark sent armoured vehicles to Estonia.").some((x) => x.startsWith("AID DNK>EST"))).toBe(true);
  });
});
