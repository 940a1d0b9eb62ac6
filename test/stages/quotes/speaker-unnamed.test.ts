import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Who speaks in a quote whose attribution names no one: an unnamed official or a broker is its
// own speaker ("one western official said"), a pronoun goes on with the unnamed role that reported
// just before it, a future or modal cue ("he will say") still attributes, and a state's possessive
// in an appositive ("Their chairman, Belgium's Jan Peeters, promised") leaves the name the speaker.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: an unnamed person after the quote is its own speaker", () => {
  it("'one western official said' after a quote: the official, not a person named before", () => {
    const q = quotes("Foreign Minister Lena Marsh flew to Geneva on Monday.\n\n“Nobody expects a deal this week,” one western official said.").at(-1)!;
    expect(q.speakerName).toBe("western official");
    expect(q.speaker).toBeNull();
    expect(q.rule).toContain("quote-cue-speaker");
  });

  it("'another diplomat said' and 'one trader here said'", () => {
    const a = quotes("“The sanctions will bite within months,” another diplomat said.").at(-1)!;
    expect(a.speakerName).toBe("diplomat");
    const b = quotes("“Oil will not stay this cheap for long,” one trader here said.").at(-1)!;
    expect(b.speakerName).toBe("trader");
  });

  it("negative: 'one of them said' names no noun phrase of its own", () => {
    const q = quotes("“We were never told about the plan at all,” one of them said.").at(-1);
    expect(q?.speakerName ?? null).not.toBe("one");
  });
});

describe("speaker: he/she after an unnamed role with modifiers", () => {
  it("'An executive spokeswoman said ... \"...,\" she said' is the spokeswoman, not a woman named earlier", () => {
    const q = quotes("First Minister Helen Dunmore defended the guidance on Tuesday. An executive spokeswoman said the rules had been misread. “He meant adults, not children,” she said.").at(-1)!;
    expect(q.speakerName).toBe("spokeswoman");
    expect(q.speaker).toBeNull();
  });

  it("negative: a definite 'the chief spokeswoman' stands for no new person, so the woman named stays", () => {
    const q = quotes("First Minister Helen Dunmore defended the guidance on Tuesday. “He meant adults, not children,” she said.").at(-1)!;
    expect(q.speakerName).toBe("Helen Dunmore");
  });

  it("negative: a spokesman's report does not take a 'she said'", () => {
    const q = quotes("First Minister Helen Dunmore defended the guidance on Tuesday. A senior government spokesman said the rules had been misread. “He meant adults, not children,” she said.").at(-1)!;
    expect(q.speakerName).toBe("Helen Dunmore");
  });
});

describe("speaker: future and modal reporting verbs after the quote", () => {
  it("'she will say' and 'is expected to tell' attribute the quote", () => {
    const a = quotes("Prime Minister Anna Berg will address parliament on Thursday. “We stand ready to act,” she will say, according to excerpts.").at(-1)!;
    expect(a.speakerName).toBe("Anna Berg");
    expect(a.cue).toBe("say");
    const b = quotes("“The budget is balanced and the deficit will fall,” Finance Minister Karl Weiss is expected to tell lawmakers.").at(-1)!;
    expect(b.speakerName).toBe("Karl Weiss");
  });

  it("negative: 'would not say' reports no words of hers", () => {
    const q = quotes("“Whether the talks resume next month is still open,” Anna Berg would not say.").at(-1);
    expect(q?.cue ?? null).toBeNull();
  });
});

describe("speaker: a name with a state's possessive in an appositive", () => {
  it("'Their current chairman, Belgium's Jan Peeters, promised' is Jan Peeters", () => {
    const q = quotes("The league met in Brussels on Monday. Their current chairman, Belgium's Jan Peeters, promised “a fair hearing for all members”.").at(-1)!;
    expect(q.speakerName).toBe("Jan Peeters");
  });

  it("negative: a possessive name that no comma opens is not an appositive ('met Belgium's Jan Peeters, and said')", () => {
    const q = quotes("The chairman met Belgium's Jan Peeters, and said the league needed “a fair hearing for all members”.").at(-1);
    expect(q?.speakerName ?? null).not.toBe("Jan Peeters");
  });
});

