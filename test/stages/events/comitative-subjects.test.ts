import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT" with state codes */
const keys = (text: string, published = "2022-05-01") => eventKeys(text, published);

describe("events: a comitative appositive names joint doers (find-parties comitativeSubject)", () => {
  it("'X, along with Y,' and 'X, together with Y,' before the verb: both do it", () => {
    const k = keys("Lithuania, along with its Baltic neighbour Estonia, is calling on Nato to send more troops.");
    expect(k).toContain("REQUEST LTU+EST>NATO");
    expect(keys("Germany, together with France, urged Iran to return to talks.")).toContain("REQUEST DEU+FRA>IRN");
    expect(keys("Canada, joined by Australia, imposed sanctions on Russia.")).toContain("SANCTION CAN+AUS>RUS");
  });

  it("an appositive of another kind, or a comitative that names no actor, adds no doer", () => {
    // an ordinary appositive: the subject stays the one before it
    const k = keys("Lithuania, a Baltic neighbour of Estonia, is calling on Nato to send more troops.");
    expect(k).toContain("REQUEST LTU>NATO");
    expect(k).toEqual(["REQUEST LTU>NATO"]);
    // nothing named inside the comitative
    const k2 = keys("Germany, along with other members of the bloc, urged Iran to return to talks.");
    expect(k2).toContain("REQUEST DEU>IRN");
    expect(k2).toHaveLength(1);
    // a place inside it is where, not who
    expect(keys("Germany, alongside talks in Geneva, urged Iran to return to talks.")).toEqual(["REQUEST DEU>IRN"]);
  });

  it("a comitative after the verb belongs to the object, not the subject", () => {
    // an object's comitative before an infinitive: the act asked for is no act of the object's
    expect(keys("The motion calls on the United States, together with its allies, to support the government of Ukraine.").some((x) => x.startsWith("SUPPORT"))).toBe(false);
    expect(keys("The motion calls on the United States, together with Nato, to support the government of Ukraine.").some((x) => x.startsWith("SUPPORT"))).toBe(false);
    const k = keys("Germany urged Iran, along with Syria, to return to talks.");
    expect(k).toContain("REQUEST DEU>IRN");
    expect(k.some((x) => x.startsWith("REQUEST SYR"))).toBe(false);
  });
});
