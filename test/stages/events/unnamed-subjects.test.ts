import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT" with state codes */
const keys = (text: string, published = "2022-05-01") => eventKeys(text, published);

describe("events: a subject that names no actor is no actor further back (find-parties unnamedCollectiveSubject)", () => {
  it("a participle after a noun of parties describes that group, not the speaker's act", () => {
    expect(keys("Estonian Prime Minister Kaja Kallas said the military might of the coalition supporting Ukraine is 13 times greater than Russia's.").filter((k) => k.startsWith("SUPPORT"))).toEqual([]);
    expect(keys("German Chancellor Olaf Scholz said nations backing Ukraine must stay united.").filter((k) => k.startsWith("SUPPORT"))).toEqual([]);
  });

  it("a finite verb whose subject is such a noun is not the reporter's or the speaker's act", () => {
    expect(keys("German Chancellor Olaf Scholz said the coalition is supporting Ukraine.").filter((k) => k.startsWith("SUPPORT"))).toEqual([]);
    expect(keys("Barack Obama said a coalition of countries is holding the Iranian government accountable.").filter((k) => k.startsWith("ACCUSE USA"))).toEqual([]);
  });

  it("a phrase of parties that names its actor keeps it as the doer", () => {
    expect(keys("German Chancellor Olaf Scholz said Nato allies supporting Ukraine met in Brussels.")).toContain("SUPPORT NATO>UKR");
    expect(keys("The U.S. and many others accuse Iraqi Prime Minister Nouri al-Maliki of pursuing a sectarian agenda.")).toContain("ACCUSE USA>IRQ");
    expect(keys("Britain and other countries condemned the Russian invasion of Ukraine.")).toContain("ACCUSE GBR>RUS");
    expect(keys("Washington along with its allies demanded that Hamas renounce its armed struggle against Israel.")).toContain("REQUEST USA>PSE");
    expect(keys("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow, where the two countries signed a trade agreement.").some((k) => k.startsWith("AGREE RUS+CHN"))).toBe(true);
  });
});

describe("events: the speaker is no doer of a verb with a subject of another (find-events toRecord)", () => {
  it("a third-person pronoun subject in a quote is not the speaker", () => {
    expect(keys("\u201cIt would threaten the elimination of Israel and the security of Gulf nations,\u201d President Barack Obama said.").filter((k) => k.startsWith("THREATEN"))).toEqual([]);
    expect(keys("\u201cThey condemn the Israeli strikes,\u201d President Barack Obama said.").filter((k) => k.startsWith("ACCUSE"))).toEqual([]);
  });

  it("the speaker's own words with 'we' or no subject stay the speaker's act", () => {
    expect(keys("\u201cWe condemn the Israeli strikes on Gaza,\u201d Turkish President Recep Tayyip Erdogan said.").some((k) => k.startsWith("ACCUSE TUR>ISR"))).toBe(true);
  });
});
