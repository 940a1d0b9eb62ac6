// The other side of a meeting named by a noun in a phrase that frames a clause: "In a phone call
// with Zelenskiy, Biden said ...", "During talks with Xi, Macron raised ...", "Biden said in a call
// with Zelenskiy that ...". The noun names one side only ("with X"); the clause's subject is the one
// who took part, as English leaves the other side of a meeting to the clause it frames. Only nouns
// whose pattern lists `partakerPreps` (meetings, calls, talks) read it so: "After the attack on
// Israel, the US sent ..." frames a response, and its subject is no attacker.
import type { NounPattern } from "../../lexicon/compile-events.js";
import type { Group, SentenceEnv } from "./sentence-env.js";
import { firstSubjectGroup, subjectBefore } from "./find-parties.js";

export interface Partaker {
  source: Group;
  /** the other side, less a subject the actor grouping joined to it across the frame's comma */
  target: number[];
}

/**
 * The clause subject that takes part in the act of the noun at `n`, whose other side `to` follows
 * one of the pattern's `partakerPreps`; null when the noun's phrase is not headed by one of the
 * pattern's `partakerFrames` ("in", "during", "after" ...) opening the sentence or right after a verb.
 */
export function clausePartaker(env: SentenceEnv, n: number, p: NounPattern, to: Group): Partaker | null {
  const { tokens, s } = env;
  if (!p.partakerPreps || !p.partakerFrames) return null;
  // the word right before the other side says how it stands to the act ("with", not "between")
  // ("with his US counterpart, Antony Blinken", "with the Ukrainian president")
  let w = to.first - 1;
  while (w > n && to.first - w < 4 && /^(DET|PRON|ADJ|NOUN|PROPN)$/.test(tokens[w].pos) && !p.partakerPreps.includes(tokens[w].lower)) w--;
  if (to.first <= n || !p.partakerPreps.includes(tokens[w]?.lower ?? "")) return null;
  // the noun's phrase: determiners, possessive pronouns, modifiers ("In the phone call", "During his talks")
  let q = n - 1;
  // ("after an hour-long meeting with": a hyphen glued inside a modifier)
  const glued = (k: number) => tokens[k].text === "-" && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore;
  while (q >= s.first && n - q < 6 && (/^(DET|ADJ|NUM|NOUN|PRON)$/.test(tokens[q].pos) || glued(q)) && env.groupAt[q - s.first] < 0) q--;
  if (q < s.first || !p.partakerFrames.includes(tokens[q].lower)) return null;
  if (q === s.first || frontedParticiple(env, q)) return frontedSubject(env, to);
  const subject = tokens[q - 1]?.text === "," ? parentheticalSubject(env, q - 1, to) : clauseSubject(env, q);
  if (subject && !overlaps(subject.actors, to.actors, env)) return { source: subject, target: to.actors };
  return null;
}

// "Speaking after a meeting with Baker, Miyazawa said", "Talking to reporters before talks with Xi,
// Biden said": a participle opening the sentence, with no comma before the frame, leaves its doer to
// the main clause, as a fronted frame does
function frontedParticiple(env: SentenceEnv, q: number): boolean {
  const { tokens, s } = env;
  const first = tokens[s.first];
  if (q - s.first > 5 || first.pos !== "VERB" || !first.lower.endsWith("ing")) return false;
  for (let k = s.first + 1; k < q; k++) if (tokens[k].pos === "PUNCT" || tokens[k].pos === "VERB" || env.groupAt[k - s.first] >= 0) return false;
  return true;
}

// words that open another clause between the phrase and a verb before it: its verb is not the one framed
const CLAUSE_OPENERS = /^(that|which|who|whom|whose|because|while|as|when|if|although|though|since|where|and|but|or)$/;

