import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text, "2024-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// Issue 14 (speakers43): a role noun after a quote names the person the text gives that role, never one merely named nearby
describe("quotes: 'the head of state' names the president or monarch of the story", () => {
  it("'TV host X interviewed President Y ... the head of state said' is Y, not the interviewer", () => {
    const text = "TV host Ivan Petrov interviewed President Marek Novak on Sunday. \"We will not back down,\" the head of state said.";
    expect(speakerOf(text, "We will not back down")).toBe("Marek Novak");
  });

  it("a king is a head of state too", () => {
    const text = "Prime Minister John Hale met King Harald in Oslo on Monday. \"We agreed on much,\" the head of state said.";
    expect(speakerOf(text, "We agreed on much")).toBe("Harald");
  });

  it("negative: a prime minister alone is no head of state; the phrase speaks as itself", () => {
    const text = "Prime Minister John Hale met business leaders on Monday. \"We agreed on much,\" the head of state said.";
    expect(speakerOf(text, "We agreed on much")).toBe("head of state");
  });

  it("negative: a vice president is no head of state", () => {
    const text = "Vice President Tom Reed spoke to reporters on Monday. \"We agreed on much,\" the head of state said.";
    expect(speakerOf(text, "We agreed on much")).not.toBe("Tom Reed");
  });
});

describe("quotes: a past holder holds no bare office, and 'the ex-' office names them", () => {
  it("'the ex-foreign secretary said' is the person the text called former foreign secretary, not the nearest person", () => {
    const text = "Former foreign secretary David Lamb spoke at the conference. Prime Minister John Hale also attended. \"It will not work,\" the ex-foreign secretary said.";
    expect(speakerOf(text, "It will not work")).toBe("David Lamb");
  });

  it("the past office given in apposition ('David Lamb, a former foreign secretary,') is found the same way", () => {
    const text = "David Lamb, a former foreign secretary, spoke at the conference. Prime Minister John Hale also attended. \"It will not work,\" the ex-foreign secretary said.";
    expect(speakerOf(text, "It will not work")).toBe("David Lamb");
  });

  it("'the foreign secretary said' is the sitting one, not a former one named in apposition after her", () => {
    const text = "Foreign Secretary Jane Ray arrived in Paris. David Lamb, a former foreign secretary, criticised the deal. \"It is a good deal,\" the foreign secretary said.";
    expect(speakerOf(text, "It is a good deal")).toBe("Jane Ray");
  });

  it("negative: 'the former foreign secretary said' is still the former one", () => {
    const text = "Foreign Secretary Jane Ray arrived in Paris. David Lamb, a former foreign secretary, criticised the deal. \"It is a bad deal,\" the former foreign secretary said.";
    expect(speakerOf(text, "It is a bad deal")).toBe("David Lamb");
  });

  it("negative: 'the Home Secretary said' is never the shadow Home Secretary", () => {
    const text = "Home Secretary Anna Berg met police chiefs on Monday. Shadow Home Secretary Tom Clark criticised the plan. \"This is the right approach,\" the Home Secretary said.";
    expect(speakerOf(text, "This is the right approach")).toBe("Anna Berg");
  });

  it("negative: a role that matches no one stays the role noun", () => {
    const text = "The plan was criticised by experts on Monday. \"It cannot work,\" the foreign minister said.";
    expect(speakerOf(text, "It cannot work")).toBe("foreign minister");
  });
});
