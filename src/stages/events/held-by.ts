// A request about people or a place held by another: "demanded the release of the American journalist
// held by Russia", "called for the return of Ukrainian children deported by Russia", "urged the
// freedom of aid workers detained by the Houthis". English names the one asked only by the holder
// after "by": a demand for the release of people held is a demand on their holder, never on the
// people's own state (USA>USA). The holder heads the phrase after "by" that follows a participle of
// holding (data) inside the request's object phrase (over "who are", "who have been"). Not: a
// participle with no "by" ("the journalist detained in Moscow": held-abroad.ts), a holder of the
// requester's own state ("Russia demanded the release of soldiers held by Russia" is no sense), a
// "by" after the clause has ended (a finite verb, a semicolon) or a request that already names a
// holder as its target ("urged Russia to free the journalist held by Russia").
// Word lists: data/event-senses.json heldBy.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

/** the tokens a request's object phrase is read over for a participle of holding */
const WINDOW = 14;

/** Give a request about people held by another its holder as the one asked. */
export function heldBy(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const words = lex.heldBy;
  for (const [ev] of raws) {
    if (!words.types.has(ev.type) || !ev.source.length || ev.noAct) continue;
    const holder = holderAfter(env, ev.triggerEnd, words.participles);
    if (!holder) continue;
    const holderStates = new Set(holder.actors.map((a) => stateOf(env, a)));
    if (holderStates.has(null) && holder.actors.every((a) => env.layer.actors[a].kind === "location")) continue;
    // (the requester's own state holds no one it asks itself to free)
    const sourceStates = new Set(ev.source.map((a) => stateOf(env, a)).filter((x) => x));
    if (holder.actors.some((a) => sourceStates.has(stateOf(env, a)))) continue;
    if (holder.actors.every((a) => ev.target.includes(a))) continue;
    // only a target that is no one, the requester's own or the held people themselves gives way
    // ("pressed Qatar over the Israelis held by Hamas" asks Qatar)
    if (ev.target.length && !ev.target.every((a) => sourceStates.has(stateOf(env, a)) || holder.held.includes(a))) continue;
    ev.target = holder.actors;
    ev.targetSector = null;
    ev.rule += "+held-by";
  }
}

/**
 * The actors of the group after "by" that follows a participle of holding in the phrase from `k`
 * (actors), and those of the held people's group before the participle (held), or null.
 */
function holderAfter(env: SentenceEnv, k: number, participles: ReadonlySet<string>): { actors: number[]; held: number[] } | null {
  const { tokens, s, groups, groupAt } = env;
  for (let q = k; q < Math.min(s.last - 1, k + WINDOW); q++) {
    const t = tokens[q];
    if (t.text === "." || t.text === ";" || t.text === ":") return null;
    if (!participles.has(t.lower)) {
      // a finite verb ends the object phrase ("demanded the release of the men and accused Russia"),
      // save "who are", "who have been" before the participle
      if ((t.pos === "VERB" || t.pos === "AUX") && !/^(is|are|was|were|been|being|has|have|had)$/.test(t.lower)) return null;
      continue;
    }
    // the participle after a noun or "been" ("the journalist held", "who have been held"), never a
    // verb of the clause's own ("Russia has held talks")
    const before = tokens[q - 1];
    if (!before || !(/^(NOUN|PROPN|PRON)$/.test(before.pos) || /^(been|are|is|was|were|being)$/.test(before.lower) || groupAt[q - 1 - s.first] >= 0)) return null;
    let b = q + 1;
    // "held hostage by", "held captive by", "held in Evin prison by" is too far: one word only
    if (tokens[b]?.lower !== "by" && /^(hostage|captive|prisoner|illegally|unlawfully|arbitrarily|wrongfully)$/.test(tokens[b]?.lower ?? "")) b++;
    if (tokens[b]?.lower !== "by") return null;
    let h = b + 1;
    while (h < s.last && /^(DET|ADJ)$/.test(tokens[h].pos) && groupAt[h - s.first] < 0) h++;
    const gi = h < s.last ? groupAt[h - s.first] : -1;
    if (gi < 0 || groups[gi].first !== h) return null;
    // the held: the group that ends before the participle, over "who have been"
    let p = q - 1;
    while (p > k && /^(who|that|are|is|was|were|been|being|has|have|had)$/.test(tokens[p].lower)) p--;
    // (back over the phrase's nouns to its actor: "Ukrainian sailors")
    while (p > k && groupAt[p - s.first] < 0 && /^(NOUN|ADJ|NUM)$/.test(tokens[p].pos)) p--;
    const hi = groupAt[p - s.first];
    return { actors: groups[gi].actors, held: hi !== undefined && hi >= 0 ? groups[hi].actors : [] };
  }
  return null;
}
