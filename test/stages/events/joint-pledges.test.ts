import { eventKeys, senseTable } from "../../helpers.js";

// A pledge, promise, commitment, guarantee or offer of several states together, with no beneficiary
// named, is each one's own undertaking: no agreement between them (senses.jointPledges, joint-pledges.ts).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "agreements: a joint pledge is no agreement between the ones who pledge",
  [
    // a beneficiary named: each pledges to it
    ["Germany and France promised more aid to Ukraine.", "AGREE DEU+FRA>UKR"],
    // words of an agreement between them
    ["Russia and Iran agreed to expand trade.", "AGREE RUS+IRN>"],
    ["Russia and Iran signed a deal on energy.", "AGREE RUS+IRN>"],
    // a pledge made to each other, or of ties between them, is mutual
    ["Russia and Iran pledged to deepen their ties.", "AGREE RUS+IRN>"],
    ["Japan and South Korea offered guarantees to each other.", "AGREE JPN+KOR>"],
  ],
  [
    ["Ukraine welcomed the financial pledges from the Netherlands and Denmark.", "AGREE NLD+DNK>"],
    ["Sweden and Norway made commitments to send tanks.", "AGREE SWE+NOR>"],
    ["The UK and the EU promised tough sanctions.", "AGREE GBR+EU>"],
    ["Canada and Australia vowed more humanitarian help.", "AGREE CAN+AUS>"],
  ],
  coded,
);
