import { eventKeys, senseTable } from "../../helpers.js";

// "Turkey, which has the second largest army in Nato and has been providing drones to Ukraine": an
// auxiliary right after "and" opens a second verb phrase of the subject of the first (find-parties
// subjectBefore, coordination), even when an actor ends the first phrase, and a have or be with its
// own object or complement is that first verb. The actor before "and" is no subject.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: a verb phrase opened by an auxiliary after 'and'",
  [
    ["Hungary, which has the longest border with Serbia and has been sending weapons to Bosnia, abstained.", "AID HUN>BIH"],
    ["Qatar, which is a close partner of Washington and has supplied weapons to Libya, denied it.", "AID QAT>LBY"],
    ["Norway has long criticised Russia and has demanded Moscow free the prisoners.", "REQUEST NOR>RUS"],
    ["Canada, which supports Ukraine and has been criticised by China, rejected the claim.", "ACCUSE CHN>CAN"],
  ],
  [
    ["Qatar, which is a close partner of Washington and has supplied weapons to Libya, denied it.", "AID USA>"],
    ["Norway has long criticised Russia and has demanded Moscow free the prisoners.", "REQUEST RUS>"],
    ["Canada, which supports Ukraine and has been criticised by China, rejected the claim.", "ACCUSE CHN>UKR"],
  ],
  coded,
);
