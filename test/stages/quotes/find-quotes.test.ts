import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("quotes", () => {
  it("direct quote before its cue, with the relay", () => {
    const [q] = quotes("“Iran is an important partner for us,” Kremlin spokesperson Dmitry Peskov told press, according to a Reuters report.");
    expect(q).toMatchObject({ kind: "direct", speakerName: "Dmitry Peskov", cue: "told", via: "Reuters", text: "Iran is an important partner for us" });
    expect(q.speaker).toMatch(/^person:/);
  });

  it("direct quote after its cue", () => {
    const [q] = quotes("Zelenskiy said: “Europe has enough strength to stop this aggression.”", "2022-02-25");
    expect(q).toMatchObject({ kind: "direct", cue: "said" });
    expect(q.speakerName).toMatch(/Zelensk/);
  });

  it("inverted cue: said X", () => {
    const [q] = quotes("“We will not accept this at all,” said Lavrov.");
    expect(q.speakerName).toMatch(/Lavrov/);
  });

  it("a quote split by its cue gives two quotes with one speaker", () => {
    const qs = quotes("“This is wrong,” Lavrov said, “and everyone knows it very well.”");
    expect(qs).toHaveLength(2);
    expect(qs.every((q) => q.speakerName?.includes("Lavrov"))).toBe(true);
  });

  it("a quote over several paragraphs is one quote", () => {
    const text = "Blinken said: “We have seen Russia try to develop relations.\n“We will do everything we can to stop it.”\nThe talks ended.";
    const qs = quotes(text).filter((q) => q.kind === "direct");
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toContain("We will do everything");
    expect(qs[0].speakerName).toMatch(/Blinken/);
  });

  it("an unattributed quote paragraph continues the last speaker", () => {
    const qs = quotes("“Countries must play by the rules,” Truss said.\n“We have shown with Russia the kind of choices we are prepared to make.”", "2022-04-28");
    expect(qs).toHaveLength(2);
    expect(qs[1].speakerName).toMatch(/Truss/);
  });

  it("partial quote inside reported speech, speaker from a pronoun", () => {
    const qs = quotes("US Secretary of State Antony Blinken spoke at the time. He added that the US will “do everything we can to cut off the support.”", "2024-06-20");
    const p = qs.find((q) => q.kind === "partial")!;
    expect(p.text).toBe("do everything we can to cut off the support.");
    expect(p.speakerName).toMatch(/Blinken/);
  });

  it("indirect speech: X said (that) ..., X claimed that ...", () => {
    const [q] = quotes("National security adviser Jake Sullivan recently claimed that the Biden administration is leaving Russia weaker, even as the Kremlin moves.");
    expect(q).toMatchObject({ kind: "indirect", cue: "claimed", text: "the Biden administration is leaving Russia weaker" });
    expect(q.speakerName).toMatch(/Sullivan/);
    const [r] = quotes("Russian Foreign Minister Sergei Lavrov says the partnership pact should not be a cause of concern.");
    expect(r).toMatchObject({ kind: "indirect", text: "the partnership pact should not be a cause of concern" });
  });

  it("indirect speech: CLAUSE, the outlet reported — the outlet is the speaker", () => {
    const [q] = quotes("Russia and Iran’s leaders are expected to discuss transit corridors, Bloomberg reported.");
    expect(q).toMatchObject({ kind: "indirect", speakerName: "Bloomberg", via: null });
  });

  it("indirect speech: according to X", () => {
    const [q] = quotes("According to Iran’s foreign ministry spokesman Esmaeil Baghaei, the attack was contrary to the principle of good neighbourliness.", "2026-07-08");
    expect(q.kind).toBe("indirect");
    expect(q.speakerName).toMatch(/Baghaei/);
    expect(q.text).toMatch(/^the attack was contrary/);
  });

  it("participle cue: the subject speaks", () => {
    const [q] = quotes("Russian foreign ministry spokesperson Maria Zakharova brushed off the measures, saying: “Neither Putin nor Lavrov have accounts abroad.”", "2022-02-25");
    expect(q.speakerName).toMatch(/Zakharova/);
  });

  it("appositive speaker between commas", () => {
    const [q] = quotes("Germany’s finance minister, Christian Lindner, said on Friday that his government was open to it.", "2022-02-25");
    expect(q).toMatchObject({ kind: "indirect", text: "his government was open to it" });
    expect(q.speakerName).toMatch(/Lindner/);
  });

  it("anonymous speakers keep their description", () => {
    const [q] = quotes("“Swift is still on the table,” the EU official said.");
    expect(q.speakerName).toMatch(/official/);
  });

  it("offsets index the quoted words in the text", () => {
    const text = "“Iran is an important partner for us,” Peskov told press.";
    for (const q of quotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  describe("speakers after the quote, past their titles and appositives", () => {
    it("a state or party word before a titled person", () => {
      const [q] = quotes("“We should not do that lightly,” Texas Sen. John Cornyn, the top Republican on the panel, said.");
      expect(q.speakerName).toBe("John Cornyn");
    });

    it("two appositives in a row", () => {
      const [q] = quotes("“We will not let this stand,” Rep. Adam Schiff, D-Calif., the committee chair, said.");
      expect(q.speakerName).toMatch(/Schiff/);
    });

    it("an appositive that the cue closes without a comma", () => {
      const [q] = quotes("“There are accidents every three months,” Ozgur Ozel, a local MP for the opposition party said in a statement.");
      expect(q.speakerName).toMatch(/Ozel|Özel/);
    });

    it("an appositive holding a clause of its own", () => {
      const [q] = quotes("“We will win,” Mr Smith, who spoke to reporters in Kyiv, said.");
      expect(q.speakerName).toMatch(/Smith/);
    });
  });

  it("a quoted paragraph run into the one before (no break, no closing mark) is the next quote of the same speaker", () => {
    const text = 'Ms James told the radio station: "It is dangerous when you involve politicians. "Free expression is vital in a democratic society."';
    const qs = quotes(text).filter((q) => q.kind === "direct");
    expect(qs.map((q) => q.text)).toEqual(["It is dangerous when you involve politicians.", "Free expression is vital in a democratic society."]);
    expect(qs.every((q) => q.speakerName === "James")).toBe(true);
  });

  describe("reported speech that 'as' attributes", () => {
    it("a fronted 'As X said,' gives the clause after it", () => {
      const [q] = quotes("As Dzheppar emphasized, the Ukrainian authorities have made great efforts to return Crimea.");
      expect(q).toMatchObject({ kind: "indirect", speakerName: "Dzheppar", text: "the Ukrainian authorities have made great efforts to return Crimea" });
    });

    it("a trailing ', as X wrote' gives the clause before it, and a quote inside it its speaker", () => {
      const qs = quotes("The conference is hard to convene, as many Syria experts say.");
      expect(qs[0]).toMatchObject({ kind: "indirect", speakerName: "many Syria experts" });
      const [p] = quotes('The global right wing are "hyperventilating with happiness", as journalist Andrea Rizzi wrote in El Pais.');
      expect(p).toMatchObject({ kind: "partial", speakerName: "Andrea Rizzi" });
    });
  });

  it("'according to her' stands for the person named before", () => {
    const qs = quotes("Emine Dzheppar spoke at the summit on Tuesday. According to her, the Crimea Platform is one of the important tools.");
    expect(qs.find((q) => q.text.startsWith("the Crimea Platform"))?.speakerName).toBe("Emine Dzheppar");
  });

  it("'X said in a statement, adding ...' after a direct quote gives the participle's clause to X", () => {
    const qs = quotes("“We will offer massive support to the affected states,” the interior minister, Nancy Faeser, said in a statement, adding she had been in touch with the Polish government.");
    expect(qs.find((q) => q.kind === "indirect")).toMatchObject({ text: "she had been in touch with the Polish government", speakerName: "Nancy Faeser" });
  });

  it("'CLAUSE, X said, adding that ...' gives both clauses to X", () => {
    const qs = quotes("The man is receiving specialised medical care, Bukele said, adding that the rescuers would continue working.");
    expect(qs.map((q) => q.text)).toEqual(["The man is receiving specialised medical care", "the rescuers would continue working"]);
    expect(qs.every((q) => q.speakerName?.endsWith("Bukele"))).toBe(true);
  });

  it("a long place adverbial between the cue and 'that'", () => {
    const [q] = quotes("Recep Tayyip Erdoğan said at the close of the alliance’s summit in Madrid that the agreement was a victory for Ankara.");
    expect(q).toMatchObject({ speakerName: "Recep Tayyip Erdoğan", text: "the agreement was a victory for Ankara" });
  });

  describe("who 'he', 'she' and 'it' are", () => {
    it("the subject after a fronted adverbial, not a person inside it", () => {
      const text = "Commenting on President Reagan’s decision to raise tariffs, Baldrige said trade problems with Japan were different. “I think the attitude in Korea is both reasonable and fair,” he said.";
      expect(quotes(text).find((q) => q.kind === "direct")?.speakerName).toBe("Baldrige");
    });

    it("the speaker of the report before, not the first person it names", () => {
      const text = "The man, Aaron Vargas, is receiving specialised medical care, Bukele said. The UN was obtaining body bags for its rescue operation, he added.";
      expect(quotes(text).find((q) => q.text.startsWith("The UN"))?.speakerName).toMatch(/Bukele$/);
    });

    it("'it' after a report by an unnamed body is that body", () => {
      const text = "The summary said India grew at five pct in 1986. It said investment was being sustained at nearly 25 pct of gdp.";
      expect(quotes(text).find((q) => q.text.startsWith("investment"))?.speakerName).toBe("summary");
    });
  });

  describe("'it said' goes on with the document or body that reported before", () => {
    it("after an owner's phrase and after a direct quote", () => {
      const own = quotes("The Bank's summary said there was little room for complacency. It said reserves fell by 240 mln dlrs.");
      expect(own.find((q) => q.text.startsWith("reserves"))?.speakerName).toBe("summary");
      const quoted = quotes("India has reserves. \"An example of such a policy would be a new exchange rate regime,\" the summary said. It said such an approach had been successful in South Korea.");
      expect(quoted.find((q) => q.text.startsWith("such an approach"))?.speakerName).toBe("summary");
    });

    it("not a reporter in the middle of another clause", () => {
      // the ministry speaks inside the clause about the deal; 'it' is the deal, which says nothing
      const qs = quotes("The deal, which the ministry said was final, collapsed on Monday. It said nothing about prices.");
      expect(qs.find((q) => q.text.startsWith("nothing"))).toBeUndefined();
    });
  });

  describe("a cue that also takes a plain object reports a clause without 'that' only when one follows", () => {
    it("a subject and a finite auxiliary make the clause", () => {
      expect(quotes("Meloni then announced she was suspending the agreement with Spain.")[0]).toMatchObject({ text: "she was suspending the agreement with Spain" });
      expect(quotes("The ministry confirmed the talks would resume on Monday.")[0]?.text).toBe("the talks would resume on Monday");
      expect(quotes("The army announced it had withdrawn from the city.")[0]?.text).toBe("it had withdrawn from the city");
    });

    it("a plain object, an infinitive or a date is no clause", () => {
      expect(quotes("The ministry announced sanctions against Russia.")).toHaveLength(0);
      expect(quotes("The ministry announced plans to expand the program.")).toHaveLength(0);
      expect(quotes("Officials confirmed the deal on Monday.")).toHaveLength(0);
      expect(quotes("They reported it to the police.")).toHaveLength(0);
    });

    it("', but said' and 'but noted' open a second report of the same speaker", () => {
      const qs = quotes("President Barack Obama spoke on Friday. The president acknowledged the government is collecting phone records, but said this does not include listening to calls.");
      expect(qs.map((q) => q.text)).toEqual(["the government is collecting phone records", "this does not include listening to calls"]);
      const vw = quotes("Von Wartenberg said consumer demand remained quite good but noted there had been a cooling in the investment climate.");
      expect(vw.map((q) => q.text)).toEqual(["consumer demand remained quite good", "there had been a cooling in the investment climate"]);
      // a contrast with a new subject is no report of the first speaker
      expect(quotes("Putin said the talks were useful, but the Kremlin said nothing.").map((q) => q.text)).toEqual(["the talks were useful"]);
    });
  });

  describe("a name between commas after the sentence's opening description is the speaker", () => {
    it("an organisation's name after what it is", () => {
      const [q] = quotes("The Turkish company that runs the mine, Soma Holding, said in a statement that the accident had occurred despite inspections.");
      expect(q).toMatchObject({ speakerName: "Soma Holding", text: "the accident had occurred despite inspections" });
      expect(quotes("The think tank, Chatham House, said the talks had failed.")[0]?.speakerName).toBe("Chatham House");
    });

    it("not a party member's description, a place, or a name inside a clause", () => {
      const qs = quotes("Sen. Tom Cotton, Arkansas Republican, said the president flinched.");
      expect(qs[0]?.speakerName).toBe("Tom Cotton");
      const place = quotes('Jeff Jacob, a salesman from Corona, California, called the inquiry "a waste of time" and a case of payback.');
      expect(place.every((q) => q.speakerName !== "California")).toBe(true);
    });
  });

  describe("a sentence that ends in its attribution", () => {
    it("reports everything before it, a cue inside the clause included", () => {
      const qs = quotes("The prime minister will have to produce a harsh budget to impress markets and maintain his hold on power, analysts said.");
      expect(qs).toHaveLength(1);
      expect(qs[0]).toMatchObject({ speakerName: "analysts" });
      expect(qs[0].text).toMatch(/^The prime minister will have to produce/);
    });

    it("with an article before the speaker", () => {
      const [q] = quotes("Biden will travel to Warsaw for a bilateral meeting with President Andrzej Duda, the White House said.");
      expect(q).toMatchObject({ text: "Biden will travel to Warsaw for a bilateral meeting with President Andrzej Duda", speakerName: "White House" });
    });

    it("a plain noun phrase after the comma is the speaker, and a cue inside the clause is not", () => {
      const [q] = quotes("Exports would need to grow six pct a year in the coming years to maintain a viable balance of payments, the summary said.");
      expect(q).toMatchObject({ speakerName: "summary", text: "Exports would need to grow six pct a year in the coming years to maintain a viable balance of payments" });
      expect(quotes("The market will probably not make significant gains next week, brokers said.")[0]?.speakerName).toBe("brokers");
    });

    it("a noun phrase with no comma before it, or an adjective for its head, speaks for no clause before it", () => {
      // "the summary" is the object here, not a speaker after a comma
      expect(quotes("Officials studied the figures in the summary said to be leaked.")).toHaveLength(0);
      expect(quotes("Prices rose sharply in March, new said.")).toHaveLength(0);
    });

    it("'they said' is the plural that reported before, and 'CLAUSE, he said' looks past the people of its clause", () => {
      const qs = quotes(
        "Western diplomats said they believed his chances of success were slim. Nakasone will be hard-pressed to find anything new to tell President Ronald Reagan, they said.",
      );
      expect(qs.find((q) => q.text.startsWith("Nakasone"))?.speakerName).toBe("diplomats");
      const he = quotes(
        "Asked about the dollar, Eyskens said the Paris agreement was workable. Besides Baker's statements, trade tensions between the U.S. and Japan had also caused the dollar's fall, he said.",
      );
      expect(he.find((q) => q.text.startsWith("Besides"))?.speakerName).toBe("Eyskens");
    });
  });

  describe("the head of a speaker phrase, not a word inside it", () => {
    it("a possessor speaks through what it possesses", () => {
      const [q] = quotes("“Ukraine is ready to strike back. To do this, we need more rocket systems,” the ministry’s Twitter feed said.");
      expect(q.speakerName).toBe("ministry");
    });

    it("a role before a place named after a preposition", () => {
      const [q] = quotes("The deputy commissioner of police in Southeast Delhi said the teenage suspect has been arrested.");
      expect(q.speakerName).toBe("deputy commissioner of police in Southeast Delhi");
      expect(q.speaker).toBe("IND");
    });

    it("a person's title with a place in it stays the person", () => {
      const [q] = quotes("In a statement, Director of National Intelligence James Clapper said the release was in the public interest.");
      expect(q.speakerName).toBe("James Clapper");
    });
  });

  describe("a description after a quote stands for the person named before", () => {
    it("a party member from a state", () => {
      const text = "Sen. Dianne Feinstein said new legislation will be needed. “I think it is very serious,” the California Democrat told POLITICO.";
      expect(quotes(text).find((q) => q.kind === "direct")?.speakerName).toBe("Dianne Feinstein");
    });

    it("an occupation, after the cue too", () => {
      const text = 'Mr Bannatyne said the party was divided. "Gordon Brown is a great chancellor," said the businessman.';
      expect(quotes(text).find((q) => q.kind === "direct")?.speakerName).toBe("Bannatyne");
    });
  });

  it("a parenthesis after the speaker is skipped to the cue", () => {
    const [q] = quotes("“Russia has lost the initiative,” the Institute for the Study of War (ISW) said.");
    expect(q.speakerName).toBe("Institute for the Study of War");
  });

  it("a participle right after a verb's object has the sentence's subject", () => {
    const qs = quotes('Sen. Ron Wyden wrote a letter to Director of National Intelligence John Ratcliffe stating that "the intelligence community is still lagging behind" three years later.');
    expect(qs.find((q) => q.kind === "partial")?.speakerName).toBe("Ron Wyden");
  });
});
