import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2022-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

const types = (text: string) => coded(text).map((k) => k.split(" ")[0]);

// find-events.ts (statedPossibility): a hostile act its doer says it may do on a condition is a threat
describe("a possibility on a condition in the doer's own words is a threat", () => {
  it("a reported 'it could' or 'it may' with 'if' or 'unless'", () => {
    expect(coded("Russia said it could cut off gas to Germany if sanctions continue.")).toContain("THREATEN RUS>DEU occurred");
    expect(coded("The EU said it may impose sanctions on Russia if it invades Ukraine.")).toContain("THREATEN EU>RUS occurred");
  });

  it("in a quote of the doer's side", () => {
    expect(coded('"We could halt aid to Serbia if cooperation fails," the EU said.')).toContain("THREATEN EU>SRB occurred");
  });

  it("the act threatened is not coded as done or planned beside the threat", () => {
    expect(types("Russia said it could cut off gas to Germany if sanctions continue.")).not.toContain("SANCTION");
  });

  it("another's forecast, a negated modal or no condition is no threat", () => {
    expect(types("Russia could cut off gas to Germany if sanctions continue, analysts said.")).not.toContain("THREATEN");
    expect(types("Russia said it could not cut off gas to Germany if sanctions continue.")).not.toContain("THREATEN");
    expect(types("Russia said it could cut off gas to Germany.")).not.toContain("THREATEN");
  });

  it("a conditional offer of help is no threat", () => {
    expect(types("Germany said it could send more tanks to Ukraine if the allies agree.")).not.toContain("THREATEN");
  });
});

// find-events.ts (committed): every form of a verb of commitment commits, not only the past
describe("a sworn or vowed hostile act is a threat", () => {
  it("'has sworn to', 'swore to'", () => {
    expect(coded("Iran has sworn to destroy Israel.")).toContain("THREATEN IRN>ISR occurred");
    expect(types("Iran swore to strike Israel.")).toContain("THREATEN");
  });

  it("a sworn act of cooperation is no threat", () => {
    expect(types("Iran swore to talk with Israel.")).not.toContain("THREATEN");
  });
});

// speech-acts.ts (ownPossessedSubject): "its army", "their forces" is the speaker's own side
describe("a warning whose clause has the speaker's own forces as its subject", () => {
  it("threatens the one they would act on", () => {
    expect(coded("Russia has warned that its army will no longer tolerate Ukrainian provocations.")).toContain("THREATEN RUS>UKR occurred");
    expect(coded("Russia warned that its forces would respond to any attack by Ukraine.")).toContain("THREATEN RUS>UKR occurred");
  });

  it("a place the clause names is no party threatened", () => {
    expect(types("Russia warned that their economy will suffer from the war in Ukraine.")).not.toContain("THREATEN");
  });
});

// rejected-proposals.ts with senses.proposalNouns: pressure put on a party is a proposal it may turn down
describe("pressure rebuffed", () => {
  it("is a rejection, and the act pressed for is no event", () => {
    const got = coded("Russia rebuffed pressure from the EU to help end the war.");
    expect(got).toContain("REJECT RUS>EU occurred");
    expect(got.filter((k) => k.startsWith("AID"))).toEqual([]);
  });
});
