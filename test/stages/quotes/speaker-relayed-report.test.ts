import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A report that opens with its own speaker and cue, closed by a second attribution: the opening
// speaker says the words, the closing one relays them (`via`).
const quotes = (text: string) => extract(text).quotes;

describe("speaker: a report relayed by a closing attribution", () => {
  it("'X said CLAUSE, the ministry said in a statement.' is X's, via the ministry", () => {
    const q = quotes("Defence Minister Pedro Alves said the border would stay closed until March, the ministry said in a statement.");
    expect(q).toHaveLength(1);
    expect(q[0].speakerName).toBe("Pedro Alves");
    expect(q[0].via).toBe("ministry");
    expect(q[0].text).toBe("the border would stay closed until March");
  });

  it("'X told his counterpart that CLAUSE, Interfax reported.': the clause stops before the relay", () => {
    const q = quotes("Sergei Lavrov told his Turkish counterpart that the grain corridor could reopen next week, Interfax reported.").at(-1)!;
    expect(q.speakerName).toBe("Sergei Lavrov");
    expect(q.via).toBe("Interfax");
    expect(q.text).toBe("the grain corridor could reopen next week");
  });

  it("'X said that \"...,\" the agency reported.': the partial quote is X's, via the agency", () => {
    const q = quotes("Prime Minister Anna Berg said that \"the talks have reached a dead end,\" the Associated Press reported.").at(-1)!;
    expect(q.speakerName).toBe("Anna Berg");
    expect(q.via).toBe("Associated Press");
  });

  it("an inverted relay: '..., reported The New York Times.'", () => {
    const q = quotes("Finance Minister Carlos Ruiz said the budget would be cut by a fifth, reported The New York Times.").at(-1)!;
    expect(q.speakerName).toBe("Carlos Ruiz");
    expect(q.text).toBe("the budget would be cut by a fifth");
  });

  it("negative: a report with no speaker of its own at the start keeps the closing speaker", () => {
    const q = quotes("The border would stay closed until March, Defence Minister Pedro Alves said.").at(-1)!;
    expect(q.speakerName).toBe("Pedro Alves");
    expect(q.via).toBeNull();
  });

  it("negative: 'What X said was false, the ministry said' and a relative clause open with no speaker", () => {
    const a = quotes("What the envoy said about the talks was false, the ministry said.").at(-1)!;
    expect(a.speakerName).toBe("ministry");
    const b = quotes("Envoys who said the talks had failed left the city on Monday, the ministry said.").at(-1)!;
    expect(b.speakerName).toBe("ministry");
  });

  it("negative: 'It said CLAUSE, MPs said': a neuter pronoun opening is the relay's own document", () => {
    const q = quotes("The committee published its report on Monday. It said the fees were far too high, MPs said.").at(-1)!;
    expect(q.speakerName).not.toBe("committee");
    expect(q.via).toBeNull();
  });

  it("negative: 'was quoted as saying' makes the closing speaker the one who says it", () => {
    const q = quotes("Iran welcomed the decision as \"a step towards stability in the region,\" the defence minister, Hossein Dehghan, was quoted as saying.").at(-1)!;
    expect(q.via).toBeNull();
  });

  it("negative: a cue that reports no words ('called X \"to congratulate him\"') is no opening speaker", () => {
    const q = quotes("President Tom Bell later called the coach \"to congratulate him and the whole team on a job well done,\" the White House said.").at(-1)!;
    expect(q.speakerName).toBe("White House");
  });
});

describe("hearer of 'told': a possessive before it", () => {
  it("'told his party's conference CLAUSE': the clause starts after the hearer", () => {
    const q = quotes("Mark Reed told his party's spring conference the opposition must not be allowed to win.").at(-1)!;
    expect(q.text).toBe("the opposition must not be allowed to win");
  });

  it("'told Ukraine's leader Volodymyr Zelensky ... that': the name the title closes is the hearer, no relay", () => {
    const q = quotes("Emmanuel Macron told Ukraine's leader Volodymyr Zelensky in Paris that France would send more air defence systems.").at(-1)!;
    expect(q.text).toBe("France would send more air defence systems");
    expect(q.via).toBeNull();
  });

  it("negative: 'told her that' keeps 'her' the hearer, not a possessive", () => {
    const q = quotes("Retired general Omar Hadi told her that he believes the elections will be moved up.").at(-1)!;
    expect(q.speakerName).toBe("Omar Hadi");
    expect(q.text).toBe("he believes the elections will be moved up");
  });
});
