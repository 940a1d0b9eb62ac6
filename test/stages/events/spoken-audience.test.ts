import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/spoken-audience.ts (data/event-senses.json spokenAudience): speaking to an
// audience (soldiers, a people, the press) is no meeting; speaking to or with a party stays CONSULT.
senseTable(
  "speaking to an audience is not meeting",
  [
    ["Biden spoke to Macron by phone on Tuesday.", "CONSULT USA>FRA"],
    ["Biden spoke with Erdogan on Tuesday.", "CONSULT USA>TUR"],
    ["Scholz spoke to the Chinese leader for an hour.", "CONSULT DEU>CHN"],
    ["Macron talked with Russian officials in Moscow.", "CONSULT FRA>RUS"],
  ],
  [
    ['"I speak to the Ukrainian soldiers: lay down your arms," Putin said.', "CONSULT"],
    ["President Biden spoke directly to the people of Russia during a Tuesday address.", "CONSULT"],
    ["Blinken spoke to Ukrainian reporters in Kyiv.", "CONSULT"],
    ["Macron talked with Russian students in Moscow.", "CONSULT"],
  ],
  keys,
);
