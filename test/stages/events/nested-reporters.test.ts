import { eventKeys, senseTable } from "../../helpers.js";

// "Blinken said Xi had made it clear to Putin that he supported Russia": he or she as the subject of
// a clause that a nearer verb of saying governs points back to that verb's subject, one person, not
// to the one who reports it all (find-parties nestedReporter).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: he or she after a nearer sayer",
  [
    ["Kishida said Yoon Suk Yeol had assured him that he would visit Tokyo.", "CONSULT KOR>JPN"],
    ["Johnson said Emmanuel Macron had made it clear in a call on Monday that he opposed sanctions on Iran.", "REJECT FRA>IRN"],
    ["Scholz said Erdogan told him he would block Sweden's bid.", "REJECT TUR>SWE"],
    // no nearer sayer: the reporter
    ["Scholz said he would block Sweden's bid.", "REJECT DEU>SWE"],
  ],
  [
    ["Kishida said Yoon Suk Yeol had assured him that he would visit Tokyo.", "CONSULT JPN>"],
    ["Scholz said Erdogan told him he would block Sweden's bid.", "REJECT DEU>"],
  ],
  coded,
);
