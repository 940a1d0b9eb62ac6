import { eventKeys, senseTable } from "../../helpers.js";

// Whose act a phrase names (find-parties.ts): an example in an aside inside the subject is no owner a
// possessive pronoun points back to (pronounPossessor, exampleOfSet), and a preposition before a
// gerund or a 'that' clause opens a clause of means, no phrase naming a party (groupAfterWord).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: asides of examples and clauses of means",
  [
    // the pronoun points back past the aside to the one the sentence is about
    ["Russia is stronger than Western nations, including the U.S., believed before its invasion of Ukraine.", "ASSAULT RUS>UKR"],
    // an aside that ends the phrase, no verb of the set after it: the example may own the act
    ["The EU imposed sanctions on several states, including Russia, over its invasion of Ukraine.", "ASSAULT RUS>UKR"],
    // 'by' before a gerund: the means; the owner is the possessive's
    ["Britain raised the pressure on Russia over its invasion of Ukraine by warning that Nato would respond.", "ASSAULT RUS>UKR"],
    // 'by' before a noun phrase still names the doer
    ["The invasion of Ukraine by Russia shocked Europe.", "ASSAULT RUS>UKR"],
  ],
  [
    ["Russia is stronger than Western nations, including the U.S., believed before its invasion of Ukraine.", "ASSAULT USA>"],
    ["Britain raised the pressure on Russia over its invasion of Ukraine by warning that Nato would respond.", "ASSAULT NATO>"],
    ["Britain condemned the shelling of Kharkiv by insisting that Ukraine had been attacked.", "ASSAULT UKR>"],
  ],
  coded,
);

// A relative pronoun right before its finite verb is that verb's subject, and stands for the noun
// before it (find-parties.ts restrictiveUnnamed): when that noun's phrase names no actor and is a
// verb's object, no actor further back does the act.
senseTable(
  "parties: the doer of a restrictive relative clause",
  [
    // the antecedent's phrase names its actor
    ["Diplomats in Germany met Russian troops who attacked Kyiv.", "ASSAULT RUS>UKR"],
    // a predicate: the one named before is the antecedent
    ["Putin is the man who invaded Ukraine.", "ASSAULT RUS>UKR"],
  ],
  [
    ["Diplomats in Germany met the rebels who attacked Turkey.", "ASSAULT DEU>"],
    ["Officials in France questioned the militants who had attacked Turkey.", "ASSAULT FRA>"],
  ],
  coded,
);
