// A demand put in the mandative subjunctive is a REQUEST to the one it puts under the bare verb:
// "Russia insisted that Ukraine withdraw its troops", "Hamas insisted on its demand that Israel
// withdraw from Gaza", "the EU asked that Belarus release the detainees", "demanded that Israel
// should stop". English marks the demand by the verb's base form after a subject that would
// otherwise take -s or a past tense ("insisted that Ukraine withdrew" reports a claim, not a demand),
// or by "should"/"must". The act demanded has not happened: it is no event of its own.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { VerbPattern } from "../../lexicon/compile-events.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

export interface MandativeRequests {
  found: [RawEvent, Trigger][];
  /** the token indices of the acts demanded: not events of their own */
  demanded: Set<number>;
}

/**
 * Mandative demands of one sentence. `lemmas`: the base forms of the event verbs (compile-events),
 * the only bare verbs read as subjunctive without a modal, since a base form of another verb
 * cannot be told from its present tense without a tagger that gives tense.
 */
export function mandativeRequests(env: SentenceEnv, lex: SenseLexicon, lemmas: ReadonlyMap<string, readonly VerbPattern[]>): MandativeRequests {
  const { tokens, s, layer } = env;
  const found: [RawEvent, Trigger][] = [];
  const demanded = new Set<number>();
  for (let k = s.first; k < s.last - 3; k++) {
    const w = tokens[k].lower;
    // ("demanded Israel allow aid in": the "that" may go after a verb of demand; then only a verb tagged as
    // one is read as the demand's, since "demanded Western aid" is a noun after a demonym)
    const bare = tokens[k + 1].lower !== "that";
    if (bare && !(lex.mandativeVerbs.has(w) && tokens[k].pos === "VERB" && (env.groupAt[(tokens[k + 1].lower === "the" ? k + 2 : k + 1) - s.first] ?? -1) >= 0)) continue;
    const c = bare ? k : k + 1;
    // the one who demands: the subject of the verb, or of the verb that governs "its demand"
    let asker = -1;
    // ("Israel rejected Hamas's demand that Israel withdraw": the possessor makes the demand)
    let owner = null as ReturnType<typeof subjectBefore>;
    // (a present tense the tagger read as a plural noun: ongoing, as the verb's own tense would say)
    const present = tokens[k].pos === "NOUN" && lex.mandativeVerbs.has(w) && presentAfterParty(env, k);
    if (lex.mandativeVerbs.has(w) && (tokens[k].pos !== "NOUN" || present)) asker = k;
    else if (lex.mandativeNouns.has(w) && lex.mandativeOwners.has(tokens[k - 1]?.lower ?? "")) asker = k - 1;
    else if (lex.mandativeNouns.has(w) && tokens[k - 1]?.norm === "'s" && (env.groupAt[k - 2 - s.first] ?? -1) >= 0) {
      asker = k - 1;
      owner = env.groups[env.groupAt[k - 2 - s.first]];
    }
    if (asker < 0) continue;
    // ("insisted that the Sri Lankan government withdraw": over the article to the party)
    const at = tokens[c + 1].lower === "the" ? c + 2 : c + 1;
    const gi = at < s.last ? env.groupAt[at - s.first] : -1;
    if (gi === undefined || gi < 0 || env.groups[gi].first !== at) continue;
    const g = env.groups[gi];
    let v = g.last;
    // "that Burundi's government grant": over the possessive to the head noun
    if (tokens[v]?.norm === "'s") for (v++; v < Math.min(s.last, g.last + 4) && /^(NOUN|ADJ)$/.test(tokens[v].pos) && !lemmas.has(tokens[v].lower); v++);
    // "that the Sri Lankan government withdraw": a state's word before the noun of its body
    else if (g.sector) for (; v < Math.min(s.last, g.last + 2) && tokens[v].pos === "NOUN" && !lemmas.has(tokens[v].lower); v++);
    // "demanded that the parties to the conflict in Sudan allow": over the party's prepositional phrase to its verb
    if (v < s.last && POST_MODIFIER.test(tokens[v].lower)) v = overPostModifier(env, v, lemmas, lex);
    if (v >= s.last) continue;
    // "demanded that Israel should stop", "insisted that Iran must release"
    // ("Ukraine demands that Russia withdraws its troops": after "demand that" the clause asks for
    // the act whatever its form; "insisted that Ukraine withdraws" may report a claim, so only "demand")
    const asked = !bare && DEMAND.test(w) ? thirdPerson(tokens[v].lower, lemmas) : false;
    if (lex.mandativeModals.has(tokens[v].lower)) v++;
    else if (!lemmas.has(tokens[v].lower) && !asked) continue;
    if (v >= s.last || (tokens[v].pos !== "VERB" && (bare || !(lemmas.has(tokens[v].lower) || asked)))) continue;
    const subj = owner ?? subjectBefore(env, asker);
    if (!subj) continue;
    const target = g.actors.filter((a) => layer.actors[a].kind !== "location" && !subj.actors.includes(a));
    if (!target.length) continue;
    // a noun of demand takes its status from a verb of demanding that governs it ("insisted on its
    // demand"); under another verb it is a standing demand ("will abandon his insistence that
    // Ukraine remain": the demand holds now, whatever becomes of it)
    const gov = asker === k ? k : governing(env, k);
    const standing = gov !== k && !lex.mandativeVerbs.has(tokens[gov].lower);
    found.push([
      { type: "REQUEST", cameo: "100", source: subj.actors, target, trigger: k, triggerEnd: k + 1, rule: "events/mandative", statusVerb: gov, status: standing || present ? ("ongoing" as const) : undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: g.sector ?? null },
      { at: k, end: k + 1, verb: undefined, noun: undefined },
    ]);
    demanded.add(v);
  }
  return { found, demanded };
}

