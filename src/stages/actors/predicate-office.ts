// The office a sentence's predicate puts its subject in, after the verbs the copula rule of find-actors reads ("X is|was|
// became the head of the Kenyan army"): serving in an office ("X served as leader of UKIP until he resigned", "X serves as
// Chile's trade minister") and being put in one ("X was named president of the Chilean Confederation of Workers", "X has
// been appointed Ghana's finance minister", "X was elected as speaker of the Kenyan parliament"; titles.json
// appointedWords). The phrase after the verb is then read as an appositive after the name is, so only an office of a
// state, a body the dictionary places or a state's own body gives a state: "X was named president of the Harvard alumni
// club", "X served as a consultant to the Kenyan government" (no office, as "X, a consultant to ...," gives none), "X was
// named in the indictment" or "X was elected to parliament" (no office after the verb) give none. Serving is read as a
// past office ("served"), being named as the office now held.
// The same predicates after a later mention of a person still stateless ("Paul Nuttall told the BBC. Nuttall served as
// leader of UKIP until ...", "Ann Cole spoke. Cole was the Kenyan ambassador."): the sentence that opens with the
// surname says the office as the full name's would (laterPredicateStates, after coreference has joined the surname).
// A pure function of the tokens after one name; constant work per name, linear in mentions per article.
import type { Doc, Token } from "../../model/types.js";
import type { ActorLayer } from "./actor-layer.js";

/** where the office phrase opens after the predicate, and whether the verb puts the office in the past */
export interface PredicateOffice {
  at: number;
  former: boolean;
}

/** adverbs of time between a name and "became" ("X later became the nation's third president") */
const BECOME_ADVERBS = new Set(["later", "then", "eventually", "soon", "subsequently"]);

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

/** most tokens of an appositive between the subject's name and its verb ("X, a member of the MDP, was named ...") */
const MAX_APPOSITIVE = 12;

/**
 * Where the subject's predicate opens after its name, at token `k` (the token after the name): there, or after an
 * appositive closed by a comma ("Nicanor Araya, a member of the MDP, was named ...", "X, 45, served as ..."), an
 * appositive of no verb and no list ("X, who met Y, was ..." and "X, Y and Z were ..." say nothing of X alone)
 */
export function predicateStart(tokens: Token[], k: number, sLast: number): number {
  if (tokens[k]?.text !== ",") return k;
  for (let q = k + 1; q < sLast && q <= k + MAX_APPOSITIVE; q++) {
    const t = tokens[q];
    if (t.text === ",") return q > k + 1 ? q + 1 : k;
    if (t.pos === "VERB" || t.pos === "AUX" || /^(and|or|;|["“”])$/.test(t.lower)) return k;
  }
  return k;
}

/**
 * The office phrase after a copula at token `k` (the token after the subject's name): "is|was" or "[later] became|becomes"
 * (not "was not", "is also"), or one of predicateOfficeAt's, or null.
 */
export function copulaOfficeAt(tokens: Token[], k: number, sLast: number, appointedWords: ReadonlySet<string>): PredicateOffice | null {
  const predicate = predicateOfficeAt(tokens, k, sLast, appointedWords);
  if (predicate) return predicate;
  const word = (x: number) => (x < sLast ? tokens[x].lower : "");
  const at = BECOME_ADVERBS.has(word(k)) && /^(became|becomes)$/.test(word(k + 1)) ? k + 1 : k;
  if (!/^(is|was)$/.test(word(k)) && !/^(became|becomes)$/.test(word(at))) return null;
  if (/^(not|also)$/.test(word(at + 1)) || at + 1 >= sLast) return null;
  return { at: at + 1, former: word(k) === "was" || word(at) === "became" };
}

/**
 * A stateless person's later mention that opens its sentence before a copula: the state `officeState` reads in the
 * office phrase (find-actors' appositive reading, from the phrase's first token to the sentence's end), as the copula
 * rule gives it to the name's first mention (actors/state:copula).
 */
export function laterPredicateStates(doc: Doc, layer: ActorLayer, sentenceOf: Int32Array, appointedWords: ReadonlySet<string>, officeState: (at: number, sLast: number) => string | null): void {
  const { actors, mentionAt } = layer;
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i || m.headline) continue;
    const a = actors[m.actor];
    if (a.kind !== "person" || a.country || a.code) continue;
    const s = doc.sentences[sentenceOf[i]];
    if (s.first !== i) continue;
    const office = copulaOfficeAt(doc.tokens, predicateStart(doc.tokens, m.tokenEnd, s.last), s.last, appointedWords);
    const state = office ? officeState(office.at, s.last) : null;
    if (!state) continue;
    a.country = a.code = state;
    a.stateRule = "actors/state:copula";
  }
}
