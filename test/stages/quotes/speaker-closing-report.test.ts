import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quote = (text: string, words: string) => extract(text).quotes.find((q) => q.text.startsWith(words));

describe("a quote goes on with the report that closes the sentence before it in its paragraph", () => {
  it("'CLAUSE, X wrote.' then a quote sentence: X's words", () => {
    expect(quote('Sharma is able and loyal, Mendez wrote. "He led every unit with great care."', "He led")?.speakerName).toBe("Mendez");
    expect(quote('The ceasefire was holding in most places, Anna Kowalska said. "We have not heard any shelling since Monday."', "We have not")?.speakerName).toBe("Anna Kowalska");
  });

  it("not in the next paragraph, nor a slogan, nor a quote inside a sentence of its own", () => {
    expect(quote('Sharma is able and loyal, Mendez wrote.\n\n"He led every unit with great care."', "He led")?.speakerName ?? null).toBeNull();
    expect(quote('Sharma is able and loyal, Mendez wrote. "Make America Great Again."', "Make America")?.speakerName ?? null).toBeNull();
    expect(quote('Sharma is able and loyal, Mendez wrote. "Stop the war now please" was painted on the wall.', "Stop the war")?.speakerName ?? null).toBeNull();
  });
});
