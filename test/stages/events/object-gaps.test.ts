import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// object-gaps.ts: a verb whose object is the party before "which"/"whom"/"who" ("Crimea, which Russia
// annexed") acts on that party; not a party told something ("that" after it), a clause whose verb has
// an object of its own, or a party that complements a noun whose act the clause is about
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "objects named before a relative clause",
  [
    ["Talks turned to Georgia, which Russia invaded in August.", "ASSAULT RUS>GEO"],
    ["The summit turned to Belarus, which the EU has repeatedly condemned.", "ACCUSE EU>BLR"],
    // a time after the verb is no object of its own
    ["Talks turned to Georgia, which Russia invaded last year.", "ASSAULT RUS>GEO"],
    // after a verb's object, when the clause's act is no reaction or names its charge
    ["The Kremlin wants Kyiv to recognise Crimea, which Russia annexed in 2014.", "COERCE RUS>UKR"],
    ["Diplomats said Iran, which Washington has accused of backing militias, had no such capacity.", "ACCUSE USA>IRN"],
    ["Iran, which Israel has repeatedly threatened, tested a missile on Friday.", "THREATEN ISR>IRN"],
  ],
  [
    // the complementizer after a party told something
    ["Biden told Zelensky that Russia would attack again.", "ASSAULT RUS>UKR"],
    // the clause's verb has an object of its own
    ["Poland, which Russia accused the West of arming, protested.", "ACCUSE RUS>POL"],
    // the clause is about the noun the party complements
    ["The occupation of Afghanistan, which Nato supported, ended in 2021.", "SUPPORT NATO>AFG"],
    // after a verb's object, "which" stands for the act the clause names
    ["Russia invaded Ukraine, which the United States condemned.", "ACCUSE USA>UKR"],
    ["China sanctioned Lithuania, which the EU criticised.", "ACCUSE EU>LTU"],
    ["Russia annexed Crimea, which the United Nations condemned in a vote.", "ACCUSE UN>UKR"],
  ],
  keys,
);
