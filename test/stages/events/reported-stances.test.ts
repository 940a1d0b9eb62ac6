import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: a stance (praise, blame, demand, refusal) of the speaker's own state, reported in
// the simple present, is made by saying it: occurred; a third side's stance in the words, a past one
// and a progressive one stay claims.
const statusOf = (text: string, type: string) => extract(text, "2023-05-10").events.find((e) => e.type === type)?.status;

describe("event status: the speaker's side's stance in reported words", () => {
  it("the speaker's own state in the simple present is occurred", () => {
    expect(statusOf("Chancellor Olaf Scholz said Germany condemns Iran's attack on Israel.", "ACCUSE")).toBe("occurred");
    expect(statusOf("\"Germany strongly condemns Iran's attack on Israel,\" Chancellor Olaf Scholz said.", "ACCUSE")).toBe("occurred");
  });

  it("another state's stance, a backshifted or progressive one stay claimed", () => {
    expect(statusOf("Chancellor Olaf Scholz said France supports Ukraine's bid to join the EU.", "SUPPORT")).toBe("claimed");
    expect(statusOf("Chancellor Olaf Scholz said Germany supported Ukraine's bid to join the EU.", "SUPPORT")).toBe("claimed");
    expect(statusOf("Chancellor Olaf Scholz said Germany is supporting Ukraine's bid to join the EU.", "SUPPORT")).toBe("claimed");
  });
});
