import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statuses = (text: string, type: string) => extract(text, "2022-06-01").events.filter((e) => e.type === type).map((e) => e.status);

describe("status: an infinitive whose governor is out of reach has no tense of its own", () => {
  it("the tense before its 'to' is another verb's: the act is still to be done", () => {
    // a perfect of pressing is no sanction done
    expect(statuses("Washington has quietly pressured its closest partners in Europe and Asia to bar Huawei from their networks.", "COERCE")).toEqual(["planned"]);
    // a present of an effort under way is no sanction going on
    expect(statuses("A bipartisan Senate effort is now under way to sanction Turkey over its offensive in Syria.", "SANCTION")).toEqual(["planned"]);
    // a headline's bare "to"
    expect(statuses("Britain to send more tanks to Ukraine", "AID")).toEqual(["planned"]);
  });

  it("the purpose of talks held, or of a call made, is done in them, however long the way to it", () => {
    expect(statuses("Blinken held lengthy talks with the Saudi king and the crown prince in Riyadh on Monday to discuss the crisis with Iran.", "CONSULT")).toEqual(["occurred", "occurred"]);
    expect(statuses("Macron spoke with Zelensky by telephone on Sunday evening to condemn Russia's missile strikes.", "ACCUSE")).toEqual(["occurred"]);
  });

  it("talks still to be held keep their purpose to come", () => {
    expect(statuses("Blinken will hold lengthy talks with the Saudi king and the crown prince in Riyadh on Monday to discuss the crisis with Iran.", "CONSULT")).toEqual(["planned", "planned"]);
  });

  it("an infinitive an adjective's 'it' stands for keeps the copula's present, a stance said", () => {
    expect(statuses("\"It is vital to support Ukraine,\" Johnson said.", "SUPPORT")).not.toContain("planned");
  });

  it("an attempt far off keeps its own tense", () => {
    expect(statuses("Russia has been trying for months and with heavy losses in the east to capture Bakhmut.", "ASSAULT")).not.toContain("planned");
  });
});
