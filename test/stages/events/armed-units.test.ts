import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// groups.json unitHeads: "a police station", "an army outpost", "a rebel stronghold" are the armed part
// of a state that holds them; an attack on them is an attack on that part (a domestic event when the
// attackers are the same state's rebels).

function keys(text: string, published = "2005-01-01") {
  const rec = extract(text, published);
  const st = (id: string) => {
    const a = rec.actors.find((x) => x.id === id);
    return `${a?.code ?? a?.country ?? id}${a?.sector ? "/" + a.sector : ""}`;
  };
  return rec.events.map((e) => `${e.type} ${e.source.map(st).join("+")}>${e.target.map(st).join("+")}`);
}

function groups(text: string) {
  return extract(text, "2005-01-01").actors.filter((a) => a.kind === "group").map((a) => `${a.name}:${a.country}/${a.sector}`);
}

describe("armed units: a site or unit after the head of an armed part is that part", () => {
  it("rebels attack a police station of their own state", () => {
    expect(keys("Maoist rebels stormed a police station in western Nepal overnight.")).toContain("ASSAULT NPL/REB>NPL/COP");
  });

  it("guerrillas ambush an army convoy in the state the sentence names", () => {
    expect(keys("Guerrillas ambushed an army convoy in northern Uganda on Tuesday.")).toContain("ASSAULT UGA/REB>UGA/MIL");
  });

  it("troops overrun a rebel stronghold", () => {
    expect(keys("Government troops overran a rebel stronghold in eastern Sri Lanka.")).toContain("ASSAULT LKA/MIL>LKA/REB");
  });

  it("police officers are the police", () => {
    expect(groups("Militants shot dead two police officers in Peshawar, Pakistan.")).toContain("police officers:PAK/COP");
  });
});

describe("armed units: negative cases", () => {
  it("a site of no armed part is no group (a bus station, a trading post)", () => {
    expect(groups("A bomb exploded at a bus station in Kenya.")).toEqual([]);
    expect(groups("The old trading post in Canada became a museum.")).toEqual([]);
  });

  it("a unit of another state's forces keeps that state", () => {
    expect(keys("Russian troops shelled a Ukrainian army base near Kharkiv.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Russian troops shelled a Ukrainian army base near Kharkiv.").some((k) => k.startsWith("ASSAULT RUS") && k.includes(">RUS"))).toBe(false);
  });

  it("a unit with no state in its sentence is left out", () => {
    expect(groups("The police station was closed for repairs.")).toEqual([]);
  });

  it("a robbery of a shop is no political act", () => {
    expect(keys("Robbers held up a jewellery shop in Lyon and escaped with cash.")).toEqual([]);
  });
});

describe("armed units: the state after the unit", () => {
  it("two directions joined before the state ('in central and eastern Ukraine')", () => {
    expect(groups("Russia also struck military bases in central and eastern Ukraine.")).toContain("military bases:UKR/MIL");
  });
});

describe("armed units: a border says no one's state", () => {
  it("troops of one state take a stronghold near another's border: the stronghold is the troops' state's rebels", () => {
    expect(keys("Burmese troops captured a Karen rebel stronghold near the Thai border.")).toContain("ASSAULT MMR>MMR/REB");
  });

  it("negative: a unit named only near a state's border is not that state's", () => {
    expect(groups("Rebels attacked an army post near the Turkish border.")).toEqual([]);
  });
});

describe("policemen and gendarmes are named groups: the police of the state where they serve", () => {
  it("rebels kill policemen in their own state", () => {
    expect(keys("Maoist rebels in Nepal killed five policemen in an ambush on Saturday.").some((k) => k.startsWith("ASSAULT NPL") && k.endsWith(">NPL/COP"))).toBe(true);
  });

  it("gunmen shoot gendarmes", () => {
    expect(groups("Gunmen shot dead two gendarmes in northern Mali.")).toContain("gendarmes:MLI/COP");
  });

  it("negative: policemen with no state in their sentence are no group", () => {
    expect(groups("Two policemen were injured in a car crash on Sunday.")).toEqual([]);
  });
});
