import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text, "2022-06-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// Issue 14 (speakers39): "the former president" names the person the text put in that past office, never its sitting holder
describe("quotes: a past-office phrase names its former holder", () => {
  it("'the former Polish president, Adam Nowak, ... the former Polish president added' is Nowak, not the sitting president", () => {
    const text = "President Jan Kowalski opened the summit on Monday. The former Polish president, Adam Nowak, said the talks would fail. \"Nobody will sign this,\" the former Polish president added.";
    expect(speakerOf(text, "Nobody will sign")).toBe("Adam Nowak");
  });

  it("a title before the name ('Former Polish president Adam Nowak') is found the same way", () => {
    const text = "President Jan Kowalski opened the summit on Monday. Former Polish president Adam Nowak criticised the plan. \"Nobody will sign this,\" the former Polish president said.";
    expect(speakerOf(text, "Nobody will sign")).toBe("Adam Nowak");
  });

  it("negative: with no former holder named, the phrase speaks as itself, never as the sitting president", () => {
    const text = "President Jan Kowalski opened the summit on Monday. \"Nobody will sign this,\" the former Polish president said.";
    expect(speakerOf(text, "Nobody will sign")).not.toBe("Jan Kowalski");
  });

  it("negative: 'the president' without 'former' stays with the sitting president", () => {
    const text = "President Jan Kowalski opened the summit on Monday. The former Polish president, Adam Nowak, said the talks would fail. \"Everyone will sign this,\" the president said.";
    expect(speakerOf(text, "Everyone will sign")).toBe("Jan Kowalski");
  });

  it("negative: a sitting president named after the former one is still not the former president", () => {
    const text = "Former Polish president Adam Nowak spoke first. President Jan Kowalski replied an hour later. \"Nobody will sign this,\" the former Polish president said.";
    expect(speakerOf(text, "Nobody will sign")).toBe("Adam Nowak");
  });
});

describe("quotes: a known person's dated roles say who holds an office now", () => {
  it("'the former president' in 2023 is Trump, not the sitting Biden", () => {
    const rec = extract("President Joe Biden spoke on Monday. Donald Trump held a rally in Iowa. \"We will win big,\" the former president said.", "2023-06-01");
    expect(rec.quotes.find((q) => q.text.startsWith("We will win"))?.speakerName).toBe("Donald Trump");
  });
});
