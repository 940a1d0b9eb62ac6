import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "State Dept spokesman X", "Justice Dept officials": news abbreviates a US department's "Department" to
// "Dept" (organizations.json aliases), and the department before a title gives its holder the department's state.
const person = (text: string, name: string) => extract(text).actors.find((a) => a.kind === "person" && a.name === name);
const lead = "Trade talks\n\nOfficials met on Tuesday to discuss the deal.\n\n";

describe("actors: a US department abbreviated 'Dept' (organizations.json)", () => {
  it("the department is found, and its spokesman is American", () => {
    expect(person(lead + "Defense Dept spokesman Carl Hume said the talks went well.", "Carl Hume")?.country).toBe("USA");
    const rec = extract(lead + "The Treasury Dept said on Friday that the deal was fair.");
    expect(rec.actors.some((a) => a.id === "org:treasury-department")).toBe(true);
  });

  it("negative: another word before 'Dept' names no US department", () => {
    expect(person(lead + "Sales Dept spokesman Carl Hume said the talks went well.", "Carl Hume")?.country ?? null).toBeNull();
    expect(extract(lead + "The Parks Dept said on Friday that the deal was fair.").actors.some((a) => a.kind === "organization" && a.country === "USA")).toBe(false);
  });
});
