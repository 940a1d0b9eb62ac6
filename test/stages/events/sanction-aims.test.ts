import { eventKeys, senseTable } from "../../helpers.js";

// "imposed sanctions on Tehran to help prevent attacks on Israel": the purpose of a measure that a
// verb of imposing puts in place is its aim, no act of its own (sanction-aims.ts); the measure is the
// event. A measure only named by another verb leaves the purpose to the clause's doer.
const coded = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "sanction aims: the purpose of an imposed measure",
  [
    // the measure stays
    ["Washington imposed new sanctions on Tehran to help prevent future attacks on Israel.", "SANCTION USA>IRN"],
    ["Britain tightened its sanctions on Russia in order to support Ukraine.", "SANCTION GBR>RUS"],
    // a purpose of another act, or a measure only defied, keeps its act
    ["Iran defied sanctions to send drones to Russia.", "AID IRN>RUS"],
    ["Iran defied sanctions imposed by the United States to send drones to Russia.", "AID IRN>RUS"],
    ["Russia sent troops to Syria to target rebels in Idlib.", "ASSAULT RUS>SYR"],
    ["The EU imposed sanctions on Belarus and sent aid to Ukraine.", "AID EU>UKR"],
  ],
  [
    ["Washington imposed new sanctions on Tehran to help prevent future attacks on Israel.", "AID"],
    ["The EU vowed to ramp up sanctions on Iran to target its drone deliveries to proxies in Gaza and Yemen.", "ASSAULT"],
    ["Britain tightened its sanctions on Russia in order to support Ukraine.", "SUPPORT"],
    ["Japan announced tariffs on Chinese steel to protect its industry.", "AID"],
  ],
  coded,
);
