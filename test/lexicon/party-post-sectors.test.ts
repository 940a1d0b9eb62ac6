// The sector of a party post is data (titles.json partyPostSectors), validated and compiled once (party-post-sectors.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePartyPostSectors, postSector } from "../../src/lexicon/party-post-sectors.js";
import { titlesFile } from "../../src/lexicon/schemas.js";

const titles = titlesFile().parse(JSON.parse(readFileSync(join(import.meta.dirname, "../../data/titles.json"), "utf8")));

describe("partyPostSectors: a party post's sector, from data", () => {
  const sectors = compilePartyPostSectors(titles.partyPostSectors, titles.partyRoles);

  it("a post's own sector, a modifier's over it, else the party's", () => {
    expect(postSector(sectors, "minister", null)).toBe("GOV");
    expect(postSector(sectors, "mp", null)).toBe("LEG");
    expect(postSector(sectors, "minister", sectors.modifiers.get("shadow") ?? null)).toBe("OPP");
    expect(postSector(sectors, "spokesman", null)).toBe("PTY");
    expect(postSector(sectors, "councillor", null)).toBe("PTY");
  });

  it("negative: a post that is none of partyRoles is refused, and so is a sector that is no CAMEO code", () => {
    expect(() => compilePartyPostSectors({ posts: { governor: "GOV" }, modifiers: {}, other: "PTY" }, titles.partyRoles)).toThrow(/governor/);
    const bad = { ...titles, partyPostSectors: { posts: { mp: "legislature" }, modifiers: {}, other: "PTY" } };
    expect(() => titlesFile().parse(bad)).toThrow(/sector/);
  });
});
