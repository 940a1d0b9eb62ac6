import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers45): a role phrase names the person the article gives that office under any of
// its written forms: "Sen. X" is "the senator", "Rep. X" is "the congressman", any of them "the lawmaker"
const speakerOf = (text: string, start: string) => extract(text, "2024-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe("quotes: 'the congressman', 'the senator', 'the lawmaker' name the legislator of the story", () => {
  it("'Rep. X criticised President Y. \"...,\" the congressman said' is X, not Y", () => {
    const t = "Rep. Peter Kane of Ohio criticised President Mark Hill. \"It was shameful,\" the congressman said.";
    expect(speakerOf(t, "It was shameful")).toBe("Peter Kane");
  });

  it("'Sen. X ... the senator said' and 'Congresswoman X ... the lawmaker said' are X", () => {
    expect(speakerOf("Sen. Laura Quist criticised President Mark Hill. \"It was shameful,\" the senator said.", "It was shameful")).toBe("Laura Quist");
    expect(speakerOf("Congresswoman Laura Quist criticised President Mark Hill. \"It was shameful,\" the lawmaker said.", "It was shameful")).toBe("Laura Quist");
  });

  it("of a representative and a senator, 'the congressman' is the representative, 'the senator' the senator", () => {
    expect(speakerOf("Rep. Peter Kane met Sen. Laura Quist on Monday. \"We have a deal,\" the congressman said.", "We have a deal")).toBe("Peter Kane");
    expect(speakerOf("Rep. Peter Kane met Sen. Laura Quist on Monday. \"We have a deal,\" the senator said.", "We have a deal")).toBe("Laura Quist");
  });

  it("negative: a governor is no congressman; with no legislator named, the phrase speaks as itself", () => {
    expect(speakerOf("Governor Tom Reed met business leaders on Monday. \"It was shameful,\" the congressman said.", "It was shameful")).toBe("congressman");
  });

  it("negative: 'the senator' is not a representative", () => {
    expect(speakerOf("Rep. Peter Kane met business leaders on Monday. \"It was shameful,\" the senator said.", "It was shameful")).not.toBe("Peter Kane");
  });
});
