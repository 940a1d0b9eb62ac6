import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statuses = (text: string, type: string) => extract(text, "2022-06-01").events.filter((e) => e.type === type).map((e) => e.status);

describe("status: an act asked for, and a report's second verb", () => {
  it("an infinitive after the thing a verb of asking asks for is still to be decided", () => {
    expect(statuses("Liz Truss called for faster action to help Taiwan with defensive weapons.", "AID")).toEqual(["hypothetical"]);
    expect(statuses("Liz Truss was more explicit, calling for more rapid action to help Taiwan.", "AID")).toEqual(["hypothetical"]);
  });

  it("an infinitive of purpose after a verb of doing keeps its status", () => {
    expect(statuses("Britain sent more weapons to help Ukraine.", "AID")).not.toContain("hypothetical");
    expect(statuses("Britain agreed to help Ukraine.", "AID")).toEqual(["planned"]);
  });

  it("a past verb after 'and' that cannot share the reported modal is the reporter's own act", () => {
    expect(statuses("Greece said it would defend its national rights in the Aegean and urged Turkey to accept talks.", "REQUEST")).toEqual(["occurred"]);
    expect(statuses("Greece said it would defend its rights and accused Turkey of provocation.", "ACCUSE")).toEqual(["occurred"]);
  });

  it("a bare verb after 'and' shares the reported modal", () => {
    expect(statuses("Greece said it would defend its rights and urge Turkey to accept talks.", "REQUEST")).toEqual(["planned"]);
  });
});
