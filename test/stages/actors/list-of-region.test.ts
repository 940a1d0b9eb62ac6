import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "Democratic Senators A and B of Virginia": the part of a state the last name of a plural-titled list is
// "of" is each listed name's (list-of-region.ts, actors/state:list-of-region), and the list's role is the last name's.
const person = (text: string, name: string) => extract(text).actors.find((a) => a.kind === "person" && a.name === name);

const lead = "Budget letter\n\nLawmakers wrote to the Treasury on Monday.\n\n";

describe("actors: a plural-titled list whose last name is of a state's part (list-of-region.ts)", () => {
  it("each earlier name takes the part's state; the last takes the list's role", () => {
    const rec = lead + "A letter signed by Democratic Senators Carl Hume and Lorne Haskett of Oregon asked for more time.";
    expect(person(rec, "Carl Hume")).toMatchObject({ country: "USA", stateRule: "actors/state:list-of-region", role: "Senators" });
    expect(person(rec, "Lorne Haskett")).toMatchObject({ country: "USA", role: "Senators" });
  });

  it("a longer list, joined by commas and 'and'", () => {
    const rec = lead + "Republican Governors Nora Pell, Dale Rimmer and Ivo Strand of Alberta objected.";
    expect(person(rec, "Nora Pell")?.country).toBe("CAN");
    expect(person(rec, "Dale Rimmer")?.country).toBe("CAN");
  });

  it("negative: a singular title, no title, names each of their own part, a list that does not end the join", () => {
    expect(person(lead + "Mayor Carl Hume and Lorne Haskett of Oregon met on Friday.", "Carl Hume")?.stateRule ?? null).not.toBe("actors/state:list-of-region");
    expect(person(lead + "The farmers Carl Hume and Lorne Haskett of Oregon met on Friday.", "Carl Hume")?.stateRule ?? null).not.toBe("actors/state:list-of-region");
    expect(person(lead + "Carl Hume and Lorne Haskett of Oregon met on Friday.", "Carl Hume")?.country ?? null).toBeNull();
    const own = extract(lead + "Senators Carl Hume of Utah, and Lorne Haskett of Oregon objected.");
    expect(own.actors.some((a) => a.stateRule === "actors/state:list-of-region")).toBe(false);
    expect(person(lead + "Senators Carl Hume said Lorne Haskett of Oregon was wrong.", "Carl Hume")?.stateRule ?? null).not.toBe("actors/state:list-of-region");
  });
});
