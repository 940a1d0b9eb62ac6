import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

describe("speech acts: a condemned violation's victim is not the one accused; its doer after 'by' is", () => {
  it("'condemn the violation of Ukraine's territorial integrity' accuses no Ukraine", () => {
    expect(eventKeys("We condemn the violation of Ukraine's territorial integrity, the French foreign minister said.")).not.toContain("ACCUSE FRA>UKR");
    expect(eventKeys("Japan denounced the breach of Lithuania's airspace.")).not.toContain("ACCUSE JPN>LTU");
  });

  it("the doer after 'by' is accused ('the violation of Ukraine's sovereignty by Russia', 'the attack on Israel by Iran')", () => {
    expect(eventKeys("Poland condemned the violation of Ukraine's sovereignty by Russia.")).toContain("ACCUSE POL>RUS");
    expect(eventKeys("Germany condemned the attack on Israel by Iran.")).toContain("ACCUSE DEU>IRN");
  });

  it("negative: a state accused outright stays the target ('condemned Russia's violation of', 'accused Russia of violating')", () => {
    expect(eventKeys("Britain condemned Russia's violation of the ceasefire.")).toContain("ACCUSE GBR>RUS");
    expect(eventKeys("Britain accused Russia of violating the ceasefire.")).toContain("ACCUSE GBR>RUS");
  });
});

describe("nominal acts in a fronted phrase take no target from the main clause when their own object names one", () => {
  it("'After Russia's invasion of its western neighbour, Chancellor Scholz announced' invaded neither Scholz nor Germany", () => {
    const keys = eventKeys("After Russia's invasion of its western neighbour in February, Chancellor Olaf Scholz announced a special fund.");
    expect(keys.some((k) => k.startsWith("ASSAULT RUS>"))).toBe(false);
    expect(eventKeys("After Russia's invasion of its neighbour, Germany announced a special fund.")).not.toContain("ASSAULT RUS>DEU");
  });

  it("negative: with no object of its own the fronted act's target is the main clause's subject ('Amid sanctions from the US, Russia')", () => {
    expect(eventKeys("Amid sanctions from the US and its allies, Russia has deepened ties with China.")).toContain("SANCTION USA>RUS");
  });

  it("a comma before the next clause's subject and verb closes the object's phrase ('the shelling of its neighbour, Germany said')", () => {
    expect(eventKeys("Russia began the shelling of its neighbour, Germany said.")).not.toContain("ASSAULT RUS>DEU");
    expect(eventKeys("The invasion of its neighbour by Russia, Germany said, broke international law.")).not.toContain("ASSAULT RUS>DEU");
  });

  it("negative: an appositive after the comma goes on with the phrase ('an attack on the capital, Kyiv, on Monday')", () => {
    expect(eventKeys("Russia launched an attack on the Ukrainian capital, Kyiv, on Monday.")).toContain("ASSAULT RUS>UKR");
    expect(eventKeys("Russia launched a missile strike on the capital, Kyiv, on Monday.")).toContain("ASSAULT RUS>UKR");
  });
});
