import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakers = (rec: ReturnType<typeof extract>) => rec.quotes.map((q) => q.speakerName);
const actor = (rec: ReturnType<typeof extract>, name: string) => rec.actors.find((a) => a.name === name);

describe("actors: a named body with no state that speaks (speaking-body.ts)", () => {
  it("makes a body that is the subject of a reporting verb an organisation with no state, and the speaker", () => {
    const a = extract("The Association of Independent Retailers said the new rules would close hundreds of shops.");
    expect(actor(a, "Association of Independent Retailers")).toMatchObject({ kind: "organization", code: null, country: null, sector: "CVL" });
    expect(speakers(a)).toEqual(["Association of Independent Retailers"]);
    const b = extract("Halvorsen Shipping Company also said it had halted all sailings through the strait.");
    expect(actor(b, "Halvorsen Shipping Company")).toMatchObject({ kind: "organization", sector: "BUS", country: null });
    expect(speakers(b)).toEqual(["Halvorsen Shipping Company"]);
  });

  it("reads the inverted order after a quote", () => {
    const rec = extract('"The figures speak for themselves," said the Institute for Fiscal Research.');
    expect(speakers(rec)).toEqual(["Institute for Fiscal Research"]);
  });

  it("gives the speaking body the state the article gives the same name elsewhere", () => {
    const rec = extract("Russia's Ministry of Transport in Moscow ordered new checks. Later the Ministry of Transport said the checks would last a week.");
    const ids = rec.actors.filter((a) => a.name === "Ministry of Transport").map((a) => a.country);
    expect(ids).toEqual(["RUS"]);
  });

  it("makes no actor of a stateless name that does not speak, nor of a bare head", () => {
    const a = extract("Protesters gathered outside the Association of Independent Retailers on Monday.");
    expect(actor(a, "Association of Independent Retailers")).toBeUndefined();
    const b = extract("The Union said on Monday that talks had failed.");
    expect(b.actors.some((x) => x.kind === "organization")).toBe(false);
    const c = extract("The Union Jack flew over the town hall, residents said.");
    expect(c.actors.some((x) => x.name.includes("Union Jack"))).toBe(false);
  });

  it("reads past a short name in brackets, and takes the text's later bare uses of that short name for the body", () => {
    const rec = extract('The Grain Growers Association (GGA) said prices had risen. Later the GGA said: "Prices will fall next year."');
    const body = actor(rec, "Grain Growers Association")!;
    expect(body).toMatchObject({ kind: "organization", sector: "CVL" });
    expect(body.mentions.map((m) => m.text)).toEqual(["Grain Growers Association", "GGA", "GGA"]);
    expect(rec.quotes.map((q) => q.speaker)).toEqual([body.id, body.id]);
    // (an acronym no name before it glosses is nobody's)
    const other = extract("The XQZ said prices had risen.");
    expect(other.actors.some((a) => a.mentions.some((m) => m.text === "XQZ" && m.rule.endsWith("+acronym")))).toBe(false);
  });

  it("takes a name's last head for its own ('Foreign Service Association' is an association)", () => {
    const rec = extract("The Malawi Postal Service Association said it would strike on Monday.");
    expect(actor(rec, "Malawi Postal Service Association")).toMatchObject({ sector: "CVL", country: "MWI" });
  });

  it("takes no state for a company from where the sentence has it act", () => {
    const rec = extract("Halvorsen Shipping Company suspended its operations in Russia on Friday.");
    expect(rec.actors.some((a) => a.name === "Halvorsen Shipping Company" && a.country === "RUS")).toBe(false);
    expect(rec.events.some((e) => e.source.some((id) => id.startsWith("org:")))).toBe(false);
  });
});
