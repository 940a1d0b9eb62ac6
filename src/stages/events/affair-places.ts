// A place that names an affair: "Republicans hammered Clinton over Benghazi", "Warsaw complained
// over Kaliningrad", "the row over Srebrenica". After "over", the preposition of a reproach's or a
// protest's cause, a bare town or region stands for what happened there, the affair, not for a
// party the words are aimed at. Such a place found as the target is dropped (no guess at its state);
// a party named elsewhere ("protested to Russia over Kaliningrad") is not touched, nor a state after
// "over" ("criticised China over Taiwan"), which may be the party. Word lists: data/event-senses.json
// senses.affairPlaces.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";

/** Drop a reproach's or protest's target that is only a place named after its "over". */
export function affairPlaces(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s, layer } = env;
  const { types, preps } = lex.affairPlaces;
  for (const [ev] of raws) {
    if (!types.has(ev.type) || !ev.target.length) continue;
    const ids = ev.target;
    const g = env.groups.find((h) => h.first >= ev.triggerEnd && h.actors.length === ids.length && h.actors.every((a) => ids.includes(a)));
    if (!g || !g.actors.every((a) => layer.actors[a].kind === "location")) continue;
    // the bare place right after the preposition ("over Benghazi", not "over the Benghazi consulate")
    if (!preps.has(tokens[g.first - 1]?.lower ?? "") || g.first - 1 < ev.triggerEnd) continue;
    const next = tokens[g.last];
    if (g.last < s.last && next && /^(NOUN|PROPN)$/.test(next.pos)) continue;
    // (the preposition is the act's own: no verb between the trigger and it)
    let own = true;
    for (let k = ev.triggerEnd; k < g.first - 1; k++) if (tokens[k].pos === "VERB" || tokens[k].text === ";") own = false;
    if (!own) continue;
    ev.target = [];
    ev.targetSector = null;
    ev.rule += "+affair-place";
  }
}
