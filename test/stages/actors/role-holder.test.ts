import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A role phrase ("the home secretary", "the prime minister") names the person the article shows
// holding that role, before a person with no role given who was merely named last.
const roleMentionOf = (text: string, phrase: string, date?: string) => {
  const rec = extract(text, date);
  const start = text.lastIndexOf(phrase);
  return rec.actors.find((a) => a.mentions.some((m) => m.start === start && m.rule === "actors/coref:role"))?.name ?? null;
};

describe("actors: a role phrase resolves to the person holding that role", () => {
  it("the holder named earlier, not the person with no role named just before", () => {
    const text = "Home Secretary Charles Clarke set out the plans on Monday. Farmer Tony Hollins was jailed in 1999 for shooting a burglar. But the home secretary said the law was fair.";
    expect(roleMentionOf(text, "the home secretary", "2005-02-01")).toBe("Charles Clarke");
  });

  it("a known person's dated role counts as holding it", () => {
    const text = "Tony Blair visited a school in Leeds. David Blunkett said the police should be part of the community. The prime minister said the citizen should be in charge.";
    expect(roleMentionOf(text, "The prime minister", "2005-01-20")).toBe("Tony Blair");
  });

  it("a known person's 'Secretary-General' is the text's 'secretary general'", () => {
    const text = "Jens Stoltenberg met defence ministers in Brussels. The Norwegian secretary general conceded that stocks were low.";
    expect(roleMentionOf(text, "The Norwegian secretary general", "2023-02-14")).toBe("Jens Stoltenberg");
  });

  it("a secretary general of another body is not the known one", () => {
    const text = "Jens Stoltenberg met defence ministers in Brussels. The Norwegian under-secretary general conceded that stocks were low.";
    expect(roleMentionOf(text, "The Norwegian under-secretary general", "2023-02-14")).not.toBe("Jens Stoltenberg");
  });

  it("with no holder, the person just named may still be meant", () => {
    const text = "Anna Brightwell arrived in Kyiv on Tuesday. The minister said the talks had gone well.";
    expect(roleMentionOf(text, "The minister")).toBe("Anna Brightwell");
  });
});
