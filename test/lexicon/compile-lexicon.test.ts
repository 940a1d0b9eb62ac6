import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/lexicon/compile-lexicon.js";
import { byNorm, byUpper, type PhraseIndex } from "../../src/lexicon/phrase-index.js";
import type { Token } from "../../src/model/types.js";
import { testEngine, testWink } from "../helpers.js";

const tokens = (text: string) => text.split(" ").map((norm) => ({ norm, lower: norm.toLowerCase() }) as Token);

/** every value of an index, as its own keys in order (the shape V8 gives an object literal) */
function keyOrders<T extends object>(index: PhraseIndex<T>): Set<string> {
  const out = new Set<string>();
  const firsts = (index as unknown as { byFirst: Map<string, { values: T[] }[]> }).byFirst;
  for (const list of firsts.values()) for (const p of list) for (const v of p.values) out.add(Object.keys(v).join(","));
  return out;
}

describe("compileLexicon: entries of one shape", () => {
  const lexicon = testEngine().lexicon;

  it("every title entry has all its fields in one order, an absent one undefined", () => {
    expect([...keyOrders(lexicon.titles)]).toEqual(["text,sector,honorific,country,plural,posted,lowerCase,office,portfolio,until,rank"]);
    // the optional facts keep their values: a one-state plural title, a diplomat's, a lower-case role noun, a plain one
    const title = (t: string) => lexicon.titles.matchAt(tokens(t), 0, (x) => x.lower)?.values[0];
    expect(title("Reps.")).toMatchObject({ country: "USA", plural: true, posted: undefined });
    expect(title("ambassador")).toMatchObject({ posted: true, plural: undefined, country: undefined });
    expect(title("billionaire")).toMatchObject({ lowerCase: true, honorific: false });
    expect(title("President")).toMatchObject({ plural: undefined, posted: undefined, lowerCase: undefined });
    expect(title("Lt. Col.")).toMatchObject({ rank: true, office: undefined });
    expect(title("colonel")).toMatchObject({ rank: undefined });
  });

  it("every name entry has all its fields in one order; only a person's has a seed person", () => {
    expect([...keyOrders(lexicon.names)]).toEqual(["kind,id,code,name,sector,country,from,person"]);
    const entries = (t: string) => lexicon.names.matchAt(tokens(t), 0, byNorm)?.values ?? [];
    expect(entries("Russian").map((e) => [e.kind, e.code, e.person])).toContainEqual(["demonym", "RUS", undefined]);
    expect(entries("Vladimir Putin").find((e) => e.kind === "person")?.person?.id).toBeTruthy();
  });
});

describe("compileLexicon: the capitals index", () => {
  it("is built on first use, once, and matches what the names index matches, in capitals", () => {
    const lexicon = compileLexicon(testWink());
    const upper = lexicon.namesUpper;
    expect(lexicon.namesUpper).toBe(upper);
    const caps = upper.matchAt(tokens("NORTH KOREA FIRES"), 0, byUpper);
    expect(caps?.length).toBe(2);
    expect(caps?.values).toEqual(lexicon.names.matchAt(tokens("North Korea fires"), 0, byNorm)?.values);
    expect(upper.matchAt(tokens("North Korea"), 0, byNorm)).toBeNull();
  });
});
