// The doer of an act noun named by the agent of a passive relative clause after it: "the sanctions on
// Russia, which were adopted by the EU on Monday", "a new round of sanctions that was approved by the
// Security Council", or of a reduced one after the noun's own phrase: "sanctions against Russia announced
// by Britain on Thursday". The clause's verb must be one that takes the noun as its object (a light verb or
// a pattern that lists the noun, `takes`); its agent after "by" did the act, and the verb gives the
// status. "The sanctions, which were criticised by Moscow" (no verb that puts a measure in place) and
// "sanctions that were lifted by the EU" (a pattern of its own, another act) name no doer.
import type { Group, SentenceEnv } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/** a past participle of the regular kinds and the common irregular ones ("imposed", "put", "agreed", "laid") */
const PARTICIPLE = /(ed|en|put|set|laid)$/;
/** how far past its verb the clause's "by" may stand ("approved on Wednesday by EU ministers") */
const AGENT_REACH = 5;

/**
 * The agent of a passive relative clause right after the act noun at `n` (its phrase ends at `end`,
 * maybe over one prepositional phrase of the noun's own: "the sanctions on Russia, which ..."), and the
 * clause's verb; null when there is none or its verb does not take the noun (`takes`).
 */
export function passiveRelativeDoer(env: SentenceEnv, n: number, end: number, ownPreps: readonly string[], takes: (verb: string, noun: string) => boolean): { group: Group; verb: number } | null {
  const { tokens, s, groups, groupAt } = env;
  let q = end;
  // ("the sanctions on Russia, which were ...": the noun's own target stands before the clause)
  if (q < s.last && ownPreps.includes(tokens[q].lower)) {
    let r = q + 1;
    if (r < s.last && /^(the|a|an)$/.test(tokens[r].lower)) r++;
    const gi = r < s.last ? groupAt[r - s.first] : -1;
    if (gi < 0 || groups[gi].first !== r) return null;
    q = groups[gi].last;
  }
  // ("sanctions against Russia announced by Britain": a participle right after the noun's own phrase
  // is a reduced relative; one right after the noun is the search for parties' own)
  if (q > end && q < s.last && tokens[q].pos === "VERB" && PARTICIPLE.test(tokens[q].lower) && takes(tokens[q].lower, tokens[n].lower)) {
    const by = groupAfterWord(env, q + 1, ["by"], AGENT_REACH);
    return by ? { group: by, verb: q } : null;
  }
  if (q < s.last && tokens[q].text === ",") q++;
  if (!(q < s.last && /^(that|which)$/.test(tokens[q].lower))) return null;
  q++;
  // ("which were", "that has been", "which had already been unanimously")
  let aux = 0;
  while (q < s.last && (tokens[q].pos === "AUX" || tokens[q].pos === "ADV")) {
    if (tokens[q].pos === "AUX") aux++;
    q++;
  }
  if (!aux || q >= s.last || tokens[q].pos !== "VERB" || !/^(were|was|been|be|being|are|is)$/.test(lastAux(env, q))) return null;
  if (!takes(tokens[q].lower, tokens[n].lower)) return null;
  const by = groupAfterWord(env, q + 1, ["by"], AGENT_REACH);
  return by ? { group: by, verb: q } : null;
}

/** the auxiliary nearest before the verb at `v` (over adverbs), lower case */
function lastAux(env: SentenceEnv, v: number): string {
  let k = v - 1;
  while (k > env.s.first && env.tokens[k].pos === "ADV") k--;
  return env.tokens[k].lower;
}