// "Biden said in a call with Zelenskiy", "Kyiv has discussed the idea in talks with Moscow", "Russia is
// in talks with Ukraine": the subject of the nearest verb of the same clause before the phrase
function clauseSubject(env: SentenceEnv, q: number): Group | null {
  const { tokens, s } = env;
  for (let k = q - 1; k >= s.first && q - k <= 12; k--) {
    const t = tokens[k];
    if (t.pos === "PUNCT" || CLAUSE_OPENERS.test(t.lower)) return null;
    // (not a verb of a clause of its own: "accused the US of seeking to provoke a conflict during a call")
    if ((t.pos === "VERB" || t.pos === "AUX") && !/^(to|of|for|by)$/.test(tokens[k - 1]?.lower ?? "")) return subjectBefore(env, k);
  }
  return null;
}

// "Biden last week, during a call with Ukrainian President Volodymyr Zelenskyy, warned": a phrase set
// off by commas between a subject and its verb (or after the verb: "Biden said, in a call with Xi, that")
function parentheticalSubject(env: SentenceEnv, comma: number, to: Group): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (tokens[comma - 1]?.pos === "VERB") return subjectBefore(env, comma - 1);
  // the closing comma, then the verb
  let c = to.last;
  while (c < s.last && c - to.last < 6 && tokens[c].text !== "," && tokens[c].pos !== "VERB") c++;
  if (c >= s.last || tokens[c].text !== "," || !verbAfter(env, c + 1)) return null;
  // the subject: a group ending right before the opening comma, or before a time phrase ("last week", "on Tuesday")
  for (let k = comma - 1; k >= s.first && comma - k <= 4; k--) {
    const gi = groupAt[k - s.first];
    if (gi >= 0) return groups[gi].last === k + 1 || TIME_WORDS.test(tokens[groups[gi].last]?.lower ?? "") ? groups[gi] : null;
    if (tokens[k].pos === "PUNCT" || tokens[k].pos === "VERB") return null;
  }
  return null;
}

const TIME_WORDS = /^(last|on|this|earlier|later|yesterday|today|recently|previously|again|also)$/;

// A fronted phrase: the main clause's subject follows the comma that ends it. The actor grouping joins
// names across commas, so "with Putin, Macron raised" is one group: its last conjunct is the subject
// when a verb follows; an appositive naming the other side again ("with Ukraine's president,
// Volodymyr Zelenskiy, Biden said") stays with the other side.
function frontedSubject(env: SentenceEnv, to: Group): Partaker | null {
  const { tokens, s, layer } = env;
  let comma = -1;
  for (let k = to.first; k < to.last; k++) if (tokens[k].text === ",") comma = k;
  if (comma >= 0) {
    if (!verbAfter(env, to.last)) return null;
    const before: number[] = [];
    const after: number[] = [];
    for (let k = to.first; k < to.last; k++) {
      const m = layer.mentionAt[k];
      if (!m || m.token !== k || !to.actors.includes(m.actor)) continue;
      (k > comma ? after : before).push(m.actor);
    }
    if (!after.length || !before.length || overlaps(after, before, env)) return null;
    return { source: { first: comma + 1, last: to.last, actors: after, sector: null }, target: before };
  }
  let c = to.last;
  while (c < s.last && tokens[c].text !== "," && tokens[c].pos !== "VERB" && tokens[c].pos !== "AUX") c++;
  if (c >= s.last || tokens[c].text !== ",") return null;
  let subject = firstSubjectGroup(env, c + 1);
  // (an appositive naming the other side again: "with Ukraine's president, Volodymyr Zelenskiy, Biden said")
  if (subject && subject.first === titledStart(env, c) && tokens[subject.last]?.text === "," && overlaps(subject.actors, to.actors, env)) {
    c = subject.last;
    subject = firstSubjectGroup(env, c + 1);
  }
  if (!subject || subject.first !== titledStart(env, c) || !verbAfter(env, headEnd(env, subject.last))) return null;
  if (overlaps(subject.actors, to.actors, env)) return null;
  return { source: subject, target: to.actors };
}

