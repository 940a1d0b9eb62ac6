import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// ordered-to.ts: an order to a party to act is a demand on it
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "orders: a demand on the party ordered",
  [
    ["The UN court ordered Russia to halt its invasion.", "REQUEST UN>RUS"],
    ["An Argentine judge has ordered former president Carlos Menem to appear for questioning.", "REQUEST ARG>ARG"],
  ],
  [
    // an order of a thing names no party told to act
    ["Trump ordered the expulsion of Russian diplomats.", "REQUEST"],
    ["India ordered 36 Rafale jets from France.", "REQUEST"],
    // an order to one's own forces is no demand
    ["Putin has ordered Russian forces to attack Ukraine.", "REQUEST"],
  ],
  keys,
);

it("keeps the act ordered inside one state, and drops the act another state is ordered to do", () => {
  expect(keys("Putin has ordered Russian forces to attack Ukraine.")).toContain("ASSAULT RUS>UKR");
  expect(keys("The UN court ordered Russia to withdraw its troops from Ukraine.").filter((k) => k.startsWith("RETREAT"))).toEqual([]);
});

senseTable(
  "orders to foreign civilians: no demand on their state; made to leave, they are driven out",
  [
    ["Russian soldiers ordered villagers to leave the town of Vovchansk in Ukraine.", "COERCE RUS>UKR"],
    // an order to a state stays a demand
    ["Sudan ordered Egypt to withdraw its troops from Halaib.", "REQUEST SDN>EGY"],
  ],
  [
    ["Russian soldiers ordered villagers to leave the town of Vovchansk in Ukraine.", "REQUEST"],
    // an order to civilians to do another thing: no demand on their state, no expulsion
    ["Russian soldiers ordered villagers to dig trenches near the town of Vovchansk in Ukraine.", "REQUEST"],
    ["Russian soldiers ordered villagers to dig trenches near the town of Vovchansk in Ukraine.", "COERCE"],
  ],
  keys,
);
