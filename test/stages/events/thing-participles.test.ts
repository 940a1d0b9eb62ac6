import { eventKeys, senseTable } from "../../helpers.js";

// A past participle after a thing that is an object ("condemned the weapons supplied to Ukraine") is a
// reduced relative: its doer is after "by" or unnamed, never the clause's subject (find-events.ts
// thingParticiple). A clause of cause ends a verb's object ("protect its interests because of
// measures Greece has taken"; find-parties.ts objectAfter).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "events: a participle that qualifies a thing, and a clause of cause after the object",
  [
    ["China condemned the weapons supplied to Ukraine by the US.", "AID USA>UKR"],
    ["China supplied weapons to Russia.", "AID CHN>RUS"],
    ["The EU extended the sanctions imposed on Russia in 2014.", "SANCTION EU>RUS"],
    ["The US will protect Taiwan because China threatens it.", "AID USA>TWN"],
  ],
  [
    ["China condemned the weapons supplied to Ukraine.", "AID CHN"],
    ["The Russian military has put some of the equipment captured from Ukrainian forces on display in Moscow.", "ASSAULT RUS"],
    ["Ergenc said Turkey should protect its interests because of measures Greece has been taking in the Aegean.", "AID"],
  ],
  coded,
);
