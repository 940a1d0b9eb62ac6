import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "the Russian leader said", "Germany's leader said": a noun for whoever leads a state, right after the state's name
// or possessive, is the one person of that state the article names holding a head office (a title in the text or a
// known person's dated role); with none, or two, the speaker stays the state.
const speakerOf = (text: string, date = "2023-03-01") => {
  const rec = extract(text, date);
  const q = rec.quotes[rec.quotes.length - 1];
  const a = rec.actors.find((x) => x.id === q?.speaker);
  return a ? (a.kind === "person" ? a.name : (a.code ?? a.id)) : null;
};

describe("actors: 'the Russian leader' is the state's head the article names", () => {
  it("a demonym and 'leader' after the president is named", () => {
    expect(speakerOf('President Vladimir Putin met his security council in Moscow on Tuesday. "We will not step back," the Russian leader said.')).toBe("Vladimir Putin");
  });

  it("a known person's dated role makes the head ('Chancellor' at the date)", () => {
    expect(speakerOf('Olaf Scholz flew to Washington on Friday for talks. "Our support will last," Germany\'s leader told reporters.')).toBe("Olaf Scholz");
  });

  it("the head named after the role phrase in the lede", () => {
    expect(speakerOf('The Russian leader said on Tuesday that "the talks are over". Vladimir Putin spoke in Sochi.')).toBe("Vladimir Putin");
  });
});

describe("actors: a known person's role at the date counts beside the text's", () => {
  it("'US leader Joe Biden' is the US president of the date", () => {
    expect(speakerOf('US leader Joe Biden met allies in Brussels on Thursday. "We stand with Kyiv," the US president said.', "2022-03-24")).toBe("Joe Biden");
  });

  it("not before the date of the role ('the US president' of 2005 is not Senator Biden)", () => {
    expect(speakerOf('Senator Joe Biden met donors in Iowa on Thursday. "We stand with Kyiv," the US president said.', "2005-03-24")).not.toBe("Joe Biden");
  });

  it("not a role the text puts in the past", () => {
    expect(speakerOf('Former US leader Joe Biden met donors in Iowa on Thursday. "We stand with Kyiv," the US president said.', "2022-03-24")).not.toBe("Joe Biden");
  });
});

describe("actors: 'the Russian leader' negative cases", () => {
  it("an indefinite official is no person", () => {
    expect(speakerOf('Vladimir Putin met his security council on Tuesday. "We will not step back," a Russian official said.')).toBe("RUS");
  });

  it("plural leaders are not the president", () => {
    expect(speakerOf('Vladimir Putin met his security council on Tuesday. "We will not step back," Russian leaders said.')).not.toBe("Vladimir Putin");
  });

  it("two heads of the state named: either may be meant", () => {
    expect(speakerOf('Vladimir Putin and Mikhail Mishustin met governors on Tuesday. "We will not step back," the Russian leader said.')).toBe("RUS");
  });

  it("a head of another state is not the leader", () => {
    expect(speakerOf('Olaf Scholz met governors in Berlin on Tuesday. "We will not step back," the Russian leader said.')).toBe("RUS");
  });

  it("an opposition leader or a former leader is not the head", () => {
    expect(speakerOf('Vladimir Putin met governors on Tuesday. "We will not step back," the Russian opposition leader said.')).not.toBe("Vladimir Putin");
    expect(speakerOf('Vladimir Putin met governors on Tuesday. "We never stepped back," the former Soviet leader said.')).not.toBe("Vladimir Putin");
  });

  it("a party's leader is not the head of government", () => {
    expect(speakerOf('Rishi Sunak visited Kyiv on Tuesday. "We will not step back," the Labour leader said.')).not.toBe("Rishi Sunak");
  });

  it("no head named: the speaker stays the state", () => {
    expect(speakerOf('Talks in Moscow went on for hours on Tuesday. "We will not step back," the Russian leader said.')).toBe("RUS");
  });
});
