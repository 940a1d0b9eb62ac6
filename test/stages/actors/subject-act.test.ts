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
