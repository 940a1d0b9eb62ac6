import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "The chancellor said the talks had failed and urged Moscow to return": a speech act in the past
// right after "and", whose doer is the one who speaks before it, is that speaker's second act, told
// by the narrator (reporters-own-act.ts): occurred, not the speaker's claim.
const events = (text: string) => extract(text, "2023-05-10").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: the speaker's own act coordinate with the report", () => {
  it("a demand, praise or blame after 'and' is done, not claimed", () => {
    expect(statusOf("Olaf Scholz said the winter was hard for Europe and urged Russia to end the war.", "REQUEST")).toBe("occurred");
    expect(statusOf("Emmanuel Macron said the talks in Geneva were a waste of time and condemned Iran.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Japan's prime minister said the region was changing fast and also praised South Korea for its courage.", "SUPPORT")).toBe("occurred");
  });

  it("an act of someone named inside the reported words stays that speaker's claim", () => {
    // (the doer is Russia, not the speaker)
    expect(statusOf("Olaf Scholz said Russia had shelled the port and blamed Ukraine for the damage.", "ACCUSE")).toBe("claimed");
    expect(statusOf("Olaf Scholz said Germany faced a hard winter and thanked Norway for its gas.", "SUPPORT")).toBe("claimed");
    expect(statusOf("The Ukrainian minister said Russia shelled Kharkiv.", "ASSAULT")).toBe("claimed");
  });

  it("a past form that may share a perfect or a modal of the reported words keeps the old reading", () => {
    expect(statusOf("Olaf Scholz said Germany would stand firm and would urge Russia to end the war.", "REQUEST")).not.toBe("occurred");
    expect(statusOf("Russia will meet China in Beijing next week, the Kremlin said.", "CONSULT")).toBe("planned");
  });
});
