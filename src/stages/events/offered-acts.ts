// An act that its doer says it is willing, ready or prepared to do, or offers to do, is an offer, not
// an act done or scheduled: "Norway is willing to send equipment to help defend Poland", "Japan stands
// ready to provide aid to Sri Lanka", "the king said he would be ready to host a meeting between Israeli
// and Palestinian negotiators". PLOVER codes the offer as AGREE (CAMEO 03x, intent to cooperate), from
// the one who offers to the one the act is for, planned: one event, no SUPPORT or AID of its own and no
// talks between the parties of a meeting only offered. ("is not willing to", "unwilling to" offer
// nothing; "prepared to accept" is a concession and keeps its own type; "willing to talk" is an offer of
// talks, CONSULT, left to the intent rule; readiness to use force is a threat, left to the intent rule.)
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { REPORTING_VERBS, subjectBefore } from "./find-parties.js";

// how many infinitives may chain from the cue to the act ("willing to send equipment to help defend")
const HOPS = 3;
// how many words an infinitive's object may have ("to send military equipment to help")
const OBJECT_REACH = 5;

/** The offer cue ("willing", "ready", "offered") whose infinitive chain reaches the act at `v`; -1 when none, negated, or a past readiness the narrator tells of. */
export function offerCue(env: SentenceEnv, lex: SenseLexicon, v: number): number {
  const { tokens, s } = env;
  const offers = lex.offers;
  let at = v;
  for (let hop = 0; hop < HOPS; hop++) {
    let k = at - 1;
    while (k > s.first && tokens[k].pos === "ADV") k--;
    // "to help defend": a verb of helping before the act
    if (offers.chain.has(tokens[k]?.lower ?? "") && tokens[k].pos === "VERB") {
      at = k;
      continue;
    }
    if (tokens[k]?.lower !== "to") return -1;
    let w = k - 1;
    while (w > s.first && tokens[w].pos === "ADV") w--;
    if (w <= s.first) return -1;
    if (offers.cues.has(tokens[w].lower) && tokens[w].pos !== "NOUN") return standingOffer(env, w) ? w : -1;
    // back over the object of an earlier infinitive ("to send military equipment to help")
    let q = w;
    while (q > s.first && w - q < OBJECT_REACH && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[q].pos)) q--;
    if (q === w || tokens[q].pos !== "VERB") return -1;
    at = q;
  }
  return -1;
}

/** The offer at `w` is not negated ("is not willing to") and, in the past, is reported ("said it was ready to"), not the narrator's background ("Britain was prepared to send troops in 1990"). */
function standingOffer(env: SentenceEnv, w: number): boolean {
  const { tokens, s } = env;
  let b = w - 1;
  while (b > s.first && tokens[b].pos === "ADV" && !/^(not|n't|never)$/.test(tokens[b].lower)) b--;
  if (/^(not|n't|never|no)$/.test(tokens[b]?.lower ?? "")) return false;
  if (!/^(was|were)$/.test(tokens[b]?.lower ?? "")) return true;
  for (let k = b - 1; k >= s.first && b - k <= 8; k--) if (REPORTING_VERBS.test(tokens[k].lower)) return true;
  return false;
}

/**
 * A meeting between parties that the subject offers to host or mediate ("ready to host a meeting
 * between Israeli and Palestinian negotiators", "offered to mediate between Kyiv and Moscow"): in
 * place, the subject is the doer and the parties of the meeting the ones the offer is made to. The
 * record it makes is then the offer (`offerable`).
 */
export function hostOffer(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent, cue: number): void {
  if (ev.type !== "CONSULT" || !lex.offers.hosting.has(env.tokens[ev.trigger].lower)) return;
  const subj = subjectBefore(env, cue);
  if (!subj) return;
  const host = subj.actors.filter((a) => env.layer.actors[a].kind !== "location");
  // ("France stands ready to mediate between Armenia and Azerbaijan": the host is already the doer)
  const parties = [...ev.source, ...ev.target].filter((a) => !host.includes(a));
  if (!host.length || !parties.length) return;
  ev.source = host;
  ev.target = parties;
  ev.sourceSector = subj.sector ?? null;
  ev.rule += "+host";
}

/** An act an offer makes AGREE (030) planned, one event: one of senses.offers.types or cameos, or talks the doer offers to host (`hostOffer`), with a party to offer it to. */
export function offerable(lex: SenseLexicon, ev: { type: string; cameo?: string | null; rule: string; target: readonly string[] }): boolean {
  if (!ev.target.length) return false;
  return lex.offers.types.has(ev.type) || lex.offers.cameos.has(ev.cameo ?? "") || (ev.type === "CONSULT" && ev.rule.endsWith("+host"));
}

/** A meeting noun that is the object of an offered hosting ("ready to host a meeting between", "offered to host talks"): no talks are on the calendar. */
export function offeredMeeting(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): boolean {
  const { tokens, s } = env;
  if (ev.type !== "CONSULT" || tokens[ev.trigger].pos !== "NOUN") return false;
  for (let h = ev.trigger - 1; h > s.first && ev.trigger - h <= OBJECT_REACH; h--) {
    if (lex.offers.hosting.has(tokens[h].lower) && tokens[h].pos === "VERB") return offerCue(env, lex, h) >= 0;
    if (!/^(DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[h].pos)) return false;
  }
  return false;
}
