// Deaths and torture in custody: "a Palestinian prisoner died as a result of torture in Israeli
// police custody", "a British journalist died in Iranian custody", "the detainees were tortured while
// in Syrian custody", "died in the custody of Russian security forces". News names the one who holds
// the victim only in the custody phrase, as a demonym or a state's name before the custody noun or
// after its "of": the holder's state did harm to the victim (CAMEO 182, PLOVER ASSAULT: 1822 torture,
// 1823 a killing), from the custodian's state to the victim's (whose nationality the victim's own
// phrase gives; with none, no event, as for any act with no party acted on). Not: custody that no
// state holds ("in the custody of his mother", "in police custody" with no state), a place that is
// no custody ("died in hospital"), and a death the text puts down to a cause of no one's doing ("died
// of natural causes in custody", "died of a heart attack in Russian detention"): no assault.
// Word lists: data/event-senses.json custodyHarms.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";

/** The ASSAULT events of deaths and torture in a state's custody. */
export function custodyHarms(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const ch = lex.custodyHarms;
  const out: [RawEvent, Trigger][] = [];
  for (let c = s.first + 2; c < s.last; c++) {
    if (!ch.nouns.has(tokens[c].lower) || tokens[c].pos !== "NOUN") continue;
    const holder = custodian(env, c, lex);
    if (!holder) continue;
    const { prep } = holder;
    // the harm before the custody phrase, in its clause: "died (as a result of torture) in", "was tortured (while) in"
    let hv = -1;
    let torture = false;
    let natural = false;
    for (let q = prep - 1; q > s.first && prep - q <= 10; q--) {
      const t = tokens[q];
      if (t.text === "," || t.text === ";" || /^(and|but|who|which|that)$/.test(t.lower)) break;
      if (ch.tortureWords.has(t.lower)) torture = true;
      if (ch.naturalCauses.has(t.lower)) natural = true;
      if (ch.harmVerbs.has(t.lower) && t.pos === "VERB") {
        hv = q;
        break;
      }
    }
    if (hv < 0 || natural) continue;
    const victim = victimBefore(env, hv);
    if (!victim) continue;
    const own = statesOf(env, holder.group.actors);
    const target = victim.actors.filter((a) => stateOf(env, a) && env.layer.actors[a].kind !== "location");
    if (!own.size || !target.length) continue;
    // one act: a passive harm with no agent ("was tortured") is this one
    let taken = false;
    for (const [ev] of raws) {
      if (ev.trigger !== hv) continue;
      if (ev.source.length && !ev.noAct) taken = true;
      else ev.noAct = true;
    }
    if (taken) continue;
    const cameo = torture ? "1822" : ch.deathWords.has(tokens[hv].lower) ? "1823" : "182";
    const ev: RawEvent = { type: "ASSAULT", cameo, source: holder.group.actors, target, trigger: hv, triggerEnd: hv + 1, rule: `events/custody-harms:${tokens[c].lower}`, statusVerb: hv, status: undefined, refused: undefined, noAct: undefined, sourceSector: holder.group.sector ?? null, targetSector: victim.sector ?? null };
    out.push([ev, { at: hv, end: hv + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/**
 * The state that holds the custody at `c`: a state's group in the phrase before it, after "in"
 * ("in Israeli police custody", "while in Syrian custody"), or after its "of" ("in the custody of
 * Russian security forces"); with the "in" that opens the phrase.
 */
function custodian(env: SentenceEnv, c: number, lex: SenseLexicon): { group: Group; prep: number } | null {
  const { tokens, s, groupAt, groups } = env;
  let group: Group | null = null;
  let q = c - 1;
  for (; q > s.first && c - q <= 5; q--) {
    const gi = groupAt[q - s.first];
    if (gi >= 0) {
      group ??= groups[gi];
      q = groups[gi].first;
      continue;
    }
    if (!/^(NOUN|ADJ|PROPN|DET|PART)$/.test(tokens[q].pos)) break;
  }
  if (!lex.custodyHarms.preps.has(tokens[q]?.lower ?? "")) return null;
  if (!group && tokens[c + 1]?.lower === "of") {
    for (let k = c + 2; k < s.last && k - c <= 4; k++) {
      const gi = groupAt[k - s.first];
      if (gi >= 0) {
        group = groups[gi];
        break;
      }
      if (!/^(DET|ADJ)$/.test(tokens[k].pos)) break;
    }
  }
  if (!group || group.actors.some((a) => !stateOf(env, a) || env.layer.actors[a].kind === "location")) return null;
  return { group, prep: q };
}

/** The victim: the actor's phrase right before the harm's verb group ("a British journalist died"). */
function victimBefore(env: SentenceEnv, v: number): Group | null {
  const { tokens, s, groupAt, groups } = env;
  let q = v - 1;
  while (q > s.first && /^(AUX|ADV|PART)$/.test(tokens[q].pos)) q--;
  for (let r = q; r >= s.first && q - r < 4; r--) {
    const gi = groupAt[r - s.first];
    if (gi >= 0) return groups[gi];
    if (!/^(NOUN|ADJ|NUM)$/.test(tokens[r].pos)) break;
  }
  return null;
}
