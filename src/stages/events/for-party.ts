// An appeal named by a noun takes its addressee after "for" when an infinitive follows: "an EU
// demand for Turkey to recognise Cyprus", "her call for the UK to leave the EU", "a plea from
// Kyiv for Western allies to send jets", "renewed pressure for Israel to allow aid" are REQUEST
// towards the party that is to act (English puts the one asked to act as the subject of the
// for-to infinitive). Not: "demand for Russian oil", "a call for sanctions on Iran" (no infinitive
// after the phrase: a thing wanted, and its modifier's state is no addressee), "calls for talks
// between Kyiv and Moscow to resume" (the party is inside a longer phrase, not the whole subject),
// and a verb between ("a call for the troops who left to return").
// The noun patterns that read it: data/events.json, a noun pattern's `forParty`.
import type { Group, SentenceEnv } from "./sentence-env.js";

/**
 * The party after "for" at or right after `k` (over a "from/by X" source phrase) whose phrase is
 * the subject of a to-infinitive: "for Turkey to recognise". Null when none.
 */
export function forPartyTarget(env: SentenceEnv, k: number): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let q = k;
  // ("a plea from Kyiv for allies to", "a call by Macron for Iran to": over the source's phrase)
  if (q < s.last && (tokens[q].lower === "from" || tokens[q].lower === "by")) {
    // (a "from" or "by" that ends the sentence has no phrase after it)
    const gi = q + 1 < s.last ? groupAt[q + 1 - s.first] : undefined;
    if (gi === undefined || gi < 0) return null;
    q = groups[gi].last;
  }
  if (tokens[q]?.lower !== "for" || q + 1 >= s.last) return null;
  let r = q + 1;
  if (tokens[r].lower === "the") r++;
  const gi = r < s.last ? groupAt[r - s.first] : -1;
  if (gi < 0) return null;
  const g = groups[gi];
  const to = g.last;
  // the whole subject: the infinitive's "to" right after the party, a verb's base form after it
  if (to + 1 >= s.last || tokens[to].lower !== "to" || tokens[to + 1].pos !== "VERB") return null;
  return g;
}
