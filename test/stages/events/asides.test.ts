import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

/** events as "TYPE SRC>TGT" with state codes */
const keys = (text: string) => eventKeys(text, "2022-05-01");

describe("events: asides read past as if absent (asides.ts)", () => {
  it("a bracketed currency conversion between the object and its preposition", () => {
    expect(keys("The United States on Tuesday announced $800 million (£650 million) in new military aid for Ukraine.")).toContain("AID USA>UKR");
    expect(keys("Joe Biden announced a new package of arms and ammunition worth $1bn (£825m) for Ukraine, including more artillery.")).toContain("AID USA>UKR");
  });

  it("a phrase between two dashes", () => {
    expect(keys("The United States announced $800m – its largest package yet – in military aid for Ukraine.")).toContain("AID USA>UKR");
  });

  it("a bracketed acronym after a name: the two parties stay one list", () => {
    expect(keys("The International Monetary Fund (IMF) and Egypt have agreed on reforms.")).toContain("AGREE IMF+EGY>");
  });

  it("the trigger's offsets still point into the text", () => {
    const rec = extract("The United States announced $800m (£650m) in military aid for Ukraine.", "2022-05-01");
    const ev = rec.events.find((e) => e.type === "AID")!;
    expect(ev.trigger).toBe("announced");
    expect(ev.triggerSpan && "The United States announced $800m (£650m) in military aid for Ukraine.".slice(ev.triggerSpan.start, ev.triggerSpan.end)).toBe("announced");
  });
});

describe("events: asides that stay (negative cases)", () => {
  it("an aside that names another party is what says who ('the group (Hamas)')", () => {
    const rec = extract("The group (Hamas) fired rockets at Israel.", "2022-05-01");
    expect(rec.events.map((e) => `${e.type} ${e.source.join("+")}`)).toContain("ASSAULT org:hamas");
  });

  it("an aside that names an act keeps its act ('(who met Xi Jinping in Bali last year)')", () => {
    expect(keys("Joe Biden (who met Xi Jinping in Bali last year) said the talks went well.")).toContain("CONSULT USA>CHN");
  });

  it("a dash aside that names an act keeps its act", () => {
    expect(keys("Britain – which sent tanks to Ukraine in January – said Germany should do more.")).toContain("AID GBR>UKR");
  });

  it("an aside with an act of its own is not stepped over to reach a party after it", () => {
    expect(keys("The US announced $800m in military aid – Britain pledged more – for Ukraine.")).not.toContain("AID USA>UKR");
  });
});
