import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// mandative-requests.ts: a demand without "that" ("demanded Israel allow aid in") and a noun of an
// act as the object of a verb of demand ("demanded Israel's withdrawal") ask for the act; it is not done
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "demands without 'that', and acts named as what is demanded",
  [
    ["The Arab League demanded Israel allow aid into Gaza.", "REQUEST ARL>ISR"],
    ["Moscow insisted Ukraine withdraw its troops from the four regions.", "REQUEST RUS>UKR"],
    // the act done, after another verb, stays
    ["Lebanon welcomed Israel's withdrawal from the south.", "SUPPORT LBN>ISR"],
  ],
  [
    // the act demanded has not happened
    ["The Arab League demanded Israel allow aid into Gaza.", "CONCEDE"],
    ["Moscow insisted Ukraine withdraw its troops from the four regions.", "RETREAT"],
    ["The opposition demanded Israel's withdrawal from Gaza.", "RETREAT"],
    ["Students called for the withdrawal of Russian troops from Georgia.", "RETREAT"],
    // a past form after "insisted" reports a claim, no demand
    ["Moscow insisted Ukraine withdrew its troops from the four regions.", "REQUEST"],
    // a noun after a demonym is a thing asked for, no party asked
    ["The protesters demanded Western aid for the refugees.", "REQUEST"],
  ],
  keys,
);
