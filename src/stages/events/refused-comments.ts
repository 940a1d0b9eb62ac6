// A refusal to speak is no refusal of anyone: "declined to comment on the sanctions", "refused to
// speculate on the talks with Ukraine", "refused to say whether Berlin would send tanks", "declined
// comment". Officials withhold words every day; the party the words would have been about is not
// turned down. A refusal of an act or an offer stays a REJECT: "refused to accept the offer",
// "declined the invitation to talks", "refused to respond to a demand from the US" (a demand left
// unanswered is defied).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

// what may stand between the verb of refusing and what it refuses: adverbs, "any", "further"
const BETWEEN = /^(ADV|PART)$/;
const DETERMINER = /^(any|further|all|immediate|specific|public)$/;

/** Marks as no act each REJECT whose verb of refusing governs a verb or noun of speaking. */
export function refusedComments(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const { verbs, nouns } = lex.refusedComment;
  for (const [ev, trig] of raws) {
    if (ev.type !== "REJECT" || !trig.verb || ev.noAct || !lex.refusalVerbs.has(tokens[ev.trigger].lower)) continue;
    let k = ev.triggerEnd;
    while (k < s.last && tokens[k].lower !== "to" && BETWEEN.test(tokens[k].pos)) k++;
    if (k >= s.last) continue;
    if (tokens[k].lower === "to") {
      k++;
      while (k < s.last && tokens[k].pos === "ADV") k++;
      if (k < s.last && verbs.has(tokens[k].lower)) ev.noAct = true;
      continue;
    }
    while (k < s.last && DETERMINER.test(tokens[k].lower)) k++;
    if (k < s.last && nouns.has(tokens[k].lower)) ev.noAct = true;
  }
}
