// "Ukraine welcomed the financial pledges from the Netherlands and Denmark", "the commitments made by
// Sweden and Norway", "the UK and EU promised massive sanctions": a pledge, promise, commitment,
// guarantee or offer of several states together, with no beneficiary named, is each one's own
// undertaking, no agreement between them (senses.jointPledges). An agreement between joint parties
// needs words of one ("agreed", "signed a deal", "reached an accord"), or words that make the pledge
// mutual ("pledged to each other", "promised to deepen ties", "vowed to work together").
import type { RawEvent, SentenceEnv } from "./sentence-env.js";

/** The AGREE `ev`, with no target, is a pledge of its own by each of its parties: no event between them. */
export function oneSidedPledge(env: SentenceEnv, ev: RawEvent): boolean {
  const { tokens, s } = env;
  if (ev.type !== "AGREE") return false;
  const lex = env.senses.jointPledges;
  const w = tokens[ev.trigger].lower;
  let pledge = lex.words.has(w);
  // ("made commitments", "gave assurances": the pledge is the light verb's object)
  if (!pledge && lex.lightVerbs.has(w)) {
    for (let q = ev.trigger + 1; q < Math.min(s.last, ev.trigger + 5); q++) {
      if (lex.words.has(tokens[q].lower)) pledge = true;
      if (pledge || tokens[q].pos === "ADP" || tokens[q].pos === "VERB" || tokens[q].text === ",") break;
    }
  }
  if (!pledge) return false;
  for (let q = ev.trigger + 1; q < s.last; q++) if (lex.mutual.has(tokens[q].lower)) return false;
  return true;
}
