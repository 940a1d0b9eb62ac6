// The one who made what a verb's object names. Defying a measure or an order turns down its issuer:
// "the newspaper defied a ban by the general", "settlers flouted the order of the Supreme Court",
// "Iran ignored the resolution of the Security Council" are REJECT (128/120) toward the one who
// banned, ordered or resolved, even of the defier's own state (two parts of one state: domestic.ts
// decides). Accepting a proposal agrees with the one who proposed it or with the other side of the
// dispute it settles: "Ukraine accepted a peace plan proposed by Turkey", "Denmark accepted a formula
// for ending its dispute with its EU partners" (AGREE 030). An object that names its maker nowhere
// ("defied the odds", "accepted the mediators' plan": no actor) gives no party here. A measure against a
// gathering is toward the ones who gather: "police banned rallies by the opposition", "broke up a
// protest organised by the union" (COERCE; within one state, domestic.ts decides), and a threat of it
// is a threat to them ("said it would ban rallies by the opposition").
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv } from "./sentence-env.js";
import { CLAUSE_END } from "./target-rules.js";

// words that may open the object before its head ("a two-week ban", "the latest Turkish plan")
const OPENING = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
// how far the object's head may stand from the verb
const REACH = 6;
const POSSESSIVE = /^(its|their|his|her|our)$/;

/** The pattern id of a verb event ("events/verb:defy+object-agent" → "defy"), or "". */
function patternOf(ev: RawEvent): string {
  return ev.rule.startsWith("events/verb:") ? ev.rule.slice("events/verb:".length).split("+")[0] : "";
}

/** The group that starts at k, over determiners ("by the general"), when it is a whole phrase or names a body by its noun ("by the Turkish government"), no modifier of a thing ("of Russian oil"). */
function wholeGroupAt(env: SentenceEnv, k: number, partyNouns?: ReadonlySet<string>): Group | null {
  const { tokens, s, groups, groupAt } = env;
  // ("with its EU partners": a possessive pronoun opens the phrase as a determiner does)
  while (k < s.last && (tokens[k].pos === "DET" || POSSESSIVE.test(tokens[k].lower))) k++;
  const gi = k < s.last ? groupAt[k - s.first] : -1;
  if (gi < 0 || groups[gi].first !== k) return null;
  const after = tokens[groups[gi].last];
  if (after && groups[gi].last < s.last && /^(NOUN|PROPN)$/.test(after.pos) && !groups[gi].sector && !partyNouns?.has(after.lower)) return null;
  return groups[gi];
}

/**
 * The maker of the object of the verb event `ev` whose head is one of `heads`: a possessor before
 * the head ("the court's order"), else a party after one of `preps` right after the head, maybe over
 * participles of making ("a ban by the general", "a plan put forward by France"); "of" counts only
 * after one of `ofHeads` ("the order of the government"; "a ban of Russian oil" names no maker).
 */
export function objectMaker(env: SentenceEnv, ev: RawEvent, heads: ReadonlySet<string>, ofHeads: ReadonlySet<string>, participles: ReadonlySet<string>, preps: ReadonlySet<string>): Group | null {
  const { tokens, s, groups, groupAt } = env;
  let possessor: Group | null = null;
  let n = -1;
  for (let k = ev.triggerEnd; k < s.last && k - ev.triggerEnd < REACH; k++) {
    const gi = groupAt[k - s.first];
    if (gi >= 0) {
      const g = groups[gi];
      if (tokens[g.last]?.norm === "'s") possessor = g;
      k = tokens[g.last]?.norm === "'s" ? g.last : g.last - 1;
      continue;
    }
    // the head: a noun of the list that no other noun follows ("a ban by", not "the ban list")
    if (heads.has(tokens[k].lower) && !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? "")) {
      n = k;
      break;
    }
    if (!OPENING.test(tokens[k].pos)) return null;
  }
  if (n < 0) return null;
  if (possessor) return possessor;
  let p = n + 1;
  while (p < s.last && p - n <= 2 && participles.has(tokens[p].lower)) p++;
  const prep = tokens[p]?.lower ?? "";
  if (p >= s.last || !(preps.has(prep) || (prep === "of" && p === n + 1 && ofHeads.has(tokens[n].lower)))) return null;
  return wholeGroupAt(env, p + 1);
}

/** The other side of a dispute the object names ("a formula for ending its dispute with its EU partners"; a state's word before one of `partyNouns` names the party), in the object's clause. */
function disputeParty(env: SentenceEnv, ev: RawEvent, disputes: ReadonlySet<string>, preps: ReadonlySet<string>, partyNouns: ReadonlySet<string>): Group | null {
  const { tokens, s, inQuote } = env;
  for (let k = ev.triggerEnd; k + 1 < s.last && k - ev.triggerEnd < 12; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.text === ":" || inQuote[k] !== inQuote[ev.trigger] || CLAUSE_END.test(t.lower)) return null;
    if (disputes.has(t.lower) && preps.has(tokens[k + 1].lower)) return wholeGroupAt(env, k + 2, partyNouns);
  }
  return null;
}

/** Gives a target to a defiance, a measure against a gathering or an acceptance whose pattern found none: the object's maker, or the other side of its dispute. */
export function objectMakers(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): void {
  if (ev.target.length || !ev.source.length || ev.noAct || ev.rule.includes("+passive")) return;
  const id = patternOf(ev);
  const { defied, accepted, suppressed } = lex.objectMakers;
  let g: Group | null = null;
  let how = "";
  if (ev.type === "REJECT" && defied.patterns.has(id)) {
    g = objectMaker(env, ev, defied.nouns, defied.ofNouns, defied.participles, defied.preps);
    how = "+issuer";
  } else if (ev.type === "COERCE" && suppressed.patterns.has(id)) {
    g = objectMaker(env, ev, suppressed.nouns, suppressed.ofNouns, suppressed.participles, suppressed.preps);
    how = "+organiser";
  } else if (ev.type === "AGREE" && accepted.patterns.has(id)) {
    g = objectMaker(env, ev, accepted.nouns, accepted.ofNouns, accepted.participles, accepted.preps);
    how = "+proposer";
    if (!g) [g, how] = [disputeParty(env, ev, accepted.disputes, accepted.disputePreps, accepted.partyNouns), "+dispute"];
  }
  if (!g) return;
  const target = g.actors.filter((a) => !ev.source.includes(a) && env.layer.actors[a].kind !== "location");
  if (!target.length) return;
  [ev.target, ev.targetSector] = [target, g.sector ?? null];
  ev.rule += how;
}
