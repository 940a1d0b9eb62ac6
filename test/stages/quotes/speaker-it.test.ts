import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "It said", "it added": "it" is never a person. Past a sentence whose subject is a person, it goes
// on to the body that reported just before, and to nothing else.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: 'it' past a person's sentence", () => {
  it("the ministry reported, a person acted, 'it added': the ministry", () => {
    const qs = quotes("The Kremlin said the talks had stalled. Sergei Lavrov met the envoy in Geneva on Monday. It added that Russia would respond.");
    expect(qs.map((q) => q.speakerName)).toEqual(["Kremlin", "Kremlin"]);
  });

  it("a newspaper cited before goes on past a person's denial", () => {
    const qs = quotes("The Gazette reported that the minister had resigned. Boris Ivanov denied the report on Monday. It added that he would stay in parliament.");
    expect(qs[qs.length - 1].speakerName).toBe("Gazette");
  });

  it("no body reported before the person: 'it' finds no one", () => {
    const qs = quotes("The treaty was signed in 2001. Sergei Lavrov met the envoy in Geneva on Monday. It said Russia would respond.");
    expect(qs.every((q) => q.speakerName === null || q.speakerName !== "Sergei Lavrov")).toBe(true);
    expect(qs.some((q) => q.speakerName === "treaty")).toBe(false);
  });

  it("plural reporters before the person are no 'it'", () => {
    const qs = quotes("Officials said the talks had stalled. Sergei Lavrov met the envoy in Geneva on Monday. It added that Russia would respond.");
    expect(qs.some((q) => q.speakerName === "Officials" && /respond/.test(q.text))).toBe(false);
  });
});
