import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers49): British and wire leads put the report first and the speaker last in the
// perfect ("..., Tony Blair has said."); the participle after it (", telling MPs that ...") goes on
// with the same speaker; a fronted "while"/"although" clause alone is no report; and an inverted
// cue may be followed by a firm's or a body's capitalised name, or an acronym, before the role and
// the person ("said Morgan Grenfell Securities analyst Jane Doe", "said CBI Director-General Jane Doe").
const quoteOf = (text: string, start: string) => extract(text).quotes.find((q) => q.text.startsWith(start));

describe("speakers: the perfect after the report", () => {
  it("'..., Tony Blair has said.' is Tony Blair's report", () => {
    const q = quoteOf("Cuts to the fuel duty would be paid for by higher borrowing, Tony Blair has said.", "Cuts to the fuel duty");
    expect(q?.speakerName).toBe("Tony Blair");
    expect(q?.cue).toBe("said");
  });

  it("'..., the foreign ministers have warned during a visit' is the ministers'", () => {
    const q = quoteOf("The ceasefire will collapse unless both sides withdraw their artillery, the foreign ministers have warned during a visit to Vienna.", "The ceasefire will collapse");
    expect(q?.speakerName).toMatch(/foreign ministers/);
  });

  it("'..., Jane Doe has said, telling MPs that ...': both reports are hers", () => {
    const rec = extract("Beijing would be making a grave mistake if it blockaded the island, Jane Doe has said, telling MPs that trade links should be reviewed.");
    expect(rec.quotes.find((q) => q.text.startsWith("Beijing would"))?.speakerName).toBe("Jane Doe");
    expect(rec.quotes.find((q) => q.text.startsWith("trade links"))?.speakerName).toBe("Jane Doe");
  });

  it("'..., if ..., ..., Joe Biden has warned': a fronted condition inside the report stays in it", () => {
    const q = quoteOf("If the troops cross the border, Moscow will pay a heavy price, Joe Biden has warned.", "If the troops");
    expect(q?.speakerName).toBe("Joe Biden");
  });
});

describe("speakers: a fronted clause of time or condition carries the report", () => {
  it("'Since the war began Russia has lost 300 tanks, the ministry said' is the ministry's report", () => {
    const q = quoteOf("Since the war began Russia has lost more than 300 tanks, the defence ministry said.", "Since the war began");
    expect(q?.speakerName).toMatch(/ministry/);
  });

  it("'If Russia invades it will pay dearly, Joe Biden said' is Biden's report", () => {
    const q = quoteOf("If Russia invades it will pay dearly, Joe Biden said.", "If Russia invades");
    expect(q?.speakerName).toBe("Joe Biden");
  });
});

describe("speakers: firm or body names before the role after an inverted cue", () => {
  it("'said Morgan Grenfell Securities analyst Jane Doe' is Jane Doe", () => {
    const q = quoteOf('The yen slipped in Tokyo.\n\n"The market has run out of reasons to buy," said Morgan Grenfell Securities analyst Jane Doe.', "The market has run");
    expect(q?.speakerName).toBe("Jane Doe");
  });

  it("'said CBI Director-General Jane Doe' is Jane Doe", () => {
    const q = quoteOf('Business leaders met ministers on Monday.\n\n"What firms need now is certainty," said CBI Director-General Jane Doe.', "What firms need");
    expect(q?.speakerName).toBe("Jane Doe");
  });
});

describe("speakers: perfect cue and named firms, negative cases", () => {
  it("negative: 'While X is a sceptic, Y has stressed his support' reports nothing", () => {
    const rec = extract("While Jones is a long-standing critic of the alliance, Smith has stressed his support for it.");
    expect(rec.quotes.some((q) => q.text.startsWith("While Jones"))).toBe(false);
  });

  it("negative: 'Although the vote was close, the minister praised the result' reports nothing", () => {
    const rec = extract("Although the vote was close, the minister praised the result.");
    expect(rec.quotes.some((q) => q.text.startsWith("Although"))).toBe(false);
  });

  it("negative: 'As diplomats pleaded ..., the president warned of ...' reports nothing", () => {
    const rec = extract("As Ukrainian diplomats pleaded with the world to stop the Russian aggression, the president warned of a bleak return to the past.");
    expect(rec.quotes.some((q) => q.text.startsWith("As Ukrainian"))).toBe(false);
  });

  it("negative: '..., the minister has not said' reports nothing", () => {
    const rec = extract("The budget will be cut by a fifth next year, the finance minister has not said.");
    expect(rec.quotes.some((q) => q.text.startsWith("The budget"))).toBe(false);
  });

  it("negative: capitalised words with no person after them name no person", () => {
    const q = quoteOf('The pound fell.\n\n"The selling is not over yet," said Foreign Exchange dealers in London.', "The selling");
    expect(q?.speaker ?? "").not.toMatch(/^person:/);
  });
});
