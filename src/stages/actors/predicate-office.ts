// The office a sentence's predicate puts its subject in, after the verbs the copula rule of find-actors reads ("X is|was|
// became the head of the Kenyan army"): serving in an office ("X served as leader of UKIP until he resigned", "X serves as
// Chile's trade minister") and being put in one ("X was named president of the Chilean Confederation of Workers", "X has
// been appointed Ghana's finance minister", "X was elected as speaker of the Kenyan parliament"; titles.json
// appointedWords). The phrase after the verb is then read as an appositive after the name is, so only an office of a
// state, a body the dictionary places or a state's own body gives a state: "X was named president of the Harvard alumni
// club", "X served as a consultant to the Kenyan government" (no office, as "X, a consultant to ...," gives none), "X was
// named in the indictment" or "X was elected to parliament" (no office after the verb) give none. Serving is read as a
// past office ("served"), being named as the office now held.
// A pure function of the tokens after one name; constant work per name.
import type { Token } from "../../model/types.js";

/** where the office phrase opens after the predicate, and whether the verb puts the office in the past */
export interface PredicateOffice {
  at: number;
  former: boolean;
}

/** adverbs of time between the verb's parts ("X has since served as", "X was later named") */
const TIME_ADVERBS = new Set(["later", "then", "since", "previously", "formerly", "once", "briefly", "recently", "subsequently", "eventually", "just"]);
const SERVE = /^(serves|served)$/;
/** the auxiliaries before a participle of appointment: "was named", "has been named", "had been appointed" */
const BE = /^(is|was|been)$/;
const PERFECT = /^(has|have|had)$/;

/**
 * The office phrase after "served as", "was named", "has been appointed [as]" at token `k` (the token after the subject's
 * name), before `sLast`, or null where the predicate is none of them (see the file comment).
 */
export function predicateOfficeAt(tokens: Token[], k: number, sLast: number, appointedWords: ReadonlySet<string>): PredicateOffice | null {
  let q = k;
  const word = (x: number) => (x < sLast ? tokens[x].lower : "");
  const adverb = () => {
    if (TIME_ADVERBS.has(word(q))) q++;
  };
  // "X has long served as", "X had been appointed"
  const perfect = PERFECT.test(word(q));
  if (perfect) q++;
  adverb();
  if (SERVE.test(word(q)) || (perfect && word(q) === "served")) {
    if (word(q + 1) !== "as") return null;
    return q + 2 < sLast ? { at: q + 2, former: word(q) === "served" && !perfect } : null;
  }
  if (!BE.test(word(q)) || (word(q) === "been") !== perfect) return null;
  q++;
  adverb();
  if (!appointedWords.has(word(q))) return null;
  q++;
  if (word(q) === "as") q++;
  return q < sLast ? { at: q, former: false } : null;
}
