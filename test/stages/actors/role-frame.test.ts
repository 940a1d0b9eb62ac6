import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (speakers17): a bare role phrase of a one-holder office names the holder in the story's state
describe("actors: 'the president' in a story of one state names that state's holder", () => {
  const story = (tail: string) =>
    "Belarusian President Alexander Lukashenko met officials in Minsk on Monday. Belarus said the border would stay closed, and Belarusian troops moved west. " +
    "French President Emmanuel Macron said Europe would respond. Belarusian state media showed the meeting. " + tail;

  it("'the president said' two sentences after Macron's one mention is Lukashenko", () => {
    const rec = story("In Minsk, the president said the sanctions would fail.");
    const r = extract(rec, "2021-06-01");
    const q = r.quotes.find((x) => x.text.startsWith("the sanctions"));
    expect(q?.speaker).toBe(person(r, "Lukashenko")!.id);
  });

  it("negative: right after Macron is named, 'the president' goes on with him", () => {
    const r = extract("Belarusian President Alexander Lukashenko met officials in Minsk on Monday. Belarus said the border would stay closed, and Belarusian troops moved west. French President Emmanuel Macron spoke in Paris. The president said Europe would respond.", "2021-06-01");
    const q = r.quotes.find((x) => x.text.startsWith("Europe would"));
    expect(q?.speaker).toBe(person(r, "Macron")!.id);
  });

  it("negative: a story of two states has no frame, and the holder named last keeps the phrase", () => {
    const r = extract("Russian President Vladimir Putin spoke to reporters. French President Emmanuel Macron flew to Berlin. Talks went on into the night. Later the president said the talks were useful.", "2021-06-01");
    const q = r.quotes.find((x) => x.text.startsWith("the talks were"));
    expect(q?.speaker).toBe(person(r, "Macron")!.id);
  });

  it("negative: a role phrase with its own state is untouched ('the French president')", () => {
    const r = extract(story("In Paris, the French president said the sanctions would work."), "2021-06-01");
    const q = r.quotes.find((x) => x.text.startsWith("the sanctions"));
    expect(q?.speaker).toBe(person(r, "Macron")!.id);
  });
});
