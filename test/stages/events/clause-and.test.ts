import { eventKeys, senseTable } from "../../helpers.js";

// Two names joined by a comma and "and", with a verb right after the second, join two clauses: the
// second name is the subject of its own verb, not the last of a list (sentence-env actorGroups).
const coded = (text: string) => eventKeys(text, "2018-11-20");

senseTable(
  "events: ', and' before a subject and its verb opens a new clause",
  [
    ["The administration has sanctioned Russians, and Special Counsel Robert Mueller has indicted individual Russians.", "ACCUSE USA>RUS"],
    ["Putin met Xi, and Erdogan has criticized Iran.", "ACCUSE TUR>IRN"],
    ["France, Germany, and Italy have criticized Iran.", "ACCUSE FRA+DEU+ITA>IRN"],
    ["Olaf Scholz, Emmanuel Macron, and Keir Starmer have criticized Iran.", "ACCUSE DEU+FRA+GBR>IRN"],
    ["Biden, his secretary of state, Antony Blinken, and defence secretary Lloyd Austin met Ukrainian officials.", "CONSULT USA+USA>UKR"],
  ],
  [
    ["Putin met Xi, and Erdogan has criticized Iran.", "ACCUSE CHN"],
    ["Putin met Xi, and Erdogan has criticized Iran.", "ACCUSE RUS"],
  ],
  coded,
);
