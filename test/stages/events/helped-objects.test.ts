import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/helped-objects.ts (data/event-senses.json helpedObjects): help and protection
// are AID only to a party named as the one helped; an infinitive right after "help", a thing helped
// and a state's own people are no party aided.
senseTable(
  "help and protection are aid to the party named as the one helped",
  [
    ["Britain will help Ukraine push back Russian forces.", "AID GBR>UKR"],
    ["Russia helped Assad crush the rebellion.", "AID RUS>SYR"],
    ["Poland has helped more than 2 million Ukrainian refugees.", "AID POL>UKR"],
    ["Qatar will help the people of Gaza.", "AID QAT>PSE"],
    ["The US will help its ally Israel.", "AID USA>ISR"],
    ["Ukraine was helped by Britain.", "AID GBR>UKR"],
    ["The US Navy will protect Taiwan from any attack.", "AID USA>TWN"],
  ],
  [
    ["The sanctions will help to weaken Russia.", "AID"],
    ["Germany will help to isolate Iran.", "AID"],
    ["The US will help end Russia's war.", "AID"],
    ["The EU will help the economy of Greece.", "AID"],
    ["The government will protect British farmers.", "AID"],
    ["Prime Minister Rishi Sunak said the government will help British farmers.", "AID"],
    ["Germany will help to isolate Iran.", "AGREE"],
  ],
  keys,
);
