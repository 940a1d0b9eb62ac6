import { expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// data/events.json blow-up-lines, sabotage-lines: blowing up or sabotaging a line of supply (a
// railway, a bridge, a pipeline, power lines) is an attack (ASSAULT 183), not damage to property;
// a demolished home stays COERCE 171, and sabotaged talks are no attack
const keys = (text: string) => eventKeys(text, "2023-03-01");
const types = (text: string) => keys(text).map((k) => k.split(" ")[0]);

it("sabotage of railways, bridges and pipelines is an attack", () => {
  for (const text of [
    "Georgian partisans blew up a railway bridge near Tskhinvali in Russia.",
    "Belarusian partisans sabotaged a railway line near Minsk.",
    "Kurdish militants blew up an oil pipeline near Kirkuk in Iraq.",
  ]) {
    expect(types(text), text).toContain("ASSAULT");
    expect(types(text), text).not.toContain("COERCE");
  }
});

it("a demolished home is coercion, sabotaged talks no attack", () => {
  expect(types("Israeli forces blew up the homes of two Palestinian attackers.")).not.toContain("ASSAULT");
  expect(types("Hungary sabotaged the peace talks with Serbia.")).not.toContain("ASSAULT");
  expect(types("The storm blew up a row about the budget.")).not.toContain("ASSAULT");
});
