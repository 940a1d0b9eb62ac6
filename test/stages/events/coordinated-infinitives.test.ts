import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// coordinated-infinitives.ts: "to V1 and V2" makes V2 an infinitive under the same governor; an act
// asked of others is theirs, not the asker's (find-events unnamedPartyObject, mandative-requests.ts)
const keys = (text: string) => eventKeys(text, "2023-05-01");

senseTable(
  "acts asked of others: no act of the one who asks",
  [
    ["Syria urged Iraq to expel and punish the Turkish troops.", "REQUEST SYR>IRQ"],
    ["The Arab League demanded that the parties to the conflict in Yemen allow aid workers in.", "REQUEST ARL>YEM"],
  ],
  [
    // the second infinitive is the addressee's act, asked for and not done
    ["Syria urged Iraq to expel and punish the Turkish troops.", "SANCTION SYR"],
    ["Syria urged Iraq to expel and punish the Turkish troops.", "COERCE SYR"],
    // a people named in the plural, no actor: the asker does not act, and nobody named does
    ["An Egyptian newspaper called on Arabs to unite and mobilize against Israel.", "MOBILIZE"],
    ["The Iranian cleric urged Muslims to boycott and sanction Denmark.", "SANCTION IRN"],
    // the act demanded of the parties is not done by them
    ["The Arab League demanded that the parties to the conflict in Yemen allow aid workers in.", "CONCEDE"],
  ],
  keys,
);

senseTable(
  "own acts: an infinitive of one's own commitment or decision stays the subject's",
  [
    ["Russia agreed to meet and support Iran in the talks.", "AGREE RUS>IRN"],
    ["Turkey decided to mobilize its troops against Syria.", "MOBILIZE TUR>SYR"],
    ["Turkey decided to unite and mobilize its troops against Syria.", "MOBILIZE TUR>SYR"],
  ],
  [
    // a finite verb after "and" is a clause of its own, no infinitive
    ["Russia agreed to talks and Iran attacked Iraq the same day.", "ASSAULT RUS"],
  ],
  keys,
);

it("a coordinated infinitive under a plan is planned: 'plan to work with and train the Iraqi army'", () => {
  const rec = eventKeys("Jordan announced a plan to work with and train the Iraqi army.", "2014-05-01");
  expect(rec).toContain("AID JOR>IRQ");
});
