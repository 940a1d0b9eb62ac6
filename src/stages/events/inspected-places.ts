// The place inspectors are sent to: "the IAEA dispatched inspectors to a uranium plant in central
// Iran", "sent investigators to a camp near Gaza". When the destination after "to" names no actor
// (an unnamed site, a facility the lexicon does not know), the place that locates it inside the
// same phrase ("in central Iran") is the one inspected: its state's conduct is what the inspection
// looks into. The sender's own state is no party (an inspection at home is routine, not an act
// against anyone), and a place after the phrase ("to Vienna, officials in Iran said") is not read.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

// how far "to" may stand from the verb ("dispatched a team of 12 inspectors to"), and how long the
// destination's phrase may run before its place
const TO_WINDOW = 8;
const PHRASE_WINDOW = 12;

/** Gives an inspection sent to an unnamed site the state of the place that locates the site. */
export function inspectedPlace(env: SentenceEnv, lex: SenseLexicon, ev: RawEvent): void {
  const { tokens, s, groups, groupAt, layer } = env;
  const { patterns, preps } = lex.inspectedPlaces;
  // (a target of no state is the site's name taken for an actor: "to Esfahan Uranium Conversion Facilities")
  if (ev.target.some((a) => !!stateOf(env, a)) || !ev.source.length || !patterns.has(ev.rule.replace(/^events\/verb:/, "").split("+")[0])) return;
  let to = ev.triggerEnd;
  while (to < s.last && to - ev.triggerEnd < TO_WINDOW && tokens[to].lower !== "to" && groupAt[to - s.first] < 0) to++;
  if (to >= s.last || tokens[to].lower !== "to") return;
  for (let k = to + 1; k < s.last && k - to <= PHRASE_WINDOW; k++) {
    const t = tokens[k];
    // (the phrase ends at a clause or an infinitive: "to Iran to monitor", "to Vienna, where")
    if (t.text === "," || t.text === ";" || t.text === "." || t.lower === "to" || t.pos === "VERB" || t.pos === "AUX") return;
    // (a site's own name is no party unless it has a state: "to Bushehr Nuclear Power Plant in Iran")
    const at = groupAt[k - s.first];
    if (at >= 0 && groups[at].actors.some((a) => !!stateOf(env, a))) return;
    if (at >= 0) {
      k = groups[at].last - 1;
      continue;
    }
    if (!preps.has(t.lower)) continue;
    let q = k + 1;
    while (q < s.last && q - k <= 3 && groupAt[q - s.first] < 0 && /^(DET|ADJ)$/.test(tokens[q].pos)) q++;
    const gi = q < s.last ? groupAt[q - s.first] : -1;
    if (gi < 0) return;
    const own = new Set(ev.source.map((a) => stateOf(env, a)));
    const place = groups[gi].actors.filter((a) => (layer.actors[a].kind === "location" || layer.actors[a].kind === "country") && !!stateOf(env, a) && !own.has(stateOf(env, a)));
    if (place.length && place.length === groups[gi].actors.length) {
      ev.target = place;
      ev.rule += "+inspected-place";
    }
    return;
  }
}
