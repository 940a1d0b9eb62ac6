import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a bare national office title with no state beside it ("the deputy interior minister X", '"...," said the
// health minister, X.') in a story of one state's politics is an office of that state (actors/state:article-frame), as
// "Interior Minister X" already was.
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null, role: p.role ?? null } : undefined;
};

const slovak =
  "Slovakia's cabinet met late into the night on Thursday. The government in Bratislava said the budget gap had widened, and Slovak officials blamed falling car exports.\n\n";
const twoStates =
  "Serbia and Croatia traded accusations over the border on Friday. Belgrade said Croatian police had provoked the clash, and Zagreb said Serbian troops had massed nearby. Serbia and Croatia called for talks.\n\n";

describe("actors: a lower-case office title opening a sentence after 'The' (find-actors.ts OPENING_WORDS)", () => {
  it("the article's capital first word is no portfolio that names a body", () => {
    expect(stateOf(slovak + "The deputy finance minister Juraj Hlinka will step down in March.", "Juraj Hlinka")).toEqual({ country: "SVK", rule: "actors/state:article-frame", role: "finance minister" });
    expect(stateOf(slovak + "The acting attorney general Marta Kollar said the inquiry would continue.", "Marta Kollar")?.country).toBe("SVK");
  });

  it("negative: a body's name between 'The' and the title, a firm's title, a story of two states", () => {
    expect(stateOf(slovak + "The Tatra president Juraj Hlinka said exports would recover.", "Juraj Hlinka")?.country ?? null).toBeNull();
    expect(stateOf(slovak + "The chief executive Juraj Hlinka said exports would recover.", "Juraj Hlinka")?.country ?? null).toBeNull();
    expect(stateOf(twoStates + "The deputy interior minister Dragan Ilic said the police would stay.", "Dragan Ilic")?.country ?? null).toBeNull();
  });
});

describe("actors: an office in apposition after a verb of saying ('said the health minister, X.')", () => {
  it("the bare title takes the story's state; 'the country's' takes the state named before", () => {
    expect(stateOf(slovak + "\"We cannot wait any longer,\" said the health minister, Pavol Sykora.", "Pavol Sykora")).toEqual({ country: "SVK", rule: "actors/state:article-frame", role: "health minister" });
    expect(stateOf(slovak + "Slovakia will close two hospitals. \"We cannot wait any longer,\" said the country's health minister, Pavol Sykora.", "Pavol Sykora")).toEqual({ country: "SVK", rule: "actors/state:its-office", role: "health minister" });
    expect(stateOf(slovak + "Reporters said the economy minister, Pavol Sykora, had resigned.", "Pavol Sykora")?.country).toBe("SVK");
  });

  it("negative: a firm's title, a story of two states", () => {
    expect(stateOf(slovak + "\"We cannot wait any longer,\" said the chief executive, Pavol Sykora.", "Pavol Sykora")?.country ?? null).toBeNull();
    expect(stateOf(twoStates + "\"We will not be provoked,\" said the foreign minister, Dragan Ilic.", "Dragan Ilic")?.country ?? null).toBeNull();
  });
});
