import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers17): a quote set off by dashes inside a reported clause is the sentence's own speaker's aside
describe("quotes: an aside between dashes", () => {
  it("'the mayor said the governor has suggested — “and I welcome it” — that …' is the mayor's", () => {
    const rec = extract("The mayor of Hamburg said the governor has suggested — “and I welcome it” — that the port reopen next month.", "2019-05-02");
    const q = rec.quotes.find((x) => x.text.startsWith("and I welcome"));
    expect(q?.speakerName).toMatch(/mayor/i);
  });

  it("negative: with one cue only, the aside stays with that clause's speaker", () => {
    const rec = extract("Chancellor Olaf Scholz has suggested — “and we mean it” — that the talks resume.", "2023-05-02");
    const q = rec.quotes.find((x) => x.text.startsWith("and we mean"));
    expect(q?.speakerName).toBe("Olaf Scholz");
  });

  it("negative: a quote after a comma is the nearest cue's object, not an aside", () => {
    const rec = extract("The mayor said the governor has written, “the port will reopen next month.”", "2019-05-02");
    const q = rec.quotes.find((x) => x.text.startsWith("the port will"));
    expect(q?.speakerName ?? "").not.toMatch(/mayor/i);
  });
});
