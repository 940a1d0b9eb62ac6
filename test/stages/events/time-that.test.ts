import { eventKeys, senseTable } from "../../helpers.js";

// A time phrase and "that" after a reporting verb open the words reported ("warned last week that the
// Russians continue ..."): the party in that clause is no object of the verb (find-parties objectAfter).
const coded = (text: string) => eventKeys(text, "2018-08-01");

senseTable(
  "events: 'warned last week that' opens a clause",
  [
    ["Secretary of State Mike Pompeo warned Russia last week that its efforts would be punished.", "THREATEN USA>RUS"],
    ["Secretary of State Mike Pompeo warned last week that the US would punish Russia.", "THREATEN USA>RUS"],
    ["Russia attacked last week the town of Kharkiv.", "ASSAULT RUS>UKR"],
  ],
  [
    ["Secretary of State Mike Pompeo warned last week that the Russians continue their efforts.", "THREATEN"],
    ["Secretary of State Mike Pompeo warned earlier this month that Iran continues to enrich uranium.", "THREATEN"],
  ],
  coded,
);