describe("speaker: an unnamed role after the quote, with its body or a capitalised modifier", () => {
  it("'said one senior EU official' (inverted) and 'a Western diplomat, who asked not to be named, said'", () => {
    const a = quotes("Foreign Minister Lena Marsh flew to Geneva on Monday.\n\n“Nobody expects a deal this week,” said one senior EU official.").at(-1)!;
    expect(a.speakerName).toBe("senior EU official");
    const b = quotes("Foreign Minister Lena Marsh flew to Geneva on Monday.\n\n“Nobody expects a deal this week,” a Western diplomat, who asked not to be named, said.").at(-1)!;
    expect(b.speakerName).toBe("Western diplomat");
    expect(b.speaker).toBeNull();
  });

  it("'a spokesperson for the foreign ministry said': the role and its body speak", () => {
    const q = quotes("Foreign Minister Lena Marsh flew to Geneva on Monday.\n\n“Nothing has been decided so far,” a spokesperson for the foreign ministry said.").at(-1)!;
    expect(q.speakerName).toBe("spokesperson for the foreign ministry");
    expect(q.rule).toContain("quote-cue-speaker");
  });

  it("negative: 'a lawyer for Lena Marsh said' is not turned into an unnamed body", () => {
    const q = quotes("Lena Marsh was charged on Monday.\n\n“My client denies every count,” a lawyer for Lena Marsh said.").at(-1)!;
    expect(q.speakerName).not.toBe("lawyer for Lena Marsh");
  });

  it("negative: 'Mr Harlow said' keeps the person (a capitalised name is no modifier of a role)", () => {
    const q = quotes("“Nothing has been decided so far,” Mr Harlow said.").at(-1)!;
    expect(q.speakerName).toBe("Harlow");
  });
});

describe("speaker: a pronoun after a dash takes up the sentence's opening phrase", () => {
  it("'The French leader - he described it as ...' is the French leader, not the US president named before", () => {
    const q = quotes("Leaders gathered in Paris, including US President Donald Hale. The French leader - he called it a turning point - said “Europe must defend itself now”.").at(-1)!;
    expect(q.speakerName).not.toBe("Donald Hale");
    expect(q.speakerName).toBe("French leader");
    expect(q.speaker).toBe("FRA");
  });

  it("negative: a dash after a clause of its own ('He met the French leader - he said') leaves the pronoun to the chain", () => {
    const q = quotes("Leaders gathered in Paris, including US President Donald Hale. He met the French leader - he said “Europe must defend itself now”.").at(-1)!;
    expect(q.speakerName).toBe("Donald Hale");
  });
});

describe("speaker: a role phrase is not a journalist's", () => {
  it("'the chancellor told reporters' after 'Reporter Tom Baker asked' is the chancellor, not the reporter", () => {
    const q = quotes("Reporter Tom Baker asked about gas prices in Berlin. “We are not dependent on anyone,” the chancellor told reporters.").at(-1)!;
    expect(q.speakerName).toBe("chancellor");
    expect(q.speaker).toBeNull();
  });

  it("negative: the chancellor named before keeps the role; 'the reporter said' stays the reporter", () => {
    const a = quotes("Chancellor Olaf Brenner spoke in Berlin. Journalist Tom Baker asked about gas prices. “We are not dependent on anyone,” the chancellor told reporters.").at(-1)!;
    expect(a.speakerName).toBe("Olaf Brenner");
    const b = quotes("Journalist Tom Baker was detained in Minsk for a week. “I was treated well,” the reporter said.").at(-1)!;
    expect(b.speakerName).toBe("Tom Baker");
  });
});

describe("speaker: after an inverted cue, a description and the name in apposition, or an unnamed person", () => {
  it("'said the country's foreign minister, Anna Lind.' and 'said the panel's chairman, Democrat Richard Neale.'", () => {
    const a = quotes("Prime Minister Olof Berg spoke first. “The report is clear about the risks,” said the country's foreign minister, Anna Lind.").at(-1)!;
    expect(a.speakerName).toBe("Anna Lind");
    const b = quotes("Prime Minister Olof Berg spoke first. “The report is clear about the risks,” said the panel's chairman, Democrat Richard Neale.").at(-1)!;
    expect(b.speakerName).toBe("Richard Neale");
  });

  it("'said one visitor, Peron Kwan, after ...' is the visitor named; 'said one woman, who ...' an unnamed woman", () => {
    const a = quotes("Prime Minister Olof Berg spoke first. “We came to remember the dead here,” said one visitor, Peron Kwan, after tying a ribbon to a rail.").at(-1)!;
    expect(a.speakerName).toBe("Peron Kwan");
    const b = quotes("Prime Minister Olof Berg spoke first. “We came to remember the dead here,” said one woman, who spoke of shame.").at(-1)!;
    expect(b.speakerName).toBe("woman");
    expect(b.speaker).toBeNull();
  });

  it("negative: 'said a week later' and 'said a member of the crowd' make no speaker of a time or a part", () => {
    const a = quotes("Prime Minister Olof Berg spoke first.\n\n“We came to remember the dead here,” said a week later.").at(-1)!;
    expect(a.speakerName ?? null).toBeNull();
    const b = quotes("Prime Minister Olof Berg spoke first.\n\n“We came to remember the dead here,” said a member of the crowd.").at(-1)!;
    expect(b.speakerName ?? null).not.toBe("member");
  });

  it("negative: a name that does not close its phrase is no appositive ('said the trade envoy, Anna Lind's deputy.')", () => {
    const q = quotes("Foreign Minister Anna Lind spoke first. “The report is clear about the risks,” said the country's trade envoy, Anna Lind's deputy.").at(-1)!;
    expect(q.speakerName ?? null).not.toBe("Anna Lind");
  });
});

