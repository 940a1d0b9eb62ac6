// A sale of arms is material support (AID 072, like arms given), no trade between equals: "Russia's
// sale of S-400 missiles to Turkey", "approved the sale of 66 F-16 fighter jets to Taiwan" (the
// compound "arms sales to Taiwan" and the verb "sold fighter jets to Egypt" are patterns of their own,
// data/events.json arms-sales, sell-arms). A sale of other goods stays as it is ("the sale of oil to
// India"). And the sale is the act: authorising it is no concession to the buyer ("authorized the
// sale of F-35 jets to the UAE" is AID, not also CONCEDE; "authorised Iran to sell oil", a party
// authorised, stays a concession).
// Word lists: data/event-senses.json armsSales.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, Trigger } from "./sentence-env.js";
import { objectHead } from "./senses.js";

/** The AID code of a nominal sale whose "of" phrase names arms ("the sale of fighter jets to"), or null. */
export function armsSale(ev: RawEvent, trig: Trigger, tokens: Token[], last: number, lex: SenseLexicon): string | null {
  const words = lex.armsSales;
  if (ev.type === "AID" || !trig.noun || !words.patterns.has(trig.noun.id) || ev.trigger !== trig.at) return null;
  if (tokens[trig.end]?.lower !== "of") return null;
  const h = objectHead(tokens, trig.end + 1, last);
  return h >= 0 && words.arms.has(tokens[h].lower) ? "072" : null;
}

/** Whether a concession of a verb of authorising has a sale or transfer as its object ("authorized the sale of jets to"): the sale is the act, no concession. */
export function authorizedSale(ev: RawEvent, trig: Trigger, tokens: Token[], last: number, lex: SenseLexicon): boolean {
  const words = lex.armsSales;
  if (ev.type !== "CONCEDE" || !trig.verb || !words.authorizeVerbs.has(trig.verb.verb)) return false;
  const h = objectHead(tokens, trig.end, last);
  return h >= 0 && words.sales.has(tokens[h].lower);
}
