import { eventKeys, senseTable } from "../../helpers.js";

// A noun of reluctance before an infinitive or a gerund names an act that has not happened
// (senses.reluctance.nouns, unrealised-acts.ts); a noun of will or of part keeps the act.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "unrealised acts: a noun of reluctance",
  [
    ["Wallace praised Scholz for his role in providing military aid to Ukraine.", "AID DEU>UKR"],
    ["Scholz has been providing military aid to Ukraine.", "AID DEU>UKR"],
  ],
  [
    ["Wallace slammed Scholz for his hesitation in providing military aid to Ukraine.", "AID"],
    ["Germany's reluctance to send tanks to Ukraine angered Kyiv.", "AID"],
    ["Trump was criticised for his unwillingness to criticize Putin.", "ACCUSE USA>RUS"],
  ],
  coded,
);
