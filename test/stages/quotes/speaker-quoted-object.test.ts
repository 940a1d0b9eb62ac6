import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "X quoted Y as saying ...": the object of a verb of quoting is who speaks, never the outlet that
// quotes; a passive ("Y was quoted by X as saying") keeps its subject.
const last = (text: string) => extract(text).quotes.at(-1)!;

describe("speaker: the object of 'quoted ... as saying'", () => {
  it("'the Belta news agency quoted interior minister Ivan Kubrakov as saying ...' is the minister's", () => {
    const q = last("The Belta news agency quoted Belarusian interior minister Ivan Kubrakov as saying the border would stay shut.");
    expect(q.speakerName).toContain("Kubrakov");
  });

  it("'the paper quoted a source close to the prime minister as saying' is the source, not the outlet", () => {
    const q = last("The newspaper Kathimerini quoted a source close to the prime minister as saying the election would be held in May.");
    expect(q.speakerName).toContain("source close to");
    expect(q.speakerName).not.toContain("Kathimerini");
  });

  it("'quoted unnamed diplomats as saying' and an adverbial after the object ('quoted Trudeau on Monday as saying')", () => {
    expect(last("The agency quoted unnamed diplomats as saying the talks had stalled.").speakerName).toContain("diplomats");
    const b = last("The broadcaster CBC quoted Prime Minister Justin Trudeau on Monday as saying the tariffs were unacceptable.");
    expect(b.speaker).toBe("person:justin-trudeau");
  });
});

describe("speaker: negatives of 'quoted ... as saying'", () => {
  it("negative: a passive 'X was quoted by Y as saying' keeps X, never the outlet after 'by'", () => {
    const q = last("Finance Minister Christian Lindner was quoted by local newspapers as saying taxes would not rise.");
    expect(q.speaker).toBe("person:christian-lindner");
  });

  it("negative: 'X was quoted as saying' keeps X", () => {
    const q = last("Finance Minister Christian Lindner was quoted as saying taxes would not rise.");
    expect(q.speaker).toBe("person:christian-lindner");
  });

  it("negative: an outlet that reports with no verb of quoting keeps the outlet ('CNN reported, saying ...')", () => {
    const q = last("CNN reported on the deal on Monday, saying the talks had stalled.");
    expect(q.speakerName).toBe("CNN");
  });
});
