import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// data/events.json announce-sanctions, unveil-sanctions, reveal-sanctions: a government that
// announces, unveils or reveals sanctions or asset freezes on a state's banks or officials sanctions
// that state ("freezes" after "asset" is tagged a verb, so the noun pattern does not see it); a
// report that reveals something about sanctions, or a freeze on no party, is none
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "announced, unveiled and revealed sanctions and asset freezes",
  [
    ["Britain announced asset freezes on five Russian banks.", "SANCTION GBR>RUS"],
    ["Canada unveiled asset freezes against three Iranian officials.", "SANCTION CAN>IRN"],
    ["Japan revealed new sanctions on North Korea on Friday.", "SANCTION JPN>PRK"],
  ],
  [
    ["A study revealed the impact of sanctions on Russia.", "SANCTION"],
    ["The report revealed that sanctions on Russia had failed.", "SANCTION"],
    ["The government announced a hiring freeze on civil servants.", "SANCTION"],
  ],
  keys,
);
