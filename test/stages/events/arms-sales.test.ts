import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/arms-sales.ts, data/events.json arms-sales and sell-arms (data/event-senses.json
// armsSales): a sale of arms is material support, AID; authorising it is no concession besides.
senseTable(
  "arms sold are aid",
  [
    ["France sold Rafale fighter jets to Egypt.", "AID FRA>EGY"],
    ["Iran sells drones to Russia.", "AID IRN>RUS"],
    ["Russia's sale of S-400 missiles to Turkey angered Washington.", "AID RUS>TUR"],
    ["Washington approved the sale of 66 F-16 fighter jets to Taiwan.", "AID USA>TWN"],
    ["The US authorized the sale of F-35 jets to the United Arab Emirates.", "AID USA>ARE"],
    ["China criticised US arms sales to Taiwan.", "AID USA>TWN"],
  ],
  [
    ["France sold Rafale fighter jets to Egypt.", "COOPERATE"],
    ["Russia's sale of S-400 missiles to Turkey angered Washington.", "COOPERATE"],
    ["China criticised US arms sales to Taiwan.", "COOPERATE"],
    ["The US authorized the sale of F-35 jets to the United Arab Emirates.", "CONCEDE"],
    ["Russia sold oil to India at a discount.", "AID"],
    ["Germany halted arms sales to Saudi Arabia.", "AID"],
  ],
  keys,
);

senseTable(
  "a sale of goods is no aid; a party authorised is a concession",
  [["The US authorized Iran to sell oil to Iraq.", "CONCEDE USA>IRN"]],
  [
    ["China's sale of solar panels to Europe grew.", "AID"],
    ["Russia's sale of gas to China rose sharply.", "AID"],
  ],
  keys,
);
