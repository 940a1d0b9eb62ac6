// "Conservative calls for an inquiry were rejected by ministers", "Labour's demands for a Commons vote
// were dismissed by Mr Howard", "calls from the Tories for his resignation were brushed aside by No 10":
// a passive rejection whose subject is a proposal or a complaint (senses.proposalNouns,
// senses.complaintNouns) turns down the one who made it: the party that modifies the noun (a
// possessive or an attributive name right before it, or 'from'/'by' right after it), not a party the
// proposal names ("a Commons vote", "his resignation"). The passive's own search takes the nearest
// actor before the verb, which is whatever the proposal names last. An attack counts only when a
// party or a politician makes it (words: party-attacks.ts); "Russian attacks on Kyiv were rejected"
// is left as it was.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { partyPart } from "./domestic.js";
import { CLAUSE_END } from "./target-rules.js";

const BE = /^(is|are|was|were|be|been|being)$/;
// words that end the subject's clause on the way back from the auxiliary
const CLAUSE_STOP = /^(,|;|:|that|which|who|and|but|--|—)$/;
// how many modifiers may stand between the proposer and the noun ("the latest Tory attack", "Labour's repeated demands")
const MODIFIERS = 2;
const ATTACKS = new Set(["attack", "attacks"]);

/** The group that starts at token k, or null. */
function groupStarting(env: SentenceEnv, k: number): Group | null {
  const gi = env.groupAt[k - env.s.first];
  return gi >= 0 && env.groups[gi].first === k ? env.groups[gi] : null;
}

/** Whether the token is a noun of proposing or complaining (an attack only of a party or a politician). */
function proposalHead(env: SentenceEnv, lex: SenseLexicon, k: number, proposer: Group | null, parts: ReadonlyMap<string, string>): boolean {
  const w = env.tokens[k].lower;
  if (lex.proposalNouns.has(w)) return true;
  if (!lex.complaintNouns.has(w)) return false;
  if (!ATTACKS.has(w)) return true;
  const actors = env.layer.actors;
  return !!proposer && proposer.actors.every((a) => (actors[a].kind === "organization" || actors[a].kind === "person" || actors[a].kind === "group") && partyPart(parts, actors[a].sector));
}

/** The proposer of the subject that runs from `start` to the auxiliary at `aux`, or null. */
function proposerOfSubject(env: SentenceEnv, lex: SenseLexicon, start: number, aux: number, parts: ReadonlyMap<string, string>): Group | null {
  const { tokens } = env;
  let k = start;
  while (k < aux && tokens[k].pos === "DET") k++;
  // the proposer before the noun: "Labour's demands", "Tory criticism", "the latest Tory attack"
  let g: Group | null = null;
  let q = k;
  for (let m = 0; m <= MODIFIERS && q < aux; m++) {
    g = groupStarting(env, q);
    if (g || lex.proposalNouns.has(tokens[q].lower) || lex.complaintNouns.has(tokens[q].lower)) break;
    if (tokens[q].pos !== "ADJ" && tokens[q].pos !== "VERB") return null;
    q++;
  }
  let n: number;
  if (g) {
    n = g.last;
    if (tokens[n]?.norm === "'s" || tokens[n]?.text === "'") n++;
    while (n < aux && n < g.last + 1 + MODIFIERS && tokens[n].pos === "ADJ") n++;
  } else {
    // the proposer after the noun: "calls from the Tories for an inquiry"
    n = q;
    if (n >= aux || !/^(from|by)$/.test(tokens[n + 1]?.lower ?? "")) return null;
    g = groupStarting(env, n + 2) ?? (tokens[n + 2]?.pos === "DET" ? groupStarting(env, n + 3) : null);
  }
  // (a tagger may read the noun that opens a sentence as a verb: "Calls from the Tories ...")
  if (!g || n >= aux || !proposalHead(env, lex, n, g, parts)) return null;
  // the noun heads the subject: no verb between it and the auxiliary ("calls that Labour made were ...": another clause)
  for (let x = n + 1; x < aux; x++) if (tokens[x].pos === "VERB" || tokens[x].pos === "AUX" || CLAUSE_STOP.test(tokens[x].lower)) return null;
  return g;
}

/** Gives a passive rejection of a party's proposal or complaint that party as its target. */
export function rejectedBy(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][], parts: ReadonlyMap<string, string>): void {
  const { tokens, s } = env;
  for (const [ev, trig] of raws) {
    if (ev.type !== "REJECT" || !trig.verb || ev.noAct || !ev.rule.includes("+passive")) continue;
    // the passive's auxiliary, back over adverbs and other auxiliaries ("were swiftly rejected", "has been dismissed")
    let aux = ev.trigger - 1;
    while (aux > s.first && !BE.test(tokens[aux].lower) && /^(ADV|AUX|PART)$/.test(tokens[aux].pos)) aux--;
    if (!BE.test(tokens[aux]?.lower ?? "")) continue;
    while (aux - 1 > s.first && /^(AUX|PART)$/.test(tokens[aux - 1].pos)) aux--;
    // the subject: from the clause's start up to the auxiliary
    let start = aux;
    while (start > s.first && !CLAUSE_STOP.test(tokens[start - 1].lower) && !CLAUSE_END.test(tokens[start - 1].lower) && tokens[start - 1].kind !== "punct") start--;
    if (start === aux) continue;
    const g = proposerOfSubject(env, lex, start, aux, parts);
    if (!g) continue;
    const target = g.actors.filter((a) => !ev.source.includes(a) && env.layer.actors[a].kind !== "location");
    if (!target.length || (target.length === ev.target.length && target.every((a) => ev.target.includes(a)))) continue;
    ev.target = target;
    ev.targetSector = g.sector ?? null;
    ev.rule += "+proposer";
  }
}
