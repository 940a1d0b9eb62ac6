import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13, item 2: a place whose name several states hold (metonyms.json alsoIn) is the one the text around it names
const place = (rec: ReturnType<typeof extract>, name: string) => rec.actors.find((a) => a.kind === "location" && a.name === name);

describe("actors: a place name several states hold", () => {
  it("takes the other state its own sentence names", () => {
    const rec = extract("Gunmen opened fire on a wedding party in Tripoli, the largest city of northern Lebanon, on Friday.", "2012-06-01");
    expect(place(rec, "Tripoli")).toMatchObject({ code: "LBN", country: "LBN" });
    expect(place(rec, "Tripoli")!.mentions[0].rule).toBe("actors/dictionary:place+named-state");
  });

  it("takes the other state the sentence before names, and a state's region", () => {
    const rec = extract("Snow closed schools across Alabama on Tuesday. The mayor of Birmingham said roads would reopen by noon.", "2014-01-29");
    expect(place(rec, "Birmingham")).toMatchObject({ code: "USA" });
  });

  it("negative: keeps the first state with no other named, or with the first named too", () => {
    const plain = extract("Rival brigades exchanged fire near the airport in Tripoli overnight.", "2014-07-14");
    expect(place(plain, "Tripoli")).toMatchObject({ code: "LBY" });
    const both = extract("Lebanese workers fled the fighting in Tripoli. The Libyan capital has had no power for a week.", "2014-07-14");
    expect(place(both, "Tripoli")).toMatchObject({ code: "LBY" });
    const far = extract("The Lebanese minister arrived on Monday. He met bankers. Later he flew to Manchester for a football match.", "2016-03-07");
    expect(place(far, "Manchester")).toMatchObject({ code: "GBR" });
  });
});
