import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-09-02");

// data/events.json slash-, curtail-, throttle-, shut-off-supplies and turn-off-taps: a supplier that
// cuts what it sends to a state sanctions that state (a state-owned firm stands for its state); the
// same verbs with prices, jobs, use or emissions, or with no state on the receiving end, are no act
// between parties.
senseTable(
  "cutting supplies to a state",
  [
    ["Gazprom slashed gas deliveries to Hungary last week.", "SANCTION RUS>HUN"],
    ["Russia has curtailed oil supplies to Poland.", "SANCTION RUS>POL"],
    ["Moscow throttled gas flows to Austria in June.", "SANCTION RUS>AUT"],
    ["Russia shut off gas supplies to Finland on Saturday.", "SANCTION RUS>FIN"],
    ["Russia turned off the taps to Moldova in October.", "SANCTION RUS>MDA"],
    ["Gazprom turned off the gas to Ukraine in January 2009.", "SANCTION RUS>UKR"],
  ],
  [
    ["Gazprom slashed prices for its biggest customers.", "SANCTION"],
    ["The carmaker slashed its workforce by a tenth.", "SANCTION"],
    ["The city curtailed water use during the drought.", "SANCTION"],
    ["Households were asked to turn off the taps while brushing their teeth.", "SANCTION"],
    ["Germany pledged to slash emissions by 2030.", "SANCTION"],
    ["Gas deliveries to Hungary fell because of maintenance.", "SANCTION"],
  ],
  keys,
);

// data/events.json impose-sanctions: an asset freeze is imposed like any other measure; a freeze on
// hiring or on building is no act against a state.
senseTable(
  "imposing asset freezes",
  [["Canada imposed asset freezes on 14 Iranian officials.", "SANCTION CAN>IRN"]],
  [
    ["The ministry imposed a hiring freeze on public agencies.", "SANCTION"],
    ["The council imposed a freeze on new building permits.", "SANCTION"],
  ],
  keys,
);
