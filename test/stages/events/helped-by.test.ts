import { eventKeys, senseTable } from "../../helpers.js";

// helped-by.ts: "with the help of X": X gives aid to the clause's subject
const keys = (text: string) => eventKeys(text, "2016-05-01");

senseTable(
  "helped by: the party after 'with the help of' aids the clause's subject",
  [
    ["Iraqi troops recaptured Ramadi with the help of Iran.", "AID IRN>IRQ"],
    ["Kurdish fighters from Syria advanced on Raqqa with the military backing of the United States.", "AID USA>SYR"],
    ["Afghan forces pushed back the insurgents with the assistance of Britain.", "AID GBR>AFG"],
    // (the clause of a relative pronoun is the helped one's: "which is defending itself")
    ["Russia attacked Ukraine, which is defending itself with the help of NATO.", "AID NATO>UKR"],
    ["Ukraine pushed back Russian troops near Kharkiv, with the help of Poland.", "AID POL>UKR"],
  ],
  [
    // votes, no material help
    ["Germany passed the bill with the support of France.", "AID"],
    // a helper of the subject's own state
    ["The British prime minister won the vote with the help of Labour MPs.", "AID"],
    // a subject that names no actor
    ["The resolution was adopted with the help of China.", "AID"],
    // an adjective's "with"
    ["Ukraine was pleased with the help of Poland.", "AID"],
    // the help of a thing, no party
    ["Iraqi troops recaptured Ramadi with the help of air strikes.", "AID"],
    // the verb of another clause across a comma and a relative pronoun
    ["Russia attacked Ukraine, which is defending itself with the help of NATO.", "AID NATO>RUS"],
    ["Russia invaded Ukraine, which fought back with the help of Poland.", "AID POL>RUS"],
  ],
  keys,
);
