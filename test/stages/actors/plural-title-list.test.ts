import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a title's capitalised plural before a list of names ("Senators A and B", "Honorary Consuls A and B") is a
// plural title, as "Reps." is: no word of the first name, and its role covers each name listed; the state the words
// before it give ("US", "Britain's") covers them too, a known person's own state does not.
const persons = (text: string) => extract(text, "2023-03-01").actors.filter((a) => a.kind === "person");

describe("actors: a plural title before a list of names", () => {
  it("the title is no part of the first name, and its role covers the next", () => {
    const rec = extract("Honorary Consuls Pieter van Loon and Olek Hrynko opened the office in Utrecht. Generals Tom Ashby and Raul Benitez toured the base.", "2023-03-01");
    expect(person(rec, "Pieter van Loon")).toMatchObject({ role: "Consuls" });
    expect(person(rec, "Olek Hrynko")).toMatchObject({ role: "Consuls" });
    expect(person(rec, "Raul Benitez")).toMatchObject({ role: "Generals" });
    expect(rec.actors.some((a) => /^(Consuls|Generals) /.test(a.name))).toBe(false);
  });

  it("the state the words before the title give covers the list", () => {
    const rec = extract("Britain's Ambassadors Helen Pryce and Mark Cotter visited Kyiv on Monday. US Senators Dana Whitlow and Ray Corbin met Zelensky.", "2023-03-01");
    for (const n of ["Helen Pryce", "Mark Cotter"]) expect(person(rec, n)).toMatchObject({ country: "GBR" });
    for (const n of ["Dana Whitlow", "Ray Corbin"]) expect(person(rec, n)).toMatchObject({ country: "USA" });
  });

  it("negative: a known person's own state is not the list's; one name after a plural is no title; a place's name", () => {
    const rec = extract("Foreign Ministers Sergei Lavrov and Jose Almendra met in Geneva.", "2023-03-01");
    expect(person(rec, "Jose Almendra")?.country ?? null).toBeNull();
    expect(persons("The ferry to Governors Island left at noon.")).toEqual([]);
    expect(persons("Presidents Cup captain Davis Love said the team was ready.").some((a) => a.role === "Presidents")).toBe(false);
  });
});
