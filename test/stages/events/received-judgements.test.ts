import { eventKeys, senseTable } from "../../helpers.js";

// A judgement received: "X faced criticism from Y", "drew condemnation from", "came under fire from
// ... over", "came in for criticism from", "received a rebuke from" (data/events.json, reverse
// patterns): the one who judges is after "from" and is the source; the subject is judged, the target.
// "fire" and "attack" are blame only with a phrase of cause ("over", "for"; not one of time,
// senses.durationNouns); without one they are shooting.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: the subject of a judgement received is its target",
  [
    ["Greece has come under fire from the European Union over its treatment of migrants.", "ACCUSE EU>GRC"],
    ["Brazil faced sharp criticism from Norway for the clearing of the rainforest.", "ACCUSE NOR>BRA"],
    ["Egypt drew condemnation from Germany after it jailed the activists.", "ACCUSE DEU>EGY"],
    ["Japan has come in for criticism from South Korea over its textbooks.", "ACCUSE KOR>JPN"],
    ["Sweden received a stern rebuke from Turkey after the protest in Stockholm.", "ACCUSE TUR>SWE"],
    ["India has drawn fire from Pakistan for its new dam on the river.", "ACCUSE PAK>IND"],
    ["Serbia is facing a backlash from Croatia over the remarks of its president.", "ACCUSE HRV>SRB"],
    ["Belarus faced accusations from Poland that it pushed migrants to the border.", "ACCUSE POL>BLR"],
  ],
  [
    // shooting: no phrase of cause, or one of time
    ["Ukrainian soldiers came under fire from Russian forces near the river.", "ACCUSE"],
    ["The Afghan patrol came under heavy fire from Pakistani troops for three hours.", "ACCUSE"],
    ["Israeli positions came under attack from Syrian units over the weekend.", "ACCUSE"],
    ["The American destroyer drew fire from Iranian boats in the strait.", "ACCUSE"],
    // a relative clause of receiving names no doer of the judgement
    ["The criticism Greece has received from the European Union over migrants is harsh.", "ACCUSE GRC>"],
    // the one judged is the subject, never the judge
    ["Greece has come under fire from the European Union over its treatment of migrants.", "ACCUSE GRC>"],
    ["Brazil faced sharp criticism from Norway for the clearing of the rainforest.", "ACCUSE BRA>"],
  ],
  coded,
);

// "Russia was condemned by Britain for its attack", "Israel drew criticism from France over its
// strikes": a possessive pronoun right after "for"/"over", the reason for a judgement, stands for the
// one judged, not for the judge after "by" or "from" (find-parties pronounPossessor, judgeBefore).
senseTable(
  "parties: the owner of a judged act is the one judged",
  [
    ["Iraq was denounced by Egypt for its invasion of Kuwait.", "ASSAULT IRQ>KWT"],
    ["Turkey drew condemnation from Armenia over its offensive against Syria.", "ASSAULT TUR>SYR"],
    ["Ethiopia faced criticism from Egypt for its blockade of Eritrea.", "COERCE ETH>ERI"],
    // the judge owns the act when no one judged comes before it
    ["The plan was endorsed by Britain for its support of Ukraine.", "SUPPORT GBR>UKR"],
    // no judgement: the nearest state owns the act, as before
    ["The EU imposed sanctions on Russia over its invasion of Ukraine.", "ASSAULT RUS>UKR"],
  ],
  [
    ["Iraq was denounced by Egypt for its invasion of Kuwait.", "ASSAULT EGY>"],
    ["Turkey drew condemnation from Armenia over its offensive against Syria.", "ASSAULT ARM>"],
    ["Ethiopia faced criticism from Egypt for its blockade of Eritrea.", "COERCE EGY>"],
    // a phrase not of reason after the judge: "in its offensive" is the doer's
    ["Kyiv was shelled by Russian troops in its latest offensive.", "ASSAULT UKR>"],
  ],
  coded,
);
