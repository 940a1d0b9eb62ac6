import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// called-off-plans.ts: a meeting planned, then called off after the plan, is no planned CONSULT
const consults = (text: string) =>
  extract(text, "2023-03-01")
    .events.filter((e) => e.type === "CONSULT")
    .map((e) => e.status);

describe("a plan called off after it is named", () => {
  it.each([
    "The prime ministers of Greece and Turkey were due to meet on Friday, but the summit was cancelled.",
    "Blinken was due to visit Beijing on Sunday. But the trip was called off after a Chinese balloon was spotted.",
    "Scholz and Macron are scheduled to hold talks in Paris. The meeting has been scrapped.",
    "The leaders of Serbia and Kosovo were scheduled to meet in Brussels, but Serbia cancelled the meeting.",
    "Modi will visit Washington in June. The White House called off his visit on Tuesday.",
  ])("no planned CONSULT: %s", (text) => {
    expect(consults(text)).not.toContain("planned");
  });

  it.each([
    // still to come, only later
    "Blinken was due to visit Beijing on Sunday, but the trip was postponed.",
    // another meeting: a past one, one with no definite word, one called off before
    "Macron is set to visit Algeria next month. Last year's visit was cancelled over a row about history.",
    "Putin will meet Erdogan in Sochi on Friday. A summit was scrapped in March.",
    "Putin will meet Erdogan in Sochi on Friday, after the summit in Ankara was cancelled.",
    // something else called off
    "Xi is expected to visit Moscow next week. Officials cancelled the press conference.",
    "Xi is expected to visit Moscow next week. The military parade was cancelled.",
    // the meeting named again, not called off
    "Xi is expected to visit Moscow next week. The trip will focus on energy.",
  ])("the plan stands: %s", (text) => {
    expect(consults(text)).toContain("planned");
  });
});
