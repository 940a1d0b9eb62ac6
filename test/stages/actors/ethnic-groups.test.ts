import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// Issue 13 item 2, issue 14: groups named by a people rather than a state (ethnic-groups.ts, data/peoples.json)
const groups = (text: string, published = "2004-03-10") =>
  extract(text, published)
    .actors.filter((a) => a.kind === "group")
    .map((a) => `${a.name}@${a.country}`);

describe("actors: a people's armed group is of the state it is in", () => {
  it("a people of one state: that state, wherever the sentence places the group", () => {
    expect(groups("Karen guerrillas fled across the border into Thailand after the raid.")).toContain("Karen guerrillas@MMR");
    expect(groups("Chechen separatist rebels ambushed a convoy near Grozny.")).toContain("Chechen separatist rebels@RUS");
    expect(groups("Moro rebels freed two hostages on Sunday.")).toContain("Moro rebels@PHL");
  });

  it("an attack by a state's troops on a people's stronghold is one inside that state", () => {
    expect(eventKeys("Burmese soldiers overran a Karen rebel camp on Monday.", "1995-02-01")).toContain("ASSAULT MMR>MMR");
  });

  it("a people across states: the state a place after it names, else the one the sentence names, else the story's", () => {
    expect(groups("Kurdish fighters in Syria shelled Turkish border posts.")).toContain("Kurdish fighters@SYR");
    expect(groups("Kurdish guerrillas ambushed a Turkish army patrol.")).toContain("Kurdish guerrillas@TUR");
    expect(groups("Hutu militias attacked a camp in northern Rwanda.")).toContain("Hutu militias@RWA");
    const story = "Burundi's army said it had killed 20 rebels. The fighting near Bujumbura went on. Officials in Burundi said Hutu rebels shelled the capital again. Hutu rebels also burned a school.";
    expect(groups(story)).toContain("Hutu rebels@BDI");
  });

  it("negative: a people across states with none of them named takes no state, not a neighbour's", () => {
    expect(groups("Kurdish fighters crossed into Iran from Iraq.").filter((g) => g.startsWith("Kurdish"))).toEqual([]);
    expect(groups("Baluch separatists fled to Afghanistan.").filter((g) => g.startsWith("Baluch"))).toEqual([]);
  });

  it("a people's civilians are of its state too; refugees of the state they fled, as CAMEO codes them", () => {
    expect(groups("Karen refugees reached a camp in Thailand.")).toContain("Karen refugees@MMR");
    expect(groups("Government troops rounded up Tamil civilian refugees near Jaffna.")).toContain("Tamil civilian refugees@LKA");
  });

  it("negative: a people's word before another noun, a name or a person is no group", () => {
    expect(groups("Turkey wants Sweden to stop backing the Kurdish Workers' Party.").filter((g) => g.startsWith("Kurdish Workers@"))).toEqual([]);
    expect(groups("Tamil politicians met in Colombo. The Karen language is taught in Thai schools.").filter((g) => /^(Tamil|Karen) /.test(g) && !g.includes("politicians"))).toEqual([]);
    expect(groups("Kurdish rebel leader Abdullah Ocalan was captured in Kenya.").filter((g) => g.startsWith("Kurdish"))).toEqual([]);
    expect(groups("Karen Smith, a lawyer, met the rebels.").filter((g) => g.startsWith("Karen"))).toEqual([]);
  });
});

describe("actors: a state's people counted in another state's population is that state's", () => {
  it("'the X population/minority/community of/in Y' is Y's", () => {
    expect(groups("The Hungarian minority in Slovakia protested against the language law.")).toContain("Hungarian minority@SVK");
    expect(groups("Police raided homes of the Somali community in Kenya.")).toContain("Somali community@KEN");
    expect(groups("Belgrade cut off power to the Albanian population of the province of Kosovo.").some((g) => g.startsWith("Albanian population@") && !g.endsWith("@ALB"))).toBe(true);
  });

  it("'the province' with no name is the place named before it", () => {
    expect(groups("Serbian police waged a campaign in Kosovo against the Albanian population of the province.", "1998-08-01").some((g) => g.startsWith("Albanian population@") && !g.endsWith("@ALB"))).toBe(true);
    expect(groups("Russian troops moved into Georgia, where the Armenian minority of the region asked for help.", "2008-08-10")).toContain("Armenian minority@GEO");
  });

  it("negative: no place, or the kin state's own place, leaves the demonym as it was", () => {
    expect(groups("The Albanian population fled the fighting.")).toEqual([]);
    expect(groups("The Albanian population of Albania fell last year.")).toEqual([]);
    expect(groups("Albanian troops shelled the hills. Albanian officials said the Albanian government would protest.")).toEqual([]);
  });
});

describe("actors: 'ethnic X' is never the kin state", () => {
  it("with no one state where they live, the story's other state, else no one", () => {
    expect(groups("Ethnic Serbs in northern Kosovo blocked the roads.").some((g) => g.startsWith("Ethnic Serbs@") && !g.endsWith("@SRB"))).toBe(true);
    const rec = extract("About 300 ethnic Greeks staged a sit-in to protest against Italy's plan to return them to Albania.", "1997-04-02");
    expect(rec.actors.some((a) => a.code === "GRC")).toBe(false);
    const story = "Georgia's government met opposition leaders in Tbilisi on Monday. Georgia said the talks went well. Ethnic Armenians marched in the south on Tuesday.";
    expect(groups(story)).toContain("Ethnic Armenians@GEO");
  });

  it("negative: a state organ named by the demonym keeps its state", () => {
    const rec = extract("Greek troops crossed the border, and the Greek government protested to Albania.", "1997-04-02");
    expect(rec.actors.some((a) => a.code === "GRC")).toBe(true);
  });
});
