import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;
const keys = (text: string) => eventKeys(text, "2022-06-01");

describe("senses: a call on a questioner gives the floor (senses.floorCalls)", () => {
  it("calling on a reporter at a news conference is no request", () => {
    expect(events("At the news conference, Erdogan called on a Turkish reporter.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Biden called on a French journalist and then on a questioner from Germany.").some((e) => e.type === "REQUEST")).toBe(false);
  });

  it("a call on journalists to do something, or on a state, stays a request", () => {
    expect(keys("Erdogan called on Turkish journalists to stop reporting on the war.")).toContain("REQUEST TUR>TUR");
    expect(keys("Biden called on Russia to withdraw its troops.")).toContain("REQUEST USA>RUS");
  });
});

describe("senses: a protest verb with an object means showing (senses.objectlessSenses)", () => {
  it("passive, direct object or that-clause: no protest", () => {
    expect(events("President Reagan's weakness in Congress has been demonstrated by the U.S. Senate's vote.").some((e) => e.type === "PROTEST")).toBe(false);
    expect(events("China demonstrated its anger at Japan over the islands.").some((e) => e.type === "PROTEST")).toBe(false);
    expect(events("Russia demonstrated that its missiles can reach Britain.").some((e) => e.type === "PROTEST")).toBe(false);
  });

  it("demonstrating against or outside something stays a protest", () => {
    expect(keys("Iranian students demonstrated outside the British embassy in Tehran.")).toContain("PROTEST IRN>GBR");
    expect(keys("Greek students demonstrated against the United States.")).toContain("PROTEST GRC>USA");
    expect(keys("Iranian students demonstrated in Tehran on Sunday against Britain.")).toContain("PROTEST IRN>GBR");
  });
});

describe("senses: backing an armed group is military aid (senses.armedBacking)", () => {
  it("backing or supporting rebels, militias or separatists: AID", () => {
    const rec = events("Ukraine accuses Russia of backing separatist rebels in eastern Ukraine.");
    expect(rec.some((e) => e.type === "AID" && e.cameo === "072")).toBe(true);
    expect(rec.some((e) => e.type === "SUPPORT")).toBe(false);
    expect(keys("Iran supports Houthi rebels in Yemen.").some((k) => k.startsWith("AID IRN>"))).toBe(true);
  });

  it("backing a state, a bid or a plan stays support", () => {
    expect(keys("The United States backs Ukraine's bid to join Nato.")).toContain("SUPPORT USA>UKR");
    expect(keys("France backed Germany in the dispute.")).toContain("SUPPORT FRA>DEU");
  });
});

describe("senses: an act inside a plan given up is no act (senses.abandonVerbs)", () => {
  it("abandoning, scrapping or dropping a plan, bid or request: no event", () => {
    expect(events("Turkey abandoned its plan to invade Syria.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Russia scrapped plans to send troops to Belarus.").some((e) => e.type === "AID")).toBe(false);
    expect(events("Ukraine dropped its request to join Nato.").some((e) => e.type === "COOPERATE")).toBe(false);
  });

  it("a plan announced stays planned; force tried before it was given up stays force", () => {
    expect(keys("Turkey announced its plan to invade Syria.")).toContain("ASSAULT TUR>SYR");
    expect(keys("Russia abandoned its attempt to capture Kyiv this week.")).toContain("ASSAULT RUS>UKR");
  });
});

describe("senses: results are no threat (senses.resultNouns)", () => {
  it("'the consequences of' an act names its results", () => {
    expect(events("Zelensky said the war is hard to describe, given the consequences of Russian actions against Ukrainians.").some((e) => e.type === "THREATEN")).toBe(false);
  });

  it("consequences promised to a party stay a threat", () => {
    expect(keys("There will be consequences for Russia, Biden said.")).toContain("THREATEN USA>RUS");
  });
});

describe("senses: a counterfactual duty is no act (senses.counterfactualModals)", () => {
  it("'should have joined', 'should not have invaded': no event", () => {
    expect(events("Sweden should have joined Nato when the Baltic countries did.").some((e) => e.type === "COOPERATE")).toBe(false);
    expect(events("Russia should not have invaded Ukraine.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'has joined', 'could have invaded' are left to the status", () => {
    expect(keys("Sweden has joined Nato.")).toContain("COOPERATE SWE>NATO");
    expect(keys("Russia could have invaded Ukraine in 2014.")).toContain("ASSAULT RUS>UKR");
  });
});

describe("senses: 'on' a broadcast is where the words were said (senses.airVenues)", () => {
  it("insisting on a radio programme or a channel asks for nothing", () => {
    expect(events("Tony Blair insisted on BBC Radio 4's Today programme that the plan would work.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Tony Blair insisted on BBC Radio that Britain would not join the euro.").some((e) => e.type === "REQUEST")).toBe(false);
  });

  it("insisting on a party's act stays a request", () => {
    expect(keys("Washington insisted on Israel halting its offensive.")).toContain("REQUEST USA>ISR");
    expect(keys("Tony Blair insisted on Iran's compliance with the deal.")).toContain("REQUEST GBR>IRN");
  });
});