describe("speaker: a plural's possessive in the description before a name", () => {
  it("'the ruling Social Democrats’ defence spokesperson, Mogens Jansen, said' is the spokesperson, not the premier named before", () => {
    const a = quotes("Prime Minister Mette Holm spoke on Monday. “We must spend more on defence,” the ruling Social Democrats’ defence spokesperson, Mogens Jansen, said.").at(-1)!;
    expect(a.speakerName).toBe("Mogens Jansen");
    const b = quotes("Prime Minister Mette Holm spoke on Monday. “We must spend more on defence,” said the Social Democrats’ defence spokesperson, Mogens Jansen.").at(-1)!;
    expect(b.speakerName).toBe("Mogens Jansen");
  });

  it("negative: a plural body with no possessive and no name speaks as itself, not a person", () => {
    const q = quotes("Prime Minister Mette Holm spoke on Monday. “We must spend more on defence,” the ruling Social Democrats said.").at(-1)!;
    expect(q.speakerName).not.toBe("Mogens Jansen");
  });
});

describe("speaker: he/she after a sentence-opening 'One broker said' / 'Another analyst said'", () => {
  it("'One broker said ... The market fell. \"...,\" he said' is the broker, not the man named earlier", () => {
    const q = quotes("Trade Minister John Kerr spoke on Monday.\n\nOne broker said prices would rise sharply. The market fell. “It is a control,” he said.").at(-1)!;
    expect(q.speakerName).toBe("One broker");
    expect(q.speaker).toBeNull();
  });

  it("'Another trader said ... \"...,\" he said' is the trader", () => {
    const q = quotes("Energy Minister Paul Grant visited the port on Friday.\n\nAnother trader said supplies were short. “Nobody is selling,” he said.").at(-1)!;
    expect(q.speakerName).toMatch(/trader/);
    expect(q.speaker).toBeNull();
  });

  it("negative: a man named between the broker and the pronoun is whom 'he' goes on with", () => {
    const q = quotes("Trade Minister John Kerr spoke on Monday.\n\nOne broker said prices would rise sharply. Finance Minister Paul Reid objected. “It is a control,” he said.").at(-1)!;
    expect(q.speakerName).toBe("Paul Reid");
  });

  it("negative: 'One of the brokers said' is no single role phrase, and 'One spokeswoman' does not take 'he'", () => {
    const a = quotes("Trade Minister John Kerr spoke on Monday.\n\nOne of the brokers said prices would rise sharply. “It is a control,” he said.").at(-1)!;
    expect(a.speakerName).toBe("John Kerr");
    const b = quotes("Trade Minister John Kerr spoke on Monday.\n\nOne spokeswoman said prices would rise sharply. “It is a control,” he said.").at(-1)!;
    expect(b.speakerName).toBe("John Kerr");
  });
});

