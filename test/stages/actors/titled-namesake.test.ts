import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, published: string) => extract(text, published).actors.filter((a) => a.kind === "person").map((a) => a.name);

// Issue 14 (speakers43): a form of address before a bare surname is part of who the person is: a title of another
// gender, or a peer's address of another state, never names the known person of the dictionary with that surname
describe("actors: an address that does not fit a known person's gender or state names someone else", () => {
  it("'Baroness Kennedy' and 'Lord Kennedy' in 2025 are British peers, not Robert F. Kennedy Jr.", () => {
    expect(persons("Baroness Kennedy said the law was flawed.", "2025-06-01")).not.toContain("Robert F. Kennedy Jr.");
    expect(persons("Lord Kennedy said the law was flawed.", "2025-06-01")).not.toContain("Robert F. Kennedy Jr.");
  });

  it("'Mrs Starmer' is not Keir Starmer, 'Ms Trump' is not Donald Trump", () => {
    expect(persons("Mrs Starmer visited the school on Monday.", "2025-06-01")).not.toContain("Keir Starmer");
    expect(persons("Ms Trump said she would attend.", "2025-06-01")).not.toContain("Donald Trump");
  });

  it("'Lord Cameron' in 2024 is David Cameron, the foreign secretary the peerage made him", () => {
    expect(persons("Lord Cameron said the plan was bad.", "2024-03-01")).toContain("David Cameron");
  });

  it("negative: an address that fits keeps the known person ('Mr Kennedy' in 2025, 'Mr Starmer', 'Mrs Clinton' in 2010)", () => {
    expect(persons("Mr Kennedy said the law was flawed.", "2025-06-01")).toContain("Robert F. Kennedy Jr.");
    expect(persons("Mr Starmer said the law was flawed.", "2025-06-01")).toContain("Keir Starmer");
    expect(persons("Mrs Clinton said the deal was good.", "2010-06-01")).toContain("Hillary Clinton");
  });
});
