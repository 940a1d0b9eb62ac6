import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json ransack, desecrate (damage to property, COERCE 171); collect-signatures,
// gather-signatures (a petition drive is a protest, PROTEST 140, against the party it presses:
// target-rules.ts PROTEST_CUES "press", "urge", "force"); find-events.ts hyphenCompound: a
// "sit-in" the tokenizer splits is still the object of "staged", "held".
const keys = (text: string) => eventKeys(text, "2021-04-12");

senseTable(
  "property destroyed by a party is COERCE against its owners",
  [
    ["Serbian police ransacked the homes of Albanian families in Pristina.", "COERCE SRB>ALB"],
    ["Russian soldiers ransacked Georgian-owned shops in the town.", "COERCE RUS>GEO"],
    ["Syrian protesters set fire to the Danish embassy in Damascus.", "COERCE SYR>DNK"],
  ],
  [
    ["The senator set fire to the debate with his remarks.", "COERCE"],
    ["Police said the fire at the warehouse was accidental.", "COERCE"],
    ["The president blew up at reporters on Monday.", "COERCE"],
    ["Burglars ransacked the flat while the family was away.", "COERCE"],
  ],
  keys,
);

senseTable(
  "sit-ins and petition drives are PROTEST",
  [
    ["Turkish students staged a sit-in outside the Greek consulate.", "PROTEST TUR>GRC"],
    ["Turkish students held a sit-in against the Greek government.", "PROTEST TUR>GRC"],
    ["Opposition activists in Georgia began collecting signatures to press the Russian government to withdraw its troops.", "PROTEST GEO>RUS"],
    ["Polish farmers gathered signatures against the EU trade deal with Ukraine.", "PROTEST POL>EU"],
  ],
  [
    ["Students collected signatures for the school yearbook.", "PROTEST"],
    ["Election officials said the party had collected enough signatures to register its candidate.", "PROTEST"],
    ["Turkish students sat in the garden of the Greek consulate.", "PROTEST"],
    ["Hunger threatens millions in Yemen, the United Nations said.", "PROTEST"],
    ["Russia carried out a strike on Kyiv.", "PROTEST"],
  ],
  keys,
);
