// A reporter set off by commas between a subject and its verb: "Iran, Washington claims, has sent
// drones to Russia", "Russia, US officials say, has moved troops to the border", "China, the report
// alleges, supplied the parts". English puts the one who vouches for the news inside the clause
// between commas; the clause's subject is the name before the first comma, never the reporter's
// (which the nearest-name search for a subject finds first). The reporter heads the phrase right
// after the comma (over a determiner or adjective) and one of the reporting verbs (data) closes it
// before a comma; the verb of the act follows that comma, over auxiliaries and adverbs only. Not: a
// comma after a fronted time or place ("On Monday, Washington said, ..." names no subject before
// it), a list ("Iran, Syria and Russia"), or a reporter with no verb of its own before the comma.
// Word lists: data/event-senses.json reporterAsides.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** Give an act whose subject search stopped at a reporter between commas the subject before them. */
export function reporterAsides(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s, groups, groupAt } = env;
  const verbs = lex.reporterAsides;
  for (const [ev, t] of raws) {
    if (!t.verb || !ev.source.length) continue;
    // the act's verb group: back over auxiliaries and adverbs to the closing comma
    let c = t.at - 1;
    while (c > s.first && (tokens[c].pos === "AUX" || tokens[c].pos === "ADV" || tokens[c].pos === "PART")) c--;
    if (c <= s.first + 3 || tokens[c].text !== ",") continue;
    // the reporting verb before it, the reporter's phrase before that, and the opening comma
    if (!verbs.has(tokens[c - 1].lower)) continue;
    let r = c - 2;
    while (r > s.first && groupAt[r - s.first] < 0 && /^(NOUN|ADJ)$/.test(tokens[r].pos) && c - 1 - r <= 3) r--;
    const gi = groupAt[r - s.first];
    if (gi < 0) continue;
    const reporter = groups[gi];
    if (!ev.source.every((a) => reporter.actors.includes(a))) continue;
    let o = reporter.first - 1;
    while (o > s.first && /^(DET|ADJ)$/.test(tokens[o].pos) && groupAt[o - s.first] < 0) o--;
    if (tokens[o].text !== "," || o - 1 < s.first) continue;
    const si = groupAt[o - 1 - s.first];
    if (si < 0 || si === gi) continue;
    const subject = groups[si];
    // the subject opens its clause: the sentence's start, or a conjunction or "that" before it
    let b = subject.first - 1;
    while (b >= s.first && tokens[b].pos === "DET") b--;
    if (b >= s.first && !/^(that|and|but|while|because|as|although|since|after|when)$/.test(tokens[b].lower)) continue;
    ev.source = subject.actors;
    ev.sourceSector = subject.sector ?? null;
    ev.rule += "+reporter-aside";
  }
}
