// A block quote credited on the line after it, with no verb: a quote paragraph, then a paragraph that is only
// "— Ana Ruiz, Daily Ledger", "— Sen. Ana Ruiz, D-Ore." or an embedded post's credit "Ana Ruiz (@aruiz) March
// 3, 2019". The person named there said the quote. The credit is a line of its own: it opens with a dash (or
// is the name and a handle in parentheses), names a person within its first words, and holds no verb ("— Ana
// Ruiz said later that ..." is a sentence, not a credit). A body or an outlet after the dash ("— Reuters")
// credits no speaker here.
import type { Sentence, Token } from "../../model/types.js";
import type { ActorLayer } from "../actors/actor-layer.js";

const DASHES = new Set(["—", "–", "--", "―"]);

/** words the credit may have before the name: a title ("Sen.", "Rep.", "Dr."), as capitalised abbreviations */
const BEFORE_NAME = 3;

/** the most tokens a credit line holds ("— Sen. Ana Ruiz, D-Ore., chair of the Senate Finance Committee") */
const MOST = 24;

/**
 * The person credited by sentence `c`, a paragraph of its own right after the quote's (`para` is the quote's
 * paragraph): the person's actor and the tokens of the mention; null where `c` is no credit line.
 */
export function creditedPerson(tokens: readonly Token[], layer: ActorLayer, c: Sentence | undefined, para: number): { actor: number; first: number; last: number } | null {
  if (!c || c.paragraph !== para + 1 || c.headline || c.last - c.first > MOST) return null;
  let k = c.first;
  const dash = DASHES.has(tokens[k].text) || /^[—–―]/.test(tokens[k].text);
  if (dash && DASHES.has(tokens[k].text)) k++;
  for (let i = c.first; i < c.last; i++) if (tokens[i].pos === "VERB" || tokens[i].pos === "AUX") return null;
  for (let n = 0; k < c.last && n <= BEFORE_NAME; n++, k++) {
    const m = layer.mentionAt[k];
    if (m && layer.actors[m.actor].kind === "person") {
      const next = tokens[m.tokenEnd];
      // the name ends the line, or the credit goes on: ", Daily Ledger", "(@aruiz) March 3, 2019"
      const handle = next?.text === "(" && /^@\w/.test(tokens[m.tokenEnd + 1]?.text ?? "");
      if (!dash && (m.token !== c.first || !handle)) return null;
      if (m.tokenEnd < c.last && !handle && next.text !== ",") return null;
      return { actor: m.actor, first: m.token, last: m.tokenEnd };
    }
    // only a title before the name: a capitalised abbreviation ("Sen.", "Rep.") or a capitalised word
    if (!/^\p{Lu}/u.test(tokens[k].text) && !(k === c.first && dash)) return null;
  }
  return null;
}
