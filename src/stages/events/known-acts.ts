// An act named again without its parties: "Russia's invasion of Ukraine began in February. ... Russia's
// invasion was an act of blatant aggression", "in the midst of the Russian invasion", "He called the
// invasion 'the most egregious naked act of aggression'". English refers back to a known act with a
// definite or possessive noun; the reader takes the parties from the last act of that type the article
// named. A document-level memory, one entry per type, walked once in reading order:
//
// - a noun with its doer but no party acted on ("Russia's invasion", "the Russian invasion") takes the
//   party of the last act of the type when that act's doer is of the same state;
// - one with the party acted on but no doer ("the invasion of Ukraine") takes the doer when the party
//   is of the same state;
// - a bare definite one ("the invasion", "this war") takes both;
// - an indefinite or generic one names a new or possible act, never the known one ("a full-scale
//   invasion", "any invasion", "another war", "wars of aggression");
// - the last act of the type is the only antecedent: another state's act of that type named in between
//   ("Iraq's invasion of Kuwait") replaces it, and a mention it does not fit blocks the reach back.
import type { Token } from "../../model/types.js";
import { stateOf, type SentenceEnv, type RawEvent } from "./sentence-env.js";
import { whenWord } from "./target-rules.js";

/** the types whose act nouns are referred back to (war, invasion, attack, offensive, strikes, sanctions,
 *  tariffs, embargo, blockade, occupation, withdrawal, talks, summit, deal, treaty): acts named as
 *  events. A speech act named again ("the threat", "the criticism") is another's word for it; the
 *  nouns of aid and cooperation name things as often as acts ("American weapons", "ADB loans",
 *  "members of the alliance") */
const REFERABLE = new Set(["ASSAULT", "SANCTION", "COERCE", "AGREE", "CONSULT", "MOBILIZE", "RETREAT"]);

/** symmetric acts: a party before the noun ("his NATO meeting", "Putin's talks") may be either side */
const SYMMETRIC = new Set(["AGREE", "CONSULT"]);

const COMPLEMENT = /^(of|on|against|in|with|between|over|to|for)$/;

/** ("that conflict", "those talks" point as often to an act not yet named) */
const DEFINITE = /^(the|this|these)$/;

const INDEFINITE = /^(a|an|any|another|every|each|no|such|some|other|new|future|possible|potential)$/;

/** the parties of the last act of each kind named, by actor index; null where a side is unnamed */
export interface KnownActs {
  acts: Map<string, { source: number[] | null; target: number[] | null; sentence: number }>;
  /** the number of the sentence being read, counted from the first read */
  sentence: number;
}

/**
 * The kind of act a noun names, what a later mention must share to be the same act: its pattern
 * ("invasion", "war or conflict") and its compound modifier ("trade war" is no war, "the trade war"
 * refers back to a trade war only). Null for a word inside a name ("the Vietnam War", "the INF
 * Treaty", "the Institute for the Study of War") or one that only modifies a noun after it ("war
 * goals", "summit venue").
 */
function actKind(env: SentenceEnv, ev: RawEvent): string | null {
  const { tokens, s } = env;
  const n = ev.trigger;
  if (n > s.first && /^\p{Lu}/u.test(tokens[n].text) && !s.headline) return null;
  if (tokens[n + 1]?.pos === "NOUN" || tokens[n + 1]?.pos === "PROPN") return null;
  const m = tokens[n - 1];
  const compound = m && m.pos === "NOUN" && n - 1 >= s.first && env.groupAt[n - 1 - s.first] < 0 ? m.lower : "";
  const id = /^events\/noun:([^+]+)/.exec(ev.rule)?.[1] ?? "";
  return `${ev.type}|${id}|${compound}`;
}

/** The determiner or other word that opens the noun's phrase, walking back over modifiers, a
 *  possessor and its 's, and actor names; -1 when the phrase opens the sentence. */
function phraseStart(env: SentenceEnv, n: number): number {
  const { tokens, s } = env;
  let k = n - 1;
  while (k >= s.first && n - k < 8) {
    const t: Token = tokens[k];
    if (DEFINITE.test(t.lower) || INDEFINITE.test(t.lower)) return k;
    const inPhrase = /^(ADJ|ADV|NUM|NOUN|PROPN)$/.test(t.pos) || t.norm === "'s" || t.text === "-" || env.groupAt[k - s.first] >= 0;
    if (!inPhrase) return k;
    k--;
  }
  return k;
}

/** The states of a side (an actor's own code, else its country). */
function states(env: SentenceEnv, side: number[]): Set<string> {
  const out = new Set<string>();
  for (const i of side) {
    const c = stateOf(env, i);
    if (c) out.add(c);
  }
  return out;
}

function sameState(env: SentenceEnv, a: number[], b: number[]): boolean {
  const sb = states(env, b);
  for (const c of states(env, a)) if (sb.has(c)) return true;
  return false;
}

/** a bare "the war" reaches back this many sentences, or to the article's opening sentences */
const BARE_REACH = 5;
const LEDE = 2;

/** The doer is named inside the noun's own phrase: "Russia's invasion", "the Russian invasion",
 *  "Putin's war" (not a possessive pronoun's owner or a light verb's subject, which other rules guess). */
