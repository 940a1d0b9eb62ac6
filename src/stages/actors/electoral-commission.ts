// A member or officer of an electoral commission, after "of" in an appositive (find-actors' appositiveBefore/After):
//   "X, a member of a district electoral commission in Moscow,": the place after the commission gives its state;
//   "the chairman of the central election commission, X": no place, the story's one state (country-frame.ts), since an
//   election commission is always a state's own body (or a part's: "a regional election commission").
// The commission's head is data (titles.json electoralBodies); up to three modifiers before it ("a district", "the
// Central"). Not "a member of the European Commission" nor "a commission of inquiry into the firm" (no electoral head).
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";

interface PlaceTag {
  entry?: NameEntry;
  len: number;
}

const ARTICLES = new Set(["a", "an", "the"]);
const PLACE_KINDS = new Set(["country", "capital", "city", "region"]);
const CLOSE = /^(?:,|\.|;|who|and|--|—)$/;

/**
 * The electoral commission named from token `b` (after "of"): the token after it (and after its place) and the place's
 * entry (a state, a capital, a city or a region the dictionary places), or null where no electoral commission opens there.
 */
export function electoralCommissionAt(tokens: Token[], tags: (PlaceTag | undefined)[], b: number, sLast: number, lex: Lexicon): { end: number; place: NameEntry | null } | null {
  let q = b;
  if (q < sLast && ARTICLES.has(tokens[q].lower)) q++;
  for (let n = 0; n <= 3 && q + 1 < sLast; n++) {
    if (lex.electoralBodies.has(`${tokens[q].lower} ${tokens[q + 1].lower}`)) return placeAfter(tokens, tags, q + 2, sLast);
    // (a modifier: a word of no tag, "district", "regional", "Central")
    if (tags[q] || tokens[q].kind !== "word" || !/^\p{L}[\p{L}-]*$/u.test(tokens[q].text)) return null;
    q++;
  }
  return null;
}

/** "in Moscow", "of the Tver region" closing the phrase: the place and the token after it; else no place */
function placeAfter(tokens: Token[], tags: (PlaceTag | undefined)[], e: number, sLast: number): { end: number; place: NameEntry | null } {
  if (!/^(in|of|for)$/.test(tokens[e]?.lower ?? "")) return { end: e, place: null };
  let p = e + 1;
  if (tokens[p]?.lower === "the") p++;
  const t = p < sLast ? tags[p] : undefined;
  const entry = t?.entry;
  if (!entry || !PLACE_KINDS.has(entry.kind) || !(entry.country || entry.code) || !CLOSE.test(tokens[p + t!.len]?.lower ?? ".")) return { end: e, place: null };
  return { end: p + t!.len, place: entry };
}
