// Tokens built by hand for unit tests of token walkers: "word/POS word/POS ...", one space between.
import type { Token } from "../../../src/model/types.js";

export function toks(tagged: string): Token[] {
  let at = 0;
  return tagged.split(" ").map((wp) => {
    const [text, pos] = wp.split("/");
    const t = { text, norm: text, lower: text.toLowerCase(), pos, kind: "word", spaceBefore: at > 0, start: at, end: at + text.length } as Token;
    at += text.length + 1;
    return t;
  });
}