function namedDoer(env: SentenceEnv, open: number, n: number, source: number[]): boolean {
  const { s, groups, groupAt } = env;
  const { tokens } = env;
  for (let k = Math.max(open, s.first); k < n; k++) {
    const gi = groupAt[k - s.first];
    if (gi < 0 || !groups[gi].actors.some((a) => source.includes(a))) continue;
    // ("the 1967 Arab-Israeli war", "the US-Mexico talks": two sides glued by a hyphen name a pair, no doer)
    const g = groups[gi];
    const glued = (q: number) => tokens[q]?.text === "-" && !tokens[q].spaceBefore && !tokens[q + 1]?.spaceBefore;
    return !glued(g.first - 1) && !glued(g.last);
  }
  return false;
}

/**
 * Gives the act nouns of a sentence that lack a side the parties of the known act they name again
 * (rule "+known-act"), and remembers those that begin a new act. Call before the sentence's events
 * are emitted, with `known.sentence` set to the sentence's number; `rememberAct` then records each
 * emitted event.
 */
export function recallKnownActs(env: SentenceEnv, raws: readonly RawEvent[], known: KnownActs): void {
  const { tokens } = env;
  for (const ev of raws) {
    if (!REFERABLE.has(ev.type) || !ev.rule.startsWith("events/noun:") || ev.refused || ev.noAct) continue;
    if (ev.source.length && ev.target.length) continue;
    const kind = actKind(env, ev);
    if (!kind) continue;
    // ("Syria's civil war", "the civil war": a war inside its state, never the known war between states)
    if (tokens[ev.trigger - 1]?.lower === "civil") continue;
    const open = phraseStart(env, ev.trigger);
    const word = open >= env.s.first ? tokens[open].lower : "";
    // "a full-scale invasion", "any invasion", "another war": a new or possible act
    if (INDEFINITE.test(word)) continue;
    const last = known.acts.get(kind);
    // ("America's war on terror", "the key American wars of the past decades": a complement of its own names another thing)
    // (a bare noun has no complement at all; one with its doer only none that names a thing it is on:
    // "Russian meddling in the election", "sanctions on Friday" stay)
    const after = tokens[ev.triggerEnd]?.lower ?? "";
    const complement = ev.source.length ? /^(on|of|against)$/.test(after) && !whenWord(env, tokens[ev.triggerEnd + 1]?.lower ?? "") : COMPLEMENT.test(after);
    if (ev.target.length) {
      // "the invasion of Ukraine": the doer is for other rules to find; on the known act's party it is
      // that act again, on another party another act, which no later "the invasion" may take for the one
      // before it, and a later "Russia's invasion" may complete
      if (!last?.source || !last.target?.length || !sameState(env, ev.target, last.target)) known.acts.set(kind, { source: null, target: ev.target, sentence: known.sentence });
      continue;
    }
    if (ev.source.length) {
      // "Russia's invasion", "the Russian invasion": the known act of the same doer
      // ("tariffs on Japanese chips ... the American tariffs", "since the invasion of Ukraine ... Russia's
      // invasion": the act named before by its party alone is this one)
      if (SYMMETRIC.has(ev.type) || complement || !namedDoer(env, open, ev.trigger, ev.source)) continue;
      const pooled = !!last && !last.source;
      const fits = !!last?.target && last.target.length > 0 && (pooled || (!!last.source && sameState(env, ev.source, last.source)));
      if (fits) {
        ev.target = last!.target!;
        ev.rule += "+known-act";
      }
      known.acts.set(kind, { source: ev.source, target: fits ? last!.target : null, sentence: known.sentence });
      continue;
    }
    // "the invasion", "this war", "the trade war": the determiner right before the noun or its compound
    // (not "the civil war", "the 1967 Arab-Israeli war": a modifier makes another act of it;
    // nor "the war on terror")
    const det = /\|[^|]+$/.test(kind) ? ev.trigger - 2 : ev.trigger - 1;
    if (det !== open || !DEFINITE.test(word) || complement) continue;
    // ("called off the visit" many paragraphs on: a bare noun reaches back a few sentences, or to the act the article opens with)
    if (last?.source && last.target && (known.sentence - last.sentence <= BARE_REACH || last.sentence < LEDE)) {
      ev.source = last.source;
      ev.target = last.target;
      ev.rule += "+known-act";
    }
  }
}

/** Records an emitted event named by an act noun as the last known act of its kind. */
export function rememberAct(env: SentenceEnv, ev: RawEvent, known: KnownActs): void {
  if (!REFERABLE.has(ev.type) || !ev.rule.startsWith("events/noun:") || !ev.source.length) return;
  const kind = actKind(env, ev);
  // (a referring mention keeps the act's first sentence: "the war" said again and again is still the war the article opened with)
  const last = kind ? known.acts.get(kind) : undefined;
  const sentence = ev.rule.includes("+known-act") && last ? last.sentence : known.sentence;
  // (a symmetric act's parties all stand in the source: "talks between Iran and the IAEA")
  if (kind) known.acts.set(kind, { source: ev.source, target: ev.target.length ? ev.target : [], sentence });
}

/**
 * A mention that took its parties from a known act is that act named again, not a new one: background
 * to the news, with a date only when its own words give one ("the strikes on Sunday"), never the
 * publication's, so that an act the article names ten times counts once in a month-by-month series.
 */
export function knownActMention(env: SentenceEnv, ev: RawEvent): { start: number; end: number; rule: string } | null {
  if (!ev.rule.includes("+known-act")) return null;
  const { tokens } = env;
  return { start: tokens[ev.trigger].start, end: tokens[ev.triggerEnd - 1].end, rule: "+background:known-act" };
}
