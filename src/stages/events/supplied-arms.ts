// Arms named by their supplier: "Ukraine used US-supplied Himars", "Russia's Iranian-made drones",
// "struck Kyiv with Iranian-made drones". English names who armed whom in a compound modifier, a
// state glued by a hyphen to a participle of supplying or making, before a weapon: the supplier
// armed whoever holds the weapons, named as their owner ("Ukraine's US-supplied tanks") or as the
// subject of a verb of using or getting them, or of the clause whose act they are the means of
// ("with ..."), or the agent of a participle of using after the weapon ("Iranian-supplied drones
// used by Russia", "British-made Storm Shadow missiles fired by Ukraine"; not "captured by"). An AID event (CAMEO 072, military aid), done before the sentence's news: background.
// Not: a weapon whose holder the phrase does not name ("destroyed US-supplied Himars", "a shipment of
// US-made missiles"), goods that are no weapons ("US-made cars", "Chinese-made chips"), the holder
// being the supplier ("America's US-made jets"). Word lists: data/event-senses.json suppliedArms.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The AID events of arms named by their supplier in the sentence. */
export function suppliedArms(env: SentenceEnv, lex: SenseLexicon): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const out: [RawEvent, Trigger][] = [];
  const arms = lex.suppliedArms;
  for (let p = s.first + 2; p < s.last - 1; p++) {
    if (!arms.supplying.has(tokens[p].lower) && !arms.making.has(tokens[p].lower)) continue;
    // the state glued to the participle by a hyphen: "US-supplied", "Iranian-made"
    if (tokens[p - 1].text !== "-" || tokens[p - 1].spaceBefore || tokens[p].spaceBefore) continue;
    const gi = env.groupAt[p - 2 - s.first];
    if (gi < 0) continue;
    const supplier = env.groups[gi];
    if (supplier.last !== p - 1 || !supplier.actors.every((a) => stateOf(env, a) && env.layer.actors[a].kind !== "person")) continue;
    const head = weaponHead(tokens, p + 1, s.last, arms.weapons);
    if (head < 0) continue;
    // ("both sides might be using Chinese-made drones": where a weapon was made says who supplied it
    // only when someone is said to hold it; "could use British-supplied weapons" names a supply made)
    // ... or named after it as the agent of a participle of using ("Iranian-supplied drones used by
    // Russia", "British-made Storm Shadow missiles fired by Ukraine")
    const holder = holderOf(env, supplier.first, arms.usingVerbs, arms.making.has(tokens[p].lower)) ?? agentAfter(env, head, arms.usingVerbs, arms.weapons);
    if (!holder) continue;
    const from = new Set(supplier.actors.map((a) => stateOf(env, a)));
    const target = holder.actors.filter((a) => stateOf(env, a) && !from.has(stateOf(env, a)));
    if (!target.length) continue;
    const ev: RawEvent = { type: "AID", cameo: "072", source: supplier.actors, target, trigger: p, triggerEnd: p + 1, rule: `events/supplied-arms:${tokens[p].lower}`, statusVerb: p, status: "occurred", refused: undefined, noAct: undefined, sourceSector: null, targetSector: holder.sector ?? null };
    out.push([ev, { at: p, end: p + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/**
 * The weapon the compound modifies: a listed weapon noun or name within the next few words of its
 * noun phrase ("US-supplied Himars", "UK-supplied Storm Shadow missiles", "US-made Patriot air
 * defence systems"); -1 when the phrase heads something else ("US-made cars").
 */
function weaponHead(tokens: Token[], k: number, last: number, weapons: ReadonlySet<string>): number {
  for (let q = k; q < last && q < k + 4; q++) {
    if (weapons.has(tokens[q].lower)) return q;
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[q].pos) && tokens[q].text !== "-") return -1;
  }
  return -1;
}

/**
 * Who holds the weapons the compound at `first` modifies: the owner ("Ukraine's US-supplied tanks"),
 * the subject of a verb of using or getting right before the phrase ("Ukraine used US-supplied
 * Himars", "Russia has received Iranian-made drones"), or the subject of the clause the phrase is the
 * means of ("Russia struck Kyiv with Iranian-made drones").
 */
function holderOf(env: SentenceEnv, first: number, using: ReadonlySet<string>, madeOnly: boolean): Group | null {
  const { tokens, s } = env;
  let q = first - 1;
  // the determiners and counts of the phrase ("used two of its", "fired the")
  while (q > s.first && /^(DET|NUM)$/.test(tokens[q].pos)) q--;
  if (/^['’]s?$/.test(tokens[q]?.text ?? "") && env.groupAt[q - 1 - s.first] >= 0) return env.groups[env.groupAt[q - 1 - s.first]];
  if (q >= s.first && using.has(tokens[q].lower) && tokens[q].pos === "VERB") return madeOnly && hedged(tokens, q, s.first) ? null : subjectBefore(env, q);
  if (tokens[q]?.lower === "with") {
    // the clause's verb before "with", with its object between ("struck Kyiv with", "attacked with")
    for (let v = q - 1; v >= s.first && q - v < 8; v--) {
      if (tokens[v].text === "," || tokens[v].pos === "ADP" && v < q - 1) return null;
      if (tokens[v].pos === "VERB") return tokens[v - 1]?.lower === "to" ? null : subjectBefore(env, v);
    }
  }
  return null;
}

/**
 * The agent of a participle of using right after the weapon's phrase: "drones used by Russia",
 * "Storm Shadow missiles fired by Ukrainian forces", "the jets flown by the Polish air force"; null
 * when no such participle and "by" follow ("weapons captured by Russia" names a taker, no holder:
 * only verbs of using and getting are listed).
 */
function agentAfter(env: SentenceEnv, head: number, using: ReadonlySet<string>, weapons: ReadonlySet<string>): Group | null {
  const { tokens, s } = env;
  let q = head + 1;
  // the rest of the weapon's phrase ("Storm Shadow missiles", "Himars launchers")
  while (q < s.last && q <= head + 3 && (weapons.has(tokens[q].lower) || /^(NOUN|PROPN)$/.test(tokens[q].pos))) q++;
  const v = tokens[q];
  if (!v || !using.has(v.lower) || !/(ed|wn|got)$/.test(v.lower) || tokens[q + 1]?.lower !== "by") return null;
  let a = q + 2;
  while (a < s.last && tokens[a].pos === "DET") a++;
  const gi = env.groupAt[a - s.first] ?? -1;
  return gi >= 0 ? env.groups[gi] : null;
}

/**
 * The group only names who supplied or made a thing, glued by a hyphen to the participle
 * ("German-made tanks", "US-supplied Himars"): not the thing's holder, so never the one acted on.
 */
export function supplierModifier(env: SentenceEnv, g: Group): boolean {
  const { tokens } = env;
  const t = tokens[g.last + 1];
  if (!t || tokens[g.last]?.text !== "-" || tokens[g.last].spaceBefore || t.spaceBefore) return false;
  return env.senses.suppliedArms.supplying.has(t.lower) || env.senses.suppliedArms.making.has(t.lower);
}

/** a modal of possibility governs the verb at `v` ("might be using", "could use", "may have received") */
function hedged(tokens: Token[], v: number, first: number): boolean {
  for (let q = v - 1; q >= first && v - q <= 3; q--) {
    if (/^(might|may|could)$/.test(tokens[q].lower)) return true;
    if (!/^(AUX|ADV|PART)$/.test(tokens[q].pos)) return false;
  }
  return false;
}
