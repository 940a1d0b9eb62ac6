import { eventKeys, senseTable } from "../../helpers.js";

// A state named as a topic is no party (senses.topics, topic-parties.ts): a state's name before a
// noun of an affair, an inquiry or a file, and "on" after an act of talking, helping, agreeing or
// supporting, say what the act is about, not whom it is done to.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: a state's name before a noun of an affair is a topic",
  [
    // the phrase names the party after the topic
    ["Russian President Vladimir Putin criticised the Syria policy of the United States.", "ACCUSE RUS>USA"],
    // a demonym or a possessive names whose the thing is
    ["Russian President Vladimir Putin criticised the American policy in the region.", "ACCUSE RUS>USA"],
    ["The German chancellor criticised Russia's policy in the region.", "ACCUSE DEU>RUS"],
    // agreements, measures and wars are not topics: they keep their party
    ["Iran signed the Iran deal with the United States in 2015.", "AGREE IRN>USA"],
    ["The European Union condemned Russia's invasion of Ukraine.", "ACCUSE EU>RUS"],
  ],
  [
    ["US President Donald Trump slammed the Russia investigation as a witch hunt.", "ACCUSE USA>RUS"],
    ["Russian President Vladimir Putin criticised the Syria policy of the United States.", "ACCUSE RUS>SYR"],
    ["The Chinese foreign minister condemned the Taiwan question being raised at the summit.", "ACCUSE CHN>TWN"],
    ["The Iranian president denounced the Iraq inquiry as a farce.", "ACCUSE IRN>IRQ"],
    // over the noun's modifiers
    ["US senators investigated the Iran arms scandal.", "ACCUSE USA>IRN"],
  ],
  coded,
);

senseTable(
  "parties: 'on' after an act of talking, helping or agreeing names its topic",
  [
    // the partner named with "with" or "to" stays the party
    ["Japan and South Korea agreed to cooperate with the United States on North Korea.", "COOPERATE JPN+KOR>USA"],
    ["Britain offered help to Ukraine on Monday.", "AGREE GBR>UKR"],
    // hostile acts keep the party after "on"
    ["The European Union imposed sanctions on Russia.", "SANCTION EU>RUS"],
    ["Russia launched an attack on Ukraine.", "ASSAULT RUS>UKR"],
    // the passive subject that is the party visited or hosted stays the target
    ["Ukraine was visited by the British prime minister on Monday.", "CONSULT GBR>UKR"],
  ],
  [
    ["Italy's foreign minister pledged to help on Libya.", "AID ITA>LBY"],
    ["Italy's foreign minister pledged to help on Libya.", "AGREE ITA>LBY"],
    ["Japan and South Korea agreed to work together on North Korea.", "COOPERATE JPN+KOR>PRK"],
    ["Japan and South Korea agreed to work together on North Korea.", "AGREE JPN+KOR>PRK"],
    ["US President Joe Biden consulted on Iran with the German chancellor.", "CONSULT USA>IRN"],
    ["France and Germany agreed on Iran at the summit.", "AGREE FRA+DEU>IRN"],
    // the subject of a passive act of talks: what the talks were about
    ["The meeting on Syria was hosted by the British prime minister.", "CONSULT GBR>SYR"],
    ["Last week's conference on Palestinian reform was hosted by the British prime minister.", "CONSULT GBR>PSE"],
  ],
  coded,
);

senseTable(
  "parties: two states joined by a hyphen before a border name a place",
  [
    // one state's name as the object of a visit is still its host
    ["US President Joe Biden visited Mexico on Sunday.", "CONSULT USA>MEX"],
    // a meeting of the two states' officials is theirs
    ["US President Joe Biden met the Mexican president at the US-Mexico summit.", "CONSULT USA>MEX"],
  ],
  [
    ["US President Joe Biden visited the US-Mexico border in Texas on Sunday.", "CONSULT USA>MEX"],
    ["The Pakistani prime minister toured the Afghan-Pakistan border on Friday.", "CONSULT PAK>AFG"],
    ["The Indian defence minister visited the India-China border region.", "CONSULT IND>CHN"],
  ],
  coded,
);
