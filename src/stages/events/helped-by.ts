// A doer helped by another: "Iraqi troops recaptured Ramadi with the help of Iran", "With the
// assistance of Russia, the Syrian army retook Palmyra", "the rebels advanced with the military
// backing of Turkey". English names the helper after "with" and a noun of help and "of"; the helper
// gives aid (AID 070) to the subject of the clause the phrase belongs to, with that clause's status.
// Support and backing count only as material help, with a modifier that says so ("military backing";
// "passed the bill with the support of Germany" is votes, no aid). Not: a helper of the subject's own
// state ("won the vote with the support of Labour MPs"), a subject that names no actor ("the
// resolution passed with the help of China"), an adjective's "with" ("pleased with the help of").
// Word lists: data/event-senses.json helpedBy.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** An AID event from the helper to the clause's subject for each "with the help of X". */
export function helpedBy(env: SentenceEnv, lex: SenseLexicon): [RawEvent, Trigger][] {
  const { tokens, s, groups, groupAt } = env;
  const words = lex.helpedBy;
  const out: [RawEvent, Trigger][] = [];
  for (let w = s.first; w < s.last - 3; w++) {
    if (tokens[w].lower !== "with" || (w > s.first && tokens[w - 1].pos === "ADJ")) continue;
    let n = w + 1;
    if (/^(the|their|its)$/.test(tokens[n].lower)) n++;
    let material = false;
    while (n < s.last && n - w < 4 && words.modifiers.has(tokens[n].lower)) {
      material = true;
      n++;
    }
    const noun = tokens[n]?.lower ?? "";
    if (!(words.nouns.has(noun) || (material && words.materialNouns.has(noun))) || tokens[n + 1]?.lower !== "of") continue;
    // the helper heads the phrase after "of", over determiners and adjectives only
    let h = n + 2;
    while (h < s.last && /^(DET|ADJ)$/.test(tokens[h].pos) && groupAt[h - s.first] < 0) h++;
    const gi = h < s.last ? groupAt[h - s.first] : -1;
    if (gi < 0 || groups[gi].first !== h) continue;
    const helper = groups[gi];
    // the clause the phrase belongs to: its verb before "with", or after a fronted phrase
    const v = clauseVerb(env, w, helper.last);
    if (v < 0) continue;
    const subj = subjectBefore(env, v);
    if (!subj || !subj.actors.length) continue;
    const own = new Set(subj.actors.map((a) => stateOf(env, a)));
    const source = helper.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a)));
    if (!source.length || own.has(null)) continue;
    const ev: RawEvent = { type: "AID", cameo: "070", source, target: subj.actors, trigger: n, triggerEnd: n + 1, rule: `events/helped-by:${noun}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: helper.sector ?? null, targetSector: subj.sector ?? null };
    out.push([ev, { at: n, end: n + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/** The finite verb of the clause holding the "with" phrase at `w`: the nearest before it, else (a fronted phrase) the first after the comma that ends it. */
function clauseVerb(env: SentenceEnv, w: number, after: number): number {
  const { tokens, s } = env;
  // back within the clause: over the phrase's own comma, to a comma, conjunction or relative pronoun
  // ("attacked Ukraine, which is defending itself with the help of NATO": not "attacked")
  for (let q = tokens[w - 1]?.text === "," ? w - 2 : w - 1; q >= s.first && w - q <= 12; q--) {
    const t = tokens[q];
    if (/^[;:,]$/.test(t.text) || t.pos === "CCONJ" || /^(which|who|that)$/.test(t.lower)) break;
    if (t.pos === "VERB" && (!/ing$/.test(t.lower) || tokens[q - 1]?.pos === "AUX")) return q;
  }
  if (w > s.first && tokens[w - 1].text !== ",") return -1;
  for (let q = after; q < s.last && q - after <= 12; q++) if (tokens[q].pos === "VERB") return tokens[after]?.text === "," || q > after ? q : -1;
  return -1;
}
