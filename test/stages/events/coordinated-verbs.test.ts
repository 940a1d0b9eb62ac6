import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-05-01");

// find-parties subjectBefore: a verb right after "and"/"but" shares the subject of the verb before,
// also when that verb's object names an actor ("condemned Sweden and threatened Finland")
describe("events: verbs coordinated after an actor object share the first verb's subject", () => {
  it("'Turkey condemned Sweden and threatened Finland': Turkey threatens, not Sweden", () => {
    const k = keys("Turkey condemned Sweden and threatened Finland.");
    expect(k).toContain("THREATEN TUR>FIN");
    expect(k.some((x) => x.startsWith("THREATEN SWE"))).toBe(false);
  });

  it("'Britain met Turkey and pledged support to Turkey': the pledge is Britain's", () => {
    expect(keys("Britain met Turkey and pledged support to Turkey.").some((x) => x.endsWith("GBR>TUR") && !x.startsWith("CONSULT"))).toBe(true);
  });

  it("'Russia invaded Ukraine and annexed Crimea', 'China criticised Japan and accused the United States': the second act is the first subject's", () => {
    const k = keys("Russia invaded Ukraine and annexed Crimea.");
    expect(k).toContain("COERCE RUS>UKR");
    expect(k.some((x) => x.startsWith("COERCE UKR"))).toBe(false);
    const c = keys("China criticised Japan and accused the United States of meddling.");
    expect(c).toContain("ACCUSE CHN>USA");
    expect(c).not.toContain("ACCUSE JPN>USA");
  });

  it("a clause with its own subject keeps it: 'Russia attacked Kyiv and Ukraine shelled Belgorod'", () => {
    const k = keys("Russia attacked Kyiv and Ukraine shelled Belgorod.");
    expect(k).toContain("ASSAULT RUS>UKR");
    expect(k).toContain("ASSAULT UKR>RUS");
  });

  it("actors joined by 'and' stay one subject: 'Russia and Ukraine signed a deal'", () => {
    expect(keys("Russia and Ukraine signed a deal.")).toEqual(["AGREE RUS+UKR>"]);
  });

  it("a verb with no finite verb before it takes no object as its subject ('visits to Pakistan and agreeing to ...')", () => {
    expect(keys("He began by apologizing for a visa to a man from Pakistan and agreeing to stop the plan to bring Syrian refugees here.").some((x) => x.startsWith("AGREE"))).toBe(false);
  });
});
