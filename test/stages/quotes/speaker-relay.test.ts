import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "according to" an outlet's or a body's document: the document's outlet or body is the source
// ("according to a report by the Associated Press", "according to a CNN report"), and a direct
// quote that "according to X" closes is X's, not the last person named.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: 'according to' a document of an outlet or body", () => {
  it("'..., according to a report by the Associated Press' is the agency's", () => {
    const q = quotes("Senator Mark Hill criticised the plan on Tuesday. The border agency lost track of hundreds of files, according to a report by the Associated Press.").at(-1)!;
    expect(q.speakerName).toBe("Associated Press");
    expect(q.cue).toBe("according to");
  });

  it("'..., according to a CNN report' and 'according to a report in The New York Times'", () => {
    const a = quotes("The border agency lost track of hundreds of files, according to a CNN report.").at(-1)!;
    expect(a.speakerName).toBe("CNN");
    const b = quotes("The border agency lost track of hundreds of files, according to a report in The New York Times.").at(-1)!;
    expect(b.speakerName).toContain("New York Times");
  });

  it("negative: 'a report of Senator Hill's remarks' is about him, not his ('according to a report of ...')", () => {
    const q = quotes("The border agency lost track of hundreds of files, according to a report of Senator Mark Hill.").at(-1);
    expect(q?.speaker ?? null).not.toBe("person:mark-hill");
  });

  it("negative: another reporting verb in the sentence keeps 'according to' a relay", () => {
    const q = quotes("The border agency lost track of hundreds of files, CNN reported, according to a Senate report.");
    expect(q.some((x) => x.speakerName === "Senate")).toBe(false);
  });
});

describe("speaker: a direct quote that 'according to X' closes", () => {
  it("'\"...,\" according to CNN.' is CNN's, not the senator's named before", () => {
    const q = quotes("Senator Mark Hill criticised the plan on Tuesday.\n\n“The agency lost track of hundreds of files,” according to CNN.").at(-1)!;
    expect(q.speakerName).toBe("CNN");
    expect(q.speaker).toBe("org:cnn");
  });

  it("'\"...,\" according to a report by the Associated Press, which obtained the memo.'", () => {
    const q = quotes("Senator Mark Hill criticised the plan on Tuesday.\n\n“The agency lost track of hundreds of files,” according to a report by the Associated Press, which obtained the memo.").at(-1)!;
    expect(q.speakerName).toBe("Associated Press");
  });

  it("negative: a partial quote inside a report keeps its reporter ('X said he would \"...\", according to a statement')", () => {
    const q = quotes("Prime Minister Tom Bell spoke to the president by phone. Bell said he reaffirmed his “firm commitment to the alliance and its members”, according to a government statement.").at(-1)!;
    expect(q.speakerName).toBe("Tom Bell");
  });

  it("negative: 'according to' followed by a clause of its own is no attribution ('according to CNN the files were lost')", () => {
    const q = quotes("Senator Mark Hill criticised the plan on Tuesday.\n\n“The agency lost track of hundreds of files,” according to CNN the files were burned.").at(-1);
    expect(q?.speakerName ?? null).not.toBe("CNN");
  });
});
