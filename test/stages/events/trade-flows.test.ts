import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// trade-flows.ts: a sanction on a flow of goods targets the state at the flow's far end
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "trade flows: the sanctioned state is where the goods go, or come from",
  [
    ["Sweden imposed restrictions on arms sales to Turkey in 2019.", "SANCTION SWE>TUR"],
    ["Finland banned arms exports to Turkey.", "SANCTION FIN>TUR"],
    ["The United States imposed sanctions on oil imports from Iran.", "SANCTION USA>IRN"],
    ["Russia may respond by imposing restrictions on trade with the U.S.", "SANCTION RUS>USA"],
    ["Sweden's ban on arms exports to Turkey angered Ankara.", "SANCTION SWE>TUR"],
  ],
  [
    // the flow's end names no state
    ["The US imposed restrictions on exports to new markets.", "SANCTION"],
    // the flow ends in the sanctioning state itself
    ["The United States imposed tariffs on steel imports to the US.", "SANCTION"],
    // the flow lies outside the sanction's phrase
    ["Washington banned imports, and Russia's trade with China grew.", "SANCTION USA>CHN"],
  ],
  keys,
);

it("a sanction that names its party keeps it ('imposed sanctions on Russia over its exports to Iran')", () => {
  const k = keys("The EU imposed sanctions on Russia over its exports to Iran.");
  expect(k).toContain("SANCTION EU>RUS");
  expect(k).not.toContain("SANCTION EU>IRN");
});
