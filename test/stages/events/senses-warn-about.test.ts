import { eventKeys, senseTable } from "../../helpers.js";

// "warned of a more assertive China": a warning about a third party's conduct threatens no one;
// "warned Russia of consequences" does (senses.warnAbout, senses.ts warnedAboutOther).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "senses: a warning about another party is no threat",
  [
    ["Biden warned Russia of severe consequences.", "THREATEN USA>RUS"],
    ["Blinken warned China against arming Russia.", "THREATEN USA>CHN"],
  ],
  [
    ["Ardern warned of a “more assertive” China.", "THREATEN"],
    ["Ardern warned of an increasingly aggressive China.", "THREATEN"],
    ["Johnson warned his allies of a very dangerous Russia.", "THREATEN"],
  ],
  coded,
);
