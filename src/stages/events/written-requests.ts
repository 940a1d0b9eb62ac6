// A letter asks what its participle says, of the one it is addressed to. English reports a written
// demand or rebuke by the document and its addressee, with the act in a participle after them:
// "French senators penned an open letter to Putin urging him to free the journalist", "Poland sent a
// petition to the Commission calling for tougher sanctions", "Kyiv wrote to the UN, asking for an
// emergency session", "Iran sent Britain a note demanding an apology". The participle's act (REQUEST,
// ACCUSE, SUPPORT ...) is the sender's, and when the participle names no party of its own, it is
// directed at the addressee (CAMEO 10/11/05 with the letter's recipient, as PETRARCH-2 codes
// "SEND * LETTER" with its complement). The sender is the subject of the verb of sending or writing.
// Not: a letter from someone else ("a letter from Biden urging"), an addressee that is no actor ("a
// letter to the editor urging"), a participle of another clause ("sent a letter to Putin, and Russia,
// citing the war, refused"), nor a document that is only named ("the letter to Putin was leaked").
// Word lists: data/event-senses.json writtenRequests.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";
import { stateOf } from "./sentence-env.js";

// the acts a letter carries in its participle
const CARRIED = new Set(["REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "REJECT"]);

/** The sender and addressee of a letter given to the act of the participle after it, or of the clause it opens. */
export function writtenRequests(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens } = env;
  const words = lex.writtenRequests;
  const opening = openingLetter(env, words);
  for (const [ev, t] of raws) {
    if (!t.verb || !CARRIED.has(ev.type) || (ev.source.length && ev.target.length)) continue;
    if (tokens[ev.trigger].lower.endsWith("ing")) participleAct(env, words, ev, raws);
    // "In a letter to Putin, French senators called for his release": the clause's act is to the addressee
    else if (opening && ev.trigger > opening.last && ev.source.length && !ev.target.length && !ev.source.some((a) => opening.actors.includes(a))) {
      ev.target = opening.actors;
      ev.rule += "+letter";
    }
  }
}

/** "a letter to X demanding", "wrote to X, asking", "sent X a letter urging": the sender's act on X. */
function participleAct(env: SentenceEnv, words: Words, ev: RawEvent, raws: [RawEvent, Trigger][]): void {
  const { tokens, s, groupAt, groups } = env;
  // back over the comma and a time after the addressee ("to Biden on Thursday, demanding")
  let k = ev.trigger - 1;
  if (tokens[k]?.text === ",") k--;
  while (k > s.first && ev.trigger - k < 5 && (words.timeWords.has(tokens[k].lower) || tokens[k].lower === "on")) k--;
  let addressee: Group | null = null;
  let send = -1;
  const gi = k >= s.first ? groupAt[k - s.first] : -1;
  // (a demonym before a title is outside the name's group: "to Russian President Vladimir Putin", "to the UN")
  let a = gi >= 0 ? groups[gi].first - 1 : -1;
  while (a > s.first && gi >= 0 && groups[gi].first - a <= 3 && /^(DET|ADJ|PROPN)$/.test(tokens[a].pos) && groupAt[a - s.first] < 0) a--;
  if (gi >= 0 && tokens[a]?.lower === "to") {
    addressee = groups[gi];
    const b = a - 1;
    if (words.writeVerbs.has(tokens[b]?.lower ?? "")) send = b;
    else if (words.documents.has(tokens[b]?.lower ?? "")) send = sendingVerb(env, b, words);
  } else if (gi < 0 && words.documents.has(tokens[k]?.lower ?? "")) {
    // the addressee stands between the verb and its document
    let j = k - 1;
    while (j > s.first && k - j < 4 && /^(DET|ADJ)$/.test(tokens[j].pos)) j--;
    const ai = j < k - 1 ? groupAt[j - s.first] : -1;
    if (ai >= 0 && words.sendVerbs.has(tokens[groups[ai].first - 1]?.lower ?? "")) {
      addressee = groups[ai];
      send = addressee.first - 1;
    }
  }
  if (!addressee || send < 0) return;
  const subj = subjectBefore(env, send);
  if (!subj || subj === addressee) return;
  // (the participle's nearest name is often the addressee's: "sent Russia a letter demanding")
  const to = addressee.actors;
  const toStates = new Set(to.map((x) => stateOf(env, x)));
  if (!ev.source.length || ev.source.every((x) => to.includes(x) || toStates.has(stateOf(env, x)))) ev.source = subj.actors;
  else if (!ev.source.some((a) => subj.actors.includes(a))) return;
  if (!ev.target.length) ev.target = to.filter((a) => !ev.source.includes(a));
  ev.rule += "+letter";
  // the letter was sent: its act took place when the sending did
  ev.statusVerb = send;
  // "urging him to free the journalist": the act asked for is the addressee's, still to be done
  for (const [g] of raws) {
    if (g === ev || g.statusVerb !== ev.trigger) continue;
    g.source = ev.target;
    g.status = "hypothetical";
    g.rule += "+letter-asked";
  }
}

/** "In a letter to X," opening the sentence: X's group, or null. */
function openingLetter(env: SentenceEnv, words: Words): Group | null {
  const { tokens, s, groupAt, groups } = env;
  if (tokens[s.first]?.lower !== "in") return null;
  let k = s.first + 1;
  while (k < s.last && k - s.first < 4 && /^(DET|ADJ)$/.test(tokens[k].pos)) k++;
  if (!words.documents.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "to") return null;
  // ("to the Chinese president")
  let a = k + 2;
  while (a < s.last && a - k < 5 && groupAt[a - s.first] < 0 && /^(DET|ADJ)$/.test(tokens[a].pos)) a++;
  const gi = a < s.last ? groupAt[a - s.first] : -1;
  if (gi < 0) return null;
  const g = groups[gi];
  // (the phrase ends at its comma: "In a letter to Putin, ...", or after an apposition: "to Liz Truss, the foreign secretary,")
  // ("to the Chinese president,": the head noun after a demonym's group)
  let e = g.last;
  while (e < s.last && e - g.last < 3 && /^(NOUN|PROPN)$/.test(tokens[e].pos)) e++;
  return tokens[e]?.text === "," ? { ...g, last: e } : null;
}

type Words = SenseLexicon["writtenRequests"];

/** The verb of sending or writing right before a document ("penned an open letter"), or -1. */
function sendingVerb(env: SentenceEnv, n: number, words: Words): number {
  const { tokens, s } = env;
  let q = n - 1;
  while (q > s.first && n - q < 5 && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[q].pos) && !words.sendVerbs.has(tokens[q].lower)) q--;
  return q >= s.first && words.sendVerbs.has(tokens[q].lower) ? q : -1;
}
