// Praise or blame of someone's effort, role or decision in a participle is for the one its possessive
// stands for ("praised Qatar, commending its efforts to mediate between Israel and Hamas": SUPPORT to
// Qatar, not to the parties of the mediation): governedActs in find-events.ts.
import { eventKeys, senseTable } from "../../helpers.js";

senseTable(
  "events: the owner of a praised or blamed effort",
  [
    ["The UN chief praised Qatar, commending its efforts to mediate between Israel and Hamas.", "SUPPORT UN>QAT"],
    ["Brazil thanked Norway, commending its efforts to bring Venezuela and Colombia to talks.", "SUPPORT BRA>NOR"],
  ],
  [
    // the effort is the parties' own, or the praiser's own: no praise of the mediation's parties
    ["The UN chief praised Qatar, commending its efforts to mediate between Israel and Hamas.", "SUPPORT UN>ISR"],
    ["Britain praised their efforts to broker a ceasefire between Israel and Hamas.", "SUPPORT GBR>ISR"],
  ],
  eventKeys,
);
