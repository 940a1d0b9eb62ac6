// Members of a body named in apposition: "Gazprom halted gas supplies to two EU member states –
// Poland and Bulgaria", "Russia threatened two Nato members, Latvia and Estonia, over ...". English
// counts the members ("two ... member states") and names them right after a dash, a comma, a colon or
// a bracket: the act falls on (or is done by) the named states, not on the body, whose name only
// says what the states have in common. The count must match the states listed, so a comma that ends
// the phrase ("cut gas to two EU member states, Poland said") changes nothing, and with no count
// ("sanctions on EU member states") or no list the body stays the party. Word lists:
// data/event-senses.json senses.namedMembers; the count's words are the lexicon's number words
// (count-and-time-words.json numberWords).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** The states named in apposition to the members of the body in group `g`, or null. */
function namedMembersOf(env: SentenceEnv, lex: SenseLexicon, g: Group): { actors: number[]; sector: string | null } | null {
  const { tokens, s, groups, groupAt, layer } = env;
  const nm = lex.namedMembers;
  if (!g.actors.length || !g.actors.every((a) => layer.actors[a].kind === "igo")) return null;
  // the count right before the body's name ("two EU", "the three Nato")
  const c = tokens[g.first - 1];
  if (!c || g.first - 1 < s.first) return null;
  const count = /^\d+$/.test(c.text) ? Number(c.text) : lex.numberWords.get(c.lower);
  if (!count || count < 2) return null;
  // the members' nouns after it ("member states", "Baltic members", "allies")
  let q = g.last;
  while (q < s.last && q - g.last < 3 && nm.modifiers.has(tokens[q].lower) && !nm.heads.has(tokens[q].lower)) q++;
  if (q >= s.last || !nm.heads.has(tokens[q].lower)) return null;
  // ("Latvia and Estonia, two Nato members, expelled": the list before, the count phrase its apposition)
  const open = tokens[g.first - 2]?.lower === "the" ? g.first - 3 : g.first - 2;
  const before = open > s.first ? listBefore(env, open, count) : null;
  if (before && tokens[q + 1]?.text === tokens[open].text) return before;
  // the apposition's mark (a hyphen only between spaces: "two EU-member states" is no apposition)
  const sep = tokens[q + 1];
  if (!sep || !nm.separators.has(sep.text) || (sep.text === "-" && !(sep.spaceBefore && tokens[q + 2]?.spaceBefore))) return null;
  q += 2;
  // the list: groups of states joined by commas and "and"
  const actors: number[] = [];
  let sector: string | null = null;
  while (q < s.last) {
    if (tokens[q].lower === "the") q++;
    const gi = q < s.last ? groupAt[q - s.first] : -1;
    if (gi < 0 || groups[gi].first !== q) return null;
    const h = groups[gi];
    if (!h.actors.every((a) => layer.actors[a].kind === "country")) return null;
    for (const a of h.actors) if (!actors.includes(a)) actors.push(a);
    sector = h.sector ?? sector;
    q = h.last;
    const t = tokens[q];
    if (t && (t.text === "," && tokens[q + 1]?.lower === "and")) q += 2;
    else if (t && (t.lower === "and" || t.lower === "or")) q++;
    else if (t && t.text === "," && actors.length < count && groupAt[q + 1 - s.first] >= 0) q++;
    else break;
  }
  // as many states as the count, and the list closed as an apposition is ("Poland and Bulgaria –",
  // "Latvia and Estonia, over", "Latvia and Estonia." — not "Poland and Bulgaria's gas")
  if (actors.length !== count) return null;
  const end = tokens[q];
  if (end && (end.text === "'s" || end.text === "’s" || end.pos === "NOUN")) return null;
  return { actors, sector };
}

/** Give an act whose party is a body the member states named in apposition to it. */
export function namedMembers(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const memo = new Map<Group, ReturnType<typeof namedMembersOf>>();
  const named = (g: Group) => {
    if (!memo.has(g)) memo.set(g, namedMembersOf(env, lex, g));
    return memo.get(g)!;
  };
  for (const [ev] of raws) {
    for (const side of ["target", "source"] as const) {
      const ids = ev[side];
      if (!ids.length) continue;
      const g = env.groups.find((h) => h.actors.length === ids.length && h.actors.every((a) => ids.includes(a)));
      if (!g) continue;
      const m = named(g);
      if (!m) continue;
      // (the other side is not one of the members: "Poland asked two EU members, Poland and ..." is no act)
      const other = side === "target" ? ev.source : ev.target;
      if (m.actors.some((a) => other.includes(a))) continue;
      ev[side] = m.actors;
      if (side === "target") ev.targetSector = m.sector;
      else ev.sourceSector = m.sector;
      ev.rule += "+named-members";
    }
  }
}

/** The states of a list that ends right before the comma or dash at `sep` ("Latvia and Estonia, two
 *  Nato members"), when they are `count` and the list opens its clause or follows a comma; or null. */
function listBefore(env: SentenceEnv, sep: number, count: number): { actors: number[]; sector: string | null } | null {
  const { tokens, s, groups, groupAt, layer } = env;
  if (sep <= s.first || !/^(,|–|—)$/.test(tokens[sep].text)) return null;
  const actors: number[] = [];
  let sector: string | null = null;
  let q = sep - 1;
  while (q >= s.first) {
    const gi = groupAt[q - s.first];
    if (gi < 0 || groups[gi].last !== q + 1) return null;
    const h = groups[gi];
    if (!h.actors.every((a) => layer.actors[a].kind === "country")) return null;
    actors.unshift(...h.actors.filter((a) => !actors.includes(a)));
    sector = sector ?? h.sector ?? null;
    q = h.first - 1;
    if (q >= s.first && tokens[q].lower === "the") q--;
    if (q >= s.first && /^(and|or)$/.test(tokens[q].lower)) q -= tokens[q - 1]?.text === "," ? 2 : 1;
    else if (q >= s.first && tokens[q].text === "," && actors.length < count) q--;
    else break;
  }
  // (the list opens the sentence or a clause: "On Monday, Latvia and Estonia, two Nato members,")
  if (actors.length !== count || (q >= s.first && tokens[q].text !== ",")) return null;
  return { actors, sector };
}
