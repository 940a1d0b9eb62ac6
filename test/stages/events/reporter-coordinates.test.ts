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

// "With Kennedy stressing politicians should not foment a debate and attacking Howard's plans": an
// -ing form after "and" continues an -ing verb of reporting ("saying", "stressing", "insisting",
// "arguing") when the reported clause's last verb is no -ing of its own; "stressed ... and attacked"
// after a modal with a negative likewise (find-parties reporterOfCoordinate).
senseTable(
  "parties: a participle coordinate with a participle of reporting is the reporter's",
  [
    ["The Greek minister spoke on Monday, saying Turkey would not respect the deal and urging the EU to impose sanctions on Ankara.", "REQUEST GRC>EU"],
    ["Zelensky spoke in Kyiv, insisting Russia had broken the ceasefire and calling on Germany to send tanks.", "REQUEST UKR>DEU"],
    ["Zelensky spoke on Monday, arguing Russia could not win and urging Germany to send tanks.", "REQUEST UKR>DEU"],
    ["The Greek minister spoke on Monday, stressing Turkey should not stoke tensions and criticising Ankara's claims in the Aegean.", "ACCUSE GRC>TUR"],
    ["The Greek minister stressed Turkey should not stoke tensions and attacked Ankara's claims in the Aegean.", "ACCUSE GRC>TUR"],
    // a progressive shares its "was": both acts are the reported subject's
    ["The Ukrainian minister spoke, saying Russia was attacking Kharkiv and shelling Kyiv.", "ASSAULT RUS>UKR"],
  ],
  [
    ["The Greek minister spoke on Monday, saying Turkey would not respect the deal and urging the EU to impose sanctions on Ankara.", "REQUEST TUR>"],
    ["Zelensky spoke in Kyiv, insisting Russia had broken the ceasefire and calling on Germany to send tanks.", "REQUEST RUS>"],
    ["The Ukrainian minister spoke, saying Russia was attacking Kharkiv and shelling Kyiv.", "ASSAULT UKR>"],
    ["Kyiv said Russian forces were attacking and occupying Kharkiv.", "COERCE UKR>"],
    // a bare form shares the modal, with or without a negative
    ["Washington insisted Ukraine must withdraw and disarm.", "REQUEST UKR>"],
    ["Ukraine said Russia would not attack and occupy Kharkiv.", "THREATEN UKR>"],
  ],
  coded,
);
