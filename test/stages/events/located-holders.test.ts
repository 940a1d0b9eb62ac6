import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-01");

// data/event-senses.json locatedHolders (find-parties.ts groupAfterWord and objectAfter): firms or
// bodies located "in" a state, after an act's preposition or as its object, are that state's, and
// every state of the list is a party; "in" after any other noun stays a place, and a state that
// qualifies the firms ("Russian firms in Kazakhstan") keeps them.
senseTable(
  "firms and bodies located in the states of a list",
  [
    ["The United States imposed sanctions on companies in China, Azerbaijan, Belgium, Slovakia, Turkey and the United Arab Emirates on Friday.", "SANCTION USA>CHN+AZE+BEL+SVK+TUR+ARE"],
    ["London announced new penalties on banks based in Iran and Syria.", "SANCTION GBR>IRN+SYR"],
    ["The US Treasury sanctioned entities in Hong Kong and Turkey on Thursday.", "SANCTION USA>HKG+TUR"],
    ["The US Treasury sanctioned firms registered in Kyrgyzstan.", "SANCTION USA>KGZ"],
    ["Ottawa imposed sanctions on individuals in Russia and Belarus.", "SANCTION CAN>RUS+BLR"],
  ],
  [
    ["Russia and Ukraine held talks in Geneva and Vienna.", "CONSULT RUS>CHE"],
    ["Washington imposed sanctions on Russian firms in Kazakhstan.", "SANCTION USA>KAZ"],
    ["Germany sent tanks to Ukraine, which borders Poland and Belarus.", "AID DEU>POL"],
    ["The US imposed sanctions on Iran while companies in China kept buying its oil.", "SANCTION USA>CHN"],
    ["France sent troops to bases in Chad and Niger.", "AID FRA>NER"],
  ],
  keys,
);
