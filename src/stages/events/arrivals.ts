// What arrives says what the arrival is. "Arrive in" is a visit (CONSULT 042) when people arrive
// ("Guterres has arrived in Ukraine", "the delegation arrived in Moscow"); PETRARCH-2 codes the same
// verb by what its subject names (CAMEO.2.0.txt, ARRIVE): peacekeepers arriving are peacekeeping
// (AID 074: "NATO peacekeeping troops have arrived in Bosnia"), aid and relief arriving are aid (AID
// 073: "the first relief convoy arrived in Gaza"), arms arriving are military aid (AID 072: "German
// anti-aircraft systems arrive in Ukraine"). Forces that arrive are no visit either, and whether they
// come to help or to fight the verb does not say ("Russian troops arrived in Belarus"): no event of
// this verb. Nor do people who travel on their own business make a visit ("migrants arriving at the
// US border"). The subject's head noun is the word right before the verb group ("NATO peacekeeping
// troops have arrived": troops), within the phrase the actor heads. Word lists: data/event-senses.json
// arrivals.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** Re-type or drop the visits of the sentence whose subject is no visitor. */
export function arrivals(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const words = lex.arrivals;
  for (const [ev, t] of raws) {
    if (!t.verb || !words.patterns.has(t.verb.id) || ev.type !== "CONSULT") continue;
    // over the verb group: "have arrived", "are arriving", "had finally arrived"
    let k = ev.trigger - 1;
    while (k >= s.first && /^(AUX|ADV|PART)$/.test(tokens[k].pos)) k--;
    if (k < s.first) continue;
    const head = tokens[k].lower;
    // (a name right before the verb is the one who arrives: "Guterres has arrived")
    if (env.groupAt[k - s.first] >= 0 && !words.forces.has(head) && !words.things.has(head) && !words.travellers.has(head)) continue;
    if (words.forces.has(head) || words.things.has(head) || words.relief.has(head) || words.travellers.has(head)) {
      // the words of the subject's phrase before its head ("NATO peacekeeping troops", "UN peacekeepers")
      let q = k;
      // ("peacekeeping" may be read as a gerund)
      while (q > s.first && k - q < 5 && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[q - 1].pos) || /ing$/.test(tokens[q - 1].lower))) q--;
      const phrase = tokens.slice(q, k + 1).map((w) => w.lower);
      const code = phrase.some((w) => words.peacekeeping.has(w)) ? "074" : words.relief.has(head) ? "073" : words.things.has(head) ? "072" : null;
      if (code) Object.assign(ev, { type: "AID", cameo: code, rule: `${ev.rule}+${code === "074" ? "peacekeepers" : code === "073" ? "relief" : "arms"}` });
      else ev.noAct = true;
    }
  }
}
