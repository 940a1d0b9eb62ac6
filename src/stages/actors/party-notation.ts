// A US politician's party in brackets right after the name, in the forms the hyphen tag ("D-Calif.", find-actors'
// partyTagAt) does not read:
//   the letter with a dot, a comma and the state: "Sen. Jane Doe (R., N.H.)", "Mark Roe (D., Ariz.)"
//   the letter alone:                          "Jenniffer Colón (R), the island's delegate", "Dick Durbin (D) of Illinois"
// (titles.json partyTags: places, bareParties). A letter alone is read only before a comma, a stop, "of" or a verb of
// saying: in a photo caption "(R)" and "(L)" say where a person stands ("Xi (R) shakes hands with Y (L)"), so a sentence
// with a bracketed "L" or "C" reads none. "(I)", "(AP)", "(pictured)", "(SNP)" are no party tags.
import type { Doc } from "../../model/types.js";
import { partyTagKey, type Lexicon } from "../../lexicon/compile-lexicon.js";

type PartyTag = { country: string; sector: string };

const AFTER_BARE = /^(?:,|\.|;|of|said|says|told)$/;
const PLACEMENT = /^(?:L|C|L-R|R-L)$/;

/** The party tag in brackets whose first token is `i` (past the "("), in the two forms above; null where none. */
export function bracketPartyTag(doc: Doc, i: number, lex: Lexicon): PartyTag | null {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (!t || tokens[i - 1]?.text !== "(") return null;
  const m = /^([A-Z])\.?$/.exec(t.text);
  if (!m) return null;
  if (tokens[i + 1]?.text === ")") {
    if (t.text.length !== 1 || !AFTER_BARE.test(tokens[i + 2]?.lower ?? ".")) return null;
    const party = lex.bareParties.get(t.text);
    return party && !placementInSentence(doc, i) ? party : null;
  }
  // "(R., N.H.)": "R." or "R" "." then a comma
  let e = i + 1;
  if (t.text.length === 1) {
    if (tokens[e]?.text !== ".") return null;
    e++;
  }
  if (tokens[e]?.text !== ",") return null;
  let f = e + 1;
  while (f < tokens.length && f - e < 6 && tokens[f].text !== ")") f++;
  if (tokens[f]?.text !== ")" || f === e + 1) return null;
  return lex.partyTags.get(partyTagKey(`${m[1]}-${doc.text.slice(tokens[e + 1].start, tokens[f - 1].end)}`)) ?? null;
}

/** whether the sentence of token `i` marks where people stand in a photo ("(L)", "(C)", "(L-R)") */
function placementInSentence(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const s = doc.sentences.find((x) => x.first <= i && i < x.last);
  const from = s ? s.first : Math.max(0, i - 40);
  const to = s ? s.last : Math.min(tokens.length, i + 40);
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k - 1].text !== "(") continue;
    let word = tokens[k].text;
    if (tokens[k + 1]?.text === "-" && tokens[k + 3]?.text === ")") word += `-${tokens[k + 2].text}`;
    if (PLACEMENT.test(word)) return true;
  }
  return false;
}
