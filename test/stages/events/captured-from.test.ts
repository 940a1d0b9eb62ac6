import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// captured-from.ts: what is captured is taken from the one its "from" names
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "captured from: the holder after 'from' is the capture's target",
  [
    ["Ukraine retook the village from Russia.", "ASSAULT UKR>RUS"],
    ["Ukrainian forces recaptured Kherson from Russian troops.", "ASSAULT UKR>RUS"],
    ["Israel captured the Old City from Jordan in the 1967 war.", "ASSAULT ISR>JOR"],
    ["The US seized a tanker from Iran.", "COERCE USA>IRN"],
    // a participle after its noun: the doer after 'by'
    ["The settlements lie in territories captured by Israel from Jordan in 1967.", "ASSAULT ISR>JOR"],
  ],
  [
    // seizing on words is no capture
    ["Russia seized on an offhand remark from Mr. Kerry to float its own deal.", "COERCE RUS>USA"],
    // the actor is further in the phrase, not its head
    ["Pakistan returned the Indian pilot captured from an attack plane that Pakistan downed.", "ASSAULT IND>PAK"],
    // a participle after its noun with no 'by': the doer is unnamed, not the clause's subject
    ["Militants paraded American Humvees seized from Iraqi forces.", "COERCE USA>IRQ"],
  ],
  keys,
);

it("a 'from' that names no actor keeps the capture's own party ('recaptured Kherson from the south')", () => {
  expect(keys("Ukrainian forces recaptured Kherson from the south.").some((k) => k.endsWith(">RUS"))).toBe(false);
});
