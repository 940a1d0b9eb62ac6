import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A speaker phrase whose head is a news outlet's kind (speech.json outletKinds: "media",
// "newspaper", "news agency") is the outlet, never the state its demonym names; a state's own
// outlet ("state media") keeps the state, and a person who only talks to an outlet keeps the person.
const rec = (text: string) => extract(text);
const last = (text: string) => {
  const r = rec(text);
  const q = r.quotes.at(-1)!;
  const a = r.actors.find((x) => x.id === q.speaker);
  return { q, state: a?.code ?? a?.country ?? null };
};

describe("speaker: an outlet named by its kind", () => {
  it("'Dutch media reports said ...' is the media, with no state", () => {
    const { q, state } = last("Dutch media reports said the minister had offered to resign over the budget.");
    expect(q.speakerName).toContain("media");
    expect(state).toBeNull();
    expect(q.rule).toContain("speaker:outlet");
  });

  it("'Austrian news agency apa reported that ...' is the agency, not Austria", () => {
    const { q, state } = last("Austrian news agency apa reported that the chancellor would fly to Rome on Friday.");
    expect(q.speakerName).toContain("apa");
    expect(state).toBeNull();
  });

  it("'a Polish newspaper said' and 'Danish daily Berlingske reported' speak for no state", () => {
    expect(last("A Polish newspaper said the army had moved two brigades to the east.").state).toBeNull();
    const b = last("Danish daily Berlingske reported that the king had cancelled the visit.");
    expect(b.q.speakerName).toContain("Berlingske");
    expect(b.state).toBeNull();
  });
});

describe("speaker: negatives of the outlet rule", () => {
  it("negative: 'Chinese state media said' is the state's own outlet and keeps the state", () => {
    expect(last("Chinese state media said the drills around the island had ended.").state).toBe("CHN");
  });

  it("negative: 'Iraqi officials said' and 'the Hungarian government said' are no outlets", () => {
    expect(last("Iraqi officials said the border crossing had been closed.").state).toBe("IRQ");
    expect(last("The Hungarian government said the vote would go ahead.").state).toBe("HUN");
  });

  it("negative: a kind noun before a word of another kind ('television presenter', 'press office') is no outlet", () => {
    expect(last("The Romanian television presenter said the election had been stolen.").q.rule).not.toContain("speaker:outlet");
    expect(last("The Greek press office said the talks had been postponed.").q.rule).not.toContain("speaker:outlet");
  });

  it("negative: a person who talks to an outlet keeps the person ('X told dpa that ...')", () => {
    const { q } = last("Finance Minister Christian Lindner told dpa that Germany would not raise taxes.");
    expect(q.speaker).toBe("person:christian-lindner");
  });
});
