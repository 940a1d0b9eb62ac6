// Groups named by a people rather than a state (issue 13 item 2, issue 14):
//   - armed groups and civilians of a people that is no state's ("Karen guerrillas", "Kurdish fighters",
//     "Hutu rebels", "Tamil refugees"): a group of the state they are in (data/peoples.json), never of a
//     neighbour the sentence happens to name;
//   - a state's people living in another state ("the Albanian population of Kosovo", "the Turkish
//     minority in Bulgaria"): the state they live in, never the kin state.
// A pure function of the Doc and the mentions found so far, like find-groups.ts, which calls it.
import type { Sentence } from "../../model/types.js";
import type { GroupContext, GroupPhrase } from "./find-groups.js";
import { stateOf } from "./recent-state.js";

/** Words between a population noun's preposition and the place it names ("of the province of Kosovo"). */
const PLACE_FILLER = /^(the|southern|northern|eastern|western|central|south|north|east|west|province|region|republic|state|district|area|of|and|neighbouring|neighboring|breakaway)$/;
/** A place named by its kind alone ("the province"): the place named before it. */
const REGION = /^(province|region|territory|republic|area)$/;
/** Nouns of a people as a part of a state's population. */
const POPULATION = new Set(["population", "minority", "minorities", "community", "communities", "diaspora"]);

function phrase(ctx: GroupContext, first: number, last: number): string {
  return ctx.doc.text.slice(ctx.doc.tokens[first].start, ctx.doc.tokens[last - 1].end);
}

/**
 * The sector of a people's group whose head is w: REB for a rebel word or an armed unit of the groups.json
 * heads ("guerrillas", "forces": a people's forces are no state's army), CVL for the public ("villagers",
 * "refugees": refugees are coded by the state they fled, as CAMEO does); null for any other head.
 */
function peopleSector(ctx: GroupContext, w: string): string | null {
  const sector = ctx.lexicon.groupHeads.get(w);
  if (!sector) return null;
  const part = ctx.lexicon.stateParts.get(sector);
  return part === "rebels" || sector === "MIL" ? "REB" : part === "public" && !POPULATION.has(w) ? "CVL" : null;
}

/**
 * The state of a people that lives across several: one of its states that a place right after the
 * group names ("Kurdish fighters in Syria"), else the one of them the sentence names, else the story's
 * state when it is one of them; null when none, or the sentence names two of them and no place says which.
 */
function homeState(ctx: GroupContext, s: Sentence, first: number, last: number, homes: readonly string[], story: () => string | null): [string, string] | null {
  const { tokens } = ctx.doc;
  if (/^(in|inside|across|throughout|from)$/.test(tokens[last]?.lower ?? "")) {
    for (let k = last + 1; k < Math.min(s.last, last + 5); k++) {
      const m = ctx.mentionAt[k];
      if (m) {
        const c = m.token === k ? stateOf(ctx.actors[m.actor]) : null;
        if (c && homes.includes(c)) return [c, "+state-after"];
        break;
      }
      if (!PLACE_FILLER.test(tokens[k].lower)) break;
    }
  }
  const named = new Set<string>();
  for (let k = s.first; k < s.last; k++) {
    if (k >= first && k < last) continue;
    const m = ctx.mentionAt[k];
    if (!m || m.token !== k) continue;
    const c = stateOf(ctx.actors[m.actor]);
    if (c && homes.includes(c)) named.add(c);
  }
  if (named.size === 1) return [[...named][0], "+sentence-state"];
  if (named.size > 1) return null;
  const top = story();
  return top && homes.includes(top) ? [top, "+story-state"] : null;
}

/**
 * "Karen guerrillas", "Kurdish separatist rebels", "Tamil rebel strongholds", "Hutu militias", "Tamil
 * civilian refugees": a people's word (peoples.json) before an armed or a public head. The group is of the people's one state, or of the
 * one the clause or the story names; with none, a phrase with no country, which find-groups.ts drops
 * (so no nearby state is taken for it: "Kurdish fighters crossed into Iran from Iraq" names no one).
 */
