// Where an office holder acts. News places a domestic actor by the place it acts in: "President
// Abdelaziz Bouteflicka threatened to impose a curfew in Algiers", "Judge X opened an inquiry in
// Santiago": a state's office ("president", "judge", "governor") held by a person the text gives no
// state is that place's state's, where the sentence names that place after "in" and no other state
// (no other state's name, demonym, place, body or national). A sentence that puts its person away from
// home says nothing of where they act: a visit, talks, a summit, exile, a posting ("President X said in
// Cairo during a visit", "the exiled leader in London"; titles.json awayWords); nor does a place that is
// a destination ("flew to Cairo": only "in" places), nor one against an article whose frame is another
// state (a senator of an American story who speaks in London), nor where one speaks ("X said in
// Washington", "told reporters in Tehran": a minister abroad as often as at home). Rule: actors/state:act-site.
import type { Actor, Doc } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";
import type { ActorLayer } from "./actor-layer.js";

// (a side of a place between "in" and its name: "in central Baghdad", "in northern Kabul")
const PLACE_SIDES = new Set(["central", "northern", "southern", "eastern", "western", "downtown", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "the"]);

const stateOf = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "igo" ? null : a.country ?? a.code ?? null);

/** "said in", "told reporters in", "said on Monday in": the "in" at k follows a verb of speech */
function spokenAt(tokens: Doc["tokens"], k: number, first: number, lex: Lexicon): boolean {
  for (let q = k - 1; q >= first && q >= k - 4; q--) if (tokens[q].pos === "VERB" && lex.speechVerbs.has(tokens[q].lower)) return true;
  return false;
}

/** The one state a sentence places its office holders in, or null (see the file's comment). */
export function actSiteState(doc: Doc, layer: ActorLayer, si: number, lex: Lexicon): string | null {
  const { actors, mentionAt } = layer;
  const s = doc.sentences[si];
  if (!s || s.headline) return null;
  const tokens = doc.tokens;
  let state: string | null = null;
  let placed = false;
  for (let i = s.first; i < s.last; i++) {
    if (lex.awayWords.has(tokens[i].lower)) return null;
    const m = mentionAt[i];
    if (!m || m.token !== i) continue;
    const a = actors[m.actor];
    const st = stateOf(a);
    if (!st) continue;
    if (state && st !== state) return null;
    state = st;
    // (only a city or a region places one, a capital too: a whole country after "in" is as often a noun's object,
    // what one acts on from home: "opposed any investment in Cuba", "aid in Haiti")
    if (a.kind !== "location" && !(a.kind === "country" && m.rule.startsWith("actors/metonym:capital"))) continue;
    let k = i - 1;
    if (k >= s.first && PLACE_SIDES.has(tokens[k].lower)) k--;
    if (k >= s.first && PLACE_SIDES.has(tokens[k].lower)) k--;
    // (where one speaks is no place one acts: "foreign minister X said in Washington" is often a visit)
    if (k >= s.first && tokens[k].lower === "in" && !spokenAt(tokens, k, s.first, lex)) placed = true;
  }
  return placed ? state : null;
}

/**
 * Give each office holder with no state the state of the place where its sentences place it (every
 * sentence that names its office agreeing), unless the article's frame is another state.
 */
export function actSiteStates(doc: Doc, layer: ActorLayer, officeSentences: Map<string, number[]>, frame: string | null, lex: Lexicon): void {
  const memo = new Map<number, string | null>();
  for (const a of layer.actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    const sentences = officeSentences.get(a.id);
    if (!sentences) continue;
    let state: string | null = null;
    for (const si of sentences) {
      let st = memo.get(si);
      if (st === undefined) memo.set(si, (st = actSiteState(doc, layer, si, lex)));
      if (!st || (state && st !== state)) {
        state = null;
        break;
      }
      state = st;
    }
    if (!state || (frame && frame !== state)) continue;
    a.country = a.code = state;
    a.stateRule = "actors/state:act-site";
  }
}
