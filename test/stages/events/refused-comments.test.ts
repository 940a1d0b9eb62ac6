import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A refusal to speak turns down no one (refused-comments.ts): "declined to comment on", "refused to
// speculate about", "refused to say whether", "declined comment". A refusal of an act or an offer stays
// a REJECT.
const events = (text: string) => extract(text, "2024-05-02").events;
const rejects = (text: string) => events(text).filter((e) => e.type === "REJECT");

describe("a refusal to speak is no REJECT", () => {
  it("'refused to speculate' and 'declined to comment' on a party", () => {
    expect(rejects("The Indian foreign ministry refused to speculate about the talks with Pakistan.")).toEqual([]);
    expect(rejects("A Turkish official declined to comment on the Greek proposal.")).toEqual([]);
  });
  it("'refused to say whether' and 'declined to confirm'", () => {
    expect(rejects("The Polish defence minister refused to say whether Warsaw would send jets to Ukraine.")).toEqual([]);
    expect(rejects("Japan's government declined to immediately confirm the report about China.")).toEqual([]);
  });
  it("'declined further comment' as a noun", () => {
    expect(rejects("The Egyptian embassy declined further comment on the Israeli request.")).toEqual([]);
  });
});

describe("negative cases: a refusal of an act or an offer stays a REJECT", () => {
  it("'refused to accept the offer', 'declined the invitation to talks'", () => {
    expect(rejects("Venezuela refused to accept the Colombian offer of mediation.").length).toBeGreaterThan(0);
    expect(rejects("Serbia declined the invitation to talks with Kosovo.").length).toBeGreaterThan(0);
  });
  it("a refused act of cooperation rejects its party", () => {
    expect(rejects("Hungary refused to send weapons to Ukraine.").length).toBeGreaterThan(0);
  });
});
