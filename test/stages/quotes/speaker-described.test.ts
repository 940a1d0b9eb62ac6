import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quotes = (text: string) => extract(text).quotes;
/** the quote whose words start so */
const quote = (text: string, words: string) => quotes(text).find((q) => q.text.startsWith(words));

describe("a pronoun takes up an unnamed person the text brings in by description", () => {
  it("the described subject of the sentence before, over the person it spoke of", () => {
    const q = quote('A nurse spoke of Maria Lopez, who died in the attack. "We loved her," she said.', "We loved her");
    expect(q).toMatchObject({ speaker: null, speakerName: "nurse" });
    const r = quote('A doctor we met in Kherson described the death of Olga Ivanova. "It was terrible," he said.', "It was terrible");
    expect(r).toMatchObject({ speaker: null, speakerName: "doctor" });
    const t = quote('One elderly resident told us about Tomas Novak, her neighbour. "He never came back," she said.', "He never came back");
    expect(t?.speaker ?? null).toBeNull();
    expect(t?.speakerName).toMatch(/resident$/);
  });

  it("not a named subject, nor a description in the object", () => {
    expect(quote('Putin met a nurse in the hospital. "We will win," he said.', "We will win")?.speakerName).toMatch(/Putin/);
    expect(quote('Carlos Mendes praised a nurse at the clinic. "She saved us," he said.', "She saved us")?.speakerName).toBe("Carlos Mendes");
  });

  it("not over a person named as the described subject's object: the one acted on speaks next", () => {
    expect(quote('A nurse treated John Baker at the scene. "I could not feel my legs," he said.', "I could not feel")?.speakerName).toBe("John Baker");
    expect(quote('A police officer arrested Tom Reed on Friday. "I did nothing wrong," he said.', "I did nothing wrong")?.speakerName).toBe("Tom Reed");
  });

  it("not a description with a name in apposition or before the verb, nor one of the other gender", () => {
    expect(quote('A mother of two, Zahra Karimi said the detention was painful. "They took the children," she said.', "They took")?.speakerName).toBe("Zahra Karimi");
    expect(quote('A spokeswoman met John Harwood on Monday. "We will win," he said.', "We will win")?.speakerName).toBe("John Harwood");
  });

  it("not a body's noun phrase ending in another head", () => {
    expect(quote('An official statement praised John Harwood. "We will win," he said.', "We will win")?.speakerName).toBe("John Harwood");
  });

  it("a name a description leads with in apposition, where no person was taken", () => {
    const q = quote('One resident, Anna, said the shelling lasted all night. "We hid in the basement," she said.', "We hid");
    expect(q?.speakerName).toBe("Anna");
  });

  it("an unnamed reporter leading its sentence, where no name is found before", () => {
    const q = quote('The diplomat said the reformers wanted to finish the overhaul of prices. "These conditions do not exist now," he said.', "These conditions");
    expect(q).toMatchObject({ speaker: null, speakerName: "diplomat" });
    const r = quote('The aide said the party would lose seats. He said the tax would matter little. "Candidates will oppose it," he said.', "Candidates");
    expect(r?.speakerName).toBe("aide");
    // (of the other gender: not taken)
    expect(quote('The spokeswoman said the talks failed. "We are sad," he said.', "We are sad")?.speakerName ?? null).not.toBe("spokeswoman");
  });

  it("a nearer unnamed reporter over an earlier quote of another unnamed one", () => {
    const text = 'The economist said, "Reform causes anxiety."\n\n"But in rigid countries, goods are scarce," he said.\n\nThe diplomat said the reformers wanted to finish the overhaul of prices.\n\n"But to enact such measures they need a stable economy," he said.';
    expect(quote(text, "But in rigid")?.speakerName).toBe("economist");
    expect(quote(text, "But to enact")?.speakerName).toBe("diplomat");
  });
});
