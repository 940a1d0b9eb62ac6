import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

type Rec = ReturnType<typeof extract>;
const code = (rec: Rec, id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
/** events as "TYPE SRC>TGT status" with codes, symmetric parties sorted */
function events(text: string, published = "2025-01-17") {
  const rec = extract(text, published);
  return rec.events.map((e) => ({
    ...e,
    key: `${e.type} ${e.source.map((x) => code(rec, x)).join("+")}>${e.target.map((x) => code(rec, x)).join("+")}`,
  }));
}
const keys = (text: string, published?: string) => events(text, published).map((e) => e.key);

describe("events: the treaty article's sentences", () => {
  it("a joint meeting and the purpose clause that follows it: CONSULT and AGREE, planned, at Moscow, dated", () => {
    const evs = events("On Friday, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian are meeting in Moscow to sign a partnership treaty.");
    const consult = evs.find((e) => e.type === "CONSULT")!;
    const agree = evs.find((e) => e.type === "AGREE")!;
    for (const e of [consult, agree]) {
      expect(e.key).toMatch(/RUS\+IRN>$|IRN\+RUS>$/);
      expect(e.status).toBe("planned");
      expect(e.location).toBe("Moscow");
      expect(e.date).toBe("2025-01-17");
    }
    expect(agree.rule).toMatch(/infinitive/);
    expect(agree.cameo).toMatch(/^\d+$/);
  });

  it("a past meeting with a bare month goes to the past, and 'the two' are its parties", () => {
    const evs = events("In June, Putin met with North Korean supreme leader Kim Jong Un in Pyongyang, where the two signed an aid pact.");
    const consult = evs.find((e) => e.type === "CONSULT")!;
    const agree = evs.find((e) => e.type === "AGREE")!;
    expect(consult.key).toBe("CONSULT RUS>PRK");
    expect(agree.key).toMatch(/^AGREE (RUS\+PRK>|RUS>PRK)$/);
    for (const e of [consult, agree]) {
      expect(e.status).toBe("occurred");
      expect(e.date).toBe("2024-06");
      expect(e.location).toBe("Pyongyang");
    }
  });

  it("nominal events: an invasion, sanctions from a state on the main clause's subject", () => {
    expect(keys("In fact, Russia and Iran’s relationship has grown since Putin’s invasion of Ukraine.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Amid sanctions from the US and its allies, Russia has deepened its ties with other anti-West nations, such as Iran and North Korea.")).toEqual(
      expect.arrayContaining(["SANCTION USA>RUS", "COOPERATE RUS>IRN+PRK"]),
    );
  });
});

describe("events: syntax", () => {
  it("passive voice: sanctions were imposed on Russia by the EU", () => {
    expect(keys("Sweeping sanctions were imposed on Russia by the European Union on Monday.")).toContain("SANCTION EU>RUS");
  });

  it("a relative clause takes its antecedent as subject", () => {
    expect(keys("Pezeshkian, who met Putin in December, praised the deal.", "2025-01-17")).toContain("CONSULT IRN>RUS");
  });

  it("X accused Y of Z is ACCUSE X→Y", () => {
    expect(keys("China accused Nato of messing up Europe.")).toContain("ACCUSE CHN>NATO");
  });

  it("the source of an event in someone's words is the speaker's side when the clause has none", () => {
    const evs = events("“We will respond to any attack on Iran,” Iranian Foreign Minister Abbas Araghchi said.", "2025-06-01");
    expect(evs.every((e) => e.status !== "occurred")).toBe(true);
  });
});
