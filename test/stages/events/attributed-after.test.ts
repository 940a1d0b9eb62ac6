import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// event-status.ts attributedAfter: "would" in a clause that an attribution after a comma reports
// ("..., Johnson said on Wednesday, as he met Zelensky") is the reporter's future: planned. With no
// attribution, "would" stays a possibility.
const aid = (text: string) => extract(text, "2023-05-10").events.filter((e) => e.type === "AID").map((e) => e.status);

describe("a future reported by an attribution after the clause", () => {
  it("'Norway would send air defence systems to Poland, the minister said on Friday, as ...' is planned", () => {
    expect(aid("Norway would send air defence systems to Poland, the Norwegian defence minister said on Friday, as he visited Warsaw.")).toEqual(["planned"]);
  });
  it("'would' with no attribution stays hypothetical", () => {
    expect(aid("Norway would send air defence systems to Poland in such a war, as it has in the past.")).toEqual(["hypothetical"]);
  });
});
