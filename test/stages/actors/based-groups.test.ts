import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// Issue 13 item 2, issue 14: an armed or political group located by its base is of the base's state
// (based-groups.ts, data/based-groups.json)
const groups = (text: string, published = "2006-07-20") =>
  extract(text, published)
    .actors.filter((a) => a.kind === "group")
    .map((a) => `${a.name}@${a.country}:${a.sector}`);

describe("actors: 'X-based' and 'based in X' groups", () => {
  it("'X-based' before an armed or political group", () => {
    expect(groups("Lebanon-based guerrillas fired mortars at an army post.")).toContain("Lebanon-based guerrillas@LBN:REB");
    expect(groups("A Sudan-based rebel group seized two towns in Chad.")).toContain("Sudan-based rebel group@SDN:REB");
    expect(groups("A Paris-based exile group called for new elections in Iran.")).toContain("Paris-based exile group@FRA:OPP");
  });

  it("'based in X' after one", () => {
    expect(groups("An extremist network based in Somalia claimed the attack in Kenya.")).toContain("extremist network@SOM:REB");
    expect(groups("Insurgents based in neighbouring Afghanistan crossed into Pakistan.")).toContain("Insurgents@AFG:REB");
  });

  it("the base, not another state the sentence names, is the attacker's", () => {
    expect(eventKeys("Gaza-based militants fired rockets into southern Israel on Sunday, and two Israelis were hurt near an Israeli town.", "2008-02-03")).toContain("ASSAULT PSE>ISR");
    expect(eventKeys("Gaza-based militants fired rockets into southern Israel on Sunday, and two Israelis were hurt near an Israeli town.", "2008-02-03")).not.toContain("ASSAULT ISR>ISR");
  });

  it("negative: firms, outlets and think tanks, and 'based in part on', make no group", () => {
    expect(groups("A Dubai-based company bought the port.")).toEqual([]);
    expect(groups("The Washington-based think tank published a report on Iran.")).toEqual([]);
    expect(groups("The ruling, based in part on Iraqi testimony, was appealed.")).toEqual([]);
    expect(groups("A group based in Geneva published the figures.")).toEqual([]);
  });

  it("negative: a name before the group says whose it is", () => {
    expect(groups("Palestinian militants based in Lebanon fired rockets at Israel.")).toContain("Palestinian militants@PSE:REB");
  });
});
