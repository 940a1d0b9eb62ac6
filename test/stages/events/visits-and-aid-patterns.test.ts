import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json receive-visitor: a leader who receives a named person hosts a visit (CONSULT 043),
// as "hosted" does; a thing received ("received a letter", "received Macron's letter") is no visit.
// authorize-aid / authorise-aid: authorising money or aid for a party is aid to it, as "approved" is;
// authorising force or a use of weapons is no aid.
const keys = (text: string) => eventKeys(text, "2023-04-06");

senseTable(
  "receiving a visitor",
  [
    ["Chinese President Xi Jinping received French President Emmanuel Macron in Beijing on Thursday.", "CONSULT CHN>FRA"],
    ["Saudi Crown Prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan in Jeddah.", "CONSULT SAU>TUR"],
  ],
  [
    ["Chinese President Xi Jinping received a letter from French President Emmanuel Macron.", "CONSULT"],
    ["Chinese President Xi Jinping received French President Emmanuel Macron's letter on Thursday.", "CONSULT"],
    ["Ukraine received more tanks from Germany on Thursday.", "CONSULT"],
  ],
  keys,
);

senseTable(
  "authorising aid",
  [
    ["U.S. President Joe Biden authorized $350m in emergency military assistance to Ukraine.", "AID USA>UKR"],
    ["The German government authorised a new aid package for Moldova.", "AID DEU>MDA"],
  ],
  [
    ["U.S. President Joe Biden authorized the use of chemical weapons detection teams in Syria.", "AID"],
    ["The French government authorised funding for new schools in Lyon.", "AID"],
  ],
  keys,
);
