// A doer that says it will not (or will no longer) bear what another party does threatens that
// party (ended-tolerance.ts): "Moscow will not tolerate any deployment of American missiles".
import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function threats(text: string) {
  const rec = extract(text, "2021-03-01");
  return rec.events.filter((e) => e.type === "THREATEN").map((e) => `${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

describe("a refusal to tolerate another party's act threatens that party", () => {
  it.each([
    ["Moscow will not tolerate any deployment of American missiles in Poland.", "RUS>USA occurred"],
    ["The Kremlin said it would not tolerate the deployment of NATO troops in Ukraine.", "RUS>NATO occurred"],
    ["China will not tolerate interference by the United States in its internal affairs.", "CHN>USA occurred"],
    ["Ankara said it won't stand for Greek provocations in the Aegean.", "TUR>GRC occurred"],
    ["Japan will not put up with Chinese incursions into its waters.", "JPN>CHN occurred"],
    ["Washington would never tolerate Chinese aggression against Taiwan.", "USA>CHN occurred"],
    ["Poland will not tolerate Belarus sending migrants across its border.", "POL>BLR occurred"],
  ])("%s", (text, want) => expect(threats(text)).toContain(want));

  it("is made by its own rule at the verb of bearing", () => {
    const rec = extract("Japan will not put up with Chinese incursions into its waters.", "2021-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ rule: "events/ended-tolerance:not", trigger: "put up with" });
  });

  it("the one an act is done to is protected, not threatened", () => {
    expect(threats("The United States will not tolerate attacks on Israel by Iran.")).toEqual(["USA>IRN occurred"]);
    expect(threats("The United States will not tolerate attacks on Israel.")).toEqual([]);
  });
});

describe("no threat without a future refusal and another party", () => {
  it.each([
    "We do not tolerate corruption, the minister said.",
    "France will not tolerate antisemitism, Macron said.",
    "Fans will not tolerate losing to Germany again.",
    "Fans won't stand for another defeat against England.",
    "The body cannot tolerate the drug.",
    "The government will not tolerate violence against women.",
    "Germany did not tolerate the Russian deployment.",
    "Britain will no longer accept asylum seekers from Syria.",
  ])("%s", (text) => expect(threats(text)).toEqual([]));
});
