import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: hereditary titles name their state (titles.json historical) and rulers of the past are named by surname
// alone at any date (persons.json historical)
describe("actors: historical titles ('Tsar Nicholas II', 'Kaiser Wilhelm')", () => {
  it("a ruler's title before a regnal name, or after a possessor, gives the title's state; the holder holds it no more", () => {
    const rec = extract(
      "Tsar Alexander II freed the serfs in 1861, the museum's guide said. Kaiser Wilhelm II abdicated after the war. Russia's last tsar, Nicholas II, was shot in 1918.",
      "2021-06-01",
    );
    expect(person(rec, "Alexander II")).toMatchObject({ country: "RUS", role: "Tsar", stateRule: "actors/state:title", formerRole: true });
    expect(stateOf(rec, "Wilhelm II")).toBe("DEU");
    expect(stateOf(rec, "Nicholas II")).toBe("RUS");
  });

  it("negative: a nickname of a modern post, a firm's name after the title", () => {
    const rec = extract(
      "The energy tsar Harriet Lowe said prices would fall. Paul Grant, the government's drugs czar, said seizures rose. Kaiser Permanente said costs rose.",
      "2021-06-01",
    );
    expect(stateOf(rec, "Harriet Lowe")).toBeNull();
    expect(stateOf(rec, "Paul Grant")).toBeNull();
    expect(rec.actors.filter((a) => a.kind === "person" && a.country === "DEU")).toEqual([]);
  });
});

describe("actors: rulers of the past named by surname alone", () => {
  it("'Stalin', 'Thatcher', 'Nixon' long after their rule carry their state", () => {
    const rec = extract(
      "The Finns' resistance convinced Stalin that Finland could not be held, the author wrote. Critics compared the plan to Thatcher's war on the unions. The opening recalled Nixon's visit to China.",
      "2022-03-04",
    );
    expect(person(rec, "Stalin")).toMatchObject({ country: "RUS", stateRule: "actors/state:seed" });
    expect(stateOf(rec, "Thatcher")).toBe("GBR");
    expect(stateOf(rec, "Nixon")).toBe("USA");
  });

  it("rulers known by a regnal epithet or a single name: 'Peter the Great', 'Napoleon'", () => {
    const rec = extract("The president likened himself to Peter the Great. Napoleon's retreat from Moscow was recalled.", "2022-06-10");
    expect(stateOf(rec, "Peter the Great")).toBe("RUS");
    expect(stateOf(rec, "Napoleon")).toBe("FRA");
    // (a namesake whose run goes on past the ruler's name)
    expect(stateOf(extract("Napoleon Harris said the bill would pass.", "2022-06-10"), "Napoleon Harris")).toBeNull();
  });

  it("negative: a place or body named after the person, a namesake before the ruler's time", () => {
    const rec = extract(
      "Flights to Charles de Gaulle airport were cancelled. She met staff of the Konrad Adenauer Foundation. Crowds queued outside Ataturk airport.",
      "2022-03-04",
    );
    expect(rec.actors.filter((a) => a.kind === "person")).toEqual([]);
    // (a surname alone before the ruler took office names someone else)
    const old = extract("Churchill said the harvest was poor, the farmer's diary records.", "1890-05-01");
    expect(stateOf(old, "Churchill")).toBeNull();
  });

  it("a ruler of the past gives the story no frame: an office holder keeps the story's state", () => {
    const rec = extract(
      "Culture Minister Dafydd Rowlands said the Welsh Assembly review was fair. Likening it to Hitler's Germany was wrong, Mr Rowlands said. Hitler was no model, he added, and Hitler's name should not be used. The Assembly in Cardiff agreed. Britain's arts bodies said so. The British Council agreed.",
      "2005-01-01",
    );
    expect(stateOf(rec, "Hitler")).toBe("DEU");
    expect(stateOf(rec, "Dafydd Rowlands")).not.toBe("DEU");
  });
});
