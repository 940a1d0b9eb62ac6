import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Who speaks when words stand between a speaker and the cue: a relative clause, an appositive
// description, a name of several words; and who goes on speaking in the paragraph after.
const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("speaker: a word of a name is never the cue", () => {
  it("'the United States \"stands ready\"': States is part of the name, the subject speaks", () => {
    const qs = quotes('Foreign Minister Ana Duarte said in Lisbon on Monday the United States "remains a partner we can rely on."');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.cue).not.toBe("States");
      expect(q.speakerName).toBe("Ana Duarte");
    }
  });

  it("a speech verb after a name is still a cue ('Washington states')", () => {
    const [q] = quotes("The United States says the embargo will stay in place until the talks resume.");
    expect(q).toMatchObject({ cue: "says", speaker: "USA" });
  });
});

describe("speaker: a relative clause between the subject and the cue", () => {
  it("'NAME, a DESCRIPTION who ..., wrote': the named person, not the description", () => {
    const [q] = quotes("Pavel Orlov, a well-known Russian military commentator who has grown more hawkish over the year, wrote on Tuesday that the army should be rebuilt.");
    expect(q.speakerName).toBe("Pavel Orlov");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("'THE BODY, which includes A, B and C, said': the body, not a member it lists", () => {
    const [q] = quotes("The Coalition for Clean Rivers, which includes Friends of the Earth, River Watch and the Angling Trust, said the new rules were too weak.");
    expect(q.speakerName).toMatch(/Coalition for Clean Rivers/);
    expect(q.speakerName).not.toMatch(/River Watch|Angling/);
  });

  it("'NAME, who ..., said': the name", () => {
    const [q] = quotes("Nick Ferrari, who chairs the transport committee, said the plan would cost too much.");
    expect(q.speakerName).toBe("Nick Ferrari");
  });

  it("'TITLE NAME of PLACE, who ..., said': the titled person, not a phrase without them", () => {
    const [a] = quotes("Former minister Clare Dunmore, who resigned over the war, said the statement had been shown to the cabinet.");
    expect(a.speakerName).toBe("Clare Dunmore");
    expect(a.speaker).toMatch(/^person:/);
    const [b] = quotes("Sen. Tom Wexler of Ohio, who sits on the armed services committee, told reporters that the plan was flawed.");
    expect(b.speakerName).toBe("Tom Wexler");
  });

  it("a description with no name before it keeps the description ('A guest who spoke to Reuters said')", () => {
    const [q] = quotes("Another guest who spoke to the Reuters news agency said the party had ended early.");
    expect(q.speakerName).toBe("guest");
  });

  it("a relative clause on an object is no subject's ('..., which X, the president, said')", () => {
    const qs = quotes("Troops shelled the town of Lysa, which the mayor, Olena Dovzhenko, said was now without power.");
    for (const q of qs) expect(q.speakerName).not.toBe("town");
  });
});

describe("speaker: '\"...,\" it said'", () => {
  it("'it' after a direct quote is the institution that reported in the sentences before", () => {
    const qs = quotes(
      "Amnesty International said the attack hit a shelter for families.\n\nIt said the strikes were part of a wider campaign.\n\n“Supply lines from the south feed the whole front,” it said.",
    );
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speakerName).toBe("Amnesty International");
  });

  it("'it' with a person as the last reporter is not resolved to the person", () => {
    const qs = quotes("Maria Lopez said the attack hit a supply hub.\n\n“The whole front depends on it,” it said.");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speakerName ?? null).not.toBe("Maria Lopez");
  });
});

describe("speaker: '\"...,\" it said' finds only the nearest report", () => {
  it("'X wrote a letter. \"...,\" it said': no earlier report stands in for the letter", () => {
    const qs = quotes("Her school called the police on Monday.\n\nThis week, Masha wrote her father a letter from the shelter.\n\n“Know that we will win, whatever happens to us now,” it said.");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speakerName ?? null).not.toBe("school");
  });
});

describe("speaker: a quote paragraph after a person's reported words", () => {
  it("the person whose words the sentence before reports goes on speaking", () => {
    const qs = quotes("Health Secretary Joan Pritchard said it was vital to keep the wards open.\n“It is very important that we keep every ward open this winter.”");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct).toMatchObject({ speakerName: "Joan Pritchard", rule: "quotes/direct:continued-report+speaker:person" });
  });

  it("not after a sentence that reports no one's words", () => {
    const qs = quotes("Joan Pritchard met hospital managers in Leeds on Friday.\n“It is very important that we keep every ward open this winter.”");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speaker ?? null).toBeNull();
  });

  it("not after a report whose speaker is no person", () => {
    const qs = quotes("The ministry said it was vital to keep the wards open.\n“It is very important that we keep every ward open this winter.”");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.rule).not.toMatch(/continued-report/);
  });

  it("not after a request ('called for'), which reports no words", () => {
    const qs = quotes("Joan Pritchard called for calm in the wards.\n“It is very important that we keep every ward open this winter.”");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speaker ?? null).toBeNull();
  });

  it("not across a paragraph in between", () => {
    const qs = quotes("Joan Pritchard said it was vital to keep the wards open.\n\nThe hospital has 400 beds and serves the whole county.\n\n“It is very important that we keep every ward open this winter.”");
    const direct = qs.find((q) => q.kind === "direct");
    expect(direct?.speaker ?? null).toBeNull();
  });
});

