// A hostile label given to another party's act: "Poland described this as a direct attack", "the Polish
// government called the move blackmail", "Kyiv branded Russia's decision an act of war". English names the
// act again by a pronoun or a definite noun and the label judges it: an accusation (ACCUSE, CAMEO 112) of
// the labeller's side against the act's doer. The doer is the state the object phrase names ("Russia's
// decision"), else the doer of the last act the article reported in this sentence or the two before it
// (a hostile word for a cooperative act accuses too: "Moscow called Nato's offer to Finland a destabilising step"). Words are data (data/speech-acts.json `labelledActs`, with the ACCUSE cues and the `labels` of type ACCUSE as labels too; label-words.ts reads the labels).
import type { EventRecord } from "../../model/types.js";
import type { SpeechActLexicon } from "../../lexicon/compile-speech-acts.js";
import { byLower } from "../../lexicon/phrase-index.js";
import { stateOf, type RawEvent, type SentenceEnv, type Trigger } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";
import { ACCUSING, labelAt } from "./label-words.js";

const OPENERS = /^(the|this|that|these|those|its|their|his|her|such)$/;
const NEGATORS = /^(not|never|n't|no)$/;
/** a label still to be given ("will call it"): the status stays the clause's; else the saying occurred */
const MODALS = /^(will|would|could|may|might|should|shall)$/;
/** how far back (in sentences) an act named again by a pronoun or a definite noun may lie */
const REACH = 2;

/** Accusations by labels of this sentence; `raws` are the sentence's events so far, `prior` the article's earlier ones. */
export function labelledActs(env: SentenceEnv, lex: SpeechActLexicon | undefined, raws: RawEvent[], prior: readonly EventRecord[]): [RawEvent, Trigger][] {
  const out: [RawEvent, Trigger][] = [];
  if (!lex || env.s.headline) return out;
  const { tokens, s, groupAt, groups } = env;
  const la = lex.labelledActs;
  for (let v = s.first + 1; v < s.last - 2; v++) {
    if (!(lex.labelVerbs.has(tokens[v].lower) || la.verbs.has(tokens[v].lower)) || tokens[v].pos === "NOUN") continue;
    // the object: a referent, or a phrase of an act noun (its own actors are the act's doer)
    let objEnd = -1;
    const owner: number[] = [];
    if (la.referents.has(tokens[v + 1].lower)) objEnd = v + 2;
    else {
      for (let q = v + 1; q < Math.min(s.last, v + 7); q++) {
        const t = tokens[q];
        // ("the gas cut-off", "the shut-down": an act noun of two words glued by a hyphen, whatever the tagger calls its first)
        const glued = tokens[q + 1]?.text === "-" && !tokens[q + 1].spaceBefore && q + 2 < s.last && !tokens[q + 2].spaceBefore;
        if (glued && la.actNouns.has(`${t.lower}-${tokens[q + 2].lower}`)) {
          objEnd = q + 3;
          break;
        }
        if (la.actNouns.has(t.lower) && t.pos === "NOUN") {
          objEnd = q + 1;
          break;
        }
        const gi = groupAt[q - s.first];
        if (gi >= 0) {
          for (const a of groups[gi].actors) if (!owner.includes(a)) owner.push(a);
          continue;
        }
        // ("called the gas cut-off blackmail", "the missile strike": a noun before the act noun modifies it)
        if (q === v + 1 ? OPENERS.test(t.lower) : /^(ADJ|NUM|NOUN)$/.test(t.pos) || t.norm === "'s" || t.text === "-") continue;
        break;
      }
      // (the act noun's phrase opens with a determiner or a possessor: "called the move", "Russia's decision")
      if (objEnd < 0 || !(OPENERS.test(tokens[v + 1].lower) || owner.length)) continue;
    }
    // the label: over "as", an article and adjectives, one of `labels` or an ACCUSE cue
    let k = objEnd;
    if (tokens[k]?.lower === "as") k++;
    let label: { at: number; end: number } | null = null;
    for (let q = k; q < Math.min(s.last, k + 8) && !label; q++) {
      const t = tokens[q];
      if (t.text === "," || t.text === ";") break;
      const m = labelAt(lex, tokens, q, s.last, ACCUSING);
      if (m) label = { at: m.at, end: m.end };
      else {
        const c = lex.phrases.matchAt(tokens, q, byLower, s.last);
        if (c && c.values.some((x) => x.type === "ACCUSE")) label = { at: q, end: q + c.length };
      }
      // ("an act of provocation", "a form of blackmail": the label is the noun after "of")
      if (!label && /^(act|acts|form|kind)$/.test(t.lower) && tokens[q + 1]?.lower === "of") {
        q++;
        continue;
      }
      if (!label && !(/^(DET|ADJ|ADV|PUNCT)$/.test(t.pos) || t.text === '"' || t.text === "“")) break;
    }
    if (!label) continue;
    // ("did not call it an attack", "never described the move as hostile")
    let negated = false;
    let modal = false;
    for (let q = v - 1; q >= Math.max(s.first, v - 3); q--) {
      if (NEGATORS.test(tokens[q].lower)) negated = true;
      if (MODALS.test(tokens[q].lower)) modal = true;
    }
    if (negated) continue;
    const subject = subjectBefore(env, v);
    if (!subject) continue;
    const speakerState = subject.actors.map((a) => stateOf(env, a)).find((x) => !!x);
    if (!speakerState) continue;
    const other = (a: number) => !!stateOf(env, a) && stateOf(env, a) !== speakerState && env.layer.actors[a].kind !== "location";
    let target = owner.filter(other);
    let how = "owner";
    if (!target.length && !owner.length) {
      target = priorDoer(env, raws, prior, v, other);
      how = "prior-act";
    }
    if (!target.length) continue;
    if (raws.some((e) => e.type === "ACCUSE" && e.source.some((a) => stateOf(env, a) === speakerState) && e.target.some((a) => target.includes(a)))) continue;
    out.push([
      { type: "ACCUSE", cameo: "112", source: subject.actors, target, trigger: label.at, triggerEnd: label.end, rule: `events/statement:labelled-act+${how}`, statusVerb: v, status: modal ? undefined : "occurred", refused: undefined, noAct: undefined, sourceSector: subject.sector ?? null, targetSector: null },
      { at: label.at, end: label.end, verb: undefined, noun: undefined },
    ]);
    v = label.end - 1;
  }
  return out;
}

/** The doer of the last act reported before token v: in this sentence, else in the REACH sentences before it. */
function priorDoer(env: SentenceEnv, raws: RawEvent[], prior: readonly EventRecord[], v: number, other: (a: number) => boolean): number[] {
  for (let i = raws.length - 1; i >= 0; i--) {
    const e = raws[i];
    if (e.trigger < v && e.source.length && !e.noAct) return e.source.filter(other);
  }
  const sentences = env.doc.sentences;
  const at = sentences.indexOf(env.s);
  const from = sentences[Math.max(0, at - REACH)].start;
  for (let i = prior.length - 1; i >= 0; i--) {
    const e = prior[i];
    if (e.sentence.start < from) break;
    if (!e.source.length) continue;
    const ids = e.source.map((id) => env.layer.actors.findIndex((a) => a.id === id)).filter((a) => a >= 0);
    return ids.filter(other);
  }
  return [];
}
