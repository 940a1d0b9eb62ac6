// A noun of mutual fighting right before "between" names both sides, and both fire
// (src/stages/events/fights-between.ts, data/event-senses.json fightsBetween).
import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const assaults = (text: string) => eventKeys(text).filter((e) => e.startsWith("ASSAULT")).sort();

describe("fights between: 'clashes between Indian and Chinese troops'", () => {
  it("a noun of fighting gives an assault each way", () => {
    expect(assaults("Clashes between Indian and Chinese troops left twenty soldiers dead.")).toEqual(["ASSAULT CHN>IND", "ASSAULT IND>CHN"]);
    expect(assaults("Skirmishes between Thai and Cambodian soldiers killed three people on Tuesday.")).toEqual(["ASSAULT KHM>THA", "ASSAULT THA>KHM"]);
    expect(assaults("A firefight between Pakistani and Afghan border guards broke out at the crossing.")).toEqual(["ASSAULT AFG>PAK", "ASSAULT PAK>AFG"]);
    expect(assaults("Mediators worked to end the violent clashes between Eritrea and Ethiopia.")).toEqual(["ASSAULT ERI>ETH", "ASSAULT ETH>ERI"]);
  });

  it("an adjective or a military modifier before the noun keeps its sense", () => {
    expect(assaults("Heavy clashes between Armenian and Azerbaijani forces were reported overnight.")).toEqual(["ASSAULT ARM>AZE", "ASSAULT AZE>ARM"]);
    expect(assaults("Border clashes between India and China have flared again.")).toEqual(["ASSAULT CHN>IND", "ASSAULT IND>CHN"]);
    expect(assaults("An artillery duel between Russian and Ukrainian forces went on near the town.")).toEqual(["ASSAULT RUS>UKR", "ASSAULT UKR>RUS"]);
  });

  it("renewed or further clashes took place (review fix)", () => {
    expect(assaults("Renewed clashes between Armenian and Azerbaijani forces killed 49 soldiers.")).toEqual(["ASSAULT ARM>AZE", "ASSAULT AZE>ARM"]);
    expect(assaults("Further clashes between Indian and Chinese troops left two dead.")).toEqual(["ASSAULT CHN>IND", "ASSAULT IND>CHN"]);
    expect(assaults("The tension led to deadly clashes between Thai and Cambodian soldiers.")).toEqual(["ASSAULT KHM>THA", "ASSAULT THA>KHM"]);
  });

  it("'fighting between', read as a verb, fires both ways too", () => {
    expect(assaults("Heavy fighting between Sudanese and South Sudanese troops erupted near the oil field.")).toEqual(["ASSAULT SDN>SSD", "ASSAULT SSD>SDN"]);
  });

  it("negative: a compound of another sense, a fight only feared or risked, a duel of no arms", () => {
    expect(assaults("The trade clash between the United States and China deepened this year.")).toEqual([]);
    expect(assaults("Analysts fear a direct clash between Russia and Nato.")).toEqual([]);
    expect(assaults("Diplomats fear renewed clashes between Indian and Chinese troops.")).toEqual([]);
    expect(assaults("The talks aim to avoid any clashes between Greek and Turkish ships.")).toEqual([]);
    expect(assaults("There is a real risk of fighting between Serbia and Kosovo.").filter((e) => e === "ASSAULT KOS>SRB" || e === "ASSAULT XKX>SRB")).toEqual([]);
    expect(assaults("The televised duel between the French and German candidates drew millions.")).toEqual([]);
  });

  it("negative: sides of one state only", () => {
    expect(assaults("Clashes between Indian police and protesters in Delhi left dozens hurt.")).toEqual([]);
  });
});

describe("fights between: the arms of a fire duel (one list with fire-duel's)", () => {
  it("a mortar duel between two sides fires both ways; a duel of words does not", () => {
    expect(assaults("A mortar duel between Indian and Pakistani troops went on for hours.")).toEqual(["ASSAULT IND>PAK", "ASSAULT PAK>IND"]);
    expect(assaults("A verbal duel between the French and German ministers marked the summit.")).toEqual([]);
  });
});
