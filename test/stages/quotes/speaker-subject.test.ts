import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The speaker of a quote is the subject of its reporting verb: not a noun inside a description of
// that subject, not an organisation the speaker belongs to, not a word of the quote.
const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("speaker: the subject of the reporting verb", () => {
  it("an inverted cue before a lower-case description and a name: the name speaks", () => {
    const [q] = quotes("“We will not accept this,” said the veteran opposition politician Alexei Navalny.");
    expect(q.speakerName).toBe("Alexei Navalny");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("an inverted cue before a description with no name keeps the description", () => {
    const [q] = quotes("“We will not accept this,” said the ministry in Moscow.");
    expect(q.speakerName).toBe("ministry");
  });

  it("an organisation's abbreviation in parentheses before its person's title and name", () => {
    const [q] = quotes("“We will not accept this,” the International Atomic Energy Agency (IAEA) spokesman Fredrik Dahl told reporters.");
    expect(q.speakerName).toBe("Fredrik Dahl");
  });
});

describe("speaker: a plural noun that a prepositional phrase modifies", () => {
  it("'opponents of the deal say': the opponents speak, not the deal", () => {
    const [q] = quotes("But opponents of the deal say it would leave open a lane for Iran.");
    expect(q.speakerName).toBe("opponents of the deal");
  });

  it("'supporters of X said', 'lawyers for X said': not X", () => {
    const [a] = quotes("Supporters of Navalny said the verdict was political revenge.");
    expect(a.speakerName).toBe("Supporters of Navalny");
    expect(a.speaker).toBeNull();
    const [b] = quotes("Lawyers for Mr. Cohen said he would appeal the ruling.");
    expect(b.speakerName).toBe("Lawyers for Mr. Cohen");
  });

  it("'governors in Ukraine say': the place they are in gives their state", () => {
    const [q] = quotes("City mayors and regional governors in Ukraine say they already face funding shortfalls.");
    expect(q.speakerName).toBe("City mayors and regional governors in Ukraine");
    expect(q.speaker).toBe("UKR");
  });

  it("a singular noun or a named person before the cue is left as it was", () => {
    const [a] = quotes("Navalny said the verdict was political revenge.");
    expect(a.speakerName).toMatch(/Navalny/);
    expect(a.speaker).toMatch(/^person:/);
    const [b] = quotes("The supporters of Navalny met on Monday. Navalny said the verdict was political revenge.");
    expect(b.speakerName).toMatch(/Navalny/);
    expect(b.speaker).toMatch(/^person:/);
  });
});

describe("speaker: a person of an organisation", () => {
  it("'X of the Cairo-based Al-Azhar, one of ..., said': the person speaks, not the institution", () => {
    const [q] = quotes("Sheik Ahmed el-Tayeb of the Cairo-based Al-Azhar, one of the most prestigious institutions, said the kidnappings were against Islam.");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("an organisation with no person of it before stays the speaker", () => {
    const [q] = quotes("The Brookings Institution said the sanctions would fail.");
    expect(q.speakerName).toBe("Brookings Institution");
  });
});

describe("speaker: he/she over a chain of sentences with the same pronoun as subject", () => {
  // (the quoted paragraph between names no one; the pronoun's own sentence names the president as an object)
  const text =
    "Akif Kilic, the chair of the foreign affairs committee, said Turkey deserved respect. " +
    "“What are they going to do? They have been harbouring terrorist organisations. The only thing we demand is that there are no distinctions. A terrorist organisation is a terrorist organisation.” " +
    "He denied the crisis was an attempt to fan nationalist flames, saying the opposition parties were supportive of the stance of the president, Recep Tayyip Erdogan. " +
    "He also said there was no attempt to barter with the US over arms deals.";

  it("'He also said' after 'He denied ... the president, Erdogan': the chain's subject, not the object", () => {
    const qs = quotes(text);
    expect(qs.find((q) => q.text.startsWith("there was no attempt"))?.speakerName).toMatch(/Kilic/);
    expect(qs.find((q) => q.text.startsWith("the opposition parties"))?.speakerName).toMatch(/Kilic/);
  });

  it("a sentence whose subject is someone else named breaks the chain", () => {
    const qs = quotes("Akif Kilic said Turkey deserved respect. Recep Tayyip Erdogan met Kilic on Monday. He said there was no attempt to barter over arms deals.");
    const last = qs.find((q) => q.text.startsWith("there was no attempt"));
    expect(last?.speakerName).toMatch(/Erdo/);
  });
});

describe("speaker: the cue after a relative clause", () => {
  it("'\"...,\" a former official who worked on Middle East policy told the Journal'", () => {
    const [q] = quotes("“It is embarrassing for the administration to have so many members break ranks,” a former State Department official who worked on Middle East policy told the Journal.");
    expect(q.speakerName).toBe("former State Department official");
  });

  it("a relative clause with its own quote or a comma gives no cue of the quote's", () => {
    const [q] = quotes("“It is embarrassing for the administration,” a former official who said, like others, that it was wrong.");
    expect(q.speakerName).toBeNull();
  });
});

describe("speaker: he/she after an unnamed person brought in as a reporter", () => {
  it("'A senior official ... told Reuters X. \"...,\" he said.': the official", () => {
    const qs = quotes("A senior Foreign Ministry official, who declined to be identified, told Reuters the threats had undercut the government. “Anything we do, we will be bashed,” he said.");
    expect(qs.find((q) => q.text.startsWith("Anything"))?.speakerName).toBe("senior Foreign Ministry official");
  });

  it("a definite role ('the commander') stands for the person named before it", () => {
    const qs = quotes("Vadim Kabanchuk said the battalion was ready. The commander said most soldiers lacked any motivation. “They have no motivation at all,” he said.");
    expect(qs.find((q) => q.text.startsWith("They have"))?.speakerName).toMatch(/Kabanchuk/);
  });
});

describe("speaker: the subject of a participle's clause", () => {
  it("'Speaking to NPR, Obama responded ..., saying that': not the outlet in the fronted adverbial", () => {
    const [q] = quotes("Speaking to NPR, Obama responded to those strategies, saying that more bombs are not the answer.");
    expect(q.speakerName).toMatch(/Obama/);
  });

  it("'... beyond Ukraine, he said, arguing that': not a preposition's object", () => {
    const qs = quotes("Oleksandr Starukh is the governor of Zaporizhzhia. The problems could extend beyond Ukraine, he said, arguing that Europe could face another wave of migrants.");
    expect(qs.find((q) => q.text.startsWith("Europe could"))?.speakerName).toMatch(/Starukh/);
  });

  it("'Members of Congress have recognized ..., telling reporters': the members", () => {
    const [q] = quotes("Members of Congress have recognized this pervasive issue, telling reporters that there is an urgency to the problem.");
    expect(q.speakerName).toBe("Members of Congress");
  });

  it("a clause that 'as' or 'after' opens has a subject of its own", () => {
    const [q] = quotes("Many outdoor events were cancelled as officials urged people to stay indoors, stressing that the fumes were dangerous.");
    expect(q.speakerName).toBe("officials");
  });
});

describe("speaker: the head of a role's body", () => {
  it("'the new head of the British army said': the head speaks, with the army's state", () => {
    const [q] = quotes("It came as the new head of the British army said British troops must prepare to fight.");
    expect(q.speakerName).toBe("new head of the British army");
    expect(q.speaker).toBe("GBR");
  });

  it("a part of a group is the group: 'a number of protesters said'", () => {
    const [q] = quotes("A number of protesters said that they wished more people had come out against the war.");
    expect(q.speakerName).toBe("protesters");
  });
});

describe("speaker: an adverbial between the speaker and the cue", () => {
  it("a time or place phrase after the speaker ('The Pentagon at the time said') is no speaker", () => {
    const [a] = quotes("The Pentagon at the time said it had not developed those plans.");
    expect(a.speakerName).toBe("Pentagon");
    const [b] = quotes("Authorities in Kumamoto prefecture said on Thursday that 34 people had died.");
    expect(b.speakerName).toBe("Authorities");
  });

  it("'of' completes its head and 'against' is no adverbial: the head speaks with its of-phrase (issue 14)", () => {
    const [a] = quotes("The head of the delegation said the talks would resume.");
    expect(a.speakerName).toBe("head of the delegation");
  });

  it("a speech noun after 'in'/'at' is how the speaker spoke ('X in a statement said')", () => {
    const [a] = quotes("Foreign Minister Sergei Lavrov at a news conference said the talks would resume.");
    expect(a.speakerName).toBe("Sergei Lavrov");
    const [b] = quotes("The ministry in a statement said the talks would resume.");
    expect(b.speakerName).toBe("ministry");
  });
});

describe("speaker: 'X was quoted as saying'", () => {
  it("the subject of the passive 'quoted' is who spoke, with or without the relay", () => {
    const [a] = quotes("Foreign Minister Sergei Lavrov arrived. “We will not back down,” Lavrov was quoted as saying by Interfax.");
    expect(a.speakerName).toBe("Sergei Lavrov");
    const [b] = quotes("Foreign Minister Sergei Lavrov arrived. “We will not back down,” Lavrov was quoted by the Tass news agency as saying.");
    expect(b.speakerName).toBe("Sergei Lavrov");
  });

  it("another passive after a quote ('was seen leaving') attributes nothing", () => {
    const [a] = quotes("Foreign Minister Sergei Lavrov arrived. “We will not back down,” Lavrov was seen leaving the building.");
    expect(a.speakerName).toBeNull();
  });
});

describe("speaker: a document speaks for its authors, never for its addressee", () => {
  it("'The letter to Biden ... says': not Biden, and the quote after goes on with the letter", () => {
    const qs = quotes("The letter to Biden, obtained first by Fox News Digital, says only Congress has the power to declare war. “Congress must weigh this,” the letter states.");
    expect(qs[0].speakerName).toBe("letter");
    expect(qs[0].speaker).toBeNull();
  });

  it("a possessor of the document is its author: 'Putin's message to Biden said'", () => {
    const [q] = quotes("Putin's message to Biden said the talks would resume.");
    expect(q.speaker).toBe("person:vladimir-putin");
  });

  it("'to' after a person is no document's: 'Biden told Putin', 'Lavrov spoke to reporters and said'", () => {
    const [a] = quotes("Foreign Minister Sergei Lavrov spoke to Antony Blinken on Monday and said the talks would resume.");
    expect(a.speakerName).toBe("Sergei Lavrov");
  });
});

describe("speaker: the head of a relative clause or of 'close to'", () => {
  it("'Another guest who spoke to the Reuters news agency said': the guest, not Reuters", () => {
    const [a] = quotes("Another guest who spoke to the Reuters news agency said the night had been moving.");
    expect(a.speakerName).toBe("guest");
    expect(a.speaker).toBeNull();
    const [b] = quotes("Some key members who had been pressing for the information said they were satisfied.");
    expect(b.speakerName).toBe("key members");
  });

  it("an appositive's relative clause keeps the name ('Menendez, a Democrat who chairs ..., told')", () => {
    const [a] = quotes("Bob Menendez, a Democrat who is chairman of the Senate foreign relations committee, told MSNBC that the sanctions were a good first step.");
    expect(a.speakerName).toBe("Bob Menendez");
  });

  it("'sources close to the government said': the sources, not the government or the person", () => {
    const [a] = quotes("Sources close to the government said the minister would resign.");
    expect(a.speakerName).toBe("Sources close to the government");
    const [b] = quotes("People close to Hillary Clinton say she will approach Iran with caution.");
    expect(b.speaker).toBeNull();
    expect(b.speakerName).toBe("People close to Hillary Clinton");
  });

  it("'close to' after a verb is no speaker's phrase", () => {
    const [a] = quotes("Foreign Minister Sergei Lavrov, speaking close to the border, said the talks would resume.");
    expect(a.speakerName).toBe("Sergei Lavrov");
  });
});

describe("speaker: a role sent 'to' a place or a person", () => {
  it("'Russia's ambassador to Poland said': the ambassador, of the sender's state, not Poland", () => {
    const [a] = quotes("Russia's ambassador to Poland said the talks would resume.");
    expect(a.speakerName).toBe("Russia's ambassador to Poland");
    expect(a.speaker).toBe("RUS");
  });

  it("'aides to Mr Macron said': the aides, not Macron", () => {
    const [a] = quotes("The pair will hold a TV debate on 3 May, aides to Emmanuel Macron said on Monday.");
    expect(a.speakerName).toMatch(/^aides to/);
    expect(a.speaker).not.toBe("person:emmanuel-macron");
  });
});
