import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json noun pattern "condemnation": a noun of criticism is ACCUSE from its possessor's or
// modifier's side to the party after "of" (or the owner of the act named there); a topic after
// "over" is no party; with no party named, or criticism of oneself, there is no event.
const keys = (text: string) => eventKeys(text, "2023-06-17");

senseTable(
  "nominal criticism: from the possessor's side to the party criticised",
  [
    ["China's sharp criticism of Washington came after the vote.", "ACCUSE CHN>USA"],
    ["EU criticism of Hungary over the media law intensified.", "ACCUSE EU>HUN"],
    ["Germany's criticism of Russia's annexation of Crimea was muted.", "ACCUSE DEU>RUS"],
    ["France's condemnation of Israel's strikes on Gaza grew louder.", "ACCUSE FRA>ISR"],
    ["Criticism from Germany of Poland over the judiciary grew.", "ACCUSE DEU>POL"],
    // (a town after "over" names the affair, no party: affair-places.ts)
    ["Polish criticism of Russia over Kaliningrad grew.", "ACCUSE POL>RUS"],
  ],
  [
    ["Criticism mounted in Washington.", "ACCUSE"],
    ["The party's self-criticism was notable.", "ACCUSE"],
    ["Iran's condemnation of the strikes was swift.", "ACCUSE"],
  ],
  keys,
);
