import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: a run that opens with a known given name has a name's shape, whatever the tagger reads its other words as", () => {
  it("surnames that are also words of English, in sport and business copy with no title or speech verb", () => {
    expect(persons("The winger scored twice before Josh Lewsey took the ball over the line.")).toEqual(["Josh Lewsey"]);
    expect(persons("World champions Lawrence Dallaglio, Neil Back and Martin Johnson all missed the tour.")).toContain("Neil Back");
    expect(persons("She finished ahead of the promising decathlete Dale Garland in the final.")).toEqual(["Dale Garland"]);
    expect(persons("Wasim Akram took four wickets as the visitors collapsed.")).toEqual(["Wasim Akram"]);
  });

  it("negative: a firm's closing word after the given name keeps the run a firm's", () => {
    expect(persons("The shares were sold to Soma Holding, the group's parent, on Monday.")).toEqual([]);
    expect(persons("The bonds were placed with Sterling Investments late on Friday.")).toEqual([]);
  });

  it("negative: a word, place or brand that is also a given name opens no name ('Hope Rises', 'Chase Manhattan')", () => {
    expect(persons("Analysts said Chase Manhattan Bank would raise its prime rate.")).toEqual([]);
    expect(persons("Shares in Ford Motor rose after the results.")).toEqual([]);
    expect(persons("Hope Fades For Talks, the paper wrote above the story.")).toEqual([]);
  });
});