describe("speaker: a definite role with modifiers goes to the person last named with that office", () => {
  it("'the Scottish minister said' after 'Opposition leader X' is the minister named before, not the leader", () => {
    const q = quotes("Transport minister Alan Croft unveiled the rail plan on Monday. Opposition leader Rory Baird attacked it. “This is the right step for the north,” the 61-year-old minister said.").at(-1)!;
    expect(q.speakerName).toBe("Alan Croft");
    expect(q.rule).toContain("description-office");
  });

  it("negative: the nearer person holds that office, so the nearer person stays", () => {
    const q = quotes("Transport minister Alan Croft unveiled the rail plan on Monday. Opposition leader Rory Baird attacked it. “This is the wrong step for the north,” the 61-year-old leader said.").at(-1)!;
    expect(q.speakerName).toBe("Rory Baird");
  });

  it("negative: no one named holds the office, so the person before stays", () => {
    const q = quotes("Transport minister Alan Croft unveiled the rail plan on Monday. Opposition leader Rory Baird attacked it. “This is the wrong step for the north,” the 61-year-old chairman said.").at(-1)!;
    expect(q.speakerName).toBe("Rory Baird");
  });
});

describe("speaker: he/she after 'A spokesman for the ministry said'", () => {
  it("'A spokesman for the ministry said ... \"...,\" he said' goes on with the ministry's spokesman, not the man named before", () => {
    const q = quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nA spokesman for the ministry said the crossings would stay shut. The queues grew. “Nobody is coming through this week,” he said.").at(-1)!;
    expect(q.speakerName).toBe("ministry");
    expect(q.speaker).toBe(quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nA spokesman for the ministry said the crossings would stay shut.").at(-1)!.speaker);
  });

  it("'A spokeswoman for the ministry said ... she said' too", () => {
    const q = quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nA spokeswoman for the ministry said the crossings would stay shut. “Nobody is coming through this week,” she said.").at(-1)!;
    expect(q.speakerName).toBe("ministry");
  });

  it("negative: a spokeswoman does not take 'he', and a man named between takes it", () => {
    const a = quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nA spokeswoman for the ministry said the crossings would stay shut. “Nobody is coming through this week,” he said.").at(-1)!;
    expect(a.speakerName).toBe("Tomas Wenzel");
    const b = quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nA spokesman for the ministry said the crossings would stay shut. Police chief Otto Brandt disagreed. “Nobody is coming through this week,” he said.").at(-1)!;
    expect(b.speakerName).toBe("Otto Brandt");
  });

  it("negative: a plural 'Supporters of the party said' is no one person whom 'he' stands for", () => {
    const q = quotes("Interior Minister Tomas Wenzel toured the border on Monday.\n\nSupporters of the party said the crossings would stay shut. “Nobody is coming through this week,” he said.").at(-1)!;
    expect(q.speakerName).toBe("Tomas Wenzel");
  });
});

describe("speaker: a plural group after an inverted cue ('said administration officials')", () => {
  it("'\"...,\" said administration officials' is the group of officials, not the man named before", () => {
    const q = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\n“The strikes will continue until the launchers are gone,” said administration officials.").at(-1)!;
    expect(q.speakerName).toBe("administration officials");
    expect(q.cue).toBe("said");
  });

  it("'\"...,\" said Western diplomats' too", () => {
    const q = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\n“Nobody expects a ceasefire before spring,” said Western diplomats.").at(-1)!;
    expect(q.speakerName).toBe("Western diplomats");
  });

  it("negative: a time word is no modifier of the group ('said Tuesday officials'), and a phrase that goes on is left alone", () => {
    const a = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\n“Nobody expects a ceasefire before spring,” said Tuesday officials.").at(-1)!;
    expect(a.speakerName ?? null).not.toBe("Tuesday officials");
    const b = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\n“Nobody expects a ceasefire before spring,” said Western diplomats who met the envoy.").at(-1)!;
    expect(b.speakerName ?? null).not.toBe("Ray Dolan");
  });
});

describe("speaker: 'one said' after a plural group that reported", () => {
  it("'Administration officials said ... \"...,\" one said' is one of the officials, not the man named before", () => {
    const q = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\nAdministration officials, who spoke on condition of anonymity, said the strikes would go on. “Nobody wants a long campaign,” one said.").at(-1)!;
    expect(q.speakerName).toMatch(/officials/);
    expect(q.rule).toContain("one-of-group");
  });

  it("'Western diplomats said ... \"...,\" one of them said'", () => {
    const q = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\nWestern diplomats said the strikes would go on. “Nobody wants a long campaign,” one of them said.").at(-1)!;
    expect(q.speakerName).toMatch(/diplomats/);
  });

  it("negative: no group reported before, so 'one said' gets no group", () => {
    const q = quotes("Intelligence chief Ray Dolan briefed senators on Monday.\n\nThe strikes went on through the night. “Nobody wants a long campaign,” one said.").at(-1);
    expect(q?.rule ?? "").not.toContain("one-of-group");
  });
});
