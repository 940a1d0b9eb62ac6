// Protection given in a forum is diplomatic backing, not military aid: "Russia and China have at times
// protected Pyongyang in the world body", "has protected Damascus at the Security Council" is a
// defence by vote and word (SUPPORT, CAMEO 052), where "British troops protected the convoy" is the
// protection of force (AID, CAMEO 074) it stays.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { byLower } from "../../lexicon/phrase-index.js";

// how far after the verb the forum may be named ("protected Pyongyang for years in the world body")
const REACH = 10;
const BREAK = /^[,;:()\u2013\u2014"\u201c\u201d]$/;

/** Retypes an AID of protecting whose clause names a forum ("in the world body", "at the UN") as verbal backing. */
export function forumProtection(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const { verbs, forums, preps } = lex.forumProtection;
  for (const [ev, trig] of raws) {
    if (ev.type !== "AID" || !trig.verb || !verbs.has(tokens[ev.trigger].lower)) continue;
    for (let k = ev.triggerEnd; k < Math.min(s.last, ev.triggerEnd + REACH); k++) {
      const t = tokens[k];
      if (BREAK.test(t.text)) break;
      if (!preps.has(t.lower)) continue;
      let q = k + 1;
      if (tokens[q]?.lower === "the") q++;
      if (q < s.last && forums.matchAt(tokens, q, byLower, s.last)) {
        [ev.type, ev.cameo, ev.rule] = ["SUPPORT", "052", `${ev.rule}+forum`];
        break;
      }
    }
  }
}
