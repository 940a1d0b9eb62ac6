import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a name that organisations of several states hold ("BNP": the British National Party and the
// Bangladesh Nationalist Party) is the one of the article's state, and of no state where it cannot tell
const org = (rec: ReturnType<typeof extract>, text: string) => rec.actors.find((a) => a.mentions.some((m) => m.text === text));

describe("actors: an organisation's name that several states' organisations hold", () => {
  it("takes the British party in a story of Britain's places and parties", () => {
    const rec = extract("The BNP fielded candidates in twelve council wards in Yorkshire. Labour and the Tories both lost seats to independents in Leeds.", "2009-06-05");
    expect(org(rec, "BNP")).toMatchObject({ id: "org:british-national-party", code: "GBR", country: "GBR" });
    expect(org(rec, "BNP")!.mentions[0].rule).toBe("actors/dictionary:organization+article-state");
  });

  it("takes the Bangladeshi party in a story of Dhaka", () => {
    const rec = extract("Thousands of BNP supporters marched through Dhaka on Sunday to demand early elections. Police fired tear gas near the party's office.", "2023-10-29");
    expect(org(rec, "BNP")).toMatchObject({ id: "org:bangladesh-nationalist-party", code: "BGD" });
  });

  it("negative: gives no state where the story names neither state, or both", () => {
    const none = extract("The BNP said it would boycott the vote. Its leader called the count a fraud.", "2014-01-05");
    expect(org(none, "BNP")).toMatchObject({ code: null, country: null });
    expect(org(none, "BNP")!.mentions[0].rule).toBe("actors/dictionary:organization+shared-name-unresolved");
    const both = extract("A London rally of the BNP drew protesters. In Dhaka, police held opposition activists.", "2014-01-05");
    expect(org(both, "BNP")).toMatchObject({ code: null });
  });

  it("negative: a full name is its own party, whatever the story's state", () => {
    const rec = extract("Observers in Dhaka compared the Bangladesh Nationalist Party with the British National Party of the 2000s.", "2014-01-05");
    expect(org(rec, "British National Party")).toMatchObject({ code: "GBR" });
    expect(org(rec, "Bangladesh Nationalist Party")).toMatchObject({ code: "BGD" });
  });
});
