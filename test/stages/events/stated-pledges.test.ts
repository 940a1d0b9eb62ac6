import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: a pledge is made when it is stated. A future of the doer's own side, or of a joint
// document of the parties, reported over a named subject gives an AGREE that took place when it was
// said; the act pledged stays planned (stated-pledges.ts, status.pledgeDocuments).
const events = (text: string) => extract(text, "2023-05-10").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: a pledge stated by the doer's side", () => {
  it("a joint document or the doer's own side states it: the pledge occurred, the act is planned", () => {
    const evs = events("A joint statement said Russia and Turkey would withdraw troops from Syria.");
    expect(evs.find((e) => e.type === "AGREE")?.status).toBe("occurred");
    expect(evs.find((e) => e.type === "RETREAT")?.status).toBe("planned");
    expect(statusOf("The German government said Berlin would send tanks to Ukraine.", "AGREE")).toBe("occurred");
  });

  it("another side's forecast or the narrator's schedule is no pledge at all: the act planned alone", () => {
    expect(statusOf("Analysts said Germany would send tanks to Ukraine.", "AGREE")).toBeUndefined();
    expect(statusOf("Germany will send tanks to Ukraine.", "AGREE")).toBeUndefined();
    expect(statusOf("Germany will send tanks to Ukraine.", "AID")).toBe("planned");
  });
});
