import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// role nouns converted from PETRARCH-2's agents (data/agents-phoenix.json): they say which part of a
// state a person or a group is, which is what an act inside one state needs
describe("actors: role nouns from PETRARCH-2's agents", () => {
  it("a role before a name gives the person a sector, and the state word before it the state", () => {
    expect(person(extract("Egyptian police arrested the Egyptian blogger Alaa Abd El-Fattah."), "Fattah")).toMatchObject({ sector: "MED", country: "EGY" });
    expect(person(extract("A Russian court jailed the Russian opposition activist Ilya Yashin."), "Yashin")).toMatchObject({ sector: "OPP", country: "RUS" });
  });

  it("dyad's own titles come first", () => {
    expect(person(extract("Russian President Vladimir Putin spoke on Friday."), "Putin")).toMatchObject({ sector: "GOV" });
  });

  it("negative: a capitalised role word inside a name is no title ('Wales Tourist Board' is no person 'Board')", () => {
    const rec = extract("Three Welsh quangos, the training body Elwa and the Wales Tourist Board, will be abolished.");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).not.toContain("Board");
  });

  it("negative: a role noun with no name after it makes no person", () => {
    const rec = extract("The journalist said the protester had been released.");
    expect(rec.actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("events: acts inside one state on persons with a role", () => {
  const stateKeys = (text: string) => {
    const rec = extract(text, "2019-06-01");
    const st = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? rec.actors.find((a) => a.id === id)?.country ?? id;
    return rec.events.map((e) => `${e.type} ${e.source.map(st).join("+")}>${e.target.map(st).join("+")}`);
  };

  it("the police against a journalist of their own state", () => {
    expect(stateKeys("Russian police arrested the Russian journalist Ivan Golunov in Moscow.")).toContain("COERCE RUS>RUS");
  });

  it("the police against rioters of their own state (a plural role as a group head)", () => {
    expect(stateKeys("Iraqi policemen clashed with Iraqi rioters in Basra.")).toContain("ASSAULT IRQ>IRQ");
  });

  it("negative: a reporter acting on a reporter is one part, not two", () => {
    expect(stateKeys("An American reporter accused an American journalist of plagiarism.")).toEqual([]);
  });
});

describe("actors: the longer of a name and a title wins", () => {
  it("'Labour Minister' is a portfolio: the person is of the state before it, not of the Labour Party's", () => {
    expect(person(extract("Serbian Labour Minister Dragan Milovanovic signed the bill."), "Milovanovic")).toMatchObject({ country: "SRB", sector: "GOV" });
    expect(person(extract("US Labor Secretary Marty Walsh met union leaders."), "Walsh")).toMatchObject({ country: "USA" });
  });

  it("negative: the party's own name is still the party", () => {
    const rec = extract("The Labour Party accused the government of neglect.");
    expect(rec.actors.some((a) => a.id === "org:labour-party")).toBe(true);
  });
});

describe("role mentions: a role noun modifying a common noun names no one", () => {
  const roleMentions = (text: string) =>
    extract(text, "1996-08-30").actors.filter((a) => a.kind === "person").flatMap((a) => a.mentions.filter((m) => m.rule.endsWith("coref:role")).map((m) => m.text));

  it("gives no person 'the rebel region' or 'the guerrilla bombing'", () => {
    expect(roleMentions("Alexander Lebed started a new round of peace talks on Friday just outside the rebel region .")).toEqual([]);
    expect(roleMentions("Alexander Lebed met the rebel commanders on Friday .")).toEqual([]);
  });

  it("keeps a role noun that stands for the person", () => {
    expect(roleMentions("President Bill Clinton spoke on Monday . The president said he was pleased .")).toEqual(["The president"]);
  });
});

describe("actors: two bare roles joined by 'and' describe one name", () => {
  it("the first role's state is the person's ('former Russian officer and ardent ultranationalist X')", () => {
    expect(person(extract("The arrest of former Russian officer and ardent ultranationalist Igor Strelkov was a shock."), "Strelkov")).toMatchObject({ country: "RUS" });
    expect(person(extract("Belarusian journalist and activist Ivan Petrov was jailed."), "Petrov")).toMatchObject({ country: "BLR" });
  });

  it("the mention keeps the nearest title only", () => {
    const p = person(extract("Belarusian journalist and activist Ivan Petrov was jailed."), "Petrov")!;
    expect(p.mentions[0].title?.text).toBe("activist");
  });

  it("negative: an article before the first role makes it a phrase of its own ('met the French president and rapper X')", () => {
    expect(person(extract("He met the French president and rapper Ivan Petrov."), "Petrov")?.country ?? null).toBeNull();
  });

  it("negative: a plural role is other people ('Russian officers and activist X')", () => {
    expect(person(extract("Russian officers and activist Ivan Petrov were seen."), "Petrov")?.country ?? null).toBeNull();
  });
});
