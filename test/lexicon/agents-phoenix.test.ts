import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { agentsFile, groupsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { join } from "node:path";

const data = (name: string) => join(defaultDataDir(), name);

describe("data/agents-phoenix.json (PETRARCH-2 role nouns)", () => {
  const agents = readDataFile(data("agents-phoenix.json"), agentsFile);

  it("keeps the MIT notice and a source line for every entry", () => {
    expect(agents.licence).toMatch(/MIT License/);
    expect(agents.licence).toMatch(/Copyright \(c\) 2014 Open Event Data/);
    for (const e of [...agents.roles, ...agents.heads]) expect(e.source).toMatch(/^petrarch2\/Phoenix\.agents\.txt:\d+ [A-Z]/);
  });

  it("every sector it gives is a part of a state in data/groups.json", () => {
    const groups = readDataFile(data("groups.json"), groupsFile);
    const parts = new Set(Object.values(groups.stateParts).flat());
    for (const e of [...agents.roles, ...agents.heads]) expect(parts.has(e.sector), e.text).toBe(true);
  });

  it("leaves out what is no part of a state or a lawyer's trade", () => {
    const roles = new Set(agents.roles.map((r) => r.text));
    for (const w of ["lawyer", "attorney", "deputy", "newspaper", "tanker"]) expect(roles.has(w), w).toBe(false);
    expect(roles.has("journalist")).toBe(true);
  });

  it("refuses an entry without a source", () => {
    const bad = { licence: "MIT", roles: [{ text: "journalist", sector: "MED" }], heads: [] };
    expect(agentsFile().safeParse(bad).success).toBe(false);
    expect(readFileSync(data("agents-phoenix.json"), "utf8").length).toBeGreaterThan(0);
  });
});
