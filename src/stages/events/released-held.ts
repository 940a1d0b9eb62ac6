// A release of people held by another state, told in the passive: "two French nationals held by Iran
// were released on Friday", "the four Britons, who have been held by the US, will be released without
// charge", "an American journalist was freed from Russian custody". English names the one who frees
// them not as the passive's agent but as their holder: the agent of a participle of holding in the
// subject's phrase ("held by", "detained by"), or the owner of the prison or custody they leave
// ("from an Iranian prison", "from Russia's Lefortovo jail"). The holder concedes (CAMEO 0841) to the
// state of the people held. Not: people whose phrase names no state ("the hostages held by Hamas were
// released" has no one to concede to), people of the holder's own state ("a Russian activist held by
// Russia was freed" is domestic), things released ("the film was released", "a statement was
// released": only the release patterns of people are listed), a passive that names its doer ("were
// released by Iran": the search for parties reads that one), a holder outside the subject's clause.
// Word lists: data/event-senses.json releasedHeld.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";

/** the tokens before the verb group read for the held people's phrase */
const WINDOW = 14;

/** Give a passive release with no doer the holder of the people released. */
export function releasedHeld(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const words = lex.releasedHeld;
  for (const [ev, t] of raws) {
    if (!t.verb || ev.source.length || !ev.rule.includes("+passive") || !words.patterns.has(t.verb.id)) continue;
    const before = holderBefore(env, t.at, words.participles);
    const holder = before?.holder ?? custodian(env, t.end, words.custody);
    if (!holder) continue;
    const held = before?.held ?? heldBefore(env, t.at);
    if (!held || !held.actors.length) continue;
    if (holder.actors.some((a) => env.layer.actors[a].kind === "location" || !stateOf(env, a))) continue;
    const own = statesOf(env, holder.actors);
    // every one held must be of a state, and of another than the holder's
    if (held.actors.some((a) => !stateOf(env, a) || own.has(stateOf(env, a) ?? "") || env.layer.actors[a].kind === "location")) continue;
    ev.source = holder.actors;
    ev.target = held.actors;
    ev.sourceSector = holder.sector ?? null;
    ev.targetSector = held.sector ?? null;
    ev.rule += "+released-held";
  }
}

/** the first token of the verb group that ends before `v` ("will be", "have been", "were") */
function verbGroupStart(env: SentenceEnv, v: number): number {
  const { tokens, s } = env;
  let q = v - 1;
  while (q > s.first && /^(AUX|ADV|PART)$/.test(tokens[q].pos)) q--;
  return q + 1;
}

/**
 * The holder named in the subject's phrase: the agent of a participle of holding ("two French
 * nationals held by Iran", "the Britons, who have been detained by the US,"), with the held people
 * before the participle; null when the phrase has none.
 */
function holderBefore(env: SentenceEnv, v: number, participles: ReadonlySet<string>): { holder: Group; held: Group | null } | null {
  const { tokens, s, groups, groupAt } = env;
  const end = verbGroupStart(env, v);
  for (let q = end - 1; q > s.first && end - q <= WINDOW; q--) {
    const t = tokens[q];
    if (t.text === ";" || t.text === ":") return null;
    if (!participles.has(t.lower) || tokens[q + 1]?.lower !== "by") {
      // a finite verb of another clause ends the subject's phrase
      if (t.pos === "VERB" && !participles.has(t.lower)) return null;
      continue;
    }
    let h = q + 2;
    while (h < end && /^(DET|ADJ)$/.test(tokens[h].pos) && groupAt[h - s.first] < 0) h++;
    const gi = h < end ? groupAt[h - s.first] : -1;
    if (gi < 0 || groups[gi].first !== h) return null;
    return { holder: groups[gi], held: heldBefore(env, q) };
  }
  return null;
}

/**
 * The people's group whose phrase ends right before `k` (a verb group, a participle), over ", who
 * have been" and the nouns after the group ("two French nationals", "the four Britons, who").
 */
function heldBefore(env: SentenceEnv, k: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let p = k - 1;
  while (p > s.first && (/^(AUX|ADV|PART)$/.test(tokens[p].pos) || /^(who|that|,)$/.test(tokens[p].lower))) p--;
  for (let r = p; r >= s.first && p - r < 4; r--) {
    const gi = groupAt[r - s.first];
    if (gi >= 0) return groups[gi];
    if (!/^(NOUN|ADJ|NUM)$/.test(tokens[r].pos)) break;
  }
  return null;
}

/**
 * The owner of the prison or custody the people leave, after the verb: "from an Iranian prison",
 * "from Russian custody", "from Iran's Evin prison"; null when "from" names no such place.
 */
function custodian(env: SentenceEnv, k: number, custody: ReadonlySet<string>): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  // ("were released early from", "was freed on Friday from": a few words of time or manner)
  while (q < s.last && q - k < 4 && tokens[q].lower !== "from") q++;
  if (tokens[q]?.lower !== "from") return null;
  let h = q + 1;
  while (h < s.last && /^(DET)$/.test(tokens[h].pos) && groupAt[h - s.first] < 0) h++;
  const gi = h < s.last ? groupAt[h - s.first] : -1;
  if (gi < 0 || groups[gi].first !== h) return null;
  // the custody noun within the phrase after the owner ("Iran's Evin prison", "Russian custody")
  for (let c = groups[gi].last; c < s.last && c - groups[gi].last < 4; c++) {
    if (custody.has(tokens[c].lower)) return groups[gi];
    if (!/^(NOUN|PROPN|ADJ|PART)$/.test(tokens[c].pos) && !/^['’]s?$/.test(tokens[c].text)) return null;
  }
  return null;
}
