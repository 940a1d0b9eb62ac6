import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const groups = (text: string) => extract(text, "2012-06-01").actors.filter((a) => a.kind === "group").map((a) => `${a.name}@${a.country ?? "-"}`);

// Issue 13 (parties33): the state word of an army does not place rebels the sentence leaves unplaced
describe("actors: the owner of armed forces is not the rebels' state", () => {
  it("'Rebels fought against American troops', 'insurgents ambushed French soldiers': not USA, not FRA", () => {
    expect(groups("Rebels fought against American troops in the mountains.")).not.toContain("Rebels@USA");
    expect(groups("Insurgents ambushed French soldiers on Tuesday.")).not.toContain("Insurgents@FRA");
    expect(groups("Militants fired rockets at the British army base overnight.")).not.toContain("Militants@GBR");
  });

  it("a place the sentence names still places them, and a state word of their own stays", () => {
    expect(groups("Rebels attacked Russian troops near Idlib in Syria.")).toContain("Rebels@SYR");
    expect(groups("Insurgents ambushed French soldiers near Gao in northern Mali on Tuesday.")).toContain("Insurgents@MLI");
    expect(groups("Syrian rebels attacked Russian troops on Monday.")).toContain("Syrian rebels@SYR");
    expect(groups("Rebels seized two towns in Mali.")).toContain("Rebels@MLI");
    // (a force word that only qualifies another noun names no forces)
    expect(groups("Militants seized two Ukrainian security service buildings on Sunday.")).toContain("Militants@UKR");
  });
});