export function ethnicGroups(ctx: GroupContext, s: Sentence, story: () => string | null): GroupPhrase[] {
  const { doc, mentionAt, lexicon } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];
  for (let i = s.first; i < s.last - 1; i++) {
    const homes = lexicon.peoples.get(tokens[i].lower);
    if (!homes || mentionAt[i] || !ctx.inBody[i] || !/^\p{Lu}/u.test(tokens[i].text)) continue;
    let j = i + 1;
    // (one modifier: "Kurdish separatist rebels", "Tamil civilian refugees")
    if (!peopleSector(ctx, tokens[j].lower) && (tokens[j].pos === "ADJ" || tokens[j].lower === "civilian") && !mentionAt[j] && j + 1 < s.last) j++;
    // (a capitalised head is a name's: "the Kurdish Workers' Party")
    const sector = mentionAt[j] || /^\p{Lu}/u.test(tokens[j].text) ? null : peopleSector(ctx, tokens[j].lower);
    if (!sector) continue;
    let last = j + 1;
    // "guerrilla fighters", "rebel strongholds", "militant groups": a compound heads at its last noun
    while (last < s.last && last - j < 3 && !mentionAt[last] && (lexicon.groupHeads.has(tokens[last].lower) || lexicon.groupUnitHeads.has(tokens[last].lower))) last++;
    // "Kurdish rebel leader Abdullah Ocalan": a title before a person is the person's
    const after = mentionAt[last];
    if (after && ctx.actors[after.actor].kind === "person") continue;
    const found = homes.length === 1 ? ([homes[0], ""] as [string, string]) : homeState(ctx, s, i, last, homes, story);
    out.push({ first: i, last, kind: "group", name: phrase(ctx, i, last), sector, country: found?.[0] ?? "", rule: `actors/group:people${found?.[1] ?? ""}`, state: undefined });
    i = last - 1;
  }
  return out;
}

/**
 * "the Albanian population of Kosovo", "the Turkish minority in Bulgaria", "the Russian community in
 * Latvia": a state's people counted as part of another state's population is that state's group.
 * With no state after it ("the Albanian population", "the Albanian population of Albania"), none.
 */
export function populations(ctx: GroupContext, s: Sentence): GroupPhrase[] {
  const { doc, mentionAt, actors } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];
  for (let i = s.first; i < s.last - 2; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i || !m.rule.endsWith("demonym") || actors[m.actor].kind !== "country" || !ctx.inBody[i]) continue;
    const h = m.tokenEnd;
    if (!POPULATION.has(tokens[h]?.lower ?? "") || mentionAt[h] || !/^(in|of|inside)$/.test(tokens[h + 1]?.lower ?? "")) continue;
    const own = actors[m.actor].code;
    let country: string | null = null;
    let rule = "actors/group:population+state-after";
    let k = h + 2;
    for (; k < Math.min(s.last, h + 8); k++) {
      const p = mentionAt[k];
      if (p) {
        country = p.token === k ? stateOf(actors[p.actor]) : null;
        break;
      }
      if (!PLACE_FILLER.test(tokens[k].lower)) break;
    }
    // "ethnic cleansing in Montenegro against the Albanian population of the province": "the province" with
    // no name is the place named last before it in the sentence
    if (!country && !mentionAt[k] && REGION.test(tokens[k - 1].lower) && tokens[k - 2]?.lower === "the") {
      for (let q = i - 1; q >= s.first && !country; q--) {
        const p = mentionAt[q];
        if (p && p.token === q && /^(in|of|inside|into|across|throughout)$/.test(tokens[q - 1]?.lower ?? "") && /^(location|country)$/.test(actors[p.actor].kind)) country = stateOf(actors[p.actor]);
      }
      rule = "actors/group:population+place-before";
    }
    if (country && country !== own) out.push({ first: i, last: h + 1, kind: "group", name: phrase(ctx, i, h + 1), sector: "CVL", country, rule, state: undefined });
  }
  return out;
}
