// "The IAEA inspected the plant. The agency said ...", "Hamas fired rockets. The group said ...", "Full Fact,
// a charity, checked the figures. The non-partisan charity said ...": news names a body once and then calls
// it by its kind, a definite noun phrase whose head says what sort of body it is. That phrase speaks for the
// body named before it, the nearest one of a fitting sort (speech.json bodyAnaphors: an agency is an IGO's,
// an NGO's or a government's; a charity an NGO's; a group an armed, opposition or campaigning body's). A body
// the text itself calls by that noun in apposition ("Full Fact, a charity,") is taken whatever its sort. A new
// unnamed body of that kind introduced in between ("a group of senators") is whom the phrase goes on with,
// and two fitting bodies named in one sentence ("Hamas and Islamic Jihad fired rockets. The group said") leave
// it open, as does a nearer body of a sort the noun also names but that speaks for no one here (speech.json
// bodyAnaphorRivals: a news agency before "the agency added"): the noun speaks as itself, as before.
import type { Sentence, Token } from "../../model/types.js";
import { sentenceStartingAt } from "../../nlp/sentence-index.js";

/** The few facts of the actor stage this module reads. */
export interface BodyView {
  /** the actor whose mention ends right before token k + 1 (its last token is k), or null */
  mentionEndingAt(k: number): number | null;
  kind(actor: number): string;
  sector(actor: number): string | null;
}

export interface BodyAntecedent {
  /** the body's actor; null for a name the actor stage did not take ("Sea Watch, a charity,") */
  actor: number | null;
  /** the text gave the body this noun in apposition ("Full Fact, a charity") */
  apposed: boolean;
  /** the tokens of the apposed name, first..last (exclusive), where it has no actor */
  nameFirst?: number;
  nameLast?: number;
}

/** How far back (tokens) the body may have been named: a few paragraphs. */
const WINDOW = 600;
const INDEFINITE = new Set(["a", "an", "another"]);

/**
 * The determiner of a definite body phrase that ends with its head at `head` ("the agency", "the non-partisan
 * charity", "the rights group"), with only lower-case modifiers between; -1 where the phrase is no such one.
 */
export function definiteBodyStart(tokens: readonly Token[], named: (k: number) => boolean, anaphors: ReadonlyMap<string, ReadonlySet<string>>, head: number, from: number): number {
  const h = tokens[head];
  if (!h || !anaphors.has(h.lower) || !/^\p{Ll}/u.test(h.text) || named(head)) return -1;
  for (let k = head - 1; k >= Math.max(0, from - 1) && head - k <= 6; k--) {
    const t = tokens[k];
    if (t.lower === "the") return k;
    if (named(k) || t.norm === "'s" || !(/^\p{Ll}/u.test(t.text) || t.text === "-") || !/^(ADJ|NOUN|VERB|PUNCT|X)$/.test(t.pos)) return -1;
    if (t.pos === "PUNCT" && t.text !== "-") return -1;
  }
  return -1;
}

/**
 * The body a definite phrase of head noun `noun` that starts at token `det` stands for: the nearest body named
 * before it whose sector the noun fits, or that the text called by the noun in apposition; null where none, where
 * a new body of that kind came in between, or where its sentence names two fitting bodies.
 */
export function bodyAntecedent(tokens: readonly Token[], sentences: readonly Sentence[], view: BodyView, anaphors: ReadonlyMap<string, ReadonlySet<string>>, rivals: ReadonlyMap<string, ReadonlySet<string>>, noun: string, det: number): BodyAntecedent | null {
  const sectors = anaphors.get(noun);
  if (!sectors) return null;
  const rival = rivals.get(noun);
  const fits = (a: number) => {
    const kind = view.kind(a);
    return (kind === "igo" || kind === "organization") && sectors.has(view.sector(a) ?? "");
  };
  const stop = Math.max(0, det - WINDOW);
  for (let k = det - 1; k >= stop; k--) {
    const t = tokens[k];
    // "a charity", "a group of senators": a body of this kind the text brings in without its name, or names in
    // apposition ("Full Fact, a charity,")
    if (t.lower === noun) {
      let d = k - 1;
      while (d >= stop && k - d <= 4 && !INDEFINITE.has(tokens[d].lower) && /^\p{Ll}/u.test(tokens[d].text) && /^(ADJ|NOUN)$/.test(tokens[d].pos)) d--;
      if (d >= stop && INDEFINITE.has(tokens[d].lower)) {
        const a = tokens[d - 1]?.text === "," ? view.mentionEndingAt(d - 2) : null;
        const after = tokens[k + 1];
        const closes = !after || /^[,.;)]$/.test(after.text);
        if (a !== null && closes && view.kind(a) !== "country" && view.kind(a) !== "location") return { actor: a, apposed: true };
        // (a name of capitalised words no actor holds: "Sea Watch, a charity," speaks under that name)
        if (a === null && closes && tokens[d - 1]?.text === ",") {
          let f = d - 1;
          while (f - 1 >= stop && d - 1 - f < 5 && /^\p{Lu}/u.test(tokens[f - 1].text) && /^(PROPN|NOUN|VERB)$/.test(tokens[f - 1].pos) && view.mentionEndingAt(f - 1) === null) f--;
          // (the name is the subject the apposition follows: it opens its sentence, and the tagger reads its
          // first word as a name; "On Monday, a charity ..." is a time phrase)
          const opens = sentences.length > 0 && f < tokens.length && sentences[sentenceStartingAt(sentences, tokens[f].start)].first === f && tokens[f].pos === "PROPN";
          if (f < d - 1 && opens) return { actor: null, apposed: true, nameFirst: f, nameLast: d - 1 };
        }
        return null;
      }
    }
    const a = view.mentionEndingAt(k);
    // ("Agence France Presse reports ... the agency added": a news agency named nearer may be the one meant)
    if (a !== null && rival && (view.kind(a) === "igo" || view.kind(a) === "organization") && rival.has(view.sector(a) ?? "")) return null;
    if (a === null || !fits(a)) continue;
    // (two fitting bodies in the sentence that names it: which one is open)
    const sFirst = sentences.length > 0 ? sentences[sentenceStartingAt(sentences, tokens[k].start)].first : 0;
    for (let j = k - 1; j >= sFirst; j--) {
      const b = view.mentionEndingAt(j);
      if (b !== null && b !== a && fits(b)) return null;
    }
    return { actor: a, apposed: false };
  }
  return null;
}

