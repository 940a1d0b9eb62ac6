// Arms and aid named before the one who sent them: "the weapons Germany has sent to Ukraine", "the
// equipment that Britain delivered to Kyiv", "every piece of equipment we have sent to Ukraine" (a
// quote's "we": the speaker's side). English puts the thing given first and its giver in a relative
// clause (with or without "that"/"which"), the verb's object gap before its subject: the clause's
// subject aids the state after "to". The clause's verb gives the status ("has sent": occurred, "will
// ship": planned). Not: a clause whose verb already has an object after it ("the weapons Germany
// sent them"), a thing that is neither arms nor aid ("the letter Britain sent to Ukraine"), a verb of
// getting ("the weapons Ukraine received from Germany": only verbs of giving are listed), a receiver
// that is the giver's own state, a clause with no "to" ("the weapons we have sent have been used well"
// names no receiver in its clause). Word lists: data/event-senses.json sentRelatives.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { groupAfterWord } from "./find-parties.js";

/** The AID events of arms or aid given in a relative clause after them. */
export function sentRelatives(env: SentenceEnv, lex: SenseLexicon): [RawEvent, Trigger][] {
  const { tokens, s, groups, groupAt, inQuote } = env;
  const words = lex.sentRelatives;
  const out: [RawEvent, Trigger][] = [];
  for (let n = s.first; n < s.last - 3; n++) {
    if (!words.things.has(tokens[n].lower) || tokens[n].pos !== "NOUN") continue;
    let q = n + 1;
    if (/^(that|which)$/.test(tokens[q].lower)) q++;
    // the subject: a named party, or "we" in a quote (the speaker's side: toRecord reads it)
    let source: number[] = [];
    let sector: string | null = null;
    const gi = groupAt[q - s.first];
    if (gi >= 0 && groups[gi].first === q) {
      source = groups[gi].actors;
      sector = groups[gi].sector ?? null;
      if (!source.every((a) => stateOf(env, a) && env.layer.actors[a].kind !== "location")) continue;
      q = groups[gi].last;
    } else if (tokens[q].lower === "we" && inQuote[q] >= 0) q++;
    else continue;
    // over "have", "had already", "will"
    const aux = q;
    while (q < s.last && q - aux < 3 && /^(AUX|ADV|PART)$/.test(tokens[q].pos)) q++;
    const v = q;
    if (v >= s.last || !words.verbs.has(tokens[v].lower)) continue;
    // the receiver right after the verb ("sent to Ukraine", "have sent so far to Kyiv" is too far)
    if (tokens[v + 1]?.lower !== "to") continue;
    const to = groupAfterWord(env, v + 1, ["to"], 2);
    if (!to) continue;
    const own = statesOf(env, source);
    const target = to.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a) ?? "") && env.layer.actors[a].kind !== "location");
    if (!target.length) continue;
    const ev: RawEvent = { type: "AID", cameo: words.aid.has(tokens[n].lower) ? "070" : "072", source, target, trigger: v, triggerEnd: v + 1, rule: `events/sent-relative:${tokens[v].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: sector, targetSector: to.sector ?? null };
    out.push([ev, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
