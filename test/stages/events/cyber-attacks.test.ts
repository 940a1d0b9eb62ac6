import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json attack-websites, hack-websites, cyber-attack-compound and the cyber modifiers
// in launch-attack's notModifier: an attack on computers, websites or networks is coercion (CAMEO
// 176), not a military attack; its doer is the hackers' side, its target the owner of what was hit.
const keys = (text: string) => eventKeys(text, "2021-04-12");

senseTable(
  "cyber attacks are COERCE",
  [
    ["Iranian hackers attacked the websites of Saudi banks.", "COERCE IRN>SAU"],
    ["Russian hackers hacked the websites of the Estonian government.", "COERCE RUS>EST"],
    ["Chinese hackers launched a cyber attack on Germany's foreign ministry.", "COERCE CHN>DEU"],
    ["North Korean hackers carried out a computer attack on South Korean banks.", "COERCE PRK>KOR"],
    ["A cyber attack by Russian hackers on Ukraine's power grid cut electricity to thousands.", "COERCE RUS>UKR"],
  ],
  [
    // an attack that is not on computers stays a military one; sport and figure are no attack
    ["Russia launched an attack on Ukraine's power grid.", "COERCE"],
    ["Federer hacked his way through the second set.", "COERCE"],
    ["Several government websites in Estonia were down on Monday.", "COERCE"],
    ["The senator attacked the website of the newspaper.", "ASSAULT"],
  ],
  keys,
);

senseTable(
  "a cyber attack is no military assault",
  [["Russia launched an attack on Ukraine's power grid.", "ASSAULT RUS>UKR"]],
  [
    ["Chinese hackers launched a cyber attack on Germany's foreign ministry.", "ASSAULT"],
    ["Iranian hackers attacked the websites of Saudi banks.", "ASSAULT"],
  ],
  keys,
);
