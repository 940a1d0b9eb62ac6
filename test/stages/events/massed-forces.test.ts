import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// massed-forces.ts: forces said to be massed or deployed at a place of another state: a MOBILIZE by
// the state their own phrase names against the place's.
const mob = (text: string) => eventKeys(text, "2022-02-13").filter((k) => k.startsWith("MOBILIZE"));

describe("forces massed or deployed at another state's place mobilise against it", () => {
  it("an intransitive or progressive verb of massing", () => {
    expect(mob("More than 100,000 Russian troops massed near the Ukrainian border.")).toEqual(["MOBILIZE RUS>UKR"]);
    expect(mob("In January, Russian forces were massing on Ukraine's border.")).toEqual(["MOBILIZE RUS>UKR"]);
    expect(mob("Chinese warships gathered off Taiwan on Sunday.")).toEqual(["MOBILIZE CHN>TWN"]);
  });
  it("a passive or reduced relative of deploying", () => {
    expect(mob("About 1,400 Canadian soldiers are deployed in Latvia.")).toEqual(["MOBILIZE CAN>LVA"]);
    expect(mob("Russian ground forces massed north of Kyiv have edged closer to the city.")).toEqual(["MOBILIZE RUS>UKR"]);
  });
  it("forces a subject has, over a count's word (senses.quantityPhrases)", () => {
    expect(mob("Belarus has approximately 20,000 troops deployed near the Lithuanian border.")).toEqual(["MOBILIZE BLR>LTU"]);
    expect(mob("Turkey had roughly 3,000 soldiers massed along the Syrian frontier.")).toEqual(["MOBILIZE TUR>SYR"]);
  });
  it("negative: a word of no count between the verb of having and the forces", () => {
    expect(mob("Belarus has repeatedly said 20,000 troops deployed near the Lithuanian border were a threat.")).not.toContain("MOBILIZE BLR>LTU");
  });
  it("a reduced relative states what holds at the time, whatever the main clause's modal", () => {
    const rec = extract("Russian forces massing near Ukraine's borders can only remain in position for a few days.", "2022-02-13");
    expect(rec.events.filter((e) => e.type === "MOBILIZE").map((e) => e.status)).toEqual(["ongoing"]);
  });
});

describe("negative: no state named, no place of another state, no force", () => {
  it("forces whose phrase names no state", () => {
    expect(mob("Some 190,000 troops massed near the border, officials said.")).toEqual([]);
  });
  it("a place of the forces' own state, or no place", () => {
    expect(mob("Some 4,000 Mexican troops deployed at Mexico's northern border.")).toEqual([]);
    expect(mob("Ukrainian forces were massing for counterattacks.")).toEqual([]);
  });
  it("forces the phrase denies were sent", () => {
    expect(mob("He said no U.S. special operations forces were deployed to Benghazi.")).toEqual([]);
  });
  it("a crowd is no force; where forces stay is no deployment", () => {
    expect(mob("Protesters massed outside the Russian embassy in London.")).toEqual([]);
    expect(mob("About 28,500 American troops are stationed in South Korea.")).toEqual([]);
  });
});

// massed-forces.ts, advancing: forces that advance, push or roll into a place of another state
// attack it (ASSAULT, CAMEO 190), by the state the forces' own phrase names.
const assault = (text: string) => eventKeys(text, "2022-02-26").filter((k) => k.startsWith("ASSAULT"));

describe("forces advancing into another state's place assault it", () => {
  it("a verb of advancing right before its preposition", () => {
    expect(assault("Russian forces advanced on Kyiv.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(assault("Soviet tanks rolled into Hungary in 1956.")).toEqual(["ASSAULT RUS>HUN"]);
  });
  it("over an adverb or a comparative, or over the border crossed", () => {
    expect(assault("Russian troops are pushing deeper into Ukraine.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(assault("Turkish troops crossed the border into Syria.")).toEqual(["ASSAULT TUR>SYR"]);
  });
  it("'closed in on', and a place after a noun of place and 'of'", () => {
    expect(assault("Russian forces closed in on Kyiv.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(assault("Russian forces advanced on the city of Kharkiv.")).toEqual(["ASSAULT RUS>UKR"]);
  });
  it("an advance under way in a reduced relative goes on", () => {
    const rec = extract("Russian forces advancing on Kyiv were slowed by Ukrainian resistance.", "2022-02-26");
    expect(rec.events.filter((e) => e.rule.startsWith("events/massed-forces:advance")).map((e) => e.status)).toEqual(["ongoing"]);
  });
});

describe("negative: no advance of forces on another state", () => {
  it("a place of the forces' own state", () => {
    expect(assault("Iraqi forces advanced on Mosul.")).toEqual([]);
  });
  it("things sent, not forces that fight", () => {
    expect(assault("Western weapons poured into Ukraine.")).toEqual([]);
  });
  it("a transitive verb or no place", () => {
    expect(assault("Russian forces pressed on with their offensive.")).toEqual([]);
    expect(assault("Ukraine closed the border with Russia.")).toEqual([]);
  });
  it("a place inside another thing is not where the forces go", () => {
    expect(assault("Ukrainian troops advanced toward the site of the downed Malaysia Airlines jet.")).toEqual([]);
  });
  it("'moved' is left out: forces move to an ally's bases", () => {
    expect(assault("Russian troops moved into Belarus for exercises.")).toEqual([]);
  });
});
