import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: hosts, presenters, anchors, journalists and correspondents are press (titles.json, sector MED), never
// officials; their state comes only from their outlet or a state word before the title.
describe("actors: press titles", () => {
  it("'CNN anchor X' (the outlet's state), 'Russian TV host X', 'talk show host X', 'presenter X'", () => {
    const rec = extract(
      "CNN anchor Jack Tappan asked the senator about the vote. Russian TV host Vladimir Solovtsev called for strikes. " +
        "The talk show host Jim Mahern mocked the plan. BBC presenter Andrew Marrick asked the question. Journalist Evan Gershon was held in Moscow.",
      "2023-05-01",
    );
    expect(person(rec, "Jack Tappan")).toMatchObject({ country: "USA", sector: "MED", role: "anchor" });
    expect(person(rec, "Vladimir Solovtsev")).toMatchObject({ country: "RUS", sector: "MED" });
    expect(person(rec, "Jim Mahern")).toMatchObject({ sector: "MED" });
    expect(person(rec, "Andrew Marrick")).toMatchObject({ country: "GBR", sector: "MED" });
    expect(person(rec, "Evan Gershon")).toMatchObject({ sector: "MED" });
    expect(person(rec, "Evan Gershon")?.country ?? null).toBeNull();
  });

  it("the title is no part of the name: 'Presenter Laura Kuenssen asked'", () => {
    const rec = extract("Presenter Laura Kuenssen asked the minister about the deal.", "2023-05-01");
    expect(person(rec, "Laura Kuenssen")).toMatchObject({ name: "Laura Kuenssen", sector: "MED" });
  });

  it("negative: a host country or a host nation is no press title, and a summit's host is no presenter", () => {
    const rec = extract("Host country Qatar said the talks would go on. Summit host Vladimir Putin welcomed the guests.", "2019-05-01");
    expect(rec.actors.some((a) => a.kind === "person" && a.name.includes("Qatar"))).toBe(false);
    expect(person(rec, "Putin")?.sector).toBe("GOV");
  });

  it("an outlet before a capitalised press post: 'BBC Political Correspondent X', 'ABC News Chief Anchor X'", () => {
    const rec = extract("BBC Political Correspondent James Harding said the plan was odd. ABC News Chief Anchor George Stephan asked the senator.", "2019-05-01");
    expect(person(rec, "James Harding")).toMatchObject({ name: "James Harding", country: "GBR", sector: "MED" });
    expect(person(rec, "George Stephan")).toMatchObject({ name: "George Stephan", country: "USA", sector: "MED" });
  });

  it("negative: a body of no press before a capitalised word and a press title gives nothing ('Harvard University Professor X')", () => {
    const rec = extract("Harvard University Professor Jane Morrow said the plan was odd.", "2019-05-01");
    expect(person(rec, "Jane Morrow")?.sector ?? null).not.toBe("MED");
  });

  it("a former host who now holds a seat: 'Ex-chat show host X quit. The MEP said' is X, speaking", () => {
    const rec = extract("Ex-chat show host Robert Kilmore has quit the party. The MEP said he was ashamed to have joined it.", "2005-01-10");
    const k = person(rec, "Robert Kilmore")!;
    expect(k.mentions.map((m) => m.text)).toContain("The MEP");
    expect(rec.quotes.find((q) => q.text.startsWith("he was ashamed"))?.speaker).toBe(k.id);
  });

  it("negative: a sitting presenter is not 'the minister' the next sentence names", () => {
    const rec = extract("Presenter Laura Kuenssen asked the question. The minister said the deal was done.", "2023-05-01");
    expect(rec.quotes.find((q) => q.text.startsWith("the deal"))?.speaker ?? null).not.toBe(person(rec, "Laura Kuenssen")?.id);
  });
});
