import { eventKeys, senseTable } from "../../helpers.js";

// "X said Y was/is/would ... and urged Z": a finite verb after "and", in the tense of the verb of
// reporting, that cannot share the reported clause's chain (a copula, a progressive, a modal with its
// bare form) is the reporter's second act, not the reported subject's (find-parties reporterOfCoordinate).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: a verb coordinate with the verb of reporting is the reporter's",
  [
    ["Greece said Turkey was violating its airspace and urged the EU to act.", "REQUEST GRC>EU"],
    ["Zelensky said Russia was \"losing the war\" and called on Germany to send tanks.", "REQUEST UKR>DEU"],
    ["The Estonian prime minister says Russia is testing Nato and urges Washington to send more troops.", "REQUEST EST>USA"],
    ["Japan said China would regret the move and urged Beijing to withdraw its ships.", "REQUEST JPN>CHN"],
    ["Biden said Russia was preparing an attack and warned Moscow of severe sanctions.", "THREATEN USA>RUS"],
    // a shared chain: the reported subject does both
    ["Britain said Russian troops had invaded and occupied the region of Kherson in Ukraine.", "COERCE RUS>UKR"],
  ],
  [
    ["Greece said Turkey was violating its airspace and urged the EU to act.", "REQUEST TUR>"],
    ["Zelensky said Russia was \"losing the war\" and called on Germany to send tanks.", "REQUEST RUS>"],
    ["Japan said China would regret the move and urged Beijing to withdraw its ships.", "REQUEST CHN>"],
    // a passive shares its "was": the reporter does not annex
    ["Ukraine said the region was occupied and annexed by Russia in 2014.", "COERCE UKR>"],
    // a bare form shares the modal: the reporter does not attack
    ["Kyiv said Russian forces would attack and occupy Kharkiv.", "ASSAULT UKR>"],
    ["Kyiv said Russian forces would attack and occupy Kharkiv.", "THREATEN UKR>"],
  ],
  coded,
);
