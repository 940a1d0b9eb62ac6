import { eventKeys, senseTable } from "../../helpers.js";

// A future act of cooperation is also a pledge (AGREE) only in a word of commitment or in the doer's
// own word (find-events intentEvent; own-word.ts doersWordAfter); a bare future in the narrator's or an
// outsider's words is the act on the calendar alone.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "events: a pledge is the doer's word",
  [
    ["Germany pledged to send air defence systems to Ukraine.", "AGREE DEU>UKR"],
    ["Norway said it will give Ukraine another $500 million.", "AGREE NOR>UKR"],
    ["“We will send more ammunition to Ukraine,” the Dutch defence minister said.", "AGREE NLD>UKR"],
    ["Canada will send two more tanks to Latvia, Canadian Defence Minister Anita Anand said on Monday.", "AGREE CAN>LVA"],
    ["Japan will provide emergency aid to Turkey, the foreign ministry said.", "AGREE JPN>TUR"],
    ["Norway will give Malawi a grant of 20 million dollars, a statement issued by the ministry of foreign affairs said.", "AGREE NOR>MWI"],
  ],
  [
    ["The prisoners held by Iran will be released within weeks.", "AGREE"],
    ["Sweden will send tanks to Ukraine next month.", "AGREE"],
    ["Sweden will send tanks to Ukraine, Polish officials said.", "AGREE"],
    ["Sweden will send tanks to Ukraine, analysts said.", "AGREE"],
    ["Norway will give Malawi a grant of 20 million dollars, a report issued by the World Bank said.", "AGREE"],
  ],
  coded,
);

senseTable(
  "events: the planned act itself stays",
  [
    ["Sweden will send tanks to Ukraine next month.", "AID SWE>UKR"],
    ["Sweden will send tanks to Ukraine, analysts said.", "AID SWE>UKR"],
  ],
  [],
  coded,
);
