import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a bare office title in a story whose frame is one state takes that state even where the sentence names
// another state, when the holder is the subject of the clause and the other state is named only after the holder's
// verb (what the holder acts on): subject-act.ts. A state before that verb, or a sentence of a visit, still leaves none.
const serbian =
  "Serbia's government will keep its neutral course, officials in Belgrade said on Tuesday. " +
  "The Serbian parliament backed the plan, and Serbia's president praised the vote. ";
const american =
  "The United States Congress passed the defence bill on Tuesday. Washington officials said the White House would sign it. ";

describe("actors: a state the office holder only acts on", () => {
  it("'Prime Minister X met Russia's ambassador' in a Serbian story: SRB, not blocked by Russia", () => {
    const rec = extract(serbian + "Prime Minister Dragana Kostic met Russia's ambassador on Monday.", "2022-05-10");
    expect(person(rec, "Dragana Kostic")).toMatchObject({ country: "SRB", stateRule: "actors/state:frame-subject" });
  });

  it("'Attorney General X on Monday charged two Chinese officers' in a US story: USA", () => {
    const rec = extract(american + "Attorney General Laura Penn on Monday charged two Chinese officers with hacking.", "2015-05-10");
    expect(person(rec, "Laura Penn")).toMatchObject({ country: "USA", stateRule: "actors/state:frame-subject" });
  });

  it("negative: a state named before the verb ('Prime Minister X of Japan met') leaves the frame out", () => {
    const rec = extract(american + "Prime Minister Kenji Arata of Japan met American senators on Monday.", "2015-05-10");
    expect(person(rec, "Kenji Arata")?.country).not.toBe("USA");
  });

  it("negative: the holder as the object ('Russia's ambassador met Prime Minister X') leaves no state", () => {
    const rec = extract(serbian + "Russia's ambassador met Prime Minister Dragana Kostic on Monday.", "2022-05-10");
    expect(person(rec, "Dragana Kostic")?.country ?? null).toBeNull();
  });

  it("negative: a visit ('Prime Minister X, visiting Washington' / 'flew to Moscow') leaves no state", () => {
    const rec = extract(serbian + "Prime Minister Dragana Kostic flew to Moscow on Monday.", "2022-05-10");
    expect(person(rec, "Dragana Kostic")?.country ?? null).toBeNull();
    const rec2 = extract(american + "Prime Minister Kenji Arata visited Japan's embassy on Monday.", "2015-05-10");
    expect(person(rec2, "Kenji Arata")?.country ?? null).toBeNull();
  });

  it("negative: a comma between the name and the verb (an appositive) leaves no state", () => {
    const rec = extract(serbian + "Prime Minister Dragana Kostic, a former envoy, met Russia's ambassador.", "2022-05-10");
    expect(person(rec, "Dragana Kostic")?.country ?? null).toBeNull();
  });

  it("negative: no frame (two states named alike) gives no state", () => {
    const rec = extract("Serbia and Russia signed a deal. Russia and Serbia will meet again. Prime Minister Dragana Kostic met Russia's ambassador.", "2022-05-10");
    expect(person(rec, "Dragana Kostic")?.country ?? null).toBeNull();
  });
});

// Issue 14: 'Secretary of Defense' and 'Homeland Security Secretary' are the United States' own office names (Britain
// says 'Defence Secretary'): titles.json stateInContext gives the USA to a holder the text gives no state, where the
// article names the USA; 'Defence Secretary' stays with the frame.
describe("actors: offices only the United States names so", () => {
  it("'Secretary of Defense X' in a story of Iran that names the US: USA", () => {
    const rec = extract("Iran seized a tanker in the Gulf, and Tehran warned of more. Iran's navy said the ship broke the law. The US sent a carrier. Secretary of Defense Mark Holden said the carrier would stay.", "2019-05-10");
    expect(person(rec, "Mark Holden")).toMatchObject({ country: "USA", stateRule: "actors/state:title-in-context" });
  });

  it("'Secretary of Homeland Security X' in a story that names the US: USA", () => {
    const rec = extract("Mexico and Guatemala agreed to patrol their border. Secretary of Homeland Security Ann Dorsey said the US would send advisers. Mexico's president welcomed the deal.", "2019-05-10");
    expect(person(rec, "Ann Dorsey")).toMatchObject({ country: "USA" });
  });

  it("negative: an article that never names the US gives no US state from the title", () => {
    const rec = extract("Iran seized a tanker in the Gulf, and Tehran warned of more. Secretary of Defense Mark Holden said the navy would respond. Iran's navy said the ship broke the law.", "2019-05-10");
    expect(person(rec, "Mark Holden")?.stateRule).not.toBe("actors/state:title-in-context");
    expect(person(rec, "Mark Holden")?.country).not.toBe("USA");
  });

  it("negative: 'Defence Secretary X' of a story of Iran that names the US takes no US state from the title", () => {
    const rec = extract("Iran seized a British tanker in the Gulf, and Tehran warned of more. Iran's navy said the ship broke the law. The US sent a carrier. Defence Secretary Mark Holden said Britain would respond.", "2019-05-10");
    expect(person(rec, "Mark Holden")?.country).not.toBe("USA");
  });
});
