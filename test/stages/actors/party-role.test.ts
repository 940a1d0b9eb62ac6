import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

// a British politics story that names no state: its parties make the frame
const uk = "The Conservatives and the Liberal Democrats attacked Labour over its plans for pensions. The Tories said Labour had broken its promise. ";

describe("actors: a party post between a party's name and a person ties the person to the party's state (party-role.ts)", () => {
  it("the party, a post and its portfolio before the name", () => {
    expect(stateOf(uk + "Liberal Democrat spokesman for pensions Owen Pritchard said the rise was too small.", "Owen Pritchard")).toEqual({ country: "GBR", rule: "actors/state:party-role" });
    expect(stateOf(uk + "Labour's deputy minister for pensions Helen Marsden defended the plan.", "Helen Marsden")?.country).toBe("GBR");
  });

  it("the party's post in an appositive after the name, or before a comma that opens the name", () => {
    expect(stateOf(uk + "Gareth Lloyd, Liberal Democrat work and pensions spokesman, said the plan was a gimmick.", "Gareth Lloyd")?.country).toBe("GBR");
    expect(stateOf(uk + "The Tory pensions spokesman, Graham Oakley, said the rise came too late.", "Graham Oakley")?.country).toBe("GBR");
  });

  it("a party's word inside the title, with a portfolio joined by 'and' (the existing party-word rule reads nouns only)", () => {
    expect(stateOf(uk + "Tory work and pensions spokesman Derek Fairley said families would wonder why.", "Derek Fairley")?.country).toBe("GBR");
  });

  it("a past post in the appositive; negative: another post after 'and' may be another body's", () => {
    expect(stateOf(uk + "Gordon Pryde, a former Labour minister, said the party was united.", "Gordon Pryde")?.country).toBe("GBR");
    expect(stateOf(uk + "Gordon Pryde, former Labour minister and now a European commissioner, said the party was united.", "Gordon Pryde")?.country ?? null).toBeNull();
  });

  it("the post says the sector: a spokesman is the party's, a minister the government's, a shadow one the opposition's", () => {
    const sector = (text: string, name: string) => extract(uk + text).actors.find((a) => a.name === name)?.sector;
    expect(sector("Tory work and pensions spokesman Derek Fairley said families would wonder why.", "Derek Fairley")).toBe("PTY");
    expect(sector("Labour's deputy minister for pensions Helen Marsden defended the plan.", "Helen Marsden")).toBe("GOV");
    expect(sector("Angus Reid, Tory shadow minister for pensions, said the plan was wrong.", "Angus Reid")).toBe("OPP");
  });

  it("a story of several states with none dominant: the party's state where the article names it beyond its parties", () => {
    const war = "Conservative MPs urged more weapons for Ukraine as Russian forces advanced. Russia shelled Kharkiv for a week, and Ukraine asked for tanks. Britain has sent missiles. Russia warned that aid would prolong the war. ";
    expect(stateOf(war + "Liberal Democrat spokesman for foreign affairs Owen Lane said the government was slow.", "Owen Lane")).toEqual({ country: "GBR", rule: "actors/state:party-role" });
  });

  it("negative: no post between the party and the name (a donor, a member) ties no one", () => {
    expect(stateOf(uk + "Labour donor Peter Whitlock said he was disappointed.", "Peter Whitlock")?.country ?? null).toBeNull();
    expect(stateOf(uk + "Janet Coles, a Labour member for thirty years, said she would stay at home.", "Janet Coles")?.country ?? null).toBeNull();
    expect(stateOf(uk + "Pensioner Doris Hale, who met the Labour spokesman on Friday, said she was angry.", "Doris Hale")?.country ?? null).toBeNull();
  });

  it("negative: a campaigner or an academic quoted in the same story stays without a state", () => {
    expect(stateOf(uk + "Professor Alan Pryce, an expert on pensions at Keele University, said the sums were wrong.", "Alan Pryce")?.country ?? null).toBeNull();
    expect(stateOf(uk + "Mary Quinlan, from the campaign group Age First, said the plan lacked ambition.", "Mary Quinlan")?.country ?? null).toBeNull();
  });

  it("negative: a party of another state than the story's, or a sentence naming another state, gives nothing", () => {
    const il = "Israel's government faced a vote in the Knesset. Israel's ministers met in Jerusalem. Israel said the vote would be close. ";
    expect(stateOf(il + "Labour's deputy spokesman for defence Yossi Levin said the party would vote against.", "Yossi Levin")?.country ?? null).toBeNull();
    expect(stateOf(uk + "Liberal Democrat spokesman for defence Tom Ashworth met French officials in Paris.", "Tom Ashworth")?.country ?? null).toBeNull();
  });
});
