import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// After a closing quote mark, a cue closes the attribution only where it is neither "tell" (its object is a
// hearer) nor a gerund (find-quotes.ts hearerOrGerund, one check for attributionAfter and ownedDocument).
const speakerOf = (text: string) => extract(text, "2024-01-10").quotes[0]?.speaker ?? null;

describe("quotes: the cue after a closing quote mark", () => {
  it("'\"...,\" said X' and '\"...,\" his statement read' attribute the quote", () => {
    expect(speakerOf("\"We will not back down,\" said Sergei Lavrov, Russia's foreign minister.")).toBe("person:sergei-lavrov");
    expect(speakerOf("Sergei Lavrov spoke on Monday. \"We will not back down,\" his statement read.")).toBe("person:sergei-lavrov");
  });

  it("negative: a gerund after the quote ('his statement reading', 'telling reporters X left') attributes nothing", () => {
    expect(speakerOf("Sergei Lavrov spoke on Monday. \"We will not back down,\" his statement reading.")).toBeNull();
    expect(speakerOf("\"We will not back down,\" telling reporters Sergei Lavrov left.")).toBeNull();
  });
});
