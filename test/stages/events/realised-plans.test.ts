import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// realised-plans.ts: a planned act that is the subject of a past predicate of happening came about.
describe("a plan that took place happened", () => {
  it.each([
    ["The planned meeting between Vladimir Putin and Recep Tayyip Erdogan took place in Sochi on Monday.", "CONSULT"],
    ["The planned talks between Israel and Egypt finally went ahead in Cairo.", "CONSULT"],
  ])("%s", (text, type) => {
    const found = coded(text).filter((x) => x.startsWith(type));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.endsWith(" occurred"))).toBe(true);
  });
});

describe("negative: a plan still to come, put off or in a condition stays a plan", () => {
  it.each([
    ["The planned meeting between Vladimir Putin and Recep Tayyip Erdogan will take place in Sochi on Monday.", "CONSULT"],
    ["The planned meeting between Vladimir Putin and Recep Tayyip Erdogan was postponed.", "CONSULT"],
    ["Officials said the planned visit by Emmanuel Macron to China would take place in April.", "CONSULT"],
  ])("%s", (text, type) => {
    const found = coded(text).filter((x) => x.startsWith(type));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.endsWith(" planned"))).toBe(true);
  });
});
