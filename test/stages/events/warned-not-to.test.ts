import { eventKeys, senseTable } from "../../helpers.js";

// "Washington warned Israel not to strike Iran's nuclear sites": the act a warning tells its hearer
// not to do is no event, neither the warner's nor a planned one; the warning stays (warned-not-to.ts).
const coded = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "warned not to: the act warned against",
  [
    ["Washington warned Israel not to strike Iran's nuclear sites.", "THREATEN USA>ISR"],
    ["The Kremlin warned Nato countries not to deploy peacekeepers to Ukraine.", "THREATEN RUS>NATO"],
    // no "not to" right before the act, or no verb of warning: the act is read as before
    ["China warned that it would strike Taiwan if it declared independence.", "THREATEN CHN>TWN"],
    ["Beijing warned Tokyo that it would not hesitate to strike Japanese warships.", "ASSAULT CHN>JPN"],
    ["Germany decided not to send tanks to Ukraine.", "REJECT DEU>UKR"],
  ],
  [
    ["Washington warned Israel not to strike Iran's nuclear sites.", "ASSAULT"],
    ["The Kremlin warned Nato countries not to deploy peacekeepers to Ukraine.", "MOBILIZE"],
    ["The United States cautioned Russia never to use nuclear weapons against Ukraine.", "ASSAULT"],
  ],
  coded,
);
