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

// find-events.ts thingParticiple (thingPhraseOpens, thingModifier): a thing's phrase that opens the
// sentence, with its agent after "by", is a reduced relative too; with no party after a preposition,
// an actor that qualifies the thing is the one a seizure or a strike falls on
senseTable(
  "events: a reduced relative on the sentence's opening thing, with its agent after 'by'",
  [
    ["The drones supplied to Russia by Iran have been used against Kyiv.", "AID IRN>RUS"],
    ["A British tanker seized by Iran in the Gulf was released on Friday.", "COERCE IRN>GBR"],
    ["A Ukrainian village shelled by Russian troops was evacuated.", "ASSAULT RUS>UKR"],
    ["An Iranian tanker detained in Gibraltar by British marines was released.", "COERCE GBR>IRN"],
  ],
  [
    // (no agent: the opening thing's participle names no doer)
    ["The weapons supplied to Kyiv were old.", "AID"],
    // (a maker glued to the thing is no owner of it)
    ["A US-made drone shelled by Russian troops crashed.", "ASSAULT RUS>USA"],
    // (the agent's own thing: no act on itself)
    ["A Russian depot shelled by Russian troops by mistake burned.", "ASSAULT RUS>RUS"],
    // (what is given goes to the one after "to", not to the thing's maker)
    ["German tanks delivered by Poland arrived on Monday.", "AID POL>DEU"],
  ],
  coded,
);
