// A state named as a topic is no party. "Trump slammed the Russia investigation", "the committee
// investigating the Iran arms scandal", "criticised the Syria policy of the United States": a state's
// or place's name right before a noun of an affair, an inquiry or a file (senses.topics.nouns) says
// what the thing is about, not who it is done to. "pledged to help on Libya", "cooperate on Syria",
// "consulted on Iran with Germany": after an act of talking, helping, agreeing or supporting
// (senses.topics.types), "on" says what the act is about; its partner is named elsewhere or not at all.
import type { SentenceEnv, Group } from "./sentence-env.js";
import { venueNounAfter } from "./named-venues.js";

/**
 * The topic noun that the group `g` qualifies ("the Russia investigation", "the Iran arms scandal",
 * "Trump's Syria policy"), or -1. Only a state's or place's name counts: a demonym or an acronym
 * before the noun names whose it is ("the Iranian policy", "the US investigation"), and so does a
 * possessive ("Russia's policy"). Agreements, measures and wars are not topic nouns ("the Iran deal",
 * "the Russia sanctions", "the Iraq war" keep their party).
 */
export function topicNounAfter(env: SentenceEnv, g: Group): number {
  // (once per group of the sentence: the finders ask about the same group from many walks; a group
  // that is not the sentence's own, at its index, is worked out afresh)
  const gi = env.groupAt[g.first - env.s.first] ?? -1;
  if (gi < 0 || env.groups[gi] !== g) return topicNounOf(env, g);
  const memo = (env.topicNouns ??= new Int32Array(env.groups.length).fill(UNKNOWN));
  if (memo[gi] === UNKNOWN) memo[gi] = topicNounOf(env, g);
  return memo[gi];
}

/** not yet worked out, in SentenceEnv.topicNouns */
const UNKNOWN = -2;

function topicNounOf(env: SentenceEnv, g: Group): number {
  const { tokens, s } = env;
  if (!g.actors.every((a) => /^(country|location)$/.test(env.layer.actors[a].kind))) return -1;
  const paired = pairedPlace(env, g);
  if (paired >= 0) return paired;
  // ("attended the Astana talks", "the Kyoto Protocol": a town in a name, named-venues.ts)
  const venue = venueNounAfter(env, g);
  if (venue >= 0) return venue;
  const m = env.layer.mentionAt[g.last - 1];
  if (!m || m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)) return -1;
  // (over a few modifiers of the noun: "the Iran arms scandal", "the Iran nuclear file", "the Ukraine impeachment inquiry")
  for (let r = g.last; r < s.last && r - g.last < 4; r++) {
    const t = tokens[r];
    if (env.groupAt[r - s.first] >= 0 || !/^(NOUN|ADJ|PROPN)$/.test(t.pos)) return -1;
    // (lower case only: "the Benghazi Hearing Room" is a name, and a capitalised word a new actor's)
    if (t.text !== t.lower) return -1;
    // (the noun heads its phrase: "the Russia investigation team" is a team's, whatever it is about)
    if (env.senses.topics.nouns.has(t.lower)) return /^(NOUN|PROPN)$/.test(tokens[r + 1]?.pos ?? "") && tokens[r + 1].text === tokens[r + 1].lower ? -1 : r;
  }
  return -1;
}

/** A preposition that marks the topic of an act of `type` ("help on Libya", "talks on Syria"), never its party. */
export function topicPreposition(env: SentenceEnv, type: string, word: string): boolean {
  return env.senses.topics.types.has(type) && env.senses.topics.preps.has(word);
}

/** The prepositions in `preps` that can name a party of an act of `type`: for talking, helping, agreeing or supporting, not "on". */
export function partyPreps(env: SentenceEnv, type: string, preps: string[]): string[] {
  return env.senses.topics.types.has(type) ? preps.filter((w) => !env.senses.topics.preps.has(w)) : preps;
}

/** The group `g` is the object of a topic preposition of an act of `type` ("agreed to work together on North Korea"), or names a topic itself ("the Iran file"). */
export function topicGroup(env: SentenceEnv, type: string, g: Group): boolean {
  const { tokens } = env;
  let p = g.first - 1;
  if (/^(the|a|an)$/.test(tokens[p]?.lower ?? "")) p--;
  return (p >= env.s.first && topicPreposition(env, type, tokens[p].lower)) || topicNounAfter(env, g) >= 0;
}

/**
 * "visited the US-Mexico border", "toured the Afghan-Pakistan border", "the India-China border
 * region": two states joined by a hyphen before a noun of a place between them (senses.topics.placeNouns)
 * name where, not who. The index of the place noun, or -1.
 */
function pairedPlace(env: SentenceEnv, g: Group): number {
  const { tokens, s } = env;
  if (g.actors.length < 2) return -1;
  let hyphen = false;
  for (let k = g.first + 1; k < g.last; k++) if (tokens[k].text === "-" && !tokens[k].spaceBefore && !tokens[k + 1]?.spaceBefore) hyphen = true;
  if (!hyphen) return -1;
  // (the last of the place nouns in a row: "the India-China border region")
  let r = g.last;
  if (r >= s.last || !env.senses.topics.placeNouns.has(tokens[r].lower)) return -1;
  while (r + 1 < s.last && env.senses.topics.placeNouns.has(tokens[r + 1].lower)) r++;
  return r;
}
