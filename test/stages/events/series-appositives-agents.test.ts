import { describe, expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// src/stages/events/find-parties.ts seriesVerbBefore: the middle verb of a series of verb phrases
// that "and" closes shares the first verb's subject; a series of clauses with subjects of their own
// gives each verb its own.
senseTable(
  "a series of verb phrases shares its subject",
  [
    ["In 2014 Russia annexed Crimea, backed separatists in the Donbas and hacked the Ukrainian election.", "AID RUS>UKR"],
    ["In 2014 Russia annexed Crimea, backed separatists in the Donbas and hacked the US election.", "COERCE RUS>USA"],
    ["President Donald Trump threatened North Korea, traded insults with Kim Jong Un and imposed tough sanctions on Pyongyang.", "SANCTION USA>PRK"],
    ["Turkey criticised Sweden, blocked its bid, and condemned Finland for hosting Kurdish militants.", "ACCUSE TUR>FIN"],
    // an irregular past in the series is of the same form as a past in -ed
    ["In 2014 Russia annexed Crimea, sent troops to the Donbas and imposed sanctions on Kyiv.", "SANCTION RUS>UKR"],
  ],
  [
    // each clause with its own subject
    ["Russia annexed Crimea, Ukraine protested and Nato condemned the move.", "ACCUSE UKR"],
    // a participle with its agent after the comma is no verb of the series
    ["Hamas, backed by Iran, attacked Israel and killed hundreds.", "SUPPORT PSE"],
    // a series of nouns, not of verbs, after the comma
    ["Russia annexed Crimea, a region of Ukraine, and condemned Kyiv.", "COERCE UKR"],
  ],
  keys,
);

// src/stages/events/find-parties.ts appositiveMember: a name in apposition to the role noun that ends
// a joint subject is that member's name.
senseTable(
  "a joint subject with a name in apposition",
  [
    ["Biden and his Russian counterpart, Vladimir Putin, met in Geneva on Wednesday.", "CONSULT USA+RUS>"],
    ["Scholz and the French president, Emmanuel Macron, met in Berlin.", "CONSULT DEU+FRA>"],
    ["Wang Yi and his counterpart, Sergei Lavrov, signed an agreement in Moscow.", "AGREE CHN+RUS>"],
  ],
  [
    // a single subject with its appositive meets the object
    ["The French president, Emmanuel Macron, met Scholz in Berlin.", "CONSULT FRA+"],
    ["Scholz met the French president, Emmanuel Macron, in Berlin.", "CONSULT DEU+"],
  ],
  keys,
);

describe("a joint subject with a name in apposition: at the sentence's start", () => {
  it("'And his Russian counterpart, Vladimir Putin, met Biden': no member before 'and', no crash", () => {
    expect(() => keys("And his Russian counterpart, Vladimir Putin, met Biden in Geneva.")).not.toThrow();
    expect(keys("And his Russian counterpart, Vladimir Putin, met Biden in Geneva.")).toContain("CONSULT RUS>USA");
  });
});

// src/stages/events/find-events.ts: a participle after the thing it acts on, with the agent after
// "by", is a reduced passive whose doer is that agent, whatever preposition stands between.
senseTable(
  "the agent of a reduced passive after a preposition",
  [
    ["Missiles fired at Israel by Iran struck an air base on Sunday.", "ASSAULT IRN>ISR"],
    ["Shells fired on Kharkiv by Russian troops killed two people.", "ASSAULT RUS>UKR"],
    ["On Sunday, rockets were fired at Israel by Hamas.", "ASSAULT PSE>ISR"],
    ["Israeli hostages taken by Hamas were freed in November.", "ASSAULT PSE>ISR"],
  ],
  [
    // a "by" of manner names no agent; the actor after it is another clause's
    ["Britain said the drone fired at Iraq by mistake was American.", "ASSAULT USA"],
    ["A Ukrainian jet was shot down by mistake, Kyiv said on Monday.", "ASSAULT UKR"],
    // no agent: the doer is unnamed, not the actor before
    ["Israel said the missiles fired at its bases were Iranian.", "ASSAULT"],
    // the one fired at, after its "by"
    ["Israel was fired at by Hamas on Sunday.", "ASSAULT ISR"],
    // the attacks of the one after "by" are not done by the state protected against them
    ["Nato will protect Ukraine against any chemical attacks launched by Russia.", "ASSAULT UKR"],
  ],
  keys,
);
