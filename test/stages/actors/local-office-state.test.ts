import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string, date?: string) => {
  const p = extract(text, date).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

describe("actors: a governor or mayor takes the state of the places the story names around the name", () => {
  it("a regional governor after a region of one state", () => {
    expect(stateOf("Drones hit the Sumy region of Ukraine overnight. Regional Governor Taras Hlynko said a school was damaged.", "Taras Hlynko")).toEqual({ country: "UKR", rule: "actors/state:local-office" });
    expect(stateOf("Shelling resumed near Kherson on Sunday. Local governor Petro Vasylenko said two people died.", "Petro Vasylenko")?.country).toBe("UKR");
  });

  it("a mayor in a sentence that names a city of one state", () => {
    expect(stateOf("Mayor Andriy Holub said the water supply in Lviv had been restored.", "Andriy Holub")?.country).toBe("UKR");
  });

  it("negative: places of two states within reach leave the governor without a state", () => {
    expect(stateOf("Shells fell on Belgorod and on Kharkiv on Monday. Governor Pavel Sidorenko said three were hurt.", "Pavel Sidorenko")?.country ?? null).toBeNull();
  });

  it("negative: no place within reach (only a state named as the attacker's) gives nothing", () => {
    expect(stateOf("The war entered its second year. Talks stalled in the spring. Nothing changed by summer. Governor Pavel Sidorenko said Russian shelling went on.", "Pavel Sidorenko")?.country ?? null).toBeNull();
  });

  it("negative: an office other than a governor's or a mayor's is not placed by the story's places", () => {
    expect(stateOf("Shelling resumed near Kherson on Sunday. Activist Petro Vasylenko said two people died.", "Petro Vasylenko")?.country ?? null).toBeNull();
  });
});

describe("actors: a ministry's spokesperson with no state word takes the article frame's state", () => {
  const story = "Ukraine asked for more air defence. Ukraine says Kyiv and Odesa were hit. Ukraine's allies met on Monday. ";
  it("'Foreign Ministry spokesman X' and 'Ministry of Foreign Affairs spokeswoman X' in a story about one state", () => {
    expect(stateOf(story + "Foreign Ministry spokesman Oleksiy Dmytrenko said more help was needed.", "Oleksiy Dmytrenko")?.country).toBe("UKR");
    expect(stateOf(story + "Ministry of Foreign Affairs spokeswoman Iryna Koval said more help was needed.", "Iryna Koval")?.country).toBe("UKR");
  });

  it("negative: another state in the sentence, or no frame, leaves the spokesperson without a state", () => {
    expect(stateOf(story + "Foreign Ministry spokesman Ivan Petrov said Russia would respond.", "Ivan Petrov")?.country ?? null).toBeNull();
    expect(stateOf("Foreign Ministry spokesman Oleksiy Dmytrenko said more help was needed.", "Oleksiy Dmytrenko")?.country ?? null).toBeNull();
  });

  it("negative: a firm's spokesperson is no office of the frame's state", () => {
    expect(stateOf(story + "Company spokesman Oleksiy Dmytrenko said more help was needed.", "Oleksiy Dmytrenko")?.country ?? null).toBeNull();
  });
});

describe("actors: a local office and the states named by name around it", () => {
  it("a state named by its demonym (an attacker's) does not bar the place's state", () => {
    expect(stateOf("Russian drones hit the Sumy region of Ukraine overnight. Governor Taras Hlynko said a school was damaged.", "Taras Hlynko")?.country).toBe("UKR");
  });

  it("negative: another state named by its name or capital within reach bars it, and a state alone with no place gives nothing", () => {
    expect(stateOf("Moscow said Kyiv had shelled its towns near Kharkiv. Governor Pavel Sidorenko said three were hurt.", "Pavel Sidorenko")?.country ?? null).toBeNull();
    expect(stateOf("Ukraine asked for more air defence. Governor Pavel Sidorenko said three were hurt.", "Pavel Sidorenko")?.country ?? null).toBeNull();
  });
});
