import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// subject-pronouns.ts: "his" in a time adjunct (after, before, during, ahead of) points back to the
// clause's subject, not to the person the verb met or called.
const keys = (text: string) => eventKeys(text, "2023-04-01");

describe("'his' in a time adjunct is the subject's", () => {
  it("after his talks, over the object met", () => {
    expect(keys("Putin met Xi in Beijing on Tuesday, a week after his talks with Modi.")).toContain("CONSULT RUS>IND");
    expect(keys("Putin met Xi in Beijing on Tuesday, a week after his talks with Modi.")).not.toContain("CONSULT CHN>IND");
  });
  it("before his visit", () => {
    expect(keys("Macron met Scholz in Berlin before his visit to Beijing.")).toContain("CONSULT FRA>CHN");
  });
});

describe("negative: the object keeps 'his'", () => {
  it("a reason after a verb of judging", () => {
    expect(keys("Biden thanked Zelensky for his talks with Erdogan.")).toContain("CONSULT UKR>TUR");
  });
  it("no time word before 'his'", () => {
    expect(keys("Putin met Xi and praised his talks with Modi.")).toContain("CONSULT CHN>IND");
  });
});
