import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The hearer of "told" is a whole noun phrase ("European leaders", "the White House counsel",
// "Fox News host Sean Hannity") and may be followed by adverbials before "that" ("through his
// lawyer late last month that"): none of it is the reported clause, and its teller stays the speaker.
const quotes = (text: string) => extract(text).quotes;

describe("told: the hearer's whole phrase is no part of the reported clause", () => {
  it("'told European leaders in Brussels that ...' and 'told the White House counsel on Monday that ...'", () => {
    const a = quotes("President Anne Morel told European leaders in Brussels that the fishing deal was a mistake.").at(-1)!;
    expect(a.text).toBe("the fishing deal was a mistake");
    expect(a.speakerName).toBe("Anne Morel");
    const b = quotes("Governor Dan Price told the state election board on Monday that he would not run again.").at(-1)!;
    expect(b.text).toBe("he would not run again");
  });

  it("'told Fox News host Sean Hannity the talks had failed': the host is the hearer", () => {
    const q = quotes("Senator Mark Hill told Fox News host Sean Hannity the talks had failed.").at(-1)!;
    expect(q.text).toBe("the talks had failed");
    expect(q.speakerName).toBe("Mark Hill");
  });

  it("'told the panel through his lawyer late last month that ...': adverbials run to 'that'", () => {
    const q = quotes("Aide Tom Crane told the ethics panel through his lawyer late last month that he would not answer questions.").at(-1)!;
    expect(q.text).toBe("he would not answer questions");
    expect(q.speakerName).toBe("Tom Crane");
  });

  it("negative: a name after a plural hearer opens the clause ('told reporters Vladimir Putin had lied')", () => {
    const q = quotes("Senator Mark Hill told reporters Vladimir Putin had lied about the strikes.").at(-1)!;
    expect(q.text).toBe("Vladimir Putin had lied about the strikes");
  });

  it("negative: a bare clause whose subject has its own 'that' is not skipped ('told reporters the deal that Iran signed had failed')", () => {
    const q = quotes("Senator Mark Hill told reporters the deal that Iran signed had failed.").at(-1)!;
    expect(q.text).toBe("the deal that Iran signed had failed");
  });

  it("negative: a noun followed by a verb opens the clause ('told Reuters troops would stay')", () => {
    const q = quotes("Senator Mark Hill told Reuters troops would stay in the region.").at(-1)!;
    expect(q.text).toBe("troops would stay in the region");
  });

  it("'told her Ukraine would win the war': 'her' is the hearer, the name opens the clause", () => {
    const q = quotes("The minister told her Ukraine would win the war against Russia.").at(-1)!;
    expect(q.text).toBe("Ukraine would win the war against Russia");
  });

  it("negative: 'told her Iranian counterpart that ...' keeps 'her' a possessive of the hearer", () => {
    const q = quotes("Foreign Minister Anna Berg told her Iranian counterpart that the talks would resume.").at(-1)!;
    expect(q.text).toBe("the talks would resume");
    expect(q.speakerName).toBe("Anna Berg");
  });
});
