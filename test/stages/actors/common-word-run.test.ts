import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: a run in title case whose every word the article also writes in lower case is no person", () => {
  it("phrase words capitalised as a heading or a label, used in lower case elsewhere in the story", () => {
    expect(persons("The ministry said the campaign spread on social media within hours. Social Media and the war: a guide for readers.")).toEqual([]);
    expect(persons("The panel heard evidence of sexual violence in the occupied towns. Under Sexual Violence, its report lists forty cases.")).toEqual([]);
    expect(persons("Critics called the budget hot air. Hot Air, the paper wrote on Friday.")).toEqual([]);
    expect(persons("The community support officers patrol the estate at night. Community Support Officers Reach Record Numbers, the council wrote.")).toEqual([]);
  });

  it("negative: a known given name opens the run ('frank talks', 'miles away' in the same story)", () => {
    expect(persons("The two sides held frank talks, miles away from the front. Frank Miles, a lawyer for the families, welcomed them.")).toEqual(["Frank Miles"]);
  });

  it("negative: a word of the run the article never writes in lower case keeps the name ('power' alone is not enough)", () => {
    expect(persons("The grid lost power for a day. Lisa Power, a spokeswoman for the operator, apologised.")).toEqual(["Lisa Power"]);
    expect(persons("The talks went on in good faith. Faith Hollander, the envoy, said so.")).toEqual(["Faith Hollander"]);
  });

  it("negative: without the lower-case words elsewhere the same run may still be read by its shape", () => {
    expect(persons("Tariq Hollis met the mayor on Tuesday, and the talks went well.")).toEqual(["Tariq Hollis"]);
  });
});

describe("actors: a run with a word ending as only common nouns and adjectives end is no person (not-names.json commonNounSuffixes)", () => {
  it("title-cased phrases with -ity, -ism, -ive, -ency, -hood, -ship, -ment, -ical words", () => {
    expect(persons("The mayor praised Neighbourhood Unity in a speech on Monday.")).toEqual([]);
    expect(persons("He wrote a history of Roman Catholicism before entering politics.")).toEqual([]);
    expect(persons("Ministers used the Royal Prerogative to send troops.")).toEqual([]);
    expect(persons("He was expelled as a member of Militant Tendency in 1986.")).toEqual([]);
    expect(persons("Campaigners marched for Childhood Arrivals across the country.")).toEqual([]);
    expect(persons("Ministers met leaders of Christian Fellowship on Tuesday.")).toEqual([]);
  });

  it("negative: names that end so but are short, or known given names and surnames, stay persons", () => {
    expect(persons("Sean Hannity said the president would win.")).toEqual(["Sean Hannity"]);
    expect(persons("Carla Clement, a lawyer for the families, said they would appeal.")).toEqual(["Carla Clement"]);
    expect(persons("Tobias Lawrence, a lawyer for the families, said they would appeal.")).toEqual(["Tobias Lawrence"]);
    expect(persons("Doreen Kilbride said the families would appeal.")).toEqual(["Doreen Kilbride"]);
  });

  it("a plural counted by its singular, and -eous adjectives: 'Miscellaneous Provisions', 'Community Relations'", () => {
    expect(persons("The clause sits in the Miscellaneous Provisions of the bill.")).toEqual([]);
    expect(persons("The money went to Traffic Regulations and Border Inspections this year.")).toEqual([]);
    expect(persons("She chaired Spontaneous Assemblies in the capital.")).toEqual([]);
  });

  it("negative: a surname that is a plural of no such ending stays a person", () => {
    expect(persons("Harriet Simmons said the families would appeal.")).toEqual(["Harriet Simmons"]);
    expect(persons("The talks were led by Dennis Rhodes in the capital.")).toEqual(["Dennis Rhodes"]);
  });
});

describe("actors: a pronoun run together with its verb is no person", () => {
  it("'What I'm saying is', 'We're told' before a speech verb", () => {
    expect(persons('He said: "What I\'m saying is that the talks failed."')).toEqual([]);
    expect(persons("She said: \"What we're saying is simple.\" We’re saying the same, the minister added.")).toEqual([]);
  });

  it("negative: a name with an apostrophe stays a person", () => {
    expect(persons("Liam O'Hara said the talks had failed.")).toEqual(["Liam O'Hara"]);
  });
});
