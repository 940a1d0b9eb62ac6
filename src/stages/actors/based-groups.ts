// Armed and political groups located by their base (issue 13 item 2, issue 14): "Gaza-based militants",
// "a Syria-based militia", "a terror group based in Trinidad" are groups of the state the base is in,
// not of another state the sentence names ("Gaza-based militants fired rockets into Israel").
// A firm, an outlet or a think tank ("a London-based think tank") is no such group: the base names no
// party for it here. Data: data/based-groups.json and groups.json's rebel and opposition heads.
import type { Sentence } from "../../model/types.js";
import type { GroupContext, GroupPhrase } from "./find-groups.js";
import { stateOf } from "./recent-state.js";

/** Words between "based in" and the place ("based in neighbouring Syria", "based in the north of Iraq"). */
const PLACE_FILLER = /^(the|southern|northern|eastern|western|central|south|north|east|west|neighbouring|neighboring|of|and)$/;

/** The sector of an armed or political group whose head is at k ("militants", "a terror group"), or null. */
function groupSector(ctx: GroupContext, k: number): string | null {
  const { tokens } = ctx.doc;
  const t = tokens[k];
  if (!t || ctx.mentionAt[k]) return null;
  const sector = ctx.lexicon.groupHeads.get(t.lower);
  const part = sector ? ctx.lexicon.stateParts.get(sector) : undefined;
  if (sector && (part === "rebels" || part === "opposition")) return sector;
  if (ctx.lexicon.basedHeads.has(t.lower)) return ctx.lexicon.basedModifiers.get(tokens[k - 1]?.lower ?? "") ?? null;
  return null;
}

export function basedGroups(ctx: GroupContext, s: Sentence): GroupPhrase[] {
  const { doc, mentionAt, actors } = ctx;
  const tokens = doc.tokens;
  const out: GroupPhrase[] = [];
  const place = (k: number): string | null => {
    const m = mentionAt[k];
    if (!m || m.token !== k) return null;
    const a = actors[m.actor];
    return a.kind === "location" || a.kind === "country" ? stateOf(a) : null;
  };
  for (let i = s.first; i < s.last - 2; i++) {
    if (!ctx.inBody[i]) continue;
    // "Gaza-based militants", "a Syria-based militant group": the base glued before the group
    const m = mentionAt[i];
    if (m && m.token === i && tokens[m.tokenEnd]?.text === "-" && !tokens[m.tokenEnd].spaceBefore && tokens[m.tokenEnd + 1]?.lower === "based") {
      const country = place(i);
      let j = m.tokenEnd + 2;
      let sector: string | null = null;
      let last = -1;
      // (over up to two modifiers to the head; a compound goes on to its last head: "militant group")
      for (let k = j; k < Math.min(s.last, j + 4) && !mentionAt[k]; k++) {
        const sec = groupSector(ctx, k);
        if (sec) [sector, last] = [sec, k + 1];
        else if (last > 0 || !/^(ADJ|NOUN|PROPN)$/.test(tokens[k].pos)) break;
      }
      if (country && sector) {
        out.push({ first: i, last, kind: "group", name: doc.text.slice(tokens[i].start, tokens[last - 1].end), sector, country, rule: "actors/group:based-in", state: undefined });
        i = last - 1;
      }
      continue;
    }
    // "a terror group based in Trinidad", "militants based in southern Lebanon"
    if (tokens[i + 1].lower !== "based" || !/^(in|inside)$/.test(tokens[i + 2]?.lower ?? "")) continue;
    const sector = groupSector(ctx, i);
    if (!sector) continue;
    const first = ctx.lexicon.basedHeads.has(tokens[i].lower) ? i - 1 : i;
    // ("Palestinian militants based in Lebanon", "Hamas fighters based in Gaza": a name before the group says whose it is)
    if (mentionAt[first - 1]) continue;
    let country: string | null = null;
    for (let k = i + 3; k < Math.min(s.last, i + 7); k++) {
      if (mentionAt[k]) {
        country = place(k);
        break;
      }
      if (!PLACE_FILLER.test(tokens[k].lower)) break;
    }
    if (country) out.push({ first, last: i + 1, kind: "group", name: doc.text.slice(tokens[first].start, tokens[i].end), sector, country, rule: "actors/group:based-in", state: undefined });
  }
  return out;
}
