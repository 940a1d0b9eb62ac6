// Claims denied are no rejection of the party named in them: "the minister denied Nato was locked in
// a proxy war with Russia", "Britain denied that Nato was at war with Russia". A verb of denying (a
// verb pattern of data, an event of one of its types) whose complement is a clause (a complementizer
// right after the verb, or a party right after it followed by a verb of its own) denies what the
// clause says, and the party that is the clause's subject is not rejected. Not: a party's request or
// offer ("denied Russia's request", "rejected Nato's offer"), nor a party denied a thing ("denied
// Russia access to its ports": a noun, no verb, after the party). Word lists: data/event-senses.json
// deniedClaims.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** No event for a denial whose complement is a clause. */
export function deniedClaims(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const words = lex.deniedClaims;
  const { tokens, groups } = env;
  for (const [ev, t] of raws) {
    if (!t.verb || !words.verbs.has(t.verb.verb) || !words.types.has(ev.type) || ev.noAct) continue;
    const next = tokens[ev.triggerEnd];
    let clause = !!next && words.complementizers.has(next.lower);
    if (!clause) {
      // a party right after the verb ("the" at most before it) and a verb right after the party
      const g = groups.find((x) => x.first === ev.triggerEnd || (x.first === ev.triggerEnd + 1 && next?.lower === "the"));
      const after = g ? tokens[g.last] : undefined;
      clause = !!after && (after.pos === "AUX" || after.pos === "VERB") && after.norm !== "'s";
    }
    if (!clause) continue;
    ev.noAct = true;
    ev.rule += "+denied-claim";
  }
}