// where the clause's subject may start after the comma: "In talks with Xi, U.S. President Joe Biden said"
// opens with titles and modifiers no actor covers
function titledStart(env: SentenceEnv, comma: number): number {
  let k = comma + 1;
  while (k < env.s.last && env.groupAt[k - env.s.first] < 0 && /^(DET|ADJ|PROPN|NOUN)$/.test(env.tokens[k].pos) && k - comma < 5) k++;
  return k;
}

// where the subject's phrase ends when the group is a possessor: "During a visit to Sweden, Finland's
// prime minister warned", "..., Finland's prime minister, Sanna Marin, warned" (the state's office,
// then an appositive name set off by commas); the group itself otherwise
function headEnd(env: SentenceEnv, k: number): number {
  const { tokens, s } = env;
  if (!/^['’]s$/.test(tokens[k]?.text ?? "")) return k;
  let q = k + 1;
  while (q < s.last && q - k < 5 && /^(NOUN|PROPN|ADJ)$/.test(tokens[q].pos)) q++;
  if (q === k + 1) return k;
  if (tokens[q]?.text !== ",") return q;
  // the appositive: a name of capitalised words up to the closing comma
  let r = q + 1;
  while (r < s.last && r - q < 6 && tokens[r].pos === "PROPN") r++;
  return r > q + 1 && tokens[r]?.text === "," ? r + 1 : q;
}

// a verb (after adverbs) right after the subject: the subject is the clause's
function verbAfter(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  for (let q = k; q < s.last && q < k + 4; q++) {
    if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX") return true;
    if (tokens[q].pos !== "ADV") return false;
  }
  return false;
}

// the same party or state on both sides ("Ukraine's president" and "Volodymyr Zelenskiy")
function overlaps(a: number[], b: number[], env: SentenceEnv): boolean {
  const state = (x: number) => env.layer.actors[x].code ?? env.layer.actors[x].country ?? env.layer.actors[x].id;
  const bs = new Set(b.map(state));
  return a.some((x) => b.includes(x) || bs.has(state(x)));
}

/**
 * The subject of a verb of answering (`verbs`: ignore, reject, defy, accept ...) whose object is the
 * act noun at `n`: "Ukraine has ignored a Russian ultimatum to surrender", "Iran dismissed Israeli
 * threats" (not demands: a rejected demand is the refusal alone, rejected-proposals.ts). The verb stands right before the noun's phrase (determiners, a demonym, modifiers).
 */
export function answeringSubject(env: SentenceEnv, n: number, verbs: readonly string[]): Group | null {
  const { tokens, s } = env;
  let q = n - 1;
  while (q >= s.first && n - q < 6 && (/^(DET|ADJ|NUM|PROPN|NOUN|PART)$/.test(tokens[q].pos) || env.groupAt[q - s.first] >= 0)) q--;
  if (q < s.first || !verbs.includes(tokens[q].lower) || tokens[q].pos !== "VERB") return null;
  // "Ukraine's fight to repel Russian aggression": an infinitive after a noun is that noun's owner's
  // act, not the clause subject's ("Biden traveled to Warsaw to rally support for Ukraine's fight to
  // repel"); with no owner named, no one ("efforts to repel Russian attacks"). "in order to", "tried to" keep the subject.
  let to = q - 1;
  while (to > s.first && tokens[to].pos === "ADV") to--;
  if (tokens[to]?.lower === "to" && tokens[to - 1]?.pos === "NOUN" && tokens[to - 1].lower !== "order") {
    let h = to - 1;
    while (h > s.first && tokens[h - 1].pos === "NOUN" && env.groupAt[h - 1 - s.first] < 0) h--;
    const owner = /^['’]s$/.test(tokens[h - 1]?.text ?? "") ? env.groupAt[h - 2 - s.first] : -1;
    return owner >= 0 ? env.groups[owner] : null;
  }
  return subjectBefore(env, q);
}
