import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// mandative-requests.ts: a verb of demand in its -s form, which the tagger may read as a plural noun
// ("Ukraine demands that ..."), is the present tense of its party's clause; after "demand that" the
// act asked for may stand in the indicative ("demands that Russia withdraws") and is still asked for
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "present-tense demands read as nouns by the tagger",
  [
    ["Kyiv demands that Moscow pull its forces out of Zaporizhzhia.", "REQUEST UKR>RUS"],
    ["Poland requests that Germany pay reparations for the occupation.", "REQUEST POL>DEU"],
    ["Ukraine demands that Russia withdraws its troops from all occupied territory.", "REQUEST UKR>RUS"],
    ["Tehran demanded that Washington lifts the sanctions first.", "REQUEST IRN>USA"],
  ],
  [
    // the act demanded has not happened
    ["Ukraine demands that Russia withdraws its troops from all occupied territory.", "RETREAT"],
    // a noun after a determiner or a possessive is no verb of the party before it
    ["The demands that Russia faces are heavy, Ukraine said.", "REQUEST UKR>RUS"],
    ["Ukraine rejected the demands that Russia made at the talks.", "REQUEST UKR>RUS"],
    // an -s form after "insisted that" may report a claim: no demand
    ["Moscow insisted that Kyiv attacks civilians in the east.", "REQUEST"],
  ],
  keys,
);
