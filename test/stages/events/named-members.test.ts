import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// named-members.ts: members of a body named in apposition to a counted member phrase are the party
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "named members: the states named after 'two EU member states' are the party, not the body",
  [
    ["Moscow stopped gas deliveries to two EU member states – Hungary and Slovakia – last month.", "SANCTION RUS>HUN+SVK"],
    ["Beijing criticised two Nato allies, Canada and Australia, for their patrols.", "ACCUSE CHN>CAN+AUS"],
    ["Iran threatened three EU countries: Germany, France and Italy.", "THREATEN IRN>DEU+FRA+ITA"],
    ["Norway and Iceland, two Nato members, condemned Russia.", "ACCUSE NOR+ISL>RUS"],
  ],
  [
    // no count and no list: the body stays the party
    ["Moscow imposed sanctions on EU member states in March.", "SANCTION RUS>HUN"],
    // the comma ends the phrase: one state cannot be the two members
    ["Moscow stopped gas deliveries to two EU member states, Hungary said on Monday.", "SANCTION RUS>HUN"],
    // the count does not match the list
    ["Moscow stopped gas deliveries to three EU member states - Hungary and Slovakia.", "SANCTION RUS>HUN"],
    // a state that owns the next noun is no member named
    ["Moscow stopped gas deliveries to two EU member states - Hungary's neighbours.", "SANCTION RUS>HUN"],
  ],
  keys,
);

it("with no count, or a phrase closed by a comma, the body stays the party", () => {
  expect(keys("Moscow imposed sanctions on EU member states in March.")).toContain("SANCTION RUS>EU");
  expect(keys("Moscow stopped gas deliveries to two EU member states, Hungary said on Monday.")).toContain("SANCTION RUS>EU");
});
