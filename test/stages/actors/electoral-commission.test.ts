import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: an electoral commission is a state's own body: its place gives the state, else the story's one state
describe("actors: members and officers of an electoral commission", () => {
  it("a commission in a place the dictionary knows gives the place's state, after or before the name", () => {
    const rec = extract(
      "Sergei Volkov, a member of a district electoral commission in Moscow, said the count was rigged. A member of the local election commission in Kyiv, Oksana Hrytsenko, resigned on Friday.",
      "2023-03-01",
    );
    expect(person(rec, "Sergei Volkov")).toMatchObject({ country: "RUS", stateRule: "actors/state:electoral-commission" });
    expect(stateOf(rec, "Oksana Hrytsenko")).toBe("UKR");
  });

  it("a commission with no place is the one state the story is about", () => {
    const rec = extract(
      "Kazakhstan held a snap parliamentary election on Sunday. Turnout in Kazakhstan was low, officials in Kazakhstan said. The chairman of the central election commission, Nurlan Abenov, announced the results. Dina Seitova, a member of the regional electoral commission, said no complaints were filed.",
      "2023-03-01",
    );
    expect(person(rec, "Nurlan Abenov")).toMatchObject({ country: "KAZ", stateRule: "actors/state:country-frame" });
    expect(stateOf(rec, "Dina Seitova")).toBe("KAZ");
  });

  it("negative: no electoral head, a commission of an international body, a story of no one state", () => {
    const rec = extract(
      "Paolo Conti, a member of a commission of inquiry into the firm, declined to comment. Laura Mendes, a member of the European Commission, spoke in Brussels. Hans Vogel, a member of the ethics commission, said little.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Paolo Conti")).toBeNull();
    expect(stateOf(rec, "Laura Mendes")).not.toBe("BEL");
    expect(stateOf(rec, "Hans Vogel")).toBeNull();
    const two = extract(
      "France and Germany argued over the vote. Germany said France was wrong, and France said Germany was. Mark Weber, the head of the election commission, said the count was fair.",
      "2023-03-01",
    );
    expect(stateOf(two, "Mark Weber")).toBeNull();
  });
});
