import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// negated-acts.ts: a "not" before an act of cooperation is a refusal (REJECT) only when it is the
// doer's own, in the act's verb group; a negated verb of excluding leaves the act open; a negation
// that belongs to another verb, to an obligation, a condition or an assurance makes no refusal.
const keys = (text: string) => eventKeys(text, "2022-03-06");
const statuses = (text: string) => extract(text, "2022-03-06").events.map((e) => `${e.type} ${e.status}`);

describe("the doer's own negation is a refusal", () => {
  it("'will not invite', 'does not recognize', 'decided not to send' reject the party", () => {
    expect(keys("France will not invite Russian President Vladimir Putin to the ceremony.")).toEqual(["REJECT FRA>RUS"]);
    expect(keys("The European Union does not recognize the government of Alexander Lukashenko.")).toEqual(["REJECT EU>BLR"]);
    expect(keys("Hungary decided not to send weapons to Ukraine.")).toEqual(["REJECT HUN>UKR"]);
  });
  it("a hostile act the doer says it will not do is no event", () => {
    expect(keys("Britain said: \"We will not fight Russian forces in Ukraine.\"")).toEqual([]);
    expect(keys("Germany decided not to impose sanctions on Russia.")).toEqual([]);
  });
});

describe("a negated verb of excluding leaves the act open", () => {
  it("'cannot rule out sending', 'has not ruled out shipping' are hypothetical acts, no refusal", () => {
    expect(statuses("French President Emmanuel Macron has said he cannot rule out sending Western troops to Ukraine.")).toEqual(["AID hypothetical"]);
    expect(statuses("Berlin has not ruled out shipping tanks to Ukraine.")).toEqual(["AID hypothetical"]);
  });
  it("'ruled out sending' without a negation is still a refusal", () => {
    expect(keys("Berlin has ruled out shipping tanks to Ukraine.")).toContain("REJECT DEU>UKR");
  });
});

describe("a negation that is not the doer's refusal", () => {
  it("a negation of another verb between: 'was not planning to visit', 'did not push for'", () => {
    expect(keys("Psaki said Biden was not planning to visit Ukraine during his European trip.")).not.toContain("REJECT USA>UKR");
    expect(keys("The North Korean envoy has not spoken publicly since arriving in the Philippines.")).not.toContain("REJECT PRK>PHL");
  });
  it("'not only support' supports", () => {
    expect(keys("The United States will not only support Ukraine but also arm it.")).not.toContain("REJECT USA>UKR");
  });
  it("an obligation is someone's prohibition: 'must not provide', 'must promise not to allow'", () => {
    expect(keys("Yellen told Chinese officials that China must not provide material support for Russia.")).not.toContain("REJECT CHN>RUS");
    expect(keys("Russian officials said NATO must promise not to allow Ukraine to join the alliance.")).not.toContain("REJECT NATO>UKR");
  });
  it("the one told or persuaded not to act refused nothing: 'warned Iran not to send'", () => {
    expect(keys("The US warned Iran not to send weapons to Russia.")).toEqual(["THREATEN USA>IRN"]);
    expect(keys("Russia persuaded Kazakhstan not to recognize Kosovo.")).not.toContain("REJECT KAZ>XKX");
  });
  it("a condition or a guarantee asked of another: 'if Russia does not withdraw', 'guarantee Ukraine will not join'", () => {
    expect(keys("If Russia does not withdraw its troops from Ukraine, the EU will impose sanctions on Moscow.")).not.toContain("REJECT RUS>UKR");
    expect(keys("Russia demanded that the west guarantee Ukraine will not join Nato.")).not.toContain("REJECT UKR>NATO");
    expect(keys("Russia wants an assurance that Ukraine never join Nato.")).not.toContain("REJECT UKR>NATO");
  });
});

describe("a refusal its doer's own side voices is made by saying it", () => {
  it("'Joe Biden has said the US will not supply Ukraine with rockets' occurred; told of another state, a claim", () => {
    expect(statuses("Joe Biden has said the US will not supply Ukraine with rockets that can reach into Russia.")).toEqual(["REJECT occurred"]);
    expect(statuses("The Kremlin spokesman said Russia would not attend the talks with Ukraine.")).toEqual(["REJECT occurred"]);
  });
  it("negative: another state's refusal in someone's words stays claimed", () => {
    expect(statuses("Putin said Ukraine would not invite NATO troops.")).toEqual(["REJECT claimed"]);
  });
});
