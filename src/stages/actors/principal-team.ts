// An aide of a known person's campaign or team serves that person, and takes the person's state as an aide does
// (workplace-appositive.ts's "a senior adviser to Zelenskiy"):
//   "X, a spokesman for the Biden campaign,", "X, an adviser to the Trump transition team,",
//   "X, a spokeswoman for Macron's re-election campaign,"
// The nouns are titles.json teamNouns; the principal is a person the dictionary knows with a state, by surname or fuller
// name, bare or possessive, right before the noun. A team of no known person ("the Smith campaign", "the Yes campaign")
// or a body ("the Biden Foundation": no team noun) gives nothing.
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import type { SeedPerson } from "../../lexicon/schemas.js";

const CLOSE = /^(?:,|\.|;|who|and|--|—|–)$/;
/** most tokens of a principal's name, and of a team noun ("re - election campaign") */
const MAX_NAME = 3;
const MAX_NOUN = 4;

/** the length in tokens of a team noun at `r`, longest first, or 0 */
function teamNounAt(text: string, tokens: Token[], r: number, sLast: number, lex: Lexicon): number {
  for (let n = Math.min(MAX_NOUN, sLast - r); n >= 1; n--) {
    if (lex.teamNouns.has(text.slice(tokens[r].start, tokens[r + n - 1].end).toLowerCase())) return n;
  }
  return 0;
}

/**
 * The known person whose campaign or team is named from token `b` (right after an aide's "for"/"to"/"of"), closing the
 * appositive, or null: "the Biden campaign", "Macron's re-election campaign". `sLast` is exclusive.
 */
export function principalTeam(text: string, tokens: Token[], b: number, sLast: number, lex: Lexicon, seedAt: (q: number, end: number) => SeedPerson | null): { entry: NameEntry; end: number } | null {
  if (tokens[b]?.lower === "the") b++;
  for (let end = b + 1; end <= Math.min(sLast - 1, b + MAX_NAME); end++) {
    const p = seedAt(b, end);
    if (!p?.country) continue;
    const r = tokens[end]?.norm === "'s" ? end + 1 : end;
    const n = r < sLast ? teamNounAt(text, tokens, r, sLast, lex) : 0;
    if (!n || !CLOSE.test(tokens[r + n]?.lower ?? ".")) return null;
    return { entry: { kind: "person", id: p.id, code: p.country, name: p.name, sector: null, country: p.country, from: "seed", person: p }, end: r + n };
  }
  return null;
}
