// Where a person lives or works, said in apposition right after the name, gives the state of the place when nothing
// else in the phrase names another (actors/state:residence):
//   "Maria Lopez, 45, of Mariupol, said", "Bob Hale, 71, from Dumfries, said" (an age, then "of"/"from" a place),
//   "Jane Doe, of Leeds, said" (", of" a place, no body: "Mark Dwyer, of the Industry Department," is left alone),
//   "Brigette Namata, a television reporter in Honolulu, said", "Olha Bondar, a mother of three from Kharkiv, said",
//   "Petro Koval, a shop owner near Kharkiv, said", "Ann Roe, a farmer outside Lviv," (near or outside a town, never a state).
// The place must close the phrase (a comma, a stop, a semicolon or "and"): "X, who was in Moscow for talks," is a trip,
// not a home. The description "a ... in PLACE" walks lower-case nouns, adjectives and numbers only: a capitalised word
// ("a Ukrainian who lives in London", "a reporter for CNN in Moscow"), a verb or a word of a trip or a post abroad
// (titles.json awayWords: "visitor", "envoy", "exiled"; postedNouns: "a correspondent in Cairo", "a refugee in Berlin",
// "a soldier in Kabul") stops it, so an explicit nationality or another body speaks instead. Where one lives says no
// more than that ("Ivan Petrov, who lives in London, said the Kremlin had lied"): no state. A place that is also a
// state's first-level part the article may mean ("Mary Jones, of Georgia," in an American story) gives none. Runs after ", from PLACE" (find-actors' hometowns) and fills only persons with no state yet.
import type { Actor, Doc, Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";
import type { ActorLayer } from "./actor-layer.js";
import { eachStatelessAppositive } from "./from-body.js";

/** words that join an appositive's nouns ("a mother of three", "a father and teacher") */
const JOINS = new Set(["of", "and", "-"]);
/** prepositions that place a person's home or work in an appositive */
const AT_HOME = new Set(["in", "from", "of"]);
/** prepositions of a local setting just beside a town ("a shop owner near Kharkiv", "a farmer outside Lviv"): a town only */
const NEAR_TOWN = new Set(["near", "outside"]);
/** most words of a description before its place ("a retired secondary school teacher in Leeds") */
const REACH = 6;

/** Sets the state of each stateless person whose name an appositive of home or work follows (see the file comment). */
export function residenceStates(doc: Doc, layer: ActorLayer, awayWords: ReadonlySet<string>, regions: ReadonlyMap<string, NameEntry>): void {
  const tokens = doc.tokens;
  eachStatelessAppositive(doc, layer, (a, comma) => {
    let q = comma + 1;
    // (an age: "X, 45, of Mariupol")
    const aged = /^\d{1,3}$/.test(tokens[q]?.text ?? "") && tokens[q + 1]?.text === ",";
    if (aged) q += 2;
    let place = -1;
    let town = false;
    const w = tokens[q]?.lower;
    if (w === "of" || (w === "from" && aged)) place = q + 1;
    else if (w === "a" || w === "an") {
      place = describedPlace(tokens, q + 1, awayWords);
      // ("a decorated combatant in Vietnam", "an aid worker in Syria": a state is where many go to work or fight; a town
      // or a province in it is where a local works)
      town = tokens[place - 1]?.lower === "in" || NEAR_TOWN.has(tokens[place - 1]?.lower ?? "");
    }
    if (place < 0) return;
    const state = placeState(layer, tokens, place, town, regions);
    if (!state) return;
    a.country = a.code = state;
    a.stateRule = "actors/state:residence";
  });
}

/** "a television reporter in Honolulu": the token after the preposition that ends the description at `q`, or -1. */
function describedPlace(tokens: Token[], q: number, awayWords: ReadonlySet<string>): number {
  let nouns = 0;
  for (let k = q; k < Math.min(tokens.length, q + REACH + 1); k++) {
    const t = tokens[k];
    if (nouns > 0 && (AT_HOME.has(t.lower) || NEAR_TOWN.has(t.lower)) && t.lower !== "of" && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) return k + 1;
    if (awayWords.has(t.lower)) return -1;
    if (JOINS.has(t.lower)) continue;
    if (!/^[a-z0-9-]+$/.test(t.text)) return -1;
    if (t.pos === "NOUN") nouns++;
    else if (t.pos !== "ADJ" && t.pos !== "NUM") return -1;
  }
  return -1;
}

/** The state of a place mention starting at token `at` and closing the phrase (a town, not a state, where `town`), or
 * null. A place qualified by a larger one after a comma takes the larger one's state ("Springfield, Illinois"; not
 * England's Northampton in "Northampton, Mass."), and none where the qualifier is no place the dictionaries know. */
function placeState(layer: ActorLayer, tokens: Token[], at: number, town: boolean, regions: ReadonlyMap<string, NameEntry>): string | null {
  const p = layer.mentionAt[at];
  if (!p || p.token !== at) return null;
  const end = p.tokenEnd;
  if (!/^(,|\.|;|and)$/.test(tokens[end]?.text ?? ".")) return null;
  const place: Actor = layer.actors[p.actor];
  if (town && place.kind === "country") return null;
  const own = place.kind === "country" ? place.code : /^(location|city|capital|region)$/.test(place.kind) ? place.country ?? null : null;
  // ("of Georgia": a state's name that is also another state's part, countries.json regions, is either)
  const part = regions.get(tokens.slice(at, end).map((t) => t.text).join(" "));
  if (part && own && part.country !== own) return null;
  if (!own || tokens[end]?.text !== "," || !/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) return own;
  const wider = layer.mentionAt[end + 1];
  if (wider && wider.token === end + 1) return placeState(layer, tokens, end + 1, false, regions);
  // ("Springfield, Illinois": a state's first-level part, countries.json regions)
  return regions.get(tokens[end + 1].text)?.country ?? null;
}