describe("speaker: descriptions after an inverted or final cue", () => {
  it("'said one of his lawyers, NAME': the named lawyer", () => {
    const qs = quotes("Corporal Dunn was sentenced on Friday.\n\n“This has been a long ordeal,” said one of his lawyers, Maria Castellano.");
    expect(qs.find((q) => q.kind === "direct")?.speakerName).toBe("Maria Castellano");
  });

  it("'said one of his lawyers' with no name after it names no one", () => {
    const qs = quotes("Corporal Dunn was sentenced on Friday.\n\n“This has been a long ordeal,” said one of his lawyers.");
    expect(qs.find((q) => q.kind === "direct")?.speaker ?? null).toBeNull();
  });

  it("'said 20-year-old politics student NAME': the age is part of the description", () => {
    const [q] = quotes("\"It has been a fantastic few weeks,\" said 20-year-old politics student Tom Ashworth.");
    expect(q.speakerName).toBe("Tom Ashworth");
  });

  it("'the 70-year-old leader said', 'the Conservative leader said': the person named before", () => {
    const a = quotes("Vladimir Putin spoke in Volgograd on Thursday.\n\n\"Those who hope to defeat us do not understand it,\" the 70-year-old leader said.");
    expect(a.find((q) => q.kind === "direct")?.speakerName).toBe("Vladimir Putin");
    const b = quotes("Michael Howard spoke in Bournemouth on Monday.\n\n\"Britain is heading in the wrong direction,\" the Conservative leader said.", "2005-01-01");
    expect(b.find((q) => q.kind === "direct")?.speakerName).toBe("Michael Howard");
  });

  it("a plural role after a quote is a group, not the person named before", () => {
    const qs = quotes("Michael Howard spoke in Bournemouth on Monday.\n\n\"Britain is heading in the wrong direction,\" the Conservative officials said.", "2005-01-01");
    expect(qs.find((q) => q.kind === "direct")?.speakerName).not.toBe("Michael Howard");
  });
});

describe("speaker: a state before a description and a name", () => {
  it("'according to the US cybersecurity firm NAME': the firm, not the state", () => {
    const [q] = quotes("The attacks were planned for months, according to the US cybersecurity firm Recorded Future.");
    expect(q).toMatchObject({ speakerName: "Recorded Future", speaker: null });
  });

  it("'Ukraine's nuclear operator ORG ..., but says': the organisation the description leads to", () => {
    const [q] = quotes("Ukraine’s nuclear operator Energoatom reports a cyberattack on its website, but says its plants are safe.");
    expect(q.speakerName).toBe("Energoatom");
  });

  it("a state's own office is still the state's ('Russia's defence ministry said')", () => {
    const [q] = quotes("Russia’s defence ministry said the drills had ended.");
    expect(q.speaker).toBe("RUS");
  });

  it("a date after the description is no name ('the US firm Monday said')", () => {
    for (const q of quotes("The attacks were planned for months, according to the US security agency Monday.")) expect(q.speakerName).not.toBe("Monday");
  });
});

describe("speaker: 'it' after a fronted subordinate clause", () => {
  it("'although X agreed ..., it said': X, not an institution of the sentence before", () => {
    const qs = quotes("Nato's chief said the target was a floor.\n\nBut although Downing Street agreed the target was outdated, it said there needed to be a reality check on spending.");
    expect(qs.find((q) => q.text.startsWith("there needed"))?.speakerName).toBe("Downing Street");
  });

  it("'although the ministry denied ..., it said': the ministry", () => {
    const qs = quotes("Downing Street said the plan was dead.\n\nAlthough the ministry denied the report, it said talks would go on.");
    expect(qs.find((q) => q.text.startsWith("talks"))?.speakerName).toBe("ministry");
  });

  it("a person as the clause's subject is never 'it'", () => {
    const qs = quotes("Downing Street said the plan was dead.\n\nAlthough Sarah Whitcombe denied the report, it said talks would go on.");
    expect(qs.find((q) => q.text.startsWith("talks"))?.speakerName).not.toBe("Sarah Whitcombe");
  });
});

describe("speaker: 'said the investment firm NAME'", () => {
  it("a name we do not know after an inverted cue and a description speaks", () => {
    const qs = quotes("Markets fell on Thursday.\n\n“The sanctions hit is going to be significant,” said the investment firm Halvorsen Capital.");
    expect(qs.find((q) => q.kind === "direct")?.speakerName).toBe("Halvorsen Capital");
  });

  it("a day after the description is no name ('said the spokesman Monday')", () => {
    const qs = quotes("Markets fell on Thursday.\n\n“The sanctions hit is going to be significant,” said the spokesman Monday.");
    expect(qs.find((q) => q.kind === "direct")?.speakerName).not.toBe("Monday");
  });
});
