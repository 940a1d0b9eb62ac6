import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The speaker is who speaks, not a noun near them: not the place a group of residents is in, not
// a state that only qualifies a long title before a name, not an object after the main verb.
const quotes = (text: string) => extract(text).quotes;
const withSpeaker = (text: string) => {
  const rec = extract(text);
  return rec.quotes.map((q) => ({ ...q, state: rec.actors.find((a) => a.id === q.speaker)?.code ?? rec.actors.find((a) => a.id === q.speaker)?.country ?? null }));
};

describe("speaker: a state before a long title and a name is the person's, the person speaks", () => {
  it("a capitalised title joined by 'and' or 'of' runs to the name", () => {
    const [q] = quotes("Canada's Minister of Foreign Affairs Melanie Joly said Ottawa would expel the diplomats.");
    expect(q.speaker).toMatch(/^person:/);
    const [r] = quotes("Malaysia's International Trade and Industry Minister Mustapa Mohamed echoed these remarks, saying that renegotiation would hurt exports.");
    expect(r.speakerName).toBe("Mustapa Mohamed");
    expect(r.speaker).toMatch(/^person:/);
  });

  it("no name after the title: the body or state speaks", () => {
    const [q] = quotes("Malaysia's International Trade and Industry Ministry said exports fell in March.");
    expect(q.speaker).not.toMatch(/^person:/);
  });
});

describe("speaker: the subject ends at the main verb", () => {
  it("'It notes Russian tank movements and says': not the object's modifier", () => {
    const qs = withSpeaker("The Guardian published a new analysis on Monday. It notes Russian tank movements and says Nato jets are on alert.");
    expect(qs.every((q) => q.state !== "RUS")).toBe(true);
  });

  it("'The report documents abuses by Ukrainian forces, saying': not the passive's doer", () => {
    const qs = withSpeaker("The report also documents 75 cases of detention by Ukrainian security forces, saying many amounted to enforced disappearances.");
    expect(qs.every((q) => q.state !== "UKR")).toBe(true);
  });

  it("in the past tense too: 'It noted ... and said', 'The report documented ..., saying'", () => {
    const a = withSpeaker("The Guardian ran a long analysis on Friday. It noted Russian troop movements and said Polish jets were on alert.");
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((q) => q.state !== "RUS")).toBe(true);
    const b = withSpeaker("The study also documented 40 cases of abuse by Ukrainian border guards, saying most went unpunished.");
    expect(b.every((q) => q.state !== "UKR")).toBe(true);
  });

  it("a verb of quoting gives the quote to its object: 'It quoted a statement by the army as saying'", () => {
    const qs = withSpeaker("The agency said the raid was over. It quoted a statement by the Iranian army as saying that its troops had returned.");
    expect(qs.find((q) => q.text.startsWith("its troops"))?.state).toBe("IRN");
  });

  it("a clause that opens with 'when' names its own subject after the main verb", () => {
    const qs = withSpeaker("Senator Ruth Calder spoke in Ohio. Some guests left when she attacked the press and repeated accusations of them reporting \"fake polls\".");
    expect(qs.find((q) => q.text === "fake polls")?.speakerName).toBe("Ruth Calder");
  });

  it("negative: a past participle after an auxiliary or after an object is no main verb", () => {
    // ("has warned": the auxiliary is the verb; the subject before it speaks)
    const [a] = withSpeaker("Ukrainian officials have warned that the dam could fail.");
    expect(a.state).toBe("UKR");
  });

  it("a subject before the verb still speaks; a clause of its own names its speaker", () => {
    const [a] = withSpeaker("Ukrainian officials rejected the claim, saying it was false.");
    expect(a.speakerName).toBe("Ukrainian officials");
    expect(a.state).toBe("UKR");
    const [b] = quotes("Many outdoor events were cancelled as officials urged people to stay indoors, stressing that the fumes were dangerous.");
    expect(b.speakerName).toBe("officials");
  });
});

describe("speaker: a clause of its own after the main verb names its own subject", () => {
  it("a subordinate clause first: 'When the two were reunited, Kleiber said'", () => {
    const [q] = quotes("Kleiber Moran, 4, was found alive in May. When the two were reunited, Kleiber looked at her aunt and said \"we go home\".");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("'the fact that Mr Putin ... said', 'but the Tories remain suspicious, claiming'", () => {
    const [a] = quotes("Doubt grew with the fact that Mr. Putin, after denying any link to the gunmen, later changed his story and said, “Of course, our servicemen backed them.”");
    expect(a.speakerName).toMatch(/Putin/);
    const [b] = quotes("It was immediately denied, but the Tories remain suspicious, claiming that the money was missing.");
    expect(b.speakerName).toBe("Tories");
  });

  it("a subject that names people but no actor still speaks; one that names things does not", () => {
    const qs = quotes("The two countries’ prime ministers met this month, arguing the invasion had changed the region.");
    expect(qs[0]?.speakerName).toBe("prime ministers");
    const rs = quotes("The problems could extend beyond Ukraine, arguing that Europe could face another wave of migrants.");
    expect(rs.every((q) => q.speakerName !== "problems" && q.speakerName !== "Ukraine")).toBe(true);
  });
});

describe("speaker: a role noun after a body's name is who speaks, for the body", () => {
  it("'A North Korean foreign ministry spokesman was quoted as saying': the spokesman, PRK", () => {
    const [q] = withSpeaker("A North Korean foreign ministry spokesman was quoted as saying the talks were over.");
    expect(q.speakerName).toBe("North Korean foreign ministry spokesman");
    expect(q.state).toBe("PRK");
  });

  it("'the Russian foreign minister said': the role with its state, not the bare country", () => {
    const [q] = withSpeaker("The Russian foreign minister said Moscow would respond to any provocation.");
    expect(q.speakerName).toBe("Russian foreign minister");
    expect(q.state).toBe("RUS");
  });

  it("a document after the body is no role: the statement keeps the body", () => {
    const [q] = withSpeaker("The Chinese Foreign Ministry statement said Beijing opposed the sanctions.");
    expect(q.state).toBe("CHN");
    expect(q.speakerName).not.toMatch(/spokes/);
  });
});
