import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

type Rec = ReturnType<typeof extract>;
const code = (rec: Rec, id: string) => rec.actors.find((a) => a.id === id)?.code ?? rec.actors.find((a) => a.id === id)?.country ?? id;
function keys(text: string, published = "2022-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => code(rec, x)).join("+")}>${e.target.map((x) => code(rec, x)).join("+")}`);
}

describe("target rules: where the doer itself goes is no party", () => {
  it("a refusal to deploy, go or serve somewhere is no refusal toward that place's state", () => {
    expect(keys("Russian national guard officers refused to deploy to Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
    expect(keys("Several Belarusian soldiers refused to go into Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
    expect(keys("Some Russian conscripts refused to fight in Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
  });

  it("a refusal to send something to a state is toward it", () => {
    expect(keys("Hungary refused to send weapons to Ukraine.")).toContain("REJECT HUN>UKR");
  });

  it("troops deployed to a state still take it as the target of the agreement", () => {
    expect(keys("Germany agreed to deploy troops to Lithuania.")).toContain("AGREE DEU>LTU");
  });
});
