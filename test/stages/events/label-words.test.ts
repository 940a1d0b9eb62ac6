// One reader of the label vocabulary (label-words.ts labelAt) serves both readers of labels: a state's
// label (speech-acts.ts: "calling Rabat a good ally") and a hostile label of an act (labelled-acts.ts:
// "called the move blackmail"); a label added to the data reaches each reader whose sense it has.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { compileSpeechActs, readSpeechActs } from "../../../src/lexicon/compile-speech-acts.js";
import { defaultDataDir } from "../../../src/lexicon/compile-lexicon.js";
import { ACCUSING, OF_STATE, labelAt } from "../../../src/stages/events/label-words.js";
import type { Token } from "../../../src/model/types.js";
import { tempDirs } from "../../_temp-dirs.js";

const tempDir = tempDirs();
const shipped = () => readSpeechActs(join(defaultDataDir(), "speech-acts.json"));
const words = (text: string) => text.split(" ").map((w) => ({ text: w, lower: w.toLowerCase(), norm: w }) as unknown as Token);
const found = (lex: ReturnType<typeof compileSpeechActs>, text: string, accept: typeof OF_STATE) => {
  const t = words(text);
  const m = labelAt(lex, t, 0, t.length, accept);
  return m ? `${m.sense.type} ${t.slice(m.at, m.end).map((x) => x.lower).join(" ")}` : null;
};

describe("label words: one reader for a state's labels and an act's", () => {
  const lex = compileSpeechActs([shipped()]);

  it("a state's label is read for a state, not as an accusation of an act", () => {
    expect(found(lex, "ally of", OF_STATE)).toBe("SUPPORT ally");
    expect(found(lex, "ally of", ACCUSING)).toBeNull();
  });

  it("a hostile label of an act, longest first, accuses; a state is not given it by this reader", () => {
    expect(found(lex, "act of war", ACCUSING)).toBe("ACCUSE act of war");
    expect(found(lex, "blackmail", ACCUSING)).toBe("ACCUSE blackmail");
    expect(found(lex, "blackmail", OF_STATE)).toBeNull();
  });

  it("negative: a word of neither list is no label", () => {
    expect(found(lex, "neighbour", OF_STATE)).toBeNull();
    expect(found(lex, "neighbour", ACCUSING)).toBeNull();
  });

  it("a state's label of type ACCUSE added to the data reaches both readers", () => {
    const file = join(tempDir("dyad-labels-"), "more-labels.json");
    writeFileSync(file, JSON.stringify({ cues: [], labels: [{ id: "label-usurper", type: "ACCUSE", cameo: "112", nouns: ["usurper"] }] }, null, 1));
    const more = compileSpeechActs([shipped(), readSpeechActs(file)]);
    expect(found(more, "usurper", OF_STATE)).toBe("ACCUSE usurper");
    expect(found(more, "usurper", ACCUSING)).toBe("ACCUSE usurper");
    expect(found(lex, "usurper", ACCUSING)).toBeNull();
  });
});
