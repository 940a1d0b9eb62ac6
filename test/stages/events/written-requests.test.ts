// A letter's participle is the sender's act on the addressee (written-requests.ts): "penned an open
// letter to X urging", "wrote to X asking", "sent X a note criticising", "In a letter to X, Y called for".
import { describe, expect, it } from "vitest";
import { eventKeys, extract, senseTable } from "../../helpers.js";

senseTable(
  "events: the act a letter carries",
  [
    ["Dozens of Italian lawmakers penned an open letter to Turkish President Recep Tayyip Erdogan urging him to free the writer.", "REQUEST ITA>TUR"],
    ["Norway sent a letter to Iran on Friday demanding the return of the seized ship.", "REQUEST NOR>IRN"],
    ["Lithuania wrote to the UN, asking for the release of its citizens held in Belarus.", "REQUEST LTU>UN"],
    ["Ghana sent Nigeria a letter demanding compensation for the traders.", "REQUEST GHA>NGA"],
    ["Seoul handed Tokyo a note criticising the textbook revisions.", "ACCUSE KOR>JPN"],
    ["In a letter to the Chinese president, Canada called for the release of the two men.", "REQUEST CAN>CHN"],
  ],
  [
    // a letter from the one named, to no actor, or with no act in it; a participle of another clause
    ["Egypt received a letter from Sudan urging calm on the border.", "REQUEST EGY"],
    ["The mayor of Kyiv sent a letter to residents urging calm.", "REQUEST UKR>"],
    ["Peru sent a letter to Chile about the fishing dispute.", "REQUEST"],
    ["In a letter to Spain, Morocco said the talks had been useful.", "REQUEST"],
    ["Russia sent troops to Syria, accusing Turkey of arming the rebels.", "ACCUSE RUS>SYR"],
  ],
  eventKeys,
);

describe("events: a letter's act takes place when it is sent", () => {
  it("a sent letter's demand occurred; the act it asks for is the addressee's, still to be done", () => {
    const rec = extract("Austria sent a letter to Hungary urging it to reopen the border crossing.");
    const asked = rec.events.find((e) => e.type === "REQUEST");
    expect(asked?.status).toBe("occurred");
    expect(asked?.rule).toContain("+letter");
    expect(eventKeys("Austria sent a letter to Hungary urging it to reopen the border crossing.").filter((k) => !k.startsWith("REQUEST") && k.includes("AUT>"))).toEqual([]);
  });
});
