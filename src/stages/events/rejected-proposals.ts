// A rejection of a proposal: "rejected a call for its peacekeeping forces to be deployed in East
// Timor", "dismissed an appeal from the president to lay down their arms", "rebuffed a Turkish demand
// to hand over the suspects", "reneged on its commitment to the Zambian people". The act the proposal
// names was put to the rejector and turned down: it did not happen and no one intends it, so it is no
// event of its own. A rejection whose own pattern found no party (no proposer after "from", no
// possessor) is toward the first party the proposal names.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { CLAUSE_END } from "./target-rules.js";

// words that may stand between a verb and the head of its object ("a fresh offer", "the Turkish
// demand", "Ukraine's latest proposal", "repeated calls", "its commitment")
const OBJECT_OPENING = /^(DET|ADJ|NUM|PROPN|PRON)$/;

/** The proposal noun that heads the object of the rejection at `ev` (a token index), or -1. */
export function rejectedProposal(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): number {
  const { tokens, s } = env;
  for (let k = ev.triggerEnd; k < Math.min(s.last, ev.triggerEnd + 6); k++) {
    const t = tokens[k];
    // (right in the object a tagger's verb is the noun: "rejected calls for a ceasefire")
    if (lex.proposalNouns.has(t.lower)) return k;
    if (OBJECT_OPENING.test(t.pos) || t.norm === "'s" || env.groupAt[k - s.first] >= 0) continue;
    return -1;
  }
  return -1;
}

/** Where the proposal (or object) that opens at `n` ends: the end of its clause. */
function proposalEnd(env: SentenceEnv, n: number): number {
  const { tokens, s, inQuote } = env;
  for (let k = n + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.text === ":" || t.text === "--" || t.text === "—" || inQuote[k] !== inQuote[n]) return k;
    // ("rejected the plan as ...", "dismissed the appeal because ...", "rejected the offer and attacked")
    if (CLAUSE_END.test(t.lower)) return k;
    if ((t.lower === "and" || t.lower === "but") && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? "")) return k;
  }
  return s.last;
}

// defying or breaching an agreement, or denying a charge, does not turn down a proposal: the
// agreement breached was made ("violated the ceasefire with Ukraine")
const DEFIANCE = /^events\/verb:(violate|breach|defy|flout|deny)/;

/** A verb trigger used as a noun or a modifier ("a no-fly zone", "the fly-past"): not an infinitive, and after a determiner, an adjective or a hyphen. */
function nominalUse(env: SentenceEnv, k: number): boolean {
  const prev = env.tokens[k - 1];
  return !!prev && (prev.text === "-" || prev.pos === "DET" || prev.pos === "ADJ");
}

/**
 * Marks the acts inside rejected proposals as no events, and gives a rejection without a party the
 * proposal's first one. Without a noun of proposing, the object itself may name the act rejected
 * ("Biden has rejected a no-fly zone and the transfer of Polish MiG fighter jets", "rejected a
 * ceasefire with Hamas"): an act of cooperation named by a noun there is what was turned down, not
 * an act done; a hostile act named there ("rejected Russia's annexation of Crimea") was done, and
 * the rejection condemns it, so it stays; sanctions turned down by another than the state they fall on
 * were proposed, not imposed ("Germany rejected EU energy sanctions on Russia").
 */
export function rejectedProposals(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { s, groups, groupAt } = env;
  for (const [ev, trig] of raws) {
    // (a passive's object stands before it: "was famously defied by Ukrainian troops")
    if (!trig.verb || ev.noAct || ev.rule.includes("+passive")) continue;
    // "conceded to demands from Russia", "accepted calls for talks": a noun of proposing right in the
    // object of an acceptance is a noun, not a verb of its own (the act accepted may well be done)
    if (ev.type === "CONCEDE" || ev.type === "AGREE") {
      const a = rejectedProposal(env, lex, ev);
      for (const [inner, itrig] of raws) if (a >= 0 && inner !== ev && inner.trigger === a && itrig.verb) inner.noAct = true;
      continue;
    }
    if (ev.type !== "REJECT") continue;
    const n = rejectedProposal(env, lex, ev);
    const from = n >= 0 ? n : ev.triggerEnd;
    const end = proposalEnd(env, from);
    // the parties of an act of cooperation the object names ("rejected a ceasefire with Hamas")
    const named: number[] = [];
    for (const [inner, itrig] of raws) {
      if (inner === ev || inner.trigger < from || inner.trigger >= end) continue;
      // (a verb trigger on the noun itself is a mis-tagged noun: "rejected calls for a ceasefire" is no request)
      if (n >= 0) {
        if (inner.trigger > n || !itrig.noun) inner.noAct = true;
        // ("Turkey reneged on its commitment to Sweden": one's own proposal turned down stands no more)
        else if (inner.source.length && inner.source.every((a) => ev.source.includes(a))) inner.noAct = true;
      } else if (!DEFIANCE.test(ev.rule) && ((itrig.noun && COOPERATIVE.has(inner.type)) || (itrig.verb && nominalUse(env, inner.trigger)))) {
        inner.noAct = true;
        named.push(...inner.source, ...inner.target);
      } else if (!DEFIANCE.test(ev.rule) && itrig.noun && inner.type === "SANCTION" && !sanctionedRejector(env, ev, inner)) {
        // ("Germany rejected EU energy sanctions on Russia": a measure turned down by a third party was
        // proposed, not imposed; "Moscow rejected the sanctions on Russia" answers measures in force)
        inner.noAct = true;
      }
    }
    // ("Mwanawasa reneged on his commitment to the Zambian people": one's own commitment turned down
    // is toward the one it was made to, not toward oneself)
    const ownProposal = n >= 0 && ev.target.length > 0 && ev.target.every((a) => ev.source.includes(a));
    if (ev.target.length && !ownProposal) continue;
    // without a noun of proposing, only the parties of the act turned down: the object's other
    // parties may be anything ("refused to say that Russia was responsible", "opposes linking the war")
    if (n < 0) {
      const target = [...new Set(named)].filter((a) => !ev.source.includes(a) && env.layer.actors[a].kind !== "location");
      if (target.length) [ev.target, ev.rule] = [target, `${ev.rule}+object-act`];
      continue;
    }
    for (let k = from; k < end; k++) {
      const gi = groupAt[k - s.first];
      if (gi < 0 || groups[gi].first !== k) continue;
      // (a city names where, not whom: "the idea of attending a Geneva conference"; a state the act
      // would be done in is the one it concerns: "a call for its forces to be deployed in East Timor")
      const target = groups[gi].actors.filter((a) => !ev.source.includes(a) && env.layer.actors[a].kind !== "location");
      if (!target.length) continue;
      ev.target = target;
      ev.targetSector = groups[gi].sector ?? null;
      ev.rule += "+proposal";
      break;
    }
  }
}

