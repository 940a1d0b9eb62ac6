// "Taiwan's reserves rose to 56 billion U.S. dollars ... Vice economic minister X said": a story that names the United
// States more often than any other state still lends a bare "minister" no American holder, for the United States
// government has no ministers (its cabinet are secretaries). A title a state's government does not use in English news
// (titles.json unusedTitles) takes no frame of that state; the next state the story names most, where one stands
// clearly above the rest, may be the holder's instead (the same checks as for the frame).
// "Chief prosecutor X said meetings with his Saudi counterpart went well": a holder's counterpart is of another state,
// so a state the holder's own sentence names as "his|her|their STATE counterpart(s)" is not the holder's, whatever the
// story's frame (actors/state:article-frame yields).
// Pure functions of a role string and of the tokens of one sentence; constant work per holder and sentence.
import type { Token } from "../../model/types.js";

/** the states whose governments do not use the title a role ends with (its final words, up to five), or null */
export function statesNotUsing(role: string | null | undefined, unused: Map<string, ReadonlySet<string>>): ReadonlySet<string> | null {
  if (!role || !unused.size) return null;
  const words = role.toLowerCase().split(/\s+/);
  for (let i = Math.max(0, words.length - 5); i < words.length; i++) {
    const hit = unused.get(words.slice(i).join(" "));
    if (hit) return hit;
  }
  return null;
}

const OWNER = /^(?:his|her|their)$/;
const COUNTERPART = /^counterparts?$/;

/**
 * Whether the state word spanning tokens [start, end) is the holder's counterpart's: "his Saudi counterpart", "her
 * counterparts from ..." is not read (only the state word right before "counterpart"), with at most two adjectives
 * between the owner and the state word ("his new Saudi counterpart").
 */
export function counterpartState(tokens: Token[], start: number, end: number, sFirst: number, sLast: number): boolean {
  if (end >= sLast || !COUNTERPART.test(tokens[end]?.lower ?? "")) return false;
  for (let p = start - 1, n = 0; p >= sFirst && n < 3; p--, n++) {
    if (OWNER.test(tokens[p].lower)) return true;
    if (!/^[a-z][a-z-]*$/.test(tokens[p].text)) return false;
  }
  return false;
}
