import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// voted-acts.ts: a body's condemnation, sanction, backing or refusal is made by its vote.
describe("an act a body does by voting is done when the vote is", () => {
  it.each([
    ["The UN Security Council voted 15-0 to sanction North Korea.", "SANCTION"],
    ["The UN Security Council voted unanimously on Friday to impose sanctions on North Korea.", "SANCTION"],
    ["The European Parliament voted overwhelmingly to condemn Russia.", "ACCUSE"],
  ])("%s", (text, type) => {
    const found = coded(text).filter((x) => x.startsWith(type));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.endsWith(" occurred"))).toBe(true);
  });
});

describe("negative: an act the vote only orders, a vote to come, or an act dated later stays planned", () => {
  it.each([
    ["The German parliament voted on Thursday to send tanks to Ukraine.", "AID"],
    ["The European Parliament will vote to condemn Russia.", "ACCUSE"],
    ["The UN Security Council voted to impose sanctions on North Korea next month.", "SANCTION"],
  ])("%s", (text, type) => {
    const found = coded(text).filter((x) => x.startsWith(type));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.endsWith(" planned"))).toBe(true);
  });
});
