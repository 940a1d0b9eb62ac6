// Expulsions told as a party sent out of the country: "Jakarta forced the UN refugee agency out of
// the country", "Moscow ordered two Polish diplomats to leave the country within 48 hours", "gave the
// British envoy 72 hours to leave Russia", "kicked the American journalists out". English names the
// one expelled as the object of a verb of forcing or ordering, then where it is sent out of (the
// expeller's own country, "the country", or nothing) after "out of" or after an infinitive of
// leaving. The expeller's act on the expelled party's state or body: an expulsion of diplomats, a
// mission, an agency or an international body is SANCTION (CAMEO 166), one of people (journalists,
// workers, migrants) is a deportation, COERCE (CAMEO 174), as the guideline's table has it. Not: a
// place that is no country ("forced Spain out of the tournament", "forced him out of office"),
// the passive with no object ("was forced out of office"), another state's ground ("ordered Russia
// to leave Ukraine" is a demand, ordered-to.ts), armed forces ("forced Russian troops out of
// Kharkiv" is force, repelled-forces.ts), a party of the subject's own state, or a leaving with no
// one sent ("left the country voluntarily"). Word lists: data/event-senses.json expulsions.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The SANCTION or COERCE events of parties sent out of the expeller's country. */
export function expelledParties(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, groupAt, groups } = env;
  const ex = lex.expulsions;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 1; v < s.last - 2; v++) {
    const w = tokens[v].lower;
    if ((!ex.outVerbs.has(w) && !ex.orderVerbs.has(w)) || tokens[v].pos !== "VERB") continue;
    // the object's phrase right after the verb: "the UN refugee agency", "two Polish diplomats"
    let q = v + 1;
    while (q < s.last && q - v < 4 && groupAt[q - s.first] < 0 && /^(DET|NUM|ADJ)$/.test(tokens[q].pos)) q++;
    const gi = q < s.last ? groupAt[q - s.first] : -1;
    if (gi < 0) continue;
    const g = groups[gi];
    // (a demonym read alone, its head noun after it: "Polish | diplomats", "the American | journalists")
    let h = g.last;
    while (h < s.last && h - g.last < 3 && /^(NOUN|PROPN|ADJ)$/.test(tokens[h].pos) && groupAt[h - s.first] < 0 && !/^(out|to)$/.test(tokens[h].lower)) h++;
    const head = tokens[h - 1].lower;
    if (ex.forces.has(head)) continue;
    // a state or a person by name is no one sent out ("kick Putin out" of a war, "ordered Russia to
    // leave Ukraine"): the phrase names a body or people ("the UN agency", "Polish diplomats")
    if (h === g.last && g.actors.some((a) => /^(country|person|location)$/.test(env.layer.actors[a].kind))) continue;
    const subj = subjectBefore(env, v);
    if (!subj) continue;
    const own = statesOf(env, subj.actors);
    if (!own.size) continue;
    const target = g.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a)!) && env.layer.actors[a].kind !== "location" && !subj.actors.includes(a));
    if (!target.length) continue;
    // (an appositive that names the party again: "forced the UN refugee agency, UNHCR, out")
    if (tokens[h]?.text === "," && groupAt[h + 1 - s.first] >= 0) {
      const ap = groups[groupAt[h + 1 - s.first]];
      if (tokens[ap.last]?.text === "," && /^(out|to)$/.test(tokens[ap.last + 1]?.lower ?? "")) h = ap.last + 1;
    }
    let end: number;
    // ("ordered the envoy out", "ordered the envoy to leave": an order takes either)
    if (tokens[h]?.lower === "out" || !ex.orderVerbs.has(w)) {
      // "... out of the country", "... out." ("forced Spain out of the tournament" names no country)
      if (tokens[h]?.lower !== "out") continue;
      end = h + 1;
      if (tokens[end]?.lower === "of") {
        const p = ownGround(env, end + 1, own, lex);
        if (p < 0) continue;
        end = p;
      } else if (!clauseEnd(env, end, lex)) continue;
    } else {
      // "... to leave the country (within 48 hours)", "gave the envoy 72 hours to leave"
      let k = h;
      if (tokens[k]?.pos === "NUM" && ex.spans.has(tokens[k + 1]?.lower ?? "")) k += 2;
      if (tokens[k]?.lower !== "to" || !ex.leaveVerbs.has(tokens[k + 1]?.lower ?? "")) continue;
      end = k + 2;
      const p = end < s.last && !clauseEnd(env, end, lex) ? ownGround(env, end, own, lex) : end;
      if (p < 0) continue;
      end = p;
    }
    const sanction = ex.sanctionHeads.has(head) || g.actors.some((a) => env.layer.actors[a].kind === "igo" || env.layer.actors[a].kind === "organization");
    const [type, cameo] = sanction ? ["SANCTION", "166"] : ["COERCE", "174"];
    // one act, one type: the order's demand and the act ordered are the expulsion ("ordered the
    // diplomats to leave"), as is a verb pattern's reading of the same verb
    let taken = false;
    for (const [ev] of raws) {
      if (ev.trigger !== v && !(ev.trigger > v && ev.trigger < end)) continue;
      if (ev.trigger === v && (ev.type === "SANCTION" || ev.type === "COERCE") && !ev.noAct) taken = true;
      else ev.noAct = true;
    }
    if (taken) continue;
    const ev: RawEvent = { type, cameo, source: subj.actors, target, trigger: v, triggerEnd: v + 1, rule: `events/expelled-parties:${w}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: (g as Group).sector ?? null };
    out.push([ev, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/** Whether the clause ends at `k`: punctuation, a conjunction, or a time phrase ("within 48 hours"). */
function clauseEnd(env: SentenceEnv, k: number, lex: SenseLexicon): boolean {
  const t = env.tokens[k];
  if (!t || k >= env.s.last) return true;
  return t.pos === "PUNCT" || t.lower === "and" || t.lower === "but" || lex.expulsions.timeWords.has(t.lower);
}

/**
 * The end of the phrase from `k` when it names the expeller's own country ("the country", "its
 * territory", "Russia", "Indonesian territory"); -1 when it names anything else ("the
 * tournament", "office", "Ukraine" for Russia).
 */
function ownGround(env: SentenceEnv, k: number, own: ReadonlySet<string>, lex: SenseLexicon): number {
  const { tokens, s, groupAt, groups } = env;
  let q = k;
  while (q < s.last && q - k < 3 && /^(the|its|their|this|that)$/.test(tokens[q].lower)) q++;
  if (q >= s.last) return -1;
  if (lex.expulsions.places.has(tokens[q].lower)) return q + 1;
  const gi = groupAt[q - s.first];
  if (gi < 0) return -1;
  const g = groups[gi];
  if (!g.actors.every((a) => own.has(stateOf(env, a) ?? ""))) return -1;
  // ("Indonesian territory", "Russian soil")
  if (lex.expulsions.places.has(tokens[g.last]?.lower ?? "")) return g.last + 1;
  return g.last;
}
