import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "they" after a verb of report is the report's subject, but never one person: when the subject walk
// ends at a person that a modifier of the real subject names ("Rebels loyal to X said they ..."), "they"
// is the group noun before that person.

function keys(text: string, published = "2005-01-01") {
  const rec = extract(text, published);
  const st = (id: string) => {
    const a = rec.actors.find((x) => x.id === id);
    return `${a?.code ?? a?.country ?? id}${a?.sector ? "/" + a.sector : ""}`;
  };
  return rec.events.map((e) => `${e.type} ${e.source.map(st).join("+")}>${e.target.map(st).join("+")}`);
}

describe("they after a verb of report: the group, not a person a modifier names", () => {
  it("rebels loyal to a leader said they attacked", () => {
    expect(keys("Rebels loyal to the warlord Ahmed Dini said they had attacked a police post in Djibouti.")).toContain("ASSAULT DJI/REB>DJI/COP");
  });

  it("militants linked to a named leader claimed they tried to kill the prime minister", () => {
    const k = keys("Militants loyal to the Iraqi cleric Moqtada al-Sadr said they tried to kill Prime Minister Nouri al-Maliki.");
    expect(k.some((x) => x.startsWith("ASSAULT IRQ/REB>IRQ"))).toBe(true);
  });
});

describe("they after a verb of report: negative cases", () => {
  it("a person alone said they: no act of that person's", () => {
    const k = keys("Sergei Lavrov said they would attack Ukrainian positions.");
    expect(k.some((x) => x.startsWith("ASSAULT RUS"))).toBe(false);
  });

  it("a group subject keeps its own 'they'", () => {
    expect(keys("Tamil rebels said they had attacked a navy base in Sri Lanka.")).toContain("ASSAULT LKA/REB>LKA/MIL");
  });
});
