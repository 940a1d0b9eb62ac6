import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A group of people who speak for no state (residents, witnesses, activists) with the place they
// are in or of: the group speaks, never the place's state.
const quotes = (text: string) => extract(text).quotes;
const withSpeaker = (text: string) => {
  const rec = extract(text);
  return rec.quotes.map((q) => ({ ...q, state: rec.actors.find((a) => a.id === q.speaker)?.code ?? rec.actors.find((a) => a.id === q.speaker)?.country ?? null }));
};

describe("speaker: a group of people with a place is the group, never the place's state", () => {
  it("'Residents of Mariupol said': the residents speak for no state", () => {
    const [q] = quotes("Residents of Mariupol said the water had been cut for a week.");
    expect(q.speakerName).toBe("Residents of Mariupol");
    expect(q.speaker).toBeNull();
    expect(q.rule).toMatch(/speaker:public-group$/);
  });

  it("'Witnesses in the town of Bucha said': the whole phrase, not the town", () => {
    const [q] = quotes("Witnesses in the town of Bucha said soldiers went from house to house.");
    expect(q.speakerName).toBe("Witnesses in the town of Bucha");
    expect(q.speaker).toBeNull();
  });

  it("'Villagers in the northern province of Idlib told': the villagers, not the province", () => {
    const [q] = withSpeaker("Villagers in the northern province of Idlib told reporters that jets had bombed a market.");
    expect(q.speakerName).toBe("Villagers in the northern province of Idlib");
    expect(q.speaker === null || q.speaker.startsWith("group:")).toBe(true);
  });

  it("officials and police of a place keep its state; a state in the group's own words stays", () => {
    const [a] = withSpeaker("Officials in Ukraine said the bridge was destroyed.");
    expect(a.speaker).toBe("UKR");
    const [b] = withSpeaker("Ukrainian residents of the town said the soldiers had left.");
    expect(b.state).toBe("UKR");
    const [c] = withSpeaker("The mayor of Kharkiv said the city had been shelled overnight.");
    expect(c.state).toBe("UKR");
  });
});
