// A place fronted in a person's own sentence sets the scene the way a dateline does: "In Hanoi, ministry spokesman
// Le Van said ...", "At a briefing in Ankara, Foreign Ministry spokesman X said ...". News fronts the capital or city
// where a government answers, so a bare office of a state's government there (a title phrase with a word of
// titles.json governmentTitleWords: "ministry", "minister", "official") is that place's state's, whatever the article's
// frame (a Chinese ministry's reply in an American story). Not where the sentence puts the person away from home
// ("In Hanoi, visiting US envoy X said"; titles.json awayWords), names another state ("In Geneva, Iran's foreign
// minister X", "In Paris, US and French officials"), or where the title phrase names an IGO, a firm or another
// state's body ("In Brussels, EU spokesman X", "In Seoul, Samsung official X"); a bare "spokesman" or "director" is
// any body's and gives none. The fronted phrase opens the sentence with "In" or "At" and ends at its first comma,
// the place closing it ("In Beijing," "At a news conference in Tehran,"). Rule: actors/state:fronted-place.
import type { Actor, Doc } from "../../model/types.js";
import type { ActorLayer } from "./actor-layer.js";

/** most tokens of a fronted phrase before its comma ("At a regular news briefing on Monday in Beijing,") */
const FRONT_REACH = 10;
/** most tokens of a title phrase between the fronted comma and the name */
const TITLE_REACH = 6;

const stateOf = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "location" ? a.country ?? null : null);

/** a body's or a person's state as the dictionaries or the text gave it, a place's too */
const bodyState = (a: Actor): string | null => (a.kind === "country" || a.kind === "igo" ? stateOf(a) : a.country ?? null);

/** The state of the place that closes a fronted phrase opening sentence `si`, and the comma's token, or null. */
function frontedPlace(doc: Doc, layer: ActorLayer, si: number): { state: string; comma: number } | null {
  const s = doc.sentences[si];
  if (!s || s.headline) return null;
  const tokens = doc.tokens;
  const open = tokens[s.first]?.lower;
  if (open !== "in" && open !== "at") return null;
  for (let k = s.first + 1; k < Math.min(s.last, s.first + FRONT_REACH + 1); k++) {
    if (tokens[k].text !== ",") continue;
    const m = layer.mentionAt[k - 1];
    if (!m || m.tokenEnd !== k || tokens[m.token - 1]?.lower !== "in") return null;
    const state = stateOf(layer.actors[m.actor]);
    return state ? { state, comma: k } : null;
  }
  return null;
}

/** Gives each stateless person whose title phrase of a government office follows a fronted place that place's state. */
export function frontedPlaceStates(doc: Doc, layer: ActorLayer, sentenceOf: Int32Array, lex: { awayWords: ReadonlySet<string>; governmentTitleWords: ReadonlySet<string> }): void {
  const { actors, mentionAt } = layer;
  const tokens = doc.tokens;
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code || !a.role) continue;
    for (const m of a.mentions) {
      if (m.headline || m.rule !== "actors/person:title") continue;
      const name = m.nameToken ?? m.token;
      const si = sentenceOf[name];
      const front = frontedPlace(doc, layer, si);
      // (the title phrase runs from the fronted comma to the name)
      if (!front || name - front.comma - 1 > TITLE_REACH || name - front.comma < 2) continue;
      let office = false;
      let ok = true;
      for (let k = front.comma + 1; k < name && ok; k++) {
        const t = tokens[k];
        if (lex.governmentTitleWords.has(t.lower)) office = true;
        if (t.pos === "VERB" || t.pos === "PUNCT") ok = false;
        const b = mentionAt[k];
        // (a body in the title phrase: an IGO, a firm, a body the dictionaries give no state or another state's)
        if (b && b.actor !== mentionAt[name]?.actor) {
          const body = actors[b.actor];
          if (body.kind === "igo" || bodyState(body) !== front.state) ok = false;
        }
      }
      if (!ok || !office || !sentenceOfOneState(doc, layer, si, front.state, lex.awayWords)) continue;
      a.country = a.code = front.state;
      a.stateRule = "actors/state:fronted-place";
      break;
    }
  }
}

/** The sentence names no state but `state` and no word of a trip, a visit or talks. */
function sentenceOfOneState(doc: Doc, layer: ActorLayer, si: number, state: string, awayWords: ReadonlySet<string>): boolean {
  const s = doc.sentences[si];
  for (let i = s.first; i < s.last; i++) {
    if (awayWords.has(doc.tokens[i].lower)) return false;
    const m = layer.mentionAt[i];
    if (!m || m.token !== i) continue;
    const b = layer.actors[m.actor];
    const st = bodyState(b);
    if (st && st !== state) return false;
    if (b.kind === "igo") return false;
  }
  return true;
}
