import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { armedGroupsFile, organizationsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { extract } from "../helpers.js";

const data = (name: string) => join(defaultDataDir(), name);

describe("data/groups-petrarch2.json (PETRARCH-2 armed groups)", () => {
  const file = readDataFile(data("groups-petrarch2.json"), armedGroupsFile);

  it("keeps the MIT notice and a source line for every entry", () => {
    expect(file.licence).toMatch(/MIT License/);
    expect(file.licence).toMatch(/Copyright \(c\) 2014 Open Event Data/);
    for (const g of file.groups) expect(g.source).toMatch(/^petrarch2\/Phoenix\.MilNonState\.actors\.txt:\d+ [A-Z0-9]/);
  });

  it("leaves names dyad's own organisations hold to them, and short acronyms out", () => {
    const own = readDataFile(data("organizations.json"), organizationsFile);
    const ownNames = new Set(own.flatMap((o) => [o.name, ...o.aliases]).map((s) => s.toLowerCase()));
    for (const g of file.groups)
      for (const f of [g.name, ...g.aliases]) {
        expect(ownNames.has(f.toLowerCase()), f).toBe(false);
        expect(/^[A-Z]{1,3}$/.test(f), f).toBe(false);
      }
  });

  it("refuses an entry without a source or a state", () => {
    const bad = { licence: "MIT", groups: [{ id: "org:x", name: "X Front", aliases: [], sector: "REB", country: "AGO" }] };
    expect(armedGroupsFile().safeParse(bad).success).toBe(false);
    const noState = { licence: "MIT", groups: [{ id: "org:x", name: "X Front", aliases: [], sector: "REB", country: null, source: "s" }] };
    expect(armedGroupsFile().safeParse(noState).success).toBe(false);
  });
});

describe("actors: named armed groups", () => {
  const org = (text: string, name: string) => extract(text).actors.find((a) => a.kind === "organization" && a.name === name);

  it("gives a known armed group its state and the rebels' sector", () => {
    expect(org("UNITA refused to let the planes land.", "UNITA")).toMatchObject({ country: "AGO", code: "AGO", sector: "REB" });
    expect(org("The Tamil Tigers attacked an army camp.", "Liberation Tigers of Tamil Eelam")).toMatchObject({ country: "LKA", sector: "REB" });
    expect(org("Ansar Dine fighters took the town.", "Ansar Dine")).toMatchObject({ country: "MLI" });
  });

  it("knows movements of our own list beside PETRARCH-2's (data/organizations.json)", () => {
    expect(org("Police broke up a rally by the Kefaya movement.", "Kifaya")).toMatchObject({ country: "EGY", sector: "OPP" });
    expect(org("Seleka rebels seized Bangui.", "Seleka")).toMatchObject({ country: "CAF", sector: "REB" });
    // a three-letter acronym is left out here too: "a revolving underwriting facility (RUF)"
    expect(extract("It arranged a five-year revolving underwriting facility (RUF).").actors.some((a) => a.kind === "organization")).toBe(false);
  });

  it("keeps dyad's own entry where both dictionaries know a group", () => {
    expect(extract("Hezbollah fired rockets.").actors.find((a) => a.name === "Hezbollah")?.id).toBe("org:hezbollah");
  });

  it("negative: a leader the source lists as the group, a firm's acronym, a plain word are no group", () => {
    expect(extract("Joseph Kony was indicted in 2005.").actors.some((a) => a.kind === "organization")).toBe(false);
    expect(extract("ETA Systems Inc unveiled a new computer.").actors.some((a) => a.kind === "organization" && a.country === "ESP")).toBe(false);
    expect(extract("The Tigers won the match on Sunday.").actors.some((a) => a.kind === "organization")).toBe(false);
  });
});
