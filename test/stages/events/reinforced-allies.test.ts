import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// reinforced-allies.ts: forces moved "to reinforce" / "to bolster" a party are military aid to it,
// by the mover, with the moving verb's status.
const keys = (text: string) => eventKeys(text, "2023-03-01");
const aid = (text: string) => keys(text).filter((k) => k.startsWith("AID"));

describe("forces sent to strengthen a party are military aid to it", () => {
  it("troops sent to reinforce a state", () => {
    expect(aid("Sweden sent 300 soldiers to reinforce Finland.")).toEqual(["AID SWE>FIN"]);
  });
  it("a possessor before its part is the party ('Nato's eastern flank'), planned by the modal", () => {
    expect(aid("Canada will deploy more troops to bolster Nato's northern flank.")).toEqual(["AID CAN>NATO"]);
  });
  it("'shore up' over its particle", () => {
    expect(aid("Italy dispatched two battalions to shore up Bulgaria.")).toEqual(["AID ITA>BGR"]);
  });
});

describe("negative: a thing strengthened, no forces, one's own state", () => {
  it("a state's word before a thing names no party", () => {
    expect(aid("Hungary moved troops to guard the Serbian frontier.")).toEqual([]);
  });
  it("no forces before the verb of strengthening", () => {
    expect(aid("Norway approved measures to bolster Iceland's economy.")).toEqual([]);
  });
  it("a state's own forces reinforcing itself", () => {
    expect(aid("Spain sent troops to reinforce Spain's garrisons.")).toEqual([]);
  });
});
