import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// supplied-arms.ts: a state glued to a participle of supplying or making, before a weapon, armed
// whoever the sentence names as holding the weapon.
const aid = (text: string) => eventKeys(text, "2023-06-20").filter((k) => k.startsWith("AID"));

describe("arms named by their supplier are aid from it to their holder", () => {
  it("the subject of a verb of using or getting them", () => {
    expect(aid("Ukraine used US-supplied Himars to hit the bridge.")).toEqual(["AID USA>UKR"]);
    expect(aid("Russia has received Iranian-made drones.")).toEqual(["AID IRN>RUS"]);
    expect(aid("Ukrainian forces fired British-supplied Storm Shadow missiles at the port.")).toEqual(["AID GBR>UKR"]);
  });
  it("the owner of the weapons, or the doer whose means they are", () => {
    expect(aid("Ukraine's German-made Leopard tanks were seen near Bakhmut.")).toEqual(["AID DEU>UKR"]);
    expect(aid("Russia struck Kyiv with Iranian-made drones overnight.")).toEqual(["AID IRN>RUS"]);
  });
  it("a supply done before the news: background, no publication date", () => {
    const rec = extract("Ukraine used US-supplied Himars to hit the bridge.", "2023-06-20");
    const e = rec.events.find((x) => x.type === "AID");
    expect(e?.background).toBe(true);
    expect(e?.date).toBe(null);
  });
});

describe("negative: no holder named, goods that are no weapons, the supplier's own", () => {
  it("a weapon destroyed or counted names no holder", () => {
    expect(aid("Russia said it destroyed US-supplied Himars near Kharkiv.")).toEqual([]);
    expect(aid("A shipment of US-made missiles arrived on Monday.")).toEqual([]);
  });
  it("cars, chips and goods are no arms", () => {
    expect(aid("China used US-made chips in its phones.")).toEqual([]);
    expect(aid("Russians still buy German-made cars.")).toEqual([]);
  });
  it("a supplier's own weapons are no aid; a hyphen glued to no state is none", () => {
    expect(aid("America's US-made jets flew over the base.")).toEqual([]);
    expect(aid("Ukraine used home-made drones against the fleet.")).toEqual([]);
  });
});

describe("where a weapon was made names a supplier only when someone is said to hold it", () => {
  it("a hedged use of made weapons names no holder; a hedged use of supplied ones still does", () => {
    expect(aid("Both Russia and Ukraine might be using Chinese-made drones for reconnaissance.")).toEqual([]);
    expect(aid("Cameron said Ukraine could use British-supplied weapons to strike targets inside Russia.")).toEqual(["AID GBR>UKR"]);
  });
});

describe("the supplier or maker of a thing attacked is not the one attacked (find-parties objectAfter)", () => {
  const assault = (text: string) => eventKeys(text, "2023-06-20").filter((k) => k.startsWith("ASSAULT"));
  it("'destroyed US-supplied Himars', 'shot down Iranian-made drones': no target named", () => {
    expect(assault("Russia said it destroyed US-supplied Himars near Kharkiv.")).toEqual([]);
    expect(assault("Ukraine shot down Iranian-made drones over Kyiv.")).toEqual([]);
  });
  it("the owner of what is attacked stays the target", () => {
    expect(assault("Russia destroyed US tanks near Kharkiv.")).toEqual(["ASSAULT RUS>USA"]);
  });
});

describe("the holder named after the weapon, as the agent of a participle of using", () => {
  it("'drones used by Russia', 'missiles fired by Ukraine', 'jets flown by the Polish air force'", () => {
    expect(aid("Iranian-supplied drones used by Russia have knocked out power stations.")).toEqual(["AID IRN>RUS"]);
    expect(aid("French-made Scalp missiles fired by Ukraine destroyed the depot.")).toEqual(["AID FRA>UKR"]);
    expect(aid("Soviet-era helicopters aside, US-built jets flown by the Polish air force patrol the border.")).toEqual(["AID USA>POL"]);
  });
  it("negative: a taker or destroyer is no holder; the supplier's own users are no aid", () => {
    expect(aid("The US-supplied rifles seized by Russian troops were put on display.")).toEqual([]);
    expect(aid("German-made tanks were destroyed by Russia near Bakhmut.")).toEqual([]);
    expect(aid("US-made jets flown by American pilots patrolled the border.")).toEqual([]);
    expect(aid("Chinese-made drones sold by online shops are popular with hobbyists.")).toEqual([]);
  });
});

describe("the supplier or maker of a thing acted on in the passive is not the one acted on (find-events)", () => {
  const assault = (text: string) => eventKeys(text, "2023-06-20").filter((k) => k.startsWith("ASSAULT"));
  it("'German-made tanks were destroyed by Russia': no act on Germany", () => {
    expect(assault("Several German-made tanks were destroyed by Russia last week.")).toEqual([]);
    expect(assault("Two US-supplied launchers were hit by Russian missiles.")).toEqual([]);
  });
  it("negative: a state's own things stay the one acted on", () => {
    expect(assault("Several German tanks were destroyed by Russia last week.")).toEqual(["ASSAULT RUS>DEU"]);
    expect(assault("Ukrainian positions were shelled by Russia last week.")).toEqual(["ASSAULT RUS>UKR"]);
  });
});
