// The PETRARCH-2 converter (scripts/convert-petrarch2.mjs) on an excerpt of the real dictionary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { convert, parseCrosswalk, parseCrosswalkDetails, ploverType } from "../../scripts/convert-petrarch2.mjs";
import { cameoPloverFile, convertedPatternsFile } from "../../src/lexicon/schemas.js";
import { readDataFile } from "../../src/lexicon/read-data-file.js";

const root = join(import.meta.dirname, "..", "..");
const excerpt = readFileSync(join(root, "test", "fixtures", "petrarch2", "cameo-excerpt.txt"), "utf8");
// the crosswalk's own lines for the codes the excerpt uses (shared/ontology/CAMEO2PLOVER-2021.txt)
const crosswalk = parseCrosswalk(
  ["03: AGREE", "0311: AGREE,  ,   economic # Express intent to cooperate economically", "0341: AGREE", "0356: AGREE", "04: CONSULT", "040: CONSULT, ,  # Consult", "041: CONSULT, phone,", "046: CONSULT", "06: COOPERATE", "061: COOPERATE", "16: SANCTION", "164: SANCTION", "163: COERCE, restrict"].join("\n"),
);
type Entry = { id: string; verb: string; particle?: string; object?: string[]; type: string; cameo: string; source: { line: number; block: string; pattern: string } };
const run = (exclusions: object[] = []) => convert(excerpt, { crosswalk, exclusions }) as { verbs: Entry[]; dropped: Record<string, number>; excluded: Record<string, number> };

describe("convert-petrarch2: reading the format", () => {
  it("gives a verb's default code to the bare verb, keeping its irregular forms", () => {
    const confer = run().verbs.find((v) => v.verb === "confer" && !v.particle && !v.object)!;
    expect(confer).toMatchObject({ type: "CONSULT", cameo: "040", target: "object", forms: ["confer", "confers", "conferred", "conferring"] });
    expect(confer.source).toMatchObject({ block: "CONFER", line: 31 });
  });

  it("reads '- * &SYNSET' as an object list from the synonym set, leaving out its multi-word members", () => {
    const truce = run().verbs.find((v) => v.id.startsWith("p2-arrange-truce"))!;
    expect(truce).toMatchObject({ verb: "arrange", type: "AGREE", cameo: "0356" });
    expect(truce.object).toContain("ceasefire");
    expect(truce.object).toContain("truces");
    expect(truce.object!.some((w) => w.includes("_"))).toBe(false);
  });

  it("applies a pattern to the verb its comment names, not to the whole synonym block", () => {
    const reshuffle = run().verbs.filter((v) => v.object?.includes("investment"));
    expect(reshuffle.map((v) => v.verb)).toEqual(["discuss"]);
  });

  it("reads '(PREP)' and '(PREP NOUN)' as a particle, with its object", () => {
    const { verbs } = run();
    expect(verbs.find((v) => v.verb === "talk" && v.particle === "over")).toMatchObject({ object: ["telephone", "telephones"], type: "CONSULT", cameo: "041" });
    // no comment: every single-word verb of the block
    expect(verbs.filter((v) => v.particle === "with").map((v) => v.verb)).toContain("speak");
  });

  it("drops what dyad cannot express and says why", () => {
    const { verbs, dropped } = run();
    // "- WALK OUT *": words before the verb
    expect(verbs.some((v) => v.source.pattern.includes("WALK OUT"))).toBe(false);
    expect(dropped["words before the verb (subject constraints)"]).toBe(1);
    // "- * {&MILITARY COOPERATION}", "- * (IN {TELEPHONE CONVERSATION})"
    expect(verbs.some((v) => v.source.pattern.includes("COOPERATION") || v.source.pattern.includes("CONVERSATION"))).toBe(false);
    expect(dropped["multi-word noun phrase {..} (dyad objects are single heads)"]).toBe(1);
    expect(dropped["prepositional phrase of several words"]).toBe(1);
    // "- * DECISION [014]": CAMEO 01 statements are no PLOVER event
    expect(verbs.some((v) => v.object?.includes("decision"))).toBe(false);
    expect(dropped["pattern without a code"]).toBe(1);
  });

  it("leaves out what an exclusion names, counting it under its reason", () => {
    const { verbs, excluded } = run([{ verb: "discuss", particle: null, bare: true, reason: "test" }]);
    expect(verbs.some((v) => v.verb === "discuss" && !v.object && !v.particle)).toBe(false);
    expect(verbs.some((v) => v.verb === "discuss" && v.object)).toBe(true);
    expect(excluded).toEqual({ test: 1 });
  });
});

describe("convert-petrarch2: the crosswalk", () => {
  it("applies the gold's departures before the crosswalk, and a prefix's type to a longer code", () => {
    expect(ploverType("163", crosswalk)).toBe("SANCTION");
    expect(ploverType("1641", crosswalk)).toBe("SANCTION");
    expect(ploverType("0311", crosswalk)).toBe("AGREE");
    expect(ploverType("057", {})).toBe("AGREE");
    expect(ploverType("012", crosswalk)).toBeNull();
  });
});

describe("convert-petrarch2: the crosswalk's modes and contexts", () => {
  it("keeps each code's mode with its type and its contexts, first line winning, empty fields left out", () => {
    const d = parseCrosswalkDetails(
      [
        "041: CONSULT, phone,   # Discuss by telephone",
        "094: ACCUSE, investigate, military; legal # Investigate war crimes",
        "1823: ASSAULT, ,    # Kill by physical assault",
        "0841: RETREAT, release,   legal # Return, release person(s)",
        "041: CONSULT, visit, diplomatic # a later line for the same code",
        "03: AGREE",
      ].join("\n"),
    ) as { modes: Record<string, unknown>; contexts: Record<string, unknown> };
    expect(d.modes).toEqual({ "041": { type: "CONSULT", mode: "phone" }, "094": { type: "ACCUSE", mode: "investigate" }, "0841": { type: "RETREAT", mode: "release" } });
    expect(d.contexts).toEqual({ "094": ["military", "legal"], "0841": ["legal"] });
  });
});

describe("the committed data files", () => {
  it("validate, and every converted pattern carries its code's PLOVER type", () => {
    const converted = readDataFile(join(root, "data", "events-petrarch2.json"), convertedPatternsFile);
    const { types } = readDataFile(join(root, "data", "cameo-plover.json"), cameoPloverFile);
    expect(converted.verbs.length).toBeGreaterThan(100);
    const typeOf = (c: string) => {
      for (let n = c.length; n >= 2; n--) if (types[c.slice(0, n)]) return types[c.slice(0, n)];
      return null;
    };
    for (const v of converted.verbs) expect(`${v.id} ${typeOf(v.cameo)}`).toBe(`${v.id} ${v.type}`);
  });
});

describe("the held patterns (data/events-petrarch2-held.json)", () => {
  it("are converted patterns, copied verbatim, each named with its evidence in scripts/petrarch2-held.json", () => {
    const all = readDataFile(join(root, "data", "events-petrarch2.json"), convertedPatternsFile);
    const held = readDataFile(join(root, "data", "events-petrarch2-held.json"), convertedPatternsFile);
    const list = JSON.parse(readFileSync(join(root, "scripts", "petrarch2-held.json"), "utf8")).held as { id: string; evidence: string }[];
    expect(held.verbs.map((v) => v.id)).toEqual(list.map((h) => h.id));
    for (const v of held.verbs) expect(all.verbs.find((w) => w.id === v.id)).toEqual(v);
    for (const h of list) expect(h.evidence).toMatch(/\d+ events, \d+ right/);
  });
});
