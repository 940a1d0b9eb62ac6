import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// retaken-ground.ts: a state that takes a place of its own takes it from its holder
const keys = (text: string) => eventKeys(text, "2023-09-01");

senseTable(
  "retaken ground: the capture of one's own place falls on the state set against the taker",
  [
    ["Russian troops shelled Ukrainian positions overnight. Ukrainian forces later recaptured Bakhmut.", "ASSAULT UKR>RUS"],
    ["Russian forces shelled Kharkiv on Monday. Ukraine's army launched an offensive to retake Kherson.", "ASSAULT UKR>RUS"],
    ["Russian jets bombed Kyiv again, and Ukrainian troops took control of Izium.", "ASSAULT UKR>RUS"],
  ],
  [
    // the owner of the place is never the one the force falls on
    ["Russian troops shelled Ukrainian positions overnight. Ukrainian forces later recaptured Bakhmut.", "ASSAULT UKR>UKR"],
    ["Russian forces shelled Kharkiv on Monday. Ukraine's army launched an offensive to retake Kherson.", "ASSAULT UKR>UKR"],
    // a fight with no doer named sets no state against the taker
    ["After weeks of fighting with Russia, Ukraine's army launched an offensive to retake Kherson.", "ASSAULT UKR>UKR"],
    // no state set against the taker: no party the text names
    ["Iraqi troops recaptured Ramadi on Sunday.", "ASSAULT IRQ"],
    ["The Ukrainian army said it had retaken the village of Robotyne.", "ASSAULT UKR"],
    // force on a place of one's own without a capture stays as it was
    ["Russian jets bombed Kyiv. Ukrainian forces shelled Donetsk on Friday.", "ASSAULT UKR>RUS"],
    // a place is no taker: the enemy the quote names captures
    ['Russian troops shelled Kharkiv on Monday. "The enemy is trying to break through west of Bakhmut, exit to the Donbas canal and capture Kramatorsk," the Ukrainian general said.', "ASSAULT UKR>RUS"],
    // a place of another state is taken from that state
    ["Russian forces captured Avdiivka after months of fighting with Ukraine.", "ASSAULT RUS>RUS"],
  ],
  keys,
);

it("keeps a capture of another state's place and a holder named after 'from'", () => {
  expect(keys("Russian forces captured the Ukrainian town of Avdiivka.")).toContain("ASSAULT RUS>UKR");
  expect(keys("Ukrainian forces recaptured Kherson from Russian troops.")).toContain("ASSAULT UKR>RUS");
});

it("leaves a capture by rebels of their own state's town to the state ('Taliban fighters took control of Kunduz')", () => {
  expect(keys("Taliban fighters took control of the northern Afghan city of Kunduz.").some((k) => k.startsWith("ASSAULT") && k.includes(">RUS"))).toBe(false);
});

it("leaves a holder named after 'from' to the text, of a state or none (review fix)", () => {
  // (no state set against the taker in force stands in for a stateless holder)
  expect(keys("Israel struck Syrian army positions. The Syrian army recaptured Palmyra from Islamic State militants.")).not.toContain("ASSAULT SYR>ISR");
  expect(keys("Israeli jets struck Damascus. Syrian troops shelled Aleppo to retake it from rebels.")).not.toContain("ASSAULT SYR>ISR");
  // (with no "from", the capture still falls on the state set against the taker)
  expect(keys("Israeli jets struck Damascus. Syrian troops launched an offensive to retake Aleppo.")).toContain("ASSAULT SYR>ISR");
});
