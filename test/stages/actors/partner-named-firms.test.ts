import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);
const orgs = (text: string) => extract(text).actors.filter((a) => a.kind === "organization").map((a) => a.name);

describe("actors: brokerages named after their partners are firms (organizations.json), 'Treasury' is a body (not-names.json)", () => {
  it("a partner-named brokerage with no legal form is the firm", () => {
    expect(persons("Kidder Peabody said it expected rates to fall by June.")).toEqual([]);
    expect(persons("Bond prices rose, said Alan Reyes, an economist at Drexel Burnham in New York.")).toEqual(["Alan Reyes"]);
    expect(orgs("Dean Witter Reynolds said on Monday it would cut 400 jobs.")).toContain("Dean Witter");
  });

  it("negative: a person whose name holds a partner's word stays a person", () => {
    expect(persons("Barney Frank said the bill would pass.")).toEqual(["Barney Frank"]);
    expect(persons("Dean Kidder, the committee's counsel, said the bill would pass.")).toEqual(["Dean Kidder"]);
  });

  it("'Treasury' before a speech verb is the ministry; a title with it stays a title", () => {
    expect(persons("Later, Treasury told the charity that its assets would stay frozen.")).toEqual([]);
    expect(persons("“We will act,” said Treasury Secretary Jacob Lew. Lew said more later.")).toEqual(["Jacob Lew"]);
  });
});
