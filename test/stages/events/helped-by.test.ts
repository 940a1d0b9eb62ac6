import { eventKeys, senseTable } from "../../helpers.js";

// helped-by.ts: "with the help of X": X gives aid to the clause's subject
const keys = (text: string) => eventKeys(text, "2016-05-01");

senseTable(
  "helped by: the party after 'with the help of' aids the clause's subject",
  [
    ["Iraqi troops recaptured Ramadi with the help of Iran.", "AID IRN>IRQ"],
    ["Kurdish fighters from Syria advanced on Raqqa with the military backing of the United States.", "AID USA>SYR"],
    ["Afghan forces pushed back the insurgents with the assistance of Britain.", "AID GBR>AFG"],
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
  ],
  keys,
);
