import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-05-19");

// data/events.json add-to-sanctions-list, add-to-blacklist and their removals: putting people, firms or
// a state on a sanctions, entity, terrorism or black list sanctions the state they belong to; taking
// them off eases it. A list of anything else, or a list with no such word, is no measure.
senseTable(
  "adding to and removing from a sanctions list",
  [
    ["The Commerce Department added seven Chinese supercomputing firms to its entity list.", "SANCTION USA>CHN"],
    ["Australia added 16 Russian officials to its sanctions list on Tuesday.", "SANCTION AUS>RUS"],
    ["The EU has added three Belarusian banks to its blacklist.", "SANCTION EU>BLR"],
    ["Washington removed Cuba from its terrorism list in 2015.", "CONCEDE USA>CUB"],
    ["Britain removed two Iranian banks from its sanctions list.", "CONCEDE GBR>IRN"],
  ],
  [
    ["The ministry added Georgia to its list of safe countries of origin.", "SANCTION"],
    ["Japan added two Korean dishes to the menu list.", "SANCTION"],
    ["He added that Syria was already on the sanctions list.", "SANCTION"],
    ["The organisers removed Russian athletes from the start list.", "CONCEDE"],
  ],
  keys,
);