/** The rejector is of the state the sanctions fall on (or the sanctions name no target): they answer measures in force. */
function sanctionedRejector(env: SentenceEnv, rejection: RawEvent, sanction: RawEvent): boolean {
  const targets = statesOf(env, sanction.target);
  return !sanction.target.length || rejection.source.some((a) => targets.has(stateOf(env, a) ?? ""));
}

// acts of cooperation whose refusal turns down the party they would be done with (CAMEO 12x)
const COOPERATIVE = new Set(["CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT"]);

// acts against a party, whose refusal rejects nothing of that party's
const HOSTILE = new Set(["ACCUSE", "SANCTION", "ASSAULT", "COERCE", "THREATEN"]);

/**
 * "North Korea declined to attend the talks with South Korea", "Hungary declined to send weapons to
 * Ukraine": a refused act of cooperation, governed at once by a verb of refusing that found no event
 * of its own, is a REJECT of the party the act would have been done with. A refused hostile act
 * ("declined to condemn Russia") rejects no one; "declined to comment" names no act.
 */
export function refusedActs(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (const [ev] of raws) {
    const v = ev.statusVerb;
    if (!ev.refused || ev.noAct || v === ev.trigger || !lex.refusalVerbs.has(tokens[v].lower)) continue;
    // the act is the infinitive right after the verb ("declined to attend", "refused to ever meet")
    if (tokens[v + 1]?.lower !== "to" || tokens.slice(v + 2, ev.trigger).some((t) => t.pos !== "ADV")) continue;
    const gov = raws.find(([g]) => g.trigger === v)?.[0];
    // "India refused to condemn Russia's invasion", "refused to impose sanctions on Moscow": to hold
    // back a hostile act turns down no one, least of all the party it would have hit
    if (HOSTILE.has(ev.type)) {
      if (gov?.type === "REJECT" && gov.target.length && gov.target.every((a) => ev.target.includes(a))) gov.noAct = true;
      continue;
    }
    if (!COOPERATIVE.has(ev.type) || gov || out.some(([g]) => g.trigger === v)) continue;
    const target = ev.target.filter((a) => !ev.source.includes(a) && layer.actors[a].kind !== "location");
    if (!ev.source.length || !target.length) continue;
    const trig: Trigger = { at: v, end: v + 1, verb: undefined, noun: undefined };
    out.push([{ type: "REJECT", cameo: "120", source: ev.source, target, trigger: v, triggerEnd: v + 1, rule: `events/refused-act:${ev.type}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: ev.sourceSector ?? null, targetSector: ev.targetSector ?? null }, trig]);
  }
  return out;
}

/**
 * "Trump eventually conceded the Kremlin was likely behind it", "admitted that mistakes were made":
 * a verb of conceding before "that" or before a clause with its own subject and verb grants a point;
 * it yields nothing to a party ("conceded defeat", "conceded the region to Ukraine" still do).
 */
export function admissions(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s, groups, groupAt } = env;
  for (const [ev, trig] of raws) {
    if (ev.type !== "CONCEDE" || !trig.verb || !lex.admissionVerbs.has(tokens[ev.trigger].lower)) continue;
    let k = ev.triggerEnd;
    while (k < s.last && (tokens[k].pos === "ADV" || tokens[k].pos === "DET")) k++;
    if (k >= s.last) continue;
    if (tokens[k].lower === "that") {
      ev.noAct = true;
      continue;
    }
    const gi = groupAt[k - s.first];
    if (gi < 0) continue;
    let q = groups[gi].last;
    while (q < s.last && tokens[q].pos === "ADV") q++;
    if (q < s.last && (tokens[q].pos === "AUX" || tokens[q].pos === "VERB")) ev.noAct = true;
  }
}
