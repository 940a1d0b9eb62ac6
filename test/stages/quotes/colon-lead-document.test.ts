import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text).quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;
const Q = "\n\n\"No trace of the missing shipments was found at any of the three ports.\"";

// Issue 14 (speakers39): a document or an actor's cue closing the paragraph with a colon introduces the quote after it
describe("quotes: a document's cue ('The letter reads:') closing a paragraph introduces the quote that opens the next", () => {
  it("'The letter reads:' after the sentence naming its sender: the sender speaks", () => {
    expect(speakerOf("The World Food Programme sent a letter to the council on Monday. The letter reads:" + Q, "No trace of")).toBe("World Food Programme");
  });

  it("'the agency's report states:': the possessor wrote it", () => {
    expect(speakerOf("Customs officers searched the docks for a week. The World Food Programme's report states:" + Q, "No trace of")).toBe("World Food Programme");
  });

  it("'a report, which states:' with no author named: the document speaks as the text names it", () => {
    expect(speakerOf("Inspectors have now published a long report, which states:" + Q, "No trace of")).toMatch(/report$/);
  });

  it("'As the agency concludes:' (a present-tense cue after 'As')", () => {
    expect(speakerOf("Officials had long doubted the story. As the World Food Programme concludes:" + Q, "No trace of")).toBe("World Food Programme");
  });

  it("the next quote paragraph with no attribution of its own goes on with the same speaker", () => {
    const text = "The World Food Programme sent a letter to the council on Monday. The letter reads:" + Q + "\n\n\"We ask the council to order a full inquiry into the losses at once.\"";
    expect(speakerOf(text, "We ask the council")).toBe("World Food Programme");
  });

  it("negative: a colon that introduces a list is no cue ('The plan has three parts:')", () => {
    expect(speakerOf("Ministers met on Monday. The plan has three parts:" + Q, "No trace of")).toBeNull();
  });

  it("negative: a page or a place before the verb is no speaker ('Page six states:')", () => {
    expect(speakerOf("Inspectors published a report on Monday. Page six states:" + Q, "No trace of")).toBeNull();
  });

  it("negative: a quote block that carries its own 'said Y' is Y's", () => {
    const text = "The World Food Programme sent a letter to the council on Monday. The letter reads:\n\n\"No trace of the missing shipments was found at any of the three ports,\" said Maria Lopez, a customs official.";
    expect(speakerOf(text, "No trace of")).toBe("Maria Lopez");
  });

  it("negative: a headline-like 'Analysis:' gives no speaker", () => {
    expect(speakerOf("Analysis:" + Q, "No trace of")).toBeNull();
  });
});

describe("quotes: a document's colon lead over a quote of several paragraphs", () => {
  it("a quote paragraph with no closing mark runs into the next, all of it the document's", () => {
    const text = "The World Food Programme sent a letter to the council on Monday. The letter reads:\n\n\"No trace of the missing shipments was found at any of the three ports.\n\n\"We ask the council to order a full inquiry into the losses at once.\"\n\nThe council has not replied.";
    const q = extract(text).quotes.find((x) => x.text.startsWith("No trace of"));
    expect(q?.speakerName).toBe("World Food Programme");
    expect(q?.text).toContain("full inquiry");
  });
});
