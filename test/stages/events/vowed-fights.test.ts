// A vow to fight, crush or drive out another party threatens it (vowed-fights.ts): "Kyiv pledged to
// drive Russian forces out" is THREATEN UKR>RUS, neither a pledge (AGREE) nor a planned attack.
import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2021-03-01");
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

describe("a vow to fight or destroy a party threatens it", () => {
  it.each([
    ["The Ukrainian president swore to crush the Russian invaders.", "THREATEN UKR>RUS occurred"],
    ["Kyiv pledged to drive Russian forces out of all occupied territory.", "THREATEN UKR>RUS occurred"],
    ["Zelensky vowed to liberate Crimea from Russia.", "THREATEN UKR>RUS occurred"],
    ["Kyiv vowed to retake all territory seized by Russia.", "THREATEN UKR>RUS occurred"],
    ["Netanyahu vowed to wipe out Hezbollah.", "THREATEN ISR>LBN occurred"],
    ["Israel vowed to hunt down Hamas leaders.", "THREATEN ISR>PSE occurred"],
    ["Hezbollah promised to defeat Israel.", "THREATEN LBN>ISR occurred"],
    ["Britain vowed to take back the islands from Argentina.", "THREATEN GBR>ARG occurred"],
    // revenge, taken or exacted, on a named party
    ["Iran has sworn to take revenge on Israel for the strike.", "THREATEN IRN>ISR occurred"],
    ["The Iranian president vowed to take revenge against the United States.", "THREATEN IRN>USA occurred"],
    // a killing avenged names its killer after "by", past the dead of the doer's own side
    ["Hamas vowed to avenge the killing of its commander by Israel.", "THREATEN PSE>ISR occurred"],
    ["The Houthis vowed to avenge the deaths of their fighters killed by Saudi forces.", "THREATEN YEM>SAU occurred"],
    ["Iran's supreme leader swore revenge against the United States.", "THREATEN IRN>USA occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("is one act: no pledge at the vow and no attack at the verb vowed", () => {
    expect(coded("Kyiv pledged to drive Russian forces out of all occupied territory.")).toEqual(["THREATEN UKR>RUS occurred"]);
    expect(coded("Hezbollah promised to defeat Israel.")).toEqual(["THREATEN LBN>ISR occurred"]);
    expect(coded("Iran pledged to fight Israel until the end.")).toEqual(["THREATEN IRN>ISR occurred"]);
  });

  it("is made by the vow, by its own rule", () => {
    const rec = extract("Zelensky vowed to liberate Crimea from Russia.", "2021-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ rule: "events/vowed-fight", trigger: "vowed", cameo: "138" });
  });
});

describe("no threat in a vow with no hostile party", () => {
  it.each([
    "The president vowed to fight corruption.",
    "The minister pledged to fight poverty in the north.",
    "Trump vowed to fight the ruling in court.",
    "The union pledged to fight for the workers.",
    "The minister vowed to fight for Ukraine.",
    "The prime minister vowed to crush inflation.",
    "Labour vowed to defeat the Conservatives.",
    "Brazil vowed to crush Argentina in the final.",
    "Iran vowed to avenge the killing of its general.",
    "Germany did not vow to drive Russian forces out of Ukraine.",
    "The Japanese prime minister vowed to take revenge in next year's election.",
    "The Labour leader promised to take revenge on the Conservatives at the polls.",
    "Israel took revenge on Hamas for the attack.",
    "The new president swore to uphold the constitution.",
  ])("%s", (text) => expect(coded(text).filter((k) => k.startsWith("THREATEN"))).toEqual([]));
});
