import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "X, nominated as the next prime minister,", "X, named as the new interior minister,": the office a person
// is put in, after a participle of appointment and "as" (titles.json appointedWords), is read as the appositive
// "X, the interior minister," is; a bare office then takes the story's frame. "next" is a title modifier, as "new" is.
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, role: p.role ?? null } : undefined;
};
const slovak =
  "Slovakia's cabinet met late into the night on Thursday. The government in Bratislava said the budget gap had widened, and Slovak officials blamed falling car exports.\n\n";
const twoStates =
  "Serbia and Croatia traded accusations over the border on Friday. Belgrade said Croatian police had provoked the clash, and Zagreb said Serbian troops had massed nearby.\n\n";

describe("actors: an office one is appointed to, in an appositive after the name", () => {
  it("'nominated as', 'named as' and 'the next' before a bare office", () => {
    expect(stateOf(slovak + "Eva Hrusovska, named as the new interior minister, said the police would be reformed.", "Eva Hrusovska")).toEqual({ country: "SVK", role: "interior minister" });
    expect(stateOf(slovak + "Eva Hrusovska, nominated as the next finance minister, said taxes would rise.", "Eva Hrusovska")).toEqual({ country: "SVK", role: "finance minister" });
    expect(stateOf(slovak + "Eva Hrusovska, the next finance minister, said taxes would rise.", "Eva Hrusovska")?.country).toBe("SVK");
  });

  it("negative: no office after 'as', a firm's post, a story of two states", () => {
    expect(stateOf(slovak + "Eva Hrusovska, named as a suspect in the case, said she was innocent.", "Eva Hrusovska")?.country ?? null).toBeNull();
    expect(stateOf(slovak + "Eva Hrusovska, named as chief executive, said exports would recover.", "Eva Hrusovska")?.country ?? null).toBeNull();
    expect(stateOf(twoStates + "Dragan Ilic, named as the new interior minister, said the police would stay.", "Dragan Ilic")?.country ?? null).toBeNull();
  });
});
