// A measure against a gathering is toward the ones who gather (object-makers.ts, suppressed): "police
// banned rallies by the opposition" is COERCE within one state, and a commitment to it ("said it
// would ban rallies by the opposition") a threat to them; a gathering no party makes names no target.
import { eventKeys, senseTable } from "../../helpers.js";

senseTable(
  "a measure against a gathering is toward its makers",
  [
    ["The Kenyan government banned rallies by the opposition.", "COERCE KEN>KEN"],
    ["Kenyan police broke up a rally by the opposition.", "COERCE KEN>KEN"],
    ["Kenyan police dispersed a rally by the opposition.", "COERCE KEN>KEN"],
    ["The Belarusian authorities crushed the protests by the opposition.", "COERCE BLR>BLR"],
    // a threat of it
    ["The Zimbabwean government said it would break up any rally by the opposition.", "THREATEN ZWE>ZWE"],
    ["The Belarusian authorities said they would crush any protests by the opposition.", "THREATEN BLR>BLR"],
    ["The Iraqi government warned it would ban demonstrations by the opposition.", "THREATEN IRQ>IRQ"],
  ],
  [
    // no maker of the gathering, or no gathering
    ["The Thai government banned gatherings of more than five people.", "COERCE"],
    ["The Kenyan government banned the sale of alcohol.", "COERCE"],
    ["The Iraqi government warned it would ban demonstrations.", "THREATEN"],
    // the gathering broken up is no measure of the state's
    ["The Kenyan opposition broke up its rally after the rain started.", "COERCE"],
    // a break-up that is no dispersal
    ["The opposition coalition broke up after the rally by its supporters.", "COERCE"],
  ],
  eventKeys,
);