const POST_MODIFIER = /^(to|of|in|from|on|at)$/;
const DEMAND = /^demand(s|ed|ing)?$/;

/** "withdraws", "pushes": the -s form of an event verb's base form (compile-events lemmas) */
function thirdPerson(w: string, lemmas: ReadonlyMap<string, readonly VerbPattern[]>): boolean {
  if (!w.endsWith("s") || w.endsWith("ss")) return false;
  return lemmas.has(w.slice(0, -1)) || (w.endsWith("es") && lemmas.has(w.slice(0, -2))) || (w.endsWith("ies") && lemmas.has(`${w.slice(0, -3)}y`));
}

/**
 * "Ukraine demands that Russia withdraw", "the minister requests that Iran release": a verb of
 * demand in its -s form, which a tagger may read as a plural noun, is the present tense of its
 * party's clause when that "that" follows it and a party's name or head noun ends right before it.
 * Not after a modifier ("the Ukrainian demands that ..." is the noun, its owner read elsewhere) or a
 * possessive ("Ukraine's demands"), nor after a determiner or a preposition ("the demands that").
 */
function presentAfterParty(env: SentenceEnv, k: number): boolean {
  const { tokens, s } = env;
  if (k - 1 < s.first || k + 1 >= s.last || !tokens[k].lower.endsWith("s") || tokens[k + 1].lower !== "that") return false;
  const prev = tokens[k - 1];
  if (prev.pos !== "PROPN" && prev.pos !== "NOUN") return false;
  const gi = env.groupAt[k - 1 - s.first] ?? -1;
  return gi >= 0 && env.groups[gi].last === k;
}

/**
 * The token after a prepositional phrase that modifies the party ("the parties to the conflict in
 * Sudan", "the government of Iraq"): the verb of demand's bare verb or modal when one follows within
 * eight words of nouns, names, determiners and prepositions; else `p` itself (no mandative then).
 */
function overPostModifier(env: SentenceEnv, p: number, lemmas: ReadonlyMap<string, readonly VerbPattern[]>, lex: SenseLexicon): number {
  const { tokens, s } = env;
  for (let q = p + 1; q < s.last && q - p <= 8; q++) {
    const t = tokens[q];
    if (lemmas.has(t.lower) || lex.mandativeModals.has(t.lower)) return q > p + 1 ? q : p;
    if (!/^(NOUN|PROPN|ADJ|DET|ADP|NUM|CCONJ)$/.test(t.pos) || t.text === "," || t.lower === "that") return p;
  }
  return p;
}

/** The verb before a noun of demand that gives it its status ("insisted on its demands", "repeated its demand"). */
function governing(env: SentenceEnv, n: number): number {
  const { tokens, s } = env;
  for (let q = n - 1; q >= Math.max(s.first, n - 4); q--) if (tokens[q].pos === "VERB") return q;
  return n;
}

const CALL_FOR = /^(call|calls|called|calling)$/;
const NOT_OF_NOUNS = /^(insist|ask)/;

/**
 * "demanded Israel's withdrawal from Gaza", "protesters demanded the immediate release of the
 * journalists", "called for the withdrawal of Russian troops": the act a noun names as the object
 * of a verb of demand (senses.mandative verbs, or "call for") is asked for, not done. The request
 * itself is the verb's event (its patterns read the owner as the one asked); the noun's act is none,
 * also where the one who asks names no actor and no request stands for it. Not an act after another
 * verb ("welcomed Israel's withdrawal" is the act done and welcomed).
 */
export function demandedNouns(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  for (const [ev, trig] of raws) {
    if (!trig.noun || ev.noAct) continue;
    let q = ev.trigger - 1;
    while (q > s.first && (tokens[q].pos === "ADJ" || tokens[q].pos === "ADV")) q--;
    if (/^(the|a|an)$/.test(tokens[q]?.lower ?? "")) q--;
    else if (tokens[q]?.norm === "'s" && (env.groupAt[q - 1 - s.first] ?? -1) >= 0) q = env.groups[env.groupAt[q - 1 - s.first]].first - 1;
    else continue;
    if (q > s.first && tokens[q].lower === "the" && tokens[q + 1]?.norm !== "'s") q--;
    if (q < s.first) continue;
    // ("insisted the withdrawal was complete", "asked the withdrawal's cost": a clause's subject, a question, no demand)
    const demand = (lex.mandativeVerbs.has(tokens[q].lower) && tokens[q].pos === "VERB" && !NOT_OF_NOUNS.test(tokens[q].lower)) || (tokens[q].lower === "for" && CALL_FOR.test(tokens[q - 1]?.lower ?? ""));
    if (demand) [ev.noAct, ev.rule] = [true, `${ev.rule}+demanded`];
  }
}
