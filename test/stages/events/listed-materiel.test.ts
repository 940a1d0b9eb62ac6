import { eventKeys, senseTable } from "../../helpers.js";

// senses.ts supportGift: support given in a list that names arms or troops is military aid
const keys = (text: string) => eventKeys(text, "2023-02-01");

senseTable(
  "support listed with arms or troops is aid",
  [
    ["Britain provided increased support, jets and tanks to Ukraine.", "AID GBR>UKR"],
    ["Poland gave Kyiv its support and artillery.", "AID POL>UKR"],
  ],
  [
    ["Britain provided increased support, jets and tanks to Ukraine.", "SUPPORT"],
    // support alone, or with words of approval, stays words of support
    ["Britain provided political support to Ukraine.", "AID"],
    ["Britain gave its support and its blessing to Ukraine's bid.", "AID"],
    // arms in another clause are not the support's list
    ["France gave Ukraine its support, and Germany sent tanks to Kyiv.", "AID FRA"],
  ],
  keys,
);
