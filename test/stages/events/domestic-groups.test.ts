import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

/** events as "TYPE SRC>TGT" where a party, group or person stands by its state */
function stateKeys(text: string, published = "2005-03-01") {
  const rec = extract(text, published);
  const st = (id: string) => {
    const a = rec.actors.find((x) => x.id === id);
    return a?.code ?? a?.country ?? id;
  };
  return rec.events.map((e) => `${e.type} ${e.source.map(st).join("+")}>${e.target.map(st).join("+")}`);
}

describe("groups: ministers and the cabinet are the government; the shadow cabinet is the opposition", () => {
  it("a party calling on ministers makes a request to the government", () => {
    expect(stateKeys("The Scottish National Party called on ministers to guarantee funding for free care.")).toEqual(["REQUEST GBR>GBR"]);
  });

  it("a union urging ministers", () => {
    expect(stateKeys("The Trades Union Congress urged ministers to raise the minimum wage.")).toEqual(["REQUEST GBR>GBR"]);
  });

  it("negative: the shadow cabinet is no part of the government, so its leader's denial about it is no act", () => {
    const rec = extract("Michael Howard denied that the shadow cabinet was split over the decision.", "2005-03-01");
    expect(rec.actors.find((a) => a.name === "shadow cabinet")?.sector).toBe("OPP");
    expect(rec.events).toEqual([]);
  });

  it("negative: ministers of another body, named by the word before them, stay theirs", () => {
    expect(stateKeys("EU foreign ministers condemned Russia over the attack.")).not.toContain("ACCUSE RUS>RUS");
  });
});
