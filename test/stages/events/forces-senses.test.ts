import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// data/events.json mobilize/mobilise notObject, bolster-forces, the MOBILIZE patterns' "against";
// find-events.ts forcesOwner: MOBILIZE is about forces, and forces face the state they are against.
senseTable(
  "MOBILIZE is about forces",
  [
    ["Russia mobilized reservists against Ukraine.", "MOBILIZE RUS>UKR"],
    ["Azerbaijan mobilised its army against Armenia.", "MOBILIZE AZE>ARM"],
    ["Georgia mobilized against Russia.", "MOBILIZE GEO>RUS"],
    ["Britain will bolster its forces in Estonia.", "MOBILIZE GBR>EST"],
    ["Russia bolstered its forces near the border with Ukraine.", "MOBILIZE RUS>UKR"],
    ["Britain bolstered its military presence in Estonia against Russia.", "MOBILIZE GBR>RUS"],
    ["Japan has beefed up its naval presence near Taiwan against China.", "MOBILIZE JPN>CHN"],
    // (the owner of the defences is no target; the state they face after "against" is)
    ["Germany said it would reinforce Nato's defences on the eastern flank against Russia.", "MOBILIZE DEU>RUS"],
    ["Britain bolstered Nato's eastern flank against Russia.", "MOBILIZE GBR>RUS"],
  ],
  [
    ["The Kremlin mobilized public opinion against Ukraine.", "MOBILIZE"],
    ["Republicans mobilized voters against Obama.", "MOBILIZE"],
    ["Iran mobilised its supporters against Israel in the streets of Tehran.", "MOBILIZE"],
    ["The campaign mobilised funds against Russia's lobby in Brussels.", "MOBILIZE"],
    // (the owner of the defences reinforced is on the doer's side: no party faced is named)
    ["Germany said it would reinforce Nato's defences on the eastern flank.", "MOBILIZE DEU>NATO"],
    ["France bolstered Romania's defences on the Black Sea.", "MOBILIZE FRA>ROU"],
  ],
  keys,
);
