// Quote stage: direct quotes (either order, split by their cue, over several paragraphs), partial
// quotes inside reported speech, indirect speech ("X said (that) ...", "according to X, ..."),
// each with its cue verb, its speaker resolved to an actor, and the relay ("via") that carries it.
import type { Actor, Doc, Quote, QuoteKind, Sentence, Span, Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";
import { byLower, type PhraseIndex } from "../../lexicon/phrase-index.js";
import type { ActorLayer, PlacedMention } from "../actors/actor-layer.js";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.js";
import { linkedHeadline } from "../linked-headline.js";
import { describedSubject } from "./described-subject.js";
import { issuingVerbBefore } from "./issued-document.js";
import { beforeInterjection } from "./interjected-subject.js";
import { creditedPerson } from "./credit-line.js";
import { describedSpeakerAt, speakerClauseEnd, type DescribedSpeakerView } from "./described-speaker.js";
import { onlyWomanBefore, type WomanReporter } from "./only-woman-before.js";
import { postModifiedHead } from "./post-modified-head.js";
import { ofHeadedSubject } from "./of-head.js";
import { bodyAntecedent, definiteBodyStart, type BodyView } from "./body-anaphor.js";
import { sentenceHolding, sentenceStartingAt } from "../../nlp/sentence-index.js";
import { appositiveOffices, officeHolder, officeOfPhrase, type Office, type OfficeView } from "./appositive-office.js";
import { bodyPhraseToken } from "./body-phrase.js";
import { namedBodyAt, type NamedBodyView } from "./named-body.js";
import { homePlaceEnd } from "./home-place.js";
import { documentAfterCueEnd } from "./document-after-cue.js";
import { possessedNameAfterCue } from "./possessed-name-after-cue.js";
import { workerAfterCue, workerBeforeWorkplace, workerEndingAt, workplaceThenCue, type WorkplaceView, type Worker } from "./workplace-speaker.js";

export interface QuoteStageContext {
  lexicon: Lexicon;
  /** the words that open a linked story's headline ("READ:", "READ MORE:"; event-senses.json linkPrefixes) */
  linkPrefixes?: PhraseIndex<true>;
}

// made as literals with all five fields in this order: a spread ({ ...ante, first, last, rule }) gave speakers a second
// hidden class, and each function that met both was deoptimised and recompiled
interface Speaker {
  actor: number | null;
  name: string;
  first: number;
  last: number;
  rule: string;
}

interface Cue {
  /** token index of the cue verb */
  at: number;
  /** first token after the cue (multi-word cues: "pointed out") */
  end: number;
  lemma: string;
  text: string;
}

// (a day or a stretch of the calendar, "Monday", "yesterday", "week", and a month name: count-and-time-words.json timePhrases)
const dayWord = (env: Env, lower: string): boolean => env.lexicon.timePhrases.days.has(lower) || env.lexicon.timePhrases.calendarUnits.has(lower);
const monthWord = (env: Env, lower: string): boolean => env.lexicon.timePhrases.months.has(lower);
const WH_WORDS = /^(why|how|when|where|whether|what|who|which|if)$/;
const SPEAKER_KINDS = new Set(["person", "country", "organization", "igo", "group"]);
const ADVERB_POS = new Set(["ADV"]);
const QUOTE_MARKS = new Set(['"', "“", "”", "‘", "’", "«", "»", "„"]);

export function findQuotes(doc: Doc, actors: ActorLayer, ctx: QuoteStageContext): Quote[] {
  const { lexicon } = ctx;
  const tokens = doc.tokens;
  const spans = findQuoteSpans(doc);
  const quotes: Quote[] = [];
  const sentenceAt = sentenceIndexer(doc);
  const tokenAt = tokenIndexer(tokens);
  const quoteTokens = new Uint8Array(tokens.length); // tokens inside quotation marks
  for (const q of spans) for (let t = tokenAt(q.open); t < tokens.length && tokens[t].start < q.close; t++) quoteTokens[t] = 1;

  const env: Env = { doc, actors, lexicon, tokens, quoteTokens, lastSpeaker: null, pronounQuoteSpeakers: new Map(), resolving: false, pronounVia: null };

  // 1. quotes in quotation marks
  let prevSpan: { q: QuoteSpan; speaker: Speaker | null; paragraph: number; sentence: number } | null = null;
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi];
    // ("READ: Zelensky says “we will not give up land”": a linked story's headline, not this article's speech)
    if (!!ctx.linkPrefixes && linkedHeadline(tokens, doc.sentences[sentenceAt(q.open)], ctx.linkPrefixes)) continue;
    const openTok = tokenAt(q.open);
    const closeTok = tokenAt(q.close - 1);
    const si = sentenceAt(q.open);
    const s = doc.sentences[si];
    let sEnd = doc.sentences[sentenceAt(Math.max(q.close - 1, q.open))];
    let kind: QuoteKind = "direct";
    let speaker: Speaker | null = null;
    let cue: Cue | null = null;
    let rule = "quotes/direct";
    let scope: Sentence = sEnd;

    // "Q," X said / "Q," said X
    let after: { speaker: Speaker; cue: Cue } | null = attributionAfter(env, closeTok + 1, sEnd);
    // '"Is it possible?" Mr. Kerry said.', '"Enough!" the embassy warned.': the quote's own question
    // or exclamation mark ended the sentence, and its attribution is the next one
    const tail = after ? null : attributionAfterMark(env, q, closeTok, sEnd, sentenceAt);
    if (tail) {
      sEnd = tail.sentence;
      const prior = prevSpan as { speaker: Speaker | null; paragraph: number } | null;
      after = { speaker: titleGoesOn(env, tail.after.speaker, prior && s.paragraph - prior.paragraph <= 1 ? prior.speaker : null), cue: tail.after.cue };
    }
    // X said: "Q" / X said, "Q"
    const before = after ? null : attributionBefore(env, openTok, s);
    // 'Lavrov said that "...," the ministry said.': the quote's own speaker opens the sentence, and
    // the attribution after it relays the words
    const opener = after && !tail ? relayedQuote(env, openTok, s, sEnd, after) : null;
    let relayedBy: string | null = null;
    let relayActor: Speaker | null = null;
    if (opener) {
      ({ speaker, cue } = opener);
      relayedBy = relayName(env, after!.speaker);
      relayActor = after!.speaker;
      rule = opener.embedded ? "quotes/partial:relayed-report" : "quotes/direct:relayed-report";
      if (opener.embedded) kind = "partial";
    } else if (after) {
      ({ speaker, cue } = after);
      rule = "quotes/direct:quote-cue-speaker";
    } else if (before) {
      ({ speaker, cue } = before);
      rule = before.embedded ? "quotes/partial:reported-speech" : "quotes/direct:speaker-cue-quote";
      if (before.embedded) kind = "partial";
      scope = s;
      // 'Qatar demanded that Iran "cease ..." and "refrain ...", he added': an attribution that closes the
      // sentence after its last quote reports the whole sentence, the quote inside it too
      const trailing = before.embedded ? trailingAttribution(env, spans, qi, si, sentenceAt, tokenAt) : null;
      if (trailing) {
        ({ speaker, cue } = trailing);
        rule = "quotes/partial:trailing-cue";
      }
    }
    // a quote inside a sentence that is not its cue's object: a partial quote
    // (a quoted paragraph run into the text before it opens its own stretch of words: find-quote-spans.ts)
    const startsSentence = openTok === s.first || !!q.runIn || (openTok > s.first && !/[\p{L}\p{N}]/u.test(doc.text.slice(s.start, q.open)));
    const wordCount = countWords(doc.text.slice(q.innerStart, q.innerEnd));
    if (!after && !before) {
      if (startsSentence && wordCount >= 4) {
        // an unattributed quote paragraph continues the last speaker's words
        // (not where '"...," it said' follows, whose "it" found no institution: no person says it)
        let it = closeTok + 1;
        while (it < sEnd.last && tokens[it].kind === "punct" && it - closeTok < 3) it++;
        const itSaid = tokens[it]?.lower === "it" && !!cueAt(env, it + 1, sEnd.last);
        // (a quote that is its whole sentence and no title or slogan: "Make America Great Again" was painted)
        let rest = closeTok + 1;
        while (rest < sEnd.last && tokens[rest].kind === "punct") rest++;
        const wholeQuote = rest >= sEnd.last && !isTitleCase(doc.text.slice(q.innerStart, q.innerEnd));
        const reporter = si > 0 && !itSaid ? reportBefore(env, si, wholeQuote) : null;
        // ('"...," he said' after a spokeswoman's quote: not hers)
        const saidBy = PRONOUN_GENDER[tokens[it]?.lower ?? ""] && cueAt(env, it + 1, sEnd.last) ? PRONOUN_GENDER[tokens[it].lower] : undefined;
        const otherGender = !!saidBy && !!prevSpan?.speaker && speakerConflicts(env, prevSpan.speaker, saidBy);
        // 'Mr. Wilders said:' closing the paragraph before: the quote it introduces is his
        const lead = si > 0 && !saidBy && openTok === s.first ? (colonLead(env, openTok, doc.sentences[si - 1], s) ?? documentColonLead(env, openTok, doc.sentences[si - 1], s)) : null;
        // ('Councillor Reid echoed those sentiments. "..."': a stance given without words leads the quote after it)
        const stance = !lead && !saidBy && si > 0 && openTok === s.first ? stanceBefore(env, si) : null;
        // ('"...a shameful day." / — Sen. Ana Ruiz, D-Ore.': a credit line of its own after the quote paragraph)
        const credit = !saidBy && !lead && rest >= sEnd.last ? creditedPerson(tokens, actors, doc.sentences[sentenceAt(q.close - 1) + 1], sEnd.paragraph) : null;
        if (credit) {
          speaker = { actor: credit.actor, name: actors.actors[credit.actor].name, first: credit.first, last: credit.last, rule: "speaker:credit-line" };
          rule = "quotes/direct:credit-line";
        } else if (lead) {
          ({ speaker, cue } = lead);
          rule = "quotes/direct:colon-lead";
        } else if (stance) {
          speaker = stance;
          rule = "quotes/direct:stance-lead";
        } else if (prevSpan && prevSpan.speaker && !otherGender && doc.sentences[prevSpan.sentence] && s.paragraph - prevSpan.paragraph <= 1 && !(si - prevSpan.sentence > 1 && unownedDocument(env, prevSpan.speaker))) {
          // (a document no one is named for, '"...," one post read', goes on only in the very next
          // sentence: further on, in a text that lost its paragraph breaks, others speak)
          speaker = prevSpan.speaker;
          rule = "quotes/direct:continued";
        } else if (reporter && (!prevSpan || prevSpan.sentence < si - 1)) {
          // 'Liz Truss said it was vital to keep up the pressure. "It is very important ..."': a
          // quote paragraph right after a sentence that reports a person's words goes on with them
          speaker = reporter;
          rule = "quotes/direct:continued-report";
        } else rule = "quotes/direct:unattributed";
      } else {
        kind = "partial";
        const sp = sentenceSpeaker(env, s, openTok);
        if (sp) {
          speaker = sp.speaker;
          cue = sp.cue;
        }
        rule = "quotes/partial:in-sentence";
        // a few quoted words with no one to say them are not a quote of anyone's
        if (!speaker) {
          prevSpan = { q, speaker, paragraph: s.paragraph, sentence: si };
          continue;
        }
      }
    } else if (!startsSentence && after && !before) {
      // text before the quote in the same sentence: `He said the US will "do everything", he added.`
      const lead = doc.text.slice(s.start, q.open);
      if (/[\p{L}]/u.test(lead) && !/[:,]\s*$/.test(lead)) kind = "partial";
    }
    if (q.single && kind === "direct" && wordCount < 4) kind = "partial";
    if (kind === "partial" && (wordCount < 3 || isTitleCase(doc.text.slice(q.innerStart, q.innerEnd)))) {
      // one or two words in quotation marks are a term or a name ("service fees", "Persian Gulf
      // Strait Authority") as often as someone's words: not reported as quotes
      prevSpan = { q, speaker, paragraph: s.paragraph, sentence: si };
      continue;
    }
    const text = trimQuote(doc.text.slice(q.innerStart, q.innerEnd));
    const innerStart = q.innerStart + (doc.text.slice(q.innerStart, q.innerEnd).length - doc.text.slice(q.innerStart, q.innerEnd).trimStart().length);
    const via = relayedBy ?? (speaker ? findVia(env, scope, speaker) : null);
    quotes.push(withRelayer(env, makeQuote(env, { kind, text, start: innerStart, end: innerStart + text.length, speaker, cue, via, sentence: { start: s.start, end: sEnd.end }, rule }), relayActor));
    if (speaker) env.lastSpeaker = { speaker, sentence: si };
    if (speaker && speaker.rule.startsWith("speaker:pronoun") && !env.pronounQuoteSpeakers.has(si)) env.pronounQuoteSpeakers.set(si, speaker);
    prevSpan = { q, speaker, paragraph: s.paragraph, sentence: si };
  }

  // 2. reported speech without quotation marks
  for (const s of doc.sentences) {
    if (s.headline || s.end <= doc.bodyStart || (!!ctx.linkPrefixes && linkedHeadline(tokens, s, ctx.linkPrefixes))) continue;
    quotes.push(...indirectSpeech(env, s));
  }
  quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

interface Env {
  doc: Doc;
  actors: ActorLayer;
  lexicon: Lexicon;
  tokens: Token[];
  quoteTokens: Uint8Array;
  lastSpeaker: { speaker: Speaker; sentence: number } | null;
  /** the speaker a he/she after a direct quote was resolved to, by the quote's sentence ('"...," he said') */
  pronounQuoteSpeakers: Map<number, Speaker>;
  /** set while a pronoun's antecedent is sought among earlier reports: their own pronouns are not
   * resolved again (that would chain back over the whole article) */
  resolving: boolean;
  /** the offices given in apposition after persons' names (appositive-office.ts); computed on the first office phrase */
  offices?: Array<{ actor: number; token: number; office: Office }>;
  /** the article as workplace-speaker.ts and appositive-office.ts read it, built once on first use */
  workplace?: WorkplaceView;
  officeView?: OfficeView;
  /** per person actor: the gender its given name or a title before it gives, null where none or
   * both; computed on the first he/she */
  genders?: Map<number, "f" | "m" | null>;
  /** how the last pronoun resolved went past the nearest candidate: "past-hearer" over a sentence
   * told to its hearer (toldHearer), "past-quoted" over a person its quote names; null otherwise */
  pronounVia: string | null;
  /** set while a document's author is being looked up (one level: no lookups inside a lookup) */
  authoring?: boolean;
}

/** "Persian Gulf Strait Authority": a name in quotation marks, not someone's words. */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(of|the|and|for|on|in|de|al)$/.test(w));
}

function countWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

function trimQuote(s: string): string {
  return s.trim().replace(/[,;:\s]+$/, "");
}

function cueAt(env: Env, i: number, end: number): Cue | null {
  const t = env.tokens[i];
  if (!t || i >= end) return null;
  const ph = env.lexicon.speechPhrases.matchAt(env.tokens, i, byLower, end);
  if (ph) return { at: i, end: i + ph.length, lemma: ph.values[0], text: env.doc.text.slice(t.start, env.tokens[i + ph.length - 1].end) };
  const lemma = env.lexicon.speechVerbs.get(t.lower);
  if (!lemma) return null;
  if (nonSpeechObject(env, lemma, i + 1, end)) return null;
  // "the United States", "Reporters Without Borders": a word of a name the actor stage found is
  // part of that name, never its verb
  const inside = env.actors.mentionAt[i];
  if (inside && inside.token < i) return null;
  if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") {
    // "a report", "the statement": nouns, unless a speaker stands right before ("Bloomberg reported")
    // or it is a participle after a comma or "each" ("..., each saying a tanker had been hit")
    const prev = env.tokens[i - 1];
    const participle = t.lower.endsWith("ing") && !!prev && /^(,|each|both|and|by|before|after|while|without)$/.test(prev.lower);
    // ("Another said prices would rise": the tagger reads "said" after a bare "another" as an adjective; that
    // "another" opens its clause and is its subject, a second one of the kind named before)
    const before = env.tokens[i - 2];
    const another = !!prev && prev.lower === "another" && (!before || before.kind === "punct" || /^(but|and|yet)$/.test(before.lower));
    if (!prev || !(participle || another || env.actors.mentionAt[i - 1] || env.lexicon.pronouns.has(prev.lower))) return null;
  }
  return { at: i, end: i + 1, lemma, text: t.text };
}

const QUANTITY_WORDS = /^(at|least|most|more|less|fewer|than|over|nearly|almost|about|some|of|many|several)$/;

/**
 * "the war has claimed the lives of 14,000 people", "claimed responsibility for the attack": after
 * a cue lemma, an object whose head (past determiners, numbers and quantity words) makes the verb
 * no report of words (speech.json nonSpeechObjects).
 */
function nonSpeechObject(env: Env, lemma: string, k: number, end: number): boolean {
  const heads = env.lexicon.nonSpeechObjects.get(lemma);
  if (!heads) return false;
  const { tokens } = env;
  for (let q = k; q < end && q - k <= 5; q++) {
    const t = tokens[q];
    if (heads.has(t.lower)) return true;
    if (!(t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || QUANTITY_WORDS.test(t.lower) || env.lexicon.countNouns.has(t.lower))) return false;
  }
  return false;
}

/**
 * '"...," the diplomats note.', '"...," the analysts stress.': a present-tense speech verb that the
 * tagger took for a plural noun's neighbour noun ("note", "stress"), right after a noun and closing
 * the clause (nothing after it but an adverbial: "in a statement", "on Monday"), is the cue. Not a
 * participle, not "tell" (a hearer follows it), not where the word runs on into a noun phrase ("the
 * diplomats note verbale", "the ministry statement said").
 */
function closingSpeechVerb(env: Env, i: number, end: number): Cue | null {
  const t = env.tokens[i];
  const prev = env.tokens[i - 1];
  if (!t || i >= end || !prev || !/^(NOUN|PROPN)$/.test(prev.pos) || env.quoteTokens[i]) return null;
  // ('"...," the statement read': "read" speaks only for a document noun right before it)
  const lemma = env.lexicon.speechVerbs.get(t.lower) ?? (env.lexicon.documentCues.has(t.lower) && isDocumentNoun(env, i - 1) ? t.lower : undefined);
  if (!lemma || lemma === "tell" || t.lower.endsWith("ing") || env.lexicon.speechNouns.matchAt(env.tokens, i, byLower, i + 1)) return null;
  if (!endsSentence(env.tokens, i + 1, end) || (i + 1 < end && /^(NOUN|PROPN|ADJ)$/.test(env.tokens[i + 1].pos))) return null;
  return { at: i, end: i + 1, lemma, text: t.text };
}

const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);
const SUBJECT_LINKS = new Set([",", "and", "by", "but", "before", "after", "while"]);

/**
 * The speaker of a cue at token c: the phrase right before it (over auxiliaries and adverbs: "had
 * repeatedly said"), else, for a cue that continues a clause ("..., saying:", "and said", "by
 * tweeting"), the sentence's subject, else a plain noun phrase ("The Nordic countries said").
 */
function speakerBeforeCue(env: Env, c: number, s: Sentence): Speaker | null {
  const found = subjectBeforeCue(env, c, s);
  if (!found) return null;
  // ("A US official familiar with the decision said": the object is what the official knows of;
  // "China's mission to the EU said": the host after "to" is no speaker)
  const sp = subjectHead(env, found, s.first);
  // ("Premier Ruiz issued a statement saying ...": the subject of the verb of issuing speaks; issued-document.ts)
  const issuer = issuerOf(env, sp, c, s);
  if (issuer) return issuer;
  const own = possessorFree(env, sp);
  // ("The ministry said in a statement that ... The statement added that ...": the document a
  // sentence before introduced speaks for whoever issued it, as after a quote)
  return authoredBy(env, own);
}

/** The subject of the verb that issued document `sp`, where cue `c` is a participle right after it; null otherwise (issued-document.ts). */
function issuerOf(env: Env, sp: Speaker, c: number, s: Sentence): Speaker | null {
  const { tokens } = env;
  if (sp.actor !== null || sp.last > c || c - sp.last > 2 || !/ing$/.test(tokens[c].lower) || !isDocumentNoun(env, sp.last - 1)) return null;
  for (let k = sp.last; k < c; k++) if (tokens[k].text === "," || /^(VERB|AUX)$/.test(tokens[k].pos)) return null;
  const v = issuingVerbBefore(tokens, sp.last - 1, s.first, env.lexicon.issuingVerbs);
  return v > s.first ? speakerBeforeCue(env, v, s) : null;
}

/**
 * "Jane Smith and 10 colleagues said", "Mr Smith and two others wrote": a group of companions
 * (speech.json companionHeads) joined by "and" to a person named right before is led by that
 * person, who speaks. Null where no person's name ends right before "and".
 */
function companionLead(env: Env, sp: Speaker, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  if (sp.actor !== null || sp.last <= sp.first || !env.lexicon.companionHeads.has(tokens[sp.last - 1].lower)) return null;
  let a = sp.first - 1;
  if (/^(the|his|her|their)$/.test(tokens[a]?.lower ?? "")) a--;
  if (a - 1 < sFirst || tokens[a].lower !== "and") return null;
  const m = actors.mentionAt[a - 1];
  if (!m || m.tokenEnd !== a || actors.actors[m.actor].kind !== "person") return null;
  return { actor: m.actor, name: actors.actors[m.actor].name, first: m.token, last: sp.last, rule: "speaker:companion-lead" };
}

/**
 * "China's mission to the EU said", "Ukraine's ambassador to the U.S. said", "the Russian envoy to
 * the UN said": a speaker found right after "to" that follows the head of a post one state keeps at
 * another (speech.json hostedHeads) is the post's host; the post speaks, for the state that owns it
 * ("X's" or a demonym before the head), or for no actor we know. Null otherwise.
 */
function hostedBodyBefore(env: Env, sp: Speaker, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  let t = sp.first - 1;
  if (tokens[t]?.lower === "the") t--;
  if (t - 1 <= sFirst || tokens[t].lower !== "to" || !env.lexicon.hostedHeads.has(tokens[t - 1].lower)) return null;
  return hostedPost(env, t - 1, sFirst, sp.last);
}

/**
 * After a quote, a post one state keeps at another within its first few words ("China's mission",
 * "the Russian ambassador"), "to", the host ("the EU") and the cue: the post speaks (hostedPost).
 */
function hostedAfter(env: Env, i: number, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens, actors } = env;
  for (let h = i + 1; h < last - 2 && h - i <= 5; h++) {
    if (env.quoteTokens[h] || tokens[h].kind === "punct") return null;
    if (!env.lexicon.hostedHeads.has(tokens[h].lower) || tokens[h + 1].lower !== "to") continue;
    let k = h + 2;
    if (tokens[k]?.lower === "the") k++;
    const m = actors.mentionAt[k];
    if (!m || m.token !== k || actors.actors[m.actor].kind === "person") return null;
    const cue = cueAt(env, m.tokenEnd, last);
    if (!cue || cue.text.toLowerCase().endsWith("ing")) return null;
    const sp = hostedPost(env, h, i, m.tokenEnd);
    return sp.first === i || (sp.first === i + 1 && tokens[i].lower === "the") ? { speaker: sp, cue } : null;
  }
  return null;
}

/** The post whose head is token h ("mission", "ambassador"), with its owner before it ("China's",
 * "the Russian", "Beijing's top"), as a speaker that runs to token `last`. */
function hostedPost(env: Env, h: number, sFirst: number, last: number): Speaker {
  const { tokens, actors } = env;
  let f = h;
  let actor: number | null = null;
  while (f - 1 >= sFirst && h - f < 4 && !env.quoteTokens[f - 1]) {
    const w = tokens[f - 1];
    const m = actors.mentionAt[f - 1];
    if (w.norm === "'s" || w.text === "'s" || w.text === "’s") {
      const owner = actors.mentionAt[f - 2];
      if (owner && owner.tokenEnd === f - 1) {
        const a = actors.actors[owner.actor];
        actor = a.kind === "person" ? null : owner.actor;
        f = owner.token;
      }
      break;
    }
    if (m && m.tokenEnd === f) {
      if (actors.actors[m.actor].kind === "person") break;
      actor = m.actor;
      f = m.token;
      continue;
    }
    if (!/^(ADJ|NOUN)$/.test(w.pos) || !/^\p{Ll}/u.test(w.text)) break;
    f--;
  }
  const name = stripArticle(env.doc.text.slice(tokens[f].start, tokens[last - 1].end));
  return { actor, name, first: f, last, rule: "speaker:hosted-post" };
}

const TOPIC_PREPOSITIONS = /^(of|with|to|about|on|for|over|against|behind)$/;

/** The head a cue's subject phrase speaks by: a named person with companions, a post for its own
 * state, or a noun before its topic phrase ("Jane Smith and 10 colleagues", "China's mission to the
 * EU", "officials familiar with the talks"); else the phrase as found. */
function subjectHead(env: Env, sp: Speaker, sFirst: number): Speaker {
  return companionLead(env, sp, sFirst) ?? hostedBodyBefore(env, sp, sFirst) ?? workerAt(env, sp, sFirst) ?? topicHeadBefore(env, sp, sFirst) ?? sp;
}

/** The article as the workplace and office readers see it (workplace-speaker.ts, appositive-office.ts):
 *  its tokens, the words inside quotes and the actors' mentions, with the head words that reader seeks. */
function articleView<H>(env: Env, heads: H): Omit<WorkplaceView, "heads"> & Omit<OfficeView, "heads"> & { heads: H } {
  const { actors } = env;
  const actorOf = (k: number, kind: string) => {
    const m = actors.mentionAt[k];
    return m && actors.actors[m.actor]?.kind === kind ? m.actor : null;
  };
  return {
    tokens: env.tokens,
    quoted: env.quoteTokens,
    heads,
    mentionAt: (k) => actors.mentionAt[k],
    isPerson: (a) => actors.actors[a]?.kind === "person",
    countryAt: (k) => actorOf(k, "country"),
    personAt: (k) => actorOf(k, "person") !== null,
  };
}

function workerSpeaker(env: Env, w: Worker, last: number): Speaker {
  const name = env.doc.text.slice(env.tokens[w.nameFirst].start, env.tokens[w.headEnd - 1].end);
  return { actor: w.country, name, first: w.first, last, rule: "speaker:noun-phrase" };
}

/** "A dealer at one bank said", "an analyst at a Tokyo brokerage said": the subject found (sp) is the
 * workplace of an unnamed worker before "at"/"with", and the worker speaks (workplace-speaker.ts). */
function workerAt(env: Env, sp: Speaker, sFirst: number): Speaker | null {
  if (env.lexicon.workplaceHeads.size === 0) return null;
  const { actors } = env;
  const a = sp.actor !== null ? actors.actors[sp.actor] : undefined;
  if (a?.kind === "person") return null;
  const w = workerBeforeWorkplace((env.workplace ??= articleView(env, env.lexicon.workplaceHeads)), sp.first, a?.kind === "country" ? sp.actor : null, sFirst);
  return w ? workerSpeaker(env, w, w.headEnd) : null;
}

/**
 * "A US official familiar with the decision said", "Critics of the government say", "a source
 * close to the talks said": the phrase sp that a preposition opens after a speaker noun is what
 * that noun's people speak about or know of, not who speaks. The noun is a critic's kind
 * (speech.json speakerHeads: "critics", "supporters", "experts"), or any speaker noun followed by
 * a post-modifier ("familiar with", "briefed on"). The noun's own phrase speaks, with the state of
 * its own modifiers ("US official"), never the object's. Null where no such noun stands before sp.
 */
function topicHeadBefore(env: Env, sp: Speaker, sFirst: number): Speaker | null {
  const { tokens, actors, lexicon } = env;
  let p = sp.first - 1;
  if (p > sFirst && /^(the|a|an)$/.test(tokens[p].lower)) p--;
  if (p - 1 < sFirst || env.quoteTokens[p]) return null;
  // ("One man from the town of Svyalava said", "the mayor of the town of X said": a place after a place noun and
  // "of" says where the one before the preposition is from; that one speaks)
  if (tokens[p].lower === "of" && lexicon.placeNouns.has(tokens[p - 1].lower)) {
    let q = p - 2;
    if (q > sFirst && /^(the|a|an)$/.test(tokens[q].lower)) q--;
    const h = q - 1;
    // ("Taras Bondar from the town of X said": the person named before it)
    const named = h >= sFirst && /^(from|in|at|near|of)$/.test(tokens[q].lower) ? actors.mentionAt[h] : undefined;
    if (named && named.tokenEnd === q && actors.actors[named.actor].kind === "person" && !afterPreposition(env, named.token, sFirst))
      return { actor: named.actor, name: actors.actors[named.actor].name, first: named.token, last: sp.last, rule: "speaker:person" };
    if (h >= sFirst && /^(from|in|at|near|of)$/.test(tokens[q].lower) && tokens[h].pos === "NOUN" && /^\p{Ll}/u.test(tokens[h].text) && !actors.mentionAt[h] && !env.quoteTokens[h]) {
      let first = h;
      while (first - 1 >= sFirst && h - first < 6 && (/^(ADJ|NOUN|NUM)$/.test(tokens[first - 1].pos) || tokens[first - 1].text === "-") && !env.quoteTokens[first - 1]) first--;
      const det = first - 1 >= sFirst && /^(the|a|an|one|another)$/.test(tokens[first - 1].lower) ? first - 1 : first;
      // (the phrase ends at its head, so that a later "he said" can take it up: singularRole)
      return { actor: null, name: env.doc.text.slice(tokens[det].start, tokens[h].end), first: det, last: h + 1, rule: "speaker:noun-phrase" };
    }
  }
  // ("Lena Marsh of the foreign ministry said": the person named before "of" speaks, for the body)
  const pm = actors.mentionAt[p - 1];
  if (pm && pm.tokenEnd === p && /^(of|from|at)$/.test(tokens[p].lower) && actors.actors[pm.actor].kind === "person" && !afterPreposition(env, pm.token, sFirst))
    return { actor: pm.actor, name: actors.actors[pm.actor].name, first: pm.token, last: sp.last, rule: "speaker:person" };
  if (!TOPIC_PREPOSITIONS.test(tokens[p].lower)) return null;
  let h = p - 1;
  const post = lexicon.speakerPostModifiers.has(tokens[h].lower);
  if (post) h--;
  if (h < sFirst || env.quoteTokens[h] || (tokens[h].pos !== "NOUN" && tokens[h].pos !== "PROPN")) return null;
  const w = tokens[h].lower;
  const hm = actors.mentionAt[h];
  if (hm && actors.actors[hm.actor].kind === "person") return null;
  const r = actors.roleNPs.find((x) => x.last === h + 1);
  // (after a post-modifier any common noun: "a person briefed on the plan", "groups opposed to it")
  const noun = lexicon.speakerHeads.has(w) || (post && (!!r || /^\p{Ll}/u.test(tokens[h].text)));
  if (!noun) return null;
  if (r && !lexicon.speakerHeads.has(w)) {
    const rs = roleSpeaker(env, r);
    const actor = rs.actor !== null && actors.actors[rs.actor]?.kind === "person" ? null : rs.actor;
    return { actor, name: stripArticle(env.doc.text.slice(tokens[r.first].start, tokens[sp.last - 1].end)), first: r.first, last: sp.last, rule: "speaker:noun-phrase" };
  }
  let first = h;
  while (first - 1 >= sFirst && h - first < 3 && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[first - 1].pos) && !env.quoteTokens[first - 1]) first--;
  // ("Russian critics of the plan": a state in their own words; never what they speak of)
  let actor: number | null = null;
  for (let q = first; q <= h && actor === null; q++) {
    const m = actors.mentionAt[q];
    if (m && actors.actors[m.actor].kind !== "person" && m.tokenEnd <= h + 1) actor = m.actor;
  }
  const det = first - 1 >= sFirst && /^(the|a|an|some|many|several|most|other|one|two|three)$/.test(tokens[first - 1].lower) ? first - 1 : first;
  return { actor, name: env.doc.text.slice(tokens[first].start, tokens[sp.last - 1].end), first: det, last: sp.last, rule: "speaker:noun-phrase" };
}

/** documentAuthor, one level deep (the author's own sentence is not searched for documents again). */
function authoredBy(env: Env, sp: Speaker): Speaker {
  if (env.authoring) return sp;
  env.authoring = true;
  const authored = documentAuthor(env, sp);
  env.authoring = false;
  return authored;
}

/**
 * "Tony Blair's official spokesman said", "the president's lawyer said": a person named as the
 * possessor of the speaker phrase is whose the speaker is, never who speaks. Where the speaker's
 * actor is that possessor, the phrase speaks for the possessor's state (or for no actor we know);
 * the speaker as it was otherwise ("Tony Blair said", "Blair, the prime minister, said").
 */
function possessorFree(env: Env, sp: Speaker): Speaker {
  const { actors, tokens } = env;
  if (sp.actor === null || actors.actors[sp.actor]?.kind !== "person") return sp;
  // ("Putin's message to Biden said": a document speaks for its author, the possessor)
  for (let k = sp.first; k < sp.last; k++) if (isDocumentNoun(env, k)) return sp;
  for (let k = sp.first; k < sp.last; k++) {
    const m = actors.mentionAt[k];
    if (!m || m.token !== k || m.actor !== sp.actor) continue;
    const e = m.tokenEnd;
    const possessive = e < sp.last - 1 && (tokens[e].norm === "'s" || tokens[e].text === "'s" || tokens[e].text === "’s");
    if (!possessive) return sp;
    const state = actors.actors[sp.actor].country ?? null;
    const idx = state ? actors.actors.findIndex((a) => a.kind === "country" && (a.id === state || a.code === state)) : -1;
    return { ...sp, actor: idx >= 0 ? idx : null, rule: "speaker:possessed-role" };
  }
  return sp;
}

function subjectBeforeCue(env: Env, c: number, s: Sentence): Speaker | null {
  const { tokens } = env;
  const quoted = quotedObject(env, c, s);
  if (quoted) return quoted;
  let j = c - 1;
  while (j >= s.first && SKIP_BEFORE_CUE.has(tokens[j].pos) && !env.lexicon.pronouns.has(tokens[j].lower)) {
    // "It is emphasized that ...", "was reported": a passive has no speaker
    if (/^(is|are|was|were|be|been|being)$/.test(tokens[j].lower)) return null;
    j--;
  }
  // "US Central Command (Centcom) said": over a parenthesis
  if (tokens[j]?.text === ")") {
    let o = j - 1;
    while (o > s.first && tokens[o].text !== "(" && j - o < 8) o--;
    if (tokens[o]?.text === "(") j = o - 1;
  }
  // "The ministry in a statement said", "Lavrov at a news conference said": a prepositional phrase
  // whose object is a speech noun is how the speaker spoke; the speaker stands before it
  j = beforeSpeechAdverbial(env, j, s.first);
  // "The party, however, said", "Rep. Jane Moss, D-N.Y., said", "the ministry itself issued": the subject
  // stands before the interjection (interjected-subject.ts; a participle keeps its comma: "..., however, saying")
  if (!tokens[c].lower.endsWith("ing") && j >= s.first) j = beforeInterjection(tokens, j, s.first);
  // "..., saying:": the participle's subject is the sentence's, not the word before the comma
  const participle = tokens[c].lower.endsWith("ing") && j >= s.first && tokens[j].text === ",";
  // "Another guest who spoke to the Reuters news agency said": the relative clause's nouns are no speaker
  // ("denied by Jack Straw, who accused the Tories of ...": "who" right before the cue is its subject)
  const whoHead = !participle && j > s.first + 1 && tokens[j].lower === "who" && tokens[j - 1].text === "," ? whoBeforeCue(env, j, s.first) : null;
  if (whoHead) return whoHead;
  const who = participle ? -1 : relativeBefore(env, j, s.first);
  if (who >= 0) {
    const head = relativeHead(env, who, s.first);
    if (head) return head;
  }
  const sp = participle ? null : speakerEndingAt(env, j, s.first);
  // "Wyden wrote a letter to Ratcliffe stating that ...": a participle right after the object
  // of a verb has the sentence's subject for its own, not that object
  // (but "with a spokesperson saying", "with Kremlin spokesman Dmitry Peskov saying": the
  // absolute construction's noun is the participle's subject)
  const absolute = !!sp && [sp.first - 1, sp.first - 2].some((k) => k >= s.first && /^(with|without)$/.test(tokens[k].lower));
  if (sp && !absolute && tokens[c].lower.endsWith("ing") && verbBefore(env, s.first, sp.first)) {
    const subj = sentenceSubject(env, s, sp.first);
    if (subj) return subj;
  }
  if (sp) return sp;
  const t = tokens[c];
  if ((j >= s.first && SUBJECT_LINKS.has(tokens[j].lower)) || t.lower.endsWith("ing")) {
    const subj = sentenceSubject(env, s, c);
    if (subj) return subj;
  }
  return nounPhraseSpeaker(env, j, s.first);
}

/**
 * "The head of a state institute said", "An official of the trust said", "Ann Lee, the administrator of the
 * programme said": a subject headed by a person noun and its "of" phrase (of-head.ts) speaks whole, never the
 * last noun of the "of" phrase. Its actor is the body or state the "of" phrase names (a person there is only
 * whom the speaker serves: "an aide of Lopez" is not Lopez); a name in apposition before it speaks itself; a
 * role that coreference tied to a person is left to the role reading. Rule speaker:noun-phrase, as other
 * unnamed phrases, so that a "he said" after it finds it. Null where the subject is no such phrase.
 */
function ofHeadSpeaker(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  if (env.lexicon.memberHeads.size === 0) return null;
  const h = ofHeadedSubject(tokens, env.quoteTokens, { nameFirst: (k) => nameFirstAt(env, k), personFirst: (k) => personFirstAt(env, k) }, env.lexicon.memberHeads, j, sFirst);
  if (!h) return null;
  if (actors.roleNPs.some((x) => x.first <= h.head && x.last > h.head && x.actor !== null && actors.actors[x.actor]?.kind === "person")) return null;
  if (h.apposed >= 0) {
    const m = actors.mentionAt[h.apposed];
    if (!m || actors.actors[m.actor].kind !== "person") return null;
    return { actor: m.actor, name: actors.actors[m.actor].name, first: m.token, last: j + 1, rule: "speaker:person" };
  }
  // (the body the whole "of" phrase names, else one named inside it: "the Senate Intelligence Committee", not the Senate)
  let actor: number | null = null;
  for (const q of [j, ...Array.from({ length: j - h.head - 1 }, (_, i) => h.head + 2 + i)]) {
    if (actor !== null) break;
    const m = actors.mentionAt[q];
    if (m && SPEAKER_KINDS.has(actors.actors[m.actor].kind) && actors.actors[m.actor].kind !== "person") actor = m.actor;
  }
  return { actor, name: env.doc.text.slice(tokens[h.headFirst].start, tokens[j].end), first: h.first, last: j + 1, rule: "speaker:noun-phrase" };
}

/**
 * "Interfax quoted Kremlin spokesman Dmitry Peskov as saying", "the paper quoted a source close to
 * the talks as saying": the object of a verb of quoting (speech.json's lemma "quote") between it
 * and "as" before the participle cue is who speaks, never the outlet that quotes (the subject).
 * Null where the cue is no "as ...ing", no such verb stands a few words before it, or nothing
 * stands between them, or the verb is a passive ("Peskov was quoted [by Tass] as saying": the
 * subject speaks, as before).
 */
function quotedObject(env: Env, c: number, s: Sentence): Speaker | null {
  const { tokens } = env;
  if (!tokens[c].lower.endsWith("ing") || tokens[c - 1]?.lower !== "as" || c - 2 < s.first) return null;
  for (let v = c - 2; v >= s.first && c - v <= 14; v--) {
    if (env.quoteTokens[v] || tokens[v].text === ";" || tokens[v].text === ":") return null;
    if (tokens[v].pos !== "VERB" || env.lexicon.speechVerbs.get(tokens[v].lower) !== "quote") continue;
    // ("Putin was quoted by Russian news agencies as saying": a passive's "by" names the outlet)
    if (v + 1 > c - 2 || tokens[v + 1].lower === "by" || /^(is|are|was|were|be|been|being)$/.test(tokens[v - 1]?.lower ?? "")) return null;
    // (the object ends before "as", or before an adverbial of its own: "quoted Trump on Saturday as saying")
    let sp = speakerEndingAt(env, c - 2, v + 1);
    for (let q = v + 1; !sp && q < c - 2; q++) {
      const m = env.actors.mentionAt[q];
      if (m && m.token === q && env.actors.actors[m.actor].kind === "person") sp = speakerEndingAt(env, m.tokenEnd - 1, v + 1);
    }
    sp ??= nounPhraseSpeaker(env, c - 2, v + 1);
    return sp && sp.first > v ? sp : null;
  }
  return null;
}

/**
 * "Some key members who had been pressing for the information said": the "who" (token returned)
 * of a relative clause that ends at token j, right after a noun and with no comma, quote or other
 * relative pronoun inside; -1 where none ("who said" itself: the cue is the clause's verb, so
 * at least a verb and one more word must follow "who").
 */
function relativeBefore(env: Env, j: number, sFirst: number): number {
  const { tokens } = env;
  for (let w = j - 1; w > sFirst && j - w <= 12; w--) {
    const t = tokens[w];
    if (env.quoteTokens[w] || t.kind === "punct" || /^(that|which|and|but|or)$/.test(t.lower) || env.lexicon.speechVerbs.has(t.lower)) return -1;
    if (t.lower !== "who") continue;
    // ("Mr Galloway, who won libel damages from the Daily Telegraph said": a relative clause whose closing comma is
    // missing; relativeHead gives the person before its opening one, never the noun it ends with)
    if (tokens[w - 1].text === "," && tokens.slice(w + 1, j + 1).some((x) => x.pos === "VERB") && tokens[j].kind !== "punct") return w;
    if (!/^(NOUN|PROPN)$/.test(tokens[w - 1].pos) || env.quoteTokens[w - 1]) return -1;
    // ("Republicans who have suggested": the cue is the relative clause's own verb)
    if (!tokens.slice(w + 1, j + 1).some((x) => x.pos === "VERB")) return -1;
    // ("Bob Menendez, a Democrat who chairs the committee, told": the relative clause is inside an
    // appositive, whose name is found without it)
    for (let k = w - 1; k >= sFirst && w - k <= 6; k--) if (tokens[k].text === ",") return -1;
    return w;
  }
  return -1;
}

/**
 * The token before a prepositional phrase that ends at j and whose object is a speech noun
 * ("in a statement", "at a news conference", "in an interview with CNN" is no such phrase: it ends
 * in CNN); j itself otherwise, and where nothing but the phrase stands before it.
 */
function beforeSpeechAdverbial(env: Env, j: number, sFirst: number): number {
  const { tokens } = env;
  if (j <= sFirst || env.quoteTokens[j] || tokens[j].pos !== "NOUN") return j;
  let p = j - 1;
  while (p > sFirst && j - p <= 4 && /^(DET|ADJ|NOUN)$/.test(tokens[p].pos) && !env.quoteTokens[p]) p--;
  if (p <= sFirst || tokens[p].pos !== "ADP" || !/^(in|at|during|on)$/.test(tokens[p].lower)) return j;
  // (the speech noun closes the phrase: "a news conference", "a televised address")
  for (let n = p + 1; n <= j; n++) {
    const found = env.lexicon.speechNouns.matchAt(tokens, n, byLower, j + 1);
    if (found && n + found.length === j + 1) return p - 1;
    if (!/^(DET|ADJ|NOUN)$/.test(tokens[n].pos)) break;
  }
  return j;
}

/**
 * The first person (else actor or role phrase) of the sentence before token `before`, outside
 * quotes: after a fronted adverbial ("Speaking to NPR, Obama responded ..., saying"), and never
 * the object of a preposition ("The problems could extend beyond Ukraine, he said, arguing").
 */
function sentenceSubject(env: Env, s: Sentence, before: number, strict = true): Speaker | null {
  const start = strict ? afterFrontedAdverbial(env, s, before) : s.first;
  // the subject ends at the main verb: "It notes Russian tank movements and says", "The report
  // documents cases by Ukrainian forces, saying": a noun after it is an object's, never the
  // speaker; only a clause of its own may still name one ("as officials urged ...", "..., he said")
  let pastVerb = false;
  for (let k = start; k < before; k++) {
    if (env.quoteTokens[k]) continue;
    if (strict && !pastVerb && k > start && mainVerbAt(env, k, start)) {
      const subj = subjectEndingAt(env, k, start);
      if (subj) return subj;
      pastVerb = true;
    }
    if (pastVerb && !opensClause(env, k, start, s.last)) continue;
    if (strict && afterPreposition(env, k, s.first)) {
      // ("Members of Congress have recognized this issue, telling reporters"): the plural the phrase modifies
      const m = env.actors.mentionAt[k];
      const modified = m && m.token === k ? pluralHeadBefore(env, k, m.tokenEnd, s.first, m.actor) : null;
      if (modified) return { actor: modified.actor, name: modified.name, first: modified.first, last: modified.last, rule: "speaker:subject" };
      continue;
    }
    const sp = speakerStartingAt(env, k, before);
    if (!sp) continue;
    if (sp.actor !== null && env.actors.actors[sp.actor]?.kind === "person") return possessedSubject(env, sp, before) ?? { actor: sp.actor, name: sp.name, first: sp.first, last: sp.last, rule: "speaker:subject" };
    // "Russian foreign ministry spokesperson Maria Zakharova": a state before the person it qualifies
    // (and an organisation's abbreviation in parentheses: "the Ministry of ... (MITI) director general X")
    const from = parenthesisEnd(env, sp.last, before);
    for (let q = from; q < Math.min(before, from + 4); q++) {
      const m = env.actors.mentionAt[q];
      if (m && env.actors.actors[m.actor].kind === "person") return { actor: m.actor, name: env.actors.actors[m.actor].name, first: k, last: m.tokenEnd, rule: "speaker:subject" };
      if (env.tokens[q].pos === "VERB" || env.tokens[q].pos === "AUX" || env.tokens[q].text === ",") break;
    }
    return { actor: sp.actor, name: sp.name, first: sp.first, last: sp.last, rule: "speaker:subject" };
  }
  return null;
}

/**
 * "Netanyahu's lawyers requested a delay, saying ...", "Lund's aides met him, saying ...": a person who opens
 * the subject as the possessor of a noun ("'s lawyers") is whose the subject is, not who speaks: the phrase
 * speaks (possessorFree: for the person's state, or no actor), or a person named right after the noun
 * ("Putin's spokesman Dmitry Peskov"). Null where no possessed noun follows, or the noun is a document
 * ("Putin's letter ..., saying": the author speaks).
 */
function possessedSubject(env: Env, sp: Speaker, before: number): Speaker | null {
  const { tokens, actors } = env;
  const m = actors.mentionAt[sp.first];
  const p = m && m.actor === sp.actor ? m.tokenEnd : sp.last;
  const mark = tokens[p];
  if (!mark || p >= before || !(mark.norm === "'s" || mark.text === "'s" || mark.text === "’s")) return null;
  let e = p + 1;
  while (e < before && e - p <= 3 && /^(NOUN|ADJ)$/.test(tokens[e].pos) && /^\p{Ll}/u.test(tokens[e].text) && !env.quoteTokens[e]) e++;
  if (e === p + 1 || tokens[e - 1].pos !== "NOUN") return null;
  // (the noun names people who act for the person: "lawyers", "aides", "spokesman"; not "Trump's ascent ..., claiming")
  const named0 = actors.mentionAt[e];
  const personAfter = !!named0 && named0.token > p && named0.token <= e && actors.actors[named0.actor].kind === "person";
  if (!personAfter && !env.lexicon.memberHeads.has(tokens[e - 1].lower) && !peopleHead(env, e - 1)) return null;
  const named = actors.mentionAt[e];
  if (named && named.token > p && named.token <= e && actors.actors[named.actor].kind === "person") return { actor: named.actor, name: actors.actors[named.actor].name, first: sp.first, last: named.tokenEnd, rule: "speaker:subject" };
  const phrase = { actor: sp.actor, name: env.doc.text.slice(tokens[sp.first].start, tokens[e - 1].end), first: sp.first, last: e, rule: "speaker:subject" };
  const free = possessorFree(env, phrase);
  return free.rule === "speaker:possessed-role" ? free : null;
}

/**
 * Whether token k is a sentence's main verb, seen from its subject's start: a finite verb or
 * auxiliary outside quotes, not a present participle ("Troops guarding the border ..."), nor a past
 * participle after an auxiliary ("has been sent": the auxiliary is the verb) or after a noun that
 * follows a verb already ("It sent troops stationed in ..."), nor inside an aside between commas or
 * a relative clause ("Obama, who met Putin, said"). A past tense is a main verb: "It noted Russian
 * tank movements", "The report documented cases".
 */
function mainVerbAt(env: Env, k: number, start: number): boolean {
  const { tokens } = env;
  const t = tokens[k];
  if (!(t.pos === "VERB" || t.pos === "AUX") || tokens[k - 1]?.lower === "to") return false;
  if (t.pos === "VERB" && t.lower.endsWith("ing")) return false;
  if (t.pos === "VERB" && /(ed|en)$/.test(t.lower) && k > start && participleAt(tokens, k, start)) return false;
  // (a verb of quoting reports another's words, whose speaker is its object: "It quoted a statement by the army as
  // saying"; speech.json's lemma "quote")
  if (env.lexicon.speechVerbs.get(t.lower) === "quote") return false;
  // (a sentence that opens with a verb is a fragment, and one that opens with a preposition or a
  // subordinate clause, "When the two met, Kleiber said", has its main clause later)
  const first = tokens[start];
  if (/^(VERB|AUX|ADP|SCONJ)$/.test(first.pos) || SUBORDINATORS.test(first.lower)) return false;
  for (let q = start; q < k; q++) if (tokens[q].text === "," || tokens[q].text === "(" || /^(who|which|that|whose|whom)$/.test(tokens[q].lower) || env.quoteTokens[q]) return false;
  return true;
}

/** the -ed/-en verb at k is a participle: right after an auxiliary, or after a noun with a verb before it */
function participleAt(tokens: Env["tokens"], k: number, start: number): boolean {
  const p = tokens[k - 1].pos;
  if (p === "AUX") return true;
  if (p !== "NOUN" && p !== "PROPN") return false;
  for (let q = start; q < k - 1; q++) if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX") return true;
  return false;
}

const SUBORDINATORS = /^(when|whenever|if|as|although|though|while|after|before|since|once|because|whereas|unless|until|under|with|despite)$/;

/** Whether a subject of its own may start at token k: right after a word that opens a clause
 * or a coordinated clause ("as officials urged", "the fact that Mr Putin ... said", "but the Tories
 * remain suspicious, claiming"), or before a reporting verb ("..., he said, arguing"). */
function opensClause(env: Env, k: number, start: number, sLast: number): boolean {
  const { tokens } = env;
  const p = k - 1 > start && tokens[k - 1].pos === "DET" ? k - 2 : k - 1;
  if (p >= start && ((tokens[p].lower !== "by" && CLAUSE_OPENERS.test(tokens[p].lower)) || /^(that|but)$/.test(tokens[p].lower))) return true;
  const sp = speakerStartingAt(env, k, sLast);
  if (!sp) return false;
  let c = sp.last;
  while (c < sLast && (tokens[c].pos === "ADV" || tokens[c].pos === "AUX")) c++;
  return c < sLast && env.lexicon.speechVerbs.has(tokens[c].lower);
}

/** The subject that ends before the main verb at token v (over adverbs: "The report also documents"). */
function subjectEndingAt(env: Env, v: number, start: number): Speaker | null {
  let j = v - 1;
  while (j > start && (env.tokens[j].pos === "ADV" || env.tokens[j].pos === "AUX")) j--;
  // (else a noun phrase whose head names people who speak for a body: "The two countries' prime
  // ministers said", not "The problems could extend")
  const sp = speakerEndingAt(env, j, start) ?? (peopleHead(env, j) ? nounPhraseSpeaker(env, j, start) : null);
  return sp ? { actor: sp.actor, name: sp.name, first: sp.first, last: sp.last, rule: "speaker:subject" } : null;
}

function peopleHead(env: Env, j: number): boolean {
  const w = env.tokens[j].lower;
  return env.lexicon.groupHeads.has(w) || env.lexicon.publicGroups.has(w) || env.lexicon.speakerDescriptions.has(w) || !!env.lexicon.groupWords.matchAt(env.tokens, j, byLower, j + 1);
}

/**
 * Whether the phrase at token k is a preposition's object: "beyond (the) Ukraine", "to NPR". Not
 * after a word that opens a clause ("as officials urged", "after authorities said": the tagger
 * takes these for prepositions too), nor after "by", whose object is a passive's doer.
 */
function afterPreposition(env: Env, k: number, sFirst: number): boolean {
  let p = k - 1;
  while (p >= sFirst && (env.tokens[p].pos === "DET" || env.tokens[p].pos === "ADJ")) p--;
  return p >= sFirst && env.tokens[p].pos === "ADP" && !env.quoteTokens[p] && !CLAUSE_OPENERS.test(env.tokens[p].lower);
}
const ADVERBIAL_PREPOSITIONS = /^(in|at|on|for|from|during|inside|across|near|within|throughout|over)$/;
const CLAUSE_OPENERS = /^(by|as|after|before|since|until|till|when|while|because|once|though|although|if|unless|whereas)$/;

/** "The Nordic countries said", "Western diplomats said": a noun phrase with no actor of ours. */
function nounPhraseSpeaker(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens } = env;
  if (j < sFirst || !(tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN")) return null;
  if (env.lexicon.pronouns.has(tokens[j].lower) || env.lexicon.speechNouns.has(tokens[j].lower)) return null;
  let k = j;
  while (k - 1 >= sFirst && j - k < 4 && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[k - 1].pos) && !env.quoteTokens[k - 1]) k--;
  const first = k;
  if (k - 1 >= sFirst && tokens[k - 1].pos === "DET") k--;
  // "findings in December estimated", "the report in March said": a date is no one who speaks
  const isDate = monthWord(env, tokens[j].lower) || dayWord(env, tokens[j].lower);
  const afterPreposition = k - 1 >= sFirst && tokens[k - 1].pos === "ADP";
  // a date after a preposition is an adverbial: the phrase before it may be the speaker
  if (isDate && afterPreposition) return nounPhraseSpeaker(env, k - 2, sFirst);
  if (isDate) return null;
  // "The Pentagon at the time said", "The president for months has said": a prepositional phrase
  // between a speaker and the cue is an adverbial of the cue, and the speaker stands before it
  // (place and time prepositions only: not "of", which completes a head, "the head of the
  // delegation", nor "against"/"with"; and only where an actor or role ends right before the
  // preposition, else the phrase stays as it was)
  if (afterPreposition && ADVERBIAL_PREPOSITIONS.test(tokens[k - 1].lower) && !env.quoteTokens[k - 1]) {
    const before = speakerEndingAt(env, k - 2, sFirst);
    if (before) return before;
  }
  const doc = documentAddressedTo(env, k, j + 1, sFirst);
  if (doc) return doc;
  const headed = headBeforePostModifier(env, j, sFirst);
  if (headed) return headed;
  // "opponents of the deal argue": the deal is what the speakers' head noun is about
  const modified = pluralHeadBefore(env, k, j + 1, sFirst, null);
  if (modified) return modified;
  const named = describedName(env, first, j);
  if (named) return { actor: null, name: named, first: k, last: j + 1, rule: "speaker:name" };
  const name = env.doc.text.slice(tokens[first].start, tokens[j].end);
  // "The Fijian rebels", "Iraqi officials": the state named in the phrase is who speaks
  let actor: number | null = null;
  for (let q = first; q <= j && actor === null; q++) if (env.actors.mentionAt[q]) actor = env.actors.mentionAt[q]!.actor;
  return { actor, name, first: k, last: j + 1, rule: "speaker:noun-phrase" };
}

/**
 * "opponents of the deal say", "city mayors and regional governors in Ukraine say", "supporters of
 * Navalny said", "lawyers for Cohen said": the phrase that a preposition opens at token k - 1
 * (its object starting at k) modifies a plural noun before it, and that noun's people speak, not
 * the object. Their state is one named in their own words ("Russian officials in Kyiv"), else the
 * place they are in or from (`place`, for in/from/at/across/inside), never what they are of or for
 * ("critics of Russia" are not Russia). The phrase runs to `end`, the end of the preposition's
 * object. Null when no plural common noun stands before the preposition.
 */
function pluralHeadBefore(env: Env, k: number, end: number, sFirst: number, place: number | null): Speaker | null {
  const { tokens, actors } = env;
  // "officials in Kyiv and Moscow", "critics in Europe and at home", "residents of the town and nearby villages": an
  // object coordinated with an earlier one (or a second phrase of place) goes back to the first preposition, and
  // two places give the people no one state of theirs
  let and = k - 1;
  if (/^(in|at|from|across|inside)$/.test(tokens[and]?.lower ?? "") && !env.quoteTokens[and]) and--;
  if (and - 2 > sFirst && (tokens[and].lower === "and" || tokens[and].lower === "or") && !env.quoteTokens[and]) {
    let o = and - 1;
    while (o > sFirst && and - o <= 4 && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[o].pos) && !env.quoteTokens[o]) o--;
    if (o < and - 1 && /^(of|in|from|at|across|inside|for)$/.test(tokens[o].lower) && !env.quoteTokens[o]) return pluralHeadBefore(env, o + 1, end, sFirst, null);
  }
  // "activists in the (northern) city of Homs": the preposition's object is the place noun's phrase
  if (tokens[k - 1]?.lower === "of" && k - 2 > sFirst && env.lexicon.placeNouns.has(tokens[k - 2].lower) && !env.quoteTokens[k - 2]) {
    let o = k - 2;
    while (o - 1 > sFirst && k - 2 - o < 2 && tokens[o - 1].pos === "ADJ" && !actors.mentionAt[o - 1]) o--;
    if (tokens[o - 1].pos === "DET") o--;
    return pluralHeadBefore(env, o, end, sFirst, place);
  }
  const prep = k - 1;
  if (prep - 1 < sFirst || !/^(of|in|from|at|across|inside|for)$/.test(tokens[prep].lower) || env.quoteTokens[prep]) return null;
  const head = tokens[prep - 1];
  // (lower case, but for the sentence's first word: "Supporters of Navalny said"; the tagger takes
  // that capitalised word for a name)
  const opens = prep - 1 === sFirst || (prep - 2 === sFirst && tokens[sFirst].pos === "DET");
  // (a group the actor stage found may head it where its people speak for no state: "Activists in
  // the city of Homs"; the group is the speaker, not the place)
  const hm = actors.mentionAt[prep - 1];
  const publicHead = !!hm && hm.tokenEnd === prep && actors.actors[hm.actor].kind === "group" && env.lexicon.publicGroups.has(head.lower);
  if (!(head.pos === "NOUN" || (opens && head.pos === "PROPN")) || !/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(opens ? head.lower : head.text) || (hm && !publicHead) || env.lexicon.speechNouns.has(head.lower)) return null;
  // the plural's own modifiers: "city mayors and regional governors", "Russian officials"
  let first = prep - 1;
  while (first - 1 >= sFirst && prep - first < 7 && !env.quoteTokens[first - 1]) {
    const w = tokens[first - 1];
    if (/^(ADJ|NOUN|PROPN|NUM)$/.test(w.pos) || (w.lower === "and" && /^(ADJ|NOUN)$/.test(tokens[first]?.pos ?? ""))) first--;
    else break;
  }
  while (first < prep - 1 && tokens[first].lower === "and") first++;
  let actor: number | null = null;
  for (let q = first; q < prep && actor === null; q++) {
    const m = actors.mentionAt[q];
    if (m && actors.actors[m.actor].kind !== "person") actor = m.actor;
  }
  if (actor === null && place !== null && /^(in|from|at|across|inside)$/.test(tokens[prep].lower) && actors.actors[place]?.kind === "country") actor = place;
  const det = first - 1 >= sFirst && /^(the|some|many|several|most|other|two|three)$/.test(tokens[first - 1].lower) ? first - 1 : first;
  const name = env.doc.text.slice(tokens[first].start, tokens[end - 1].end);
  return { actor, name, first: det, last: end, rule: "speaker:noun-phrase" };
}

/**
 * "The letter to Biden ... says", "United's statement to the stock exchange said": a phrase
 * (tokens first..end) that "to" opens after a speech noun is the document's addressee, and the
 * document speaks for its authors: its possessor where it has one ("United's statement" is
 * United), else the document itself, unresolved. Null when no speech noun ends right before "to".
 */
function documentAddressedTo(env: Env, first: number, end: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  let to = first - 1;
  if (to > sFirst && /^(the|a|an)$/.test(tokens[to].lower)) to--;
  if (to - 1 < sFirst || tokens[to].lower !== "to" || env.quoteTokens[to]) return null;
  if (tokens[to - 1].lower === "close") return closeTo(env, to - 1, end, sFirst);
  // the speech noun that ends before "to" ("letter", "news conference"), over a few words
  let n = -1;
  for (let q = to - 1; q >= sFirst && to - q <= 3; q--) {
    const found = env.lexicon.speechNouns.matchAt(tokens, q, byLower, to);
    if (found && q + found.length === to) {
      n = q;
      break;
    }
  }
  if (n < 0 || env.quoteTokens[n]) return null;
  // its modifiers and possessor: "the open letter", "United's statement", "the Kremlin's message"
  let d = n;
  while (d - 1 >= sFirst && n - d < 4 && /^(ADJ|NOUN)$/.test(tokens[d - 1].pos) && !actors.mentionAt[d - 1]) d--;
  const poss = tokens[d - 1];
  const possessive = !!poss && (poss.norm === "'s" || poss.text === "’s" || poss.text === "'s");
  const owner = possessive ? actors.mentionAt[d - 2] : undefined;
  const start = owner ? owner.token : d;
  const name = stripArticle(env.doc.text.slice(tokens[start].start, tokens[to - 1].end));
  const actor = owner && owner.tokenEnd === d - 1 && SPEAKER_KINDS.has(actors.actors[owner.actor].kind) ? owner.actor : null;
  const det = start - 1 >= sFirst && /^(the|a|an)$/.test(tokens[start - 1].lower) ? start - 1 : start;
  return { actor, name, first: det, last: end, rule: "speaker:document" };
}

/**
 * "sources close to the government said", "People close to Mrs. Clinton say": "close to" makes
 * the phrase after it the one they are near, and the noun before it speaks (the phrase, token
 * `close` - 1 back over its modifiers, runs to `end`); null when no common noun stands before.
 */
function closeTo(env: Env, close: number, end: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  const head = close - 1;
  if (head < sFirst || env.quoteTokens[head] || !(tokens[head].pos === "NOUN" || (head === sFirst && tokens[head].pos === "PROPN")) || actors.mentionAt[head]) return null;
  if (!/^\p{Ll}/u.test(tokens[head].text) && head !== sFirst) return null;
  let first = head;
  while (first - 1 >= sFirst && head - first < 3 && /^(ADJ|NOUN|NUM)$/.test(tokens[first - 1].pos) && !env.quoteTokens[first - 1]) first--;
  // ("Russian officials close to ...": a state named in their own words)
  let actor: number | null = null;
  for (let q = first; q <= head && actor === null; q++) if (actors.mentionAt[q] && actors.actors[actors.mentionAt[q]!.actor].kind !== "person") actor = actors.mentionAt[q]!.actor;
  const det = first - 1 >= sFirst && /^(the|a|an|some|other|many|several)$/.test(tokens[first - 1].lower) ? first - 1 : first;
  const name = env.doc.text.slice(tokens[first].start, tokens[end - 1].end);
  return { actor, name, first: det, last: end, rule: "speaker:noun-phrase" };
}

/** The speaker phrase that ends at token j (inclusive). */
function speakerEndingAt(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  if (j < sFirst) return null;
  // "the head of a state institute": the head speaks, not the institute
  const ofHead = ofHeadSpeaker(env, j, sFirst);
  if (ofHead) return ofHead;
  const m = actors.mentionAt[j];
  if (m && m.tokenEnd === j + 1) {
    // "The letter to Biden ... says": the addressee of a document is not who speaks through it
    const doc = documentAddressedTo(env, m.token, j + 1, sFirst);
    if (doc) return doc;
    // "Diplomats involved in talks with Iran said": Iran ends a post-modifier of who speaks
    const headed = headBeforePostModifier(env, j, sFirst);
    if (headed) return headed;
    const a = actors.actors[m.actor];
    // a role phrase around the mention ("a Downing Street spokesperson") names the speaker better
    const r = actors.roleNPs.find((x) => x.last === j + 1 && x.first <= m.token);
    if (r && a.kind !== "person") return roleSpeaker(env, r);
    // "Sheik Ahmed el-Tayeb of the Cairo-based Al-Azhar said": a person of an organisation speaks for it
    const member = a.kind !== "person" ? personOf(env, m.token, sFirst) : null;
    if (member) return { actor: member.actor, name: actors.actors[member.actor].name, first: member.token, last: j + 1, rule: "speaker:person" };
    // "an official in Brussels", "a spokesperson for the ministry", "the deputy commissioner of
    // police in Southeast Delhi" (a word or two of the place's name may stand before the mention,
    // and roles joined by "of" are one)
    let prep = m.token - 1;
    while (a.kind !== "person" && prep > sFirst && m.token - prep <= 2 && tokens[prep].pos === "PROPN" && /^\p{Lu}/u.test(tokens[prep].text) && !actors.mentionAt[prep]) prep--;
    // ("Russia's ambassador to Poland", "the UN envoy to Syria": a role sent to the place, whose
    // state is the sender's, never the place's)
    const sentTo = tokens[prep]?.lower === "to";
    let roleBefore = /^(in|at|from|for|of|to)$/.test(tokens[prep]?.lower ?? "") ? actors.roleNPs.find((x) => x.last === prep) : undefined;
    while (roleBefore && tokens[roleBefore.first - 1]?.lower === "of") {
      const outer = actors.roleNPs.find((x) => x.last === roleBefore!.first - 1);
      if (!outer) break;
      roleBefore = { ...roleBefore, first: outer.first, actor: roleBefore.actor ?? outer.actor, affiliation: roleBefore.affiliation ?? outer.affiliation };
    }
    if (roleBefore) {
      const rs = roleSpeaker(env, roleBefore);
      return { actor: rs.actor ?? (a.kind === "country" && !sentTo ? m.actor : null), name: env.doc.text.slice(tokens[roleBefore.first].start, tokens[j].end).replace(/^(the|a|an)\s+/i, ""), first: rs.first, last: j + 1, rule: rs.rule };
    }
    const modified = pluralHeadBefore(env, m.token, j + 1, sFirst, m.actor);
    if (modified) return modified;
    if (SPEAKER_KINDS.has(a.kind)) return { actor: m.actor, name: a.kind === "person" ? a.name : stripThe(m.text), first: m.token, last: j + 1, rule: `speaker:${a.kind}` };
  }
  const r = actors.roleNPs.find((x) => x.last === j + 1);
  if (r) return documentAddressedTo(env, r.first, r.last, sFirst) ?? headOfRole(env, r, sFirst) ?? roleSpeaker(env, r);
  const t = tokens[j];
  if (t.lower === "another") {
    const other = anotherOfKind(env, j, sFirst);
    if (other) return other;
  }
  if (t.lower === "it") {
    const ante = institutionAntecedent(env, j);
    if (ante) return { actor: ante.actor, name: ante.name, first: j, last: j + 1, rule: "speaker:pronoun-it" };
  }
  if (env.lexicon.pronouns.has(t.lower) && (t.lower === "he" || t.lower === "she" || t.lower === "they")) {
    const ante = antecedent(env, j);
    if (ante) return { actor: ante.actor, name: ante.name, first: j, last: j + 1, rule: pronounRule(env) };
  }
  // an appositive between the speaker and the cue: "Dmitry Peskov, the Kremlin spokesman, said"
  if (t.text === ",") {
    // "The Alliance, which includes Age Concern and Mencap, said": a relative clause between
    // commas names others; the phrase before it speaks
    const owner = relativeClauseOwner(env, j, sFirst);
    if (owner) return owner;
    // "Germany's finance minister, Christian Lindner, said": the name between the commas
    const pm = actors.mentionAt[j - 1];
    // ("Their current chairman, Belgium's Jan Peeters, promised": a state's possessive before the
    // name inside the commas says where the person is from, and the name still speaks)
    const ownerState = pm ? possessiveStateBefore(env, pm.token) : -1;
    const opened = pm && (tokens[pm.token - 1]?.text === "," || (ownerState > sFirst && tokens[ownerState - 1]?.text === ",") || actors.roleNPs.some((x) => x.last === pm.token));
    if (pm && opened && pm.tokenEnd === j && actors.actors[pm.actor].kind === "person")
      return { actor: pm.actor, name: actors.actors[pm.actor].name, first: pm.token, last: j, rule: "speaker:person" };
    // "The Turkish company that runs the mine, Soma Holding, said": a name between commas right
    // before the cue is the subject's own name, whoever its description mentions first
    const named = appositiveName(env, j, sFirst);
    if (named) return named;
    for (let k = j - 1; k > Math.max(sFirst, j - 14); k--) {
      if (tokens[k].text === ",") return speakerEndingAt(env, k - 1, sFirst);
      if (env.quoteTokens[k]) break;
    }
  }
  return null;
}

/**
 * "People responsible for the violence argue", "a lawyer for two men held in Russia told": the head noun
 * before an adjective or participle post-modifier speaks (post-modified-head.ts), with the state of a role
 * or actor its own phrase names ("Russian officials familiar with the talks"), never what the modifier
 * is about. Null where the subject ending at token j has no such post-modifier.
 */
function headBeforePostModifier(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  const h = postModifiedHead(tokens, env.quoteTokens, { nameFirst: (k) => nameFirstAt(env, k) }, j, sFirst);
  if (!h) return null;
  const r = actors.roleNPs.find((x) => x.last === h.headLast + 1 && x.first >= h.first);
  if (r) {
    const rs = roleSpeaker(env, r);
    const actor = rs.actor !== null && actors.actors[rs.actor]?.kind === "person" ? null : rs.actor;
    return { actor, name: stripArticle(env.doc.text.slice(tokens[r.first].start, tokens[j].end)), first: h.first, last: j + 1, rule: "speaker:post-modified-head" };
  }
  let actor: number | null = null;
  for (let q = h.headFirst; q <= h.headLast && actor === null; q++) {
    const m = actors.mentionAt[q];
    if (m && m.tokenEnd <= h.headLast + 1 && SPEAKER_KINDS.has(actors.actors[m.actor].kind)) actor = m.actor;
  }
  // (the phrase is named whole, from its head on, as "sources close to the government" is)
  const name = env.doc.text.slice(tokens[h.headFirst].start, tokens[j].end);
  return { actor, name, first: h.first, last: j + 1, rule: "speaker:post-modified-head" };
}

/** The first token of the name (a person or a named actor, not a demonym or a common noun) that holds token k; -1 where none does. */
function nameFirstAt(env: Env, k: number): number {
  const m = env.actors.mentionAt[k];
  return m && /^\p{Lu}/u.test(env.tokens[m.token].text) && env.tokens[m.tokenEnd - 1].pos === "PROPN" ? m.token : -1;
}

/** The first token of the person's name that holds token k; -1 where none does. */
function personFirstAt(env: Env, k: number): number {
  const m = env.actors.mentionAt[k];
  return m && env.actors.actors[m.actor].kind === "person" ? m.token : -1;
}

/** How far back (tokens) "Another said" looks for the "One trader said" whose noun it leaves out. */
const ANOTHER_REACH = 120;

/**
 * "One trader said the market was calm. Another said prices would rise.": "another" alone as the subject that
 * opens its clause (token j) leaves out the noun of an unnamed "one X" (or "a X", "another X") before it, and
 * names a second unnamed person of that kind, never anyone named in between. Its state is the one the earlier
 * phrase names ("One Russian official said ... Another said" RUS). Null where no such phrase stands in the
 * sentences before (ANOTHER_REACH tokens), or where "another" is not the clause's subject.
 */
function anotherOfKind(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  if (env.quoteTokens[j]) return null;
  let p = j - 1;
  if (p >= sFirst && /^(but|and|yet)$/.test(tokens[p].lower)) p--;
  // (the clause opens the sentence, follows a comma, or follows the quote it reports: '"We will wait," another said')
  if (p >= sFirst && tokens[p].text !== "," && tokens[p].text !== ";" && !(env.quoteTokens[p] || QUOTE_MARKS.has(tokens[p].text))) return null;
  for (let k = j - 1; k >= 0 && j - k <= ANOTHER_REACH; k--) {
    if (env.quoteTokens[k] || !/^(one|another|a|an)$/.test(tokens[k].lower)) continue;
    // the phrase: a few lower-case modifiers (or a demonym) and a singular common noun, the subject of a speech verb
    let h = k + 1;
    while (h < j && h - k <= 3 && (tokens[h].pos === "ADJ" || (tokens[h].pos === "PROPN" && !!actors.mentionAt[h] && actors.actors[actors.mentionAt[h]!.actor].kind !== "person"))) h++;
    if (h >= j || tokens[h].pos !== "NOUN" || !/^\p{Ll}/u.test(tokens[h].text) || /[^s]s$/.test(tokens[h].lower) || env.lexicon.speechNouns.has(tokens[h].lower)) continue;
    let v = h + 1;
    while (v < j && (tokens[v].pos === "ADV" || tokens[v].pos === "AUX")) v++;
    if (!env.lexicon.speechVerbs.has(tokens[v]?.lower ?? "")) continue;
    let actor: number | null = null;
    for (let q = k + 1; q <= h && actor === null; q++) {
      const m = actors.mentionAt[q];
      if (m && actors.actors[m.actor].kind !== "person") actor = m.actor;
    }
    return { actor, name: `another ${env.doc.text.slice(tokens[k + 1].start, tokens[h].end)}`, first: j, last: j + 1, rule: "speaker:another" };
  }
  return null;
}

/**
 * "The 19th century German Marxist August Bebel said": a phrase that ends in a given name and a surname (a month
 * may be a given name: "August Bebel", "April Ryan") the actor stage did not take for a person, after a state's
 * demonym, names a private person of that nationality, who speaks; the state does not. The name's text, or null
 * where the phrase (tokens first..j) has no such ending or names no state before it.
 */
function describedName(env: Env, first: number, j: number): string | null {
  const { tokens, actors } = env;
  const g = j - 1;
  if (g <= first || actors.mentionAt[j] || actors.mentionAt[g]) return null;
  if (tokens[j].pos !== "PROPN" || !/^\p{Lu}\p{Ll}/u.test(tokens[j].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[g].text)) return null;
  if (!(env.lexicon.givenNames.has(tokens[g].text) || monthWord(env, tokens[g].lower))) return null;
  for (let q = first; q < g; q++) {
    const m = actors.mentionAt[q];
    if (m && m.tokenEnd <= g && actors.actors[m.actor].kind === "country") return env.doc.text.slice(tokens[g].start, tokens[j].end);
  }
  return null;
}

/** "Belgium's Jan Peeters": the first token of a state's (or a place's) possessive that ends right
 * before token k, or -1 where none does. */
function possessiveStateBefore(env: Env, k: number): number {
  const { tokens, actors } = env;
  const s = tokens[k - 1]?.text;
  if (s !== "'s" && s !== "’s" && tokens[k - 1]?.norm !== "'s") return -1;
  const m = actors.mentionAt[k - 2];
  if (!m || m.tokenEnd !== k - 1 || !/^(country|location)$/.test(actors.actors[m.actor].kind)) return -1;
  return m.token;
}

/**
 * The speaker a relative clause opened by "who" at token `who` follows: "Another guest who spoke
 * to Reuters said" is the guest; "Dmitri Trenin, a thinker who has grown more hawkish, wrote" is
 * Trenin, whom the description before "who" is an appositive of.
 */
function relativeHead(env: Env, who: number, sFirst: number): Speaker | null {
  if (env.tokens[who - 1]?.text === ",") {
    // (", who ..." with no closing comma: the person the sentence opens with, or none)
    const owner = relativeClauseOwner(env, who + 1, sFirst);
    return owner && owner.actor !== null && env.actors.actors[owner.actor]?.kind === "person" ? owner : null;
  }
  const head = speakerEndingAt(env, who - 1, sFirst) ?? nounPhraseSpeaker(env, who - 1, sFirst);
  if (!head || (head.actor !== null && env.actors.actors[head.actor]?.kind === "person")) return head;
  return describedPersonBefore(env, head.first, sFirst) ?? head;
}

/**
 * "The plan was denied by Foreign Secretary Jack Straw, who said ...", "who also accused": a "who"
 * right before the cue (over adverbs, which the caller skipped) is the cue's subject; it stands for
 * the person named right before its comma, where a verb comes before that name (the name is no
 * subject opening the sentence, whose relative clause is an aside: "Labour's Mr Livingstone, who
 * says ..., had accused"). Null otherwise, and for a role with no name ("denied by UKIP
 * spokesman, who said"): no speaker.
 */
function whoBeforeCue(env: Env, who: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  const head = speakerEndingAt(env, who - 2, sFirst);
  if (!head || head.rule !== "speaker:person" || head.actor === null || actors.actors[head.actor]?.kind !== "person") return null;
  for (let k = sFirst; k < head.first; k++) if (tokens[k].pos === "VERB" && !env.quoteTokens[k]) return head;
  return null;
}

/**
 * "Dmitri Trenin, a prominent Russian thinker": the person named right before the comma that opens
 * a description starting at token `first` (over its article); null where no person's name ends there.
 */
function describedPersonBefore(env: Env, first: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  let c = first - 1;
  if (c > sFirst && tokens[c].pos === "DET") c--;
  if (c <= sFirst || tokens[c].text !== "," || env.quoteTokens[c]) return null;
  const m = actors.mentionAt[c - 1];
  if (!m || m.tokenEnd !== c || actors.actors[m.actor].kind !== "person") return null;
  return { actor: m.actor, name: actors.actors[m.actor].name, first: m.token, last: c, rule: "speaker:person" };
}

/**
 * The speaker before a relative clause that the comma at j closes: "The Alliance, which includes
 * Age Concern, Mencap and Scope, said", "Dmitri Trenin, a thinker who has grown more hawkish since
 * the invasion, wrote". Only where that speaker opens the sentence (a relative clause inside an
 * object, "Russia attacked Kyiv, which ...", is no subject's); null otherwise.
 */
/** an article or conjunction a sentence may open with before its subject */
const SENTENCE_OPENER = /^(the|a|an|but|and|meanwhile|however)$/i;

function relativeClauseOwner(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens } = env;
  for (let w = j - 1; w > sFirst + 1 && j - w <= 30; w--) {
    if (env.quoteTokens[w] || tokens[w].text === ";") return null;
    if (tokens[w].lower !== "who" && tokens[w].lower !== "which") continue;
    const c = w - 1;
    if (tokens[c].text !== ",") {
      // ", a ROLE who ...": the description the relative clause completes opens with its own comma
      let p = c;
      while (p > sFirst && c - p < 8 && tokens[p].text !== "," && /^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(tokens[p].pos)) p--;
      if (tokens[p].text !== ",") return null;
      return describedPersonBefore(env, p + 1, sFirst);
    }
    // ("Sen. Rand Paul of Kentucky, who ...", "Labour peer Baroness Kennedy, who ...": the person the
    // sentence opens with, whatever of-phrase or title stands around the name)
    let lead = sFirst;
    while (lead < c && SENTENCE_OPENER.test(tokens[lead].text)) lead++;
    const opener = openingPerson(env, lead, c);
    if (opener) return opener;
    const sp = speakerEndingAt(env, c - 1, sFirst) ?? nounPhraseSpeaker(env, c - 1, sFirst);
    if (!sp) return null;
    // (the phrase opens the sentence, after a conjunction or article at most)
    let open = sp.first;
    while (open > sFirst && SENTENCE_OPENER.test(tokens[open - 1].text)) open--;
    if (open === sFirst) return sp;
    // ("The Coalition for Clean Rivers, which ...": a name of several words, of which the actor
    // stage found a part only; the whole name speaks, unresolved)
    for (let k = sFirst; k < sp.first; k++) if (!/^\p{Lu}/u.test(tokens[k].text) && !/^(of|for|on|and|the)$/.test(tokens[k].lower)) return null;
    const name = env.doc.text.slice(tokens[sFirst].start, tokens[c - 1].end).replace(/^the\s+/i, "");
    return { actor: null, name, first: sFirst, last: c, rule: "speaker:noun-phrase" };
  }
  return null;
}

/**
 * After a state's mention (its possessive at token q, if any): a description of lower-case words
 * ending in a common noun, then one to three capitalised words that name no actor, title or date,
 * ending the phrase ("'s nuclear operator Energoatom", " cybersecurity firm Mandiant"). The name's
 * tokens, or null.
 */
function nameAfterDescription(env: Env, q: number, sLast: number): { first: number; last: number } | null {
  const { tokens, actors, lexicon } = env;
  if (tokens[q]?.norm === "'s" || tokens[q]?.text === "’s") q++;
  const from = q;
  while (q < sLast && q - from < 4 && /^(ADJ|NOUN)$/.test(tokens[q].pos) && /^\p{Ll}/u.test(tokens[q].text) && !actors.mentionAt[q] && !env.quoteTokens[q]) q++;
  if (q === from || tokens[q - 1].pos !== "NOUN" || lexicon.speechNouns.has(tokens[q - 1].lower)) return null;
  const first = q;
  // (any capitalised word: the tagger takes "Redline" or "Recorded Future" for verbs)
  while (q < sLast && q - first < 3 && tokens[q].kind === "word" && /^\p{Lu}/u.test(tokens[q].text) && !actors.mentionAt[q] && !env.quoteTokens[q] && !monthWord(env, tokens[q].lower) && !dayWord(env, tokens[q].lower)) q++;
  if (q === first) return null;
  // (the name ends the phrase: no capitalised word, possessive or title runs on)
  const next = tokens[q];
  if (next && (/^\p{Lu}/u.test(next.text) || next.norm === "'s" || next.text === "’s")) return null;
  for (let t = first; t < q; t++) if (lexicon.titles.matchAt(tokens, t, byLower, q)) return null;
  return { first, last: q };
}

/**
 * The person whose name, after a few title words, runs from token `lead` to `end` (or to an
 * of-phrase before it): "Former minister Clare Short", "Sen. Rand Paul of Kentucky", "Labour peer
 * Baroness Kennedy". Null where a verb, a comma or a quote comes first, or no person is named.
 */
function openingPerson(env: Env, lead: number, end: number): Speaker | null {
  const { tokens, actors } = env;
  for (let q = lead; q < end && q - lead < 8; q++) {
    // (nor after a preposition: "The Coalition for Clean Rivers" is one name, not a title before one)
    if (env.quoteTokens[q] || tokens[q].kind === "punct" || /^(VERB|AUX|ADP)$/.test(tokens[q].pos)) return null;
    const m = actors.mentionAt[q];
    if (!m || m.token !== q || actors.actors[m.actor].kind !== "person") continue;
    if (m.tokenEnd !== end && !/^(of|from|at)$/.test(tokens[m.tokenEnd]?.lower ?? "")) return null;
    return { actor: m.actor, name: actors.actors[m.actor].name, first: lead, last: m.tokenEnd, rule: "speaker:person" };
  }
  return null;
}

function speakerStartingAt(env: Env, k: number, sLast: number): Speaker | null {
  const { tokens, actors } = env;
  if (k >= sLast) return null;
  const r = actors.roleNPs.find((x) => x.first === k);
  if (r) {
    // "a statement released by Erdoğan's office", "a spokesperson for the Kremlin"
    let q = r.last;
    if (/^(released|issued|published|posted)$/.test(tokens[q]?.lower ?? "")) q++;
    if (q < sLast && /^(by|from)$/.test(tokens[q].lower)) {
      const by = speakerStartingAt(env, q + 1, sLast);
      if (by) return { actor: by.actor, name: by.name, first: k, last: by.last, rule: by.rule };
    }
    // "A North Korean foreign ministry spokesman was quoted": a role noun after the body's phrase
    // is who speaks, for the body
    const head = roleNounAfter(env, r.last, sLast);
    if (head > r.last && (r.actor === null || actors.actors[r.actor].kind !== "person"))
      return { actor: r.actor ?? r.affiliation, name: stripArticle(env.doc.text.slice(tokens[r.first].start, tokens[head - 1].end)), first: r.first, last: head, rule: "speaker:role" };
    return roleSpeaker(env, r);
  }
  const m = actors.mentionAt[k];
  if (m && m.token === k) {
    const a = actors.actors[m.actor];
    // an affiliation before a person: "Kremlin spokesperson Dmitry Peskov", "Iran's foreign ministry
    // spokesman Esmaeil Baghaei" (the person's mention starts at the title)
    if (a.kind !== "person") {
      // ("Ministry of International Trade and Industry (MITI) director general Noboru Hatakeyama":
      // the organisation's abbreviation in parentheses is part of it)
      const from = parenthesisEnd(env, m.tokenEnd, sLast);
      for (let q = from; q < Math.min(sLast, from + 10); q++) {
        const next = actors.mentionAt[q];
        if (next && next.token === q && actors.actors[next.actor].kind === "person")
          return { actor: next.actor, name: actors.actors[next.actor].name, first: k, last: next.tokenEnd, rule: "speaker:person" };
        // ("Ukraine's nuclear operator Energoatom", "the Russian energy giant Gazprom": an organisation
        // that a state and a lower-case description lead to speaks, not the state)
        const kindNext = next && next.token === q ? actors.actors[next.actor].kind : null;
        // ("Britain's Cabinet Office said", "Russia's Foreign Ministry said": the state's body speaks)
        const owned = q === from + 1 && (tokens[q - 1].norm === "'s" || tokens[q - 1].text === "’s" || tokens[q - 1].text === "'s") && !/^(NOUN|PROPN)$/.test(tokens[next?.tokenEnd ?? q]?.pos ?? "");
        if (a.kind === "country" && (kindNext === "organization" || kindNext === "igo" || kindNext === "group") && ((tokens[q - 1].pos === "NOUN" && /^\p{Ll}/u.test(tokens[q - 1].text)) || owned))
          return { actor: next!.actor, name: stripThe(next!.text), first: k, last: next!.tokenEnd, rule: `speaker:${kindNext}` };
        const w = tokens[q];
        if (next || !(w.norm === "'s" || w.pos === "ADJ" || w.pos === "NOUN" || w.pos === "PROPN" || titleJoin(env, q))) break;
        // (a title runs six words at most before its name, but for words joined in a capitalised
        // title: "Malaysia's International Trade and Industry Minister Mustapa Mohamed")
        if (q - from >= 5 && !/^\p{Lu}/u.test(w.text)) break;
      }
      // "the US cybersecurity firm Mandiant", "Ukraine's nuclear operator Energoatom": a state before
      // a common noun and a name the actor stage does not know; the name speaks, the state only says
      // where it is from
      const named = a.kind === "country" ? nameAfterDescription(env, from, sLast) : null;
      if (named) return { actor: null, name: env.doc.text.slice(tokens[named.first].start, tokens[named.last - 1].end), first: k, last: named.last, rule: "speaker:named" };
      // ("the Foreign Ministry spokesman said": the role noun after the body is who speaks, for it)
      const head = roleNounAfter(env, m.tokenEnd, sLast);
      if (head > m.tokenEnd && SPEAKER_KINDS.has(a.kind)) return { actor: m.actor, name: stripThe(env.doc.text.slice(tokens[m.token].start, tokens[head - 1].end)), first: k, last: head, rule: "speaker:role" };
    }
    if (SPEAKER_KINDS.has(a.kind)) return { actor: m.actor, name: a.kind === "person" ? a.name : stripThe(m.text), first: k, last: m.tokenEnd, rule: `speaker:${a.kind}` };
  }
  const t = tokens[k];
  if (t.lower === "the" || t.lower === "a" || t.lower === "an") return speakerStartingAt(env, k + 1, sLast);
  // ("said one senior EU official", "another diplomat said": a numeral article before a role of one
  // unnamed person; not before a name or a body, "one Russia", which it does not determine)
  if (t.lower === "one" || t.lower === "another") {
    // ('Administration officials said ... "...," one said', 'one of them said': one of the plural
    // group that reported just before, which speaks as that group)
    const ofThem = tokens[k + 1]?.lower === "of" && /^(them|those)$/.test(tokens[k + 2]?.lower ?? "");
    if (t.lower === "one" && (ofThem || (k + 1 < sLast && cueAt(env, k + 1, sLast)))) {
      const at = t.start;
      const si = sentenceHolding(env.doc.sentences, at);
      const group = si > 0 ? pluralReporter(env, si - 1) : null;
      if (group) return { actor: group.actor, name: group.name, first: k, last: ofThem ? k + 3 : k + 1, rule: "speaker:one-of-group" };
      return null;
    }
    const role = speakerStartingAt(env, k + 1, sLast);
    return role && role.rule === "speaker:role" ? role : null;
  }
  if (t.lower === "he" || t.lower === "she" || t.lower === "they") {
    const ante = antecedent(env, k);
    if (ante) return { actor: ante.actor, name: ante.name, first: k, last: k + 1, rule: pronounRule(env) };
  }
  return null;
}

/** The end of a lower-case word for people who speak for a body (speech.json groups: "spokesman",
 * "official") right at token k, or k where none. */
function roleNounAfter(env: Env, k: number, sLast: number): number {
  const t = env.tokens[k];
  if (k >= sLast || !t || env.quoteTokens[k] || env.actors.mentionAt[k] || t.pos !== "NOUN" || !/^\p{Ll}/u.test(t.text)) return k;
  if (env.lexicon.speechNouns.has(t.lower)) return k;
  const g = env.lexicon.groupWords.matchAt(env.tokens, k, byLower, sLast);
  return g ? k + g.length : k;
}

/** "and", "of" or "&" inside a capitalised title ("Trade and Industry Minister"), between two capitalised words that are no actor. */
function titleJoin(env: Env, q: number): boolean {
  const { tokens, actors } = env;
  const w = tokens[q].lower;
  if (w !== "and" && w !== "of" && w !== "&") return false;
  const a = tokens[q - 1];
  const b = tokens[q + 1];
  return !!a && !!b && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text) && !actors.mentionAt[q - 1] && !actors.mentionAt[q + 1];
}

/** After a parenthesis of a few words that opens at k ("(MITI)", "(ISW)"), the token after it; k otherwise. */
function parenthesisEnd(env: Env, k: number, last: number): number {
  const { tokens } = env;
  if (tokens[k]?.text !== "(") return k;
  for (let c = k + 1; c < last && c - k <= 5; c++) {
    if (env.quoteTokens[c]) return k;
    if (tokens[c].text === ")") return c + 1;
  }
  return k;
}

/** The person named right before "of/at/from (the) ..." that ends at token k - 1: "Sheik Ahmed
 * el-Tayeb of the Cairo-based Al-Azhar", "John Smith at the Brookings Institution". */
function personOf(env: Env, k: number, sFirst: number): PlacedMention | null {
  const { tokens, actors } = env;
  let p = k - 1;
  // (over an article and adjectives: "the Cairo-based", "the influential")
  while (p > sFirst && k - p <= 5) {
    const w = tokens[p];
    const place = actors.mentionAt[p] && actors.actors[actors.mentionAt[p]!.actor].kind !== "person";
    if (/^(DET|ADJ)$/.test(w.pos) || w.text === "-" || w.lower === "based" || place) p--;
    else break;
  }
  if (p <= sFirst || !/^(of|at|from)$/.test(tokens[p].lower) || env.quoteTokens[p]) return null;
  // (the end of a name the person's mention left out: "Sheik Ahmed [el-Tayeb]", a hyphenated part
  // or a capitalised word)
  let e = p;
  while (e - 1 > sFirst && p - e < 4 && !actors.mentionAt[e - 1]) {
    const w = tokens[e - 1];
    if (w.text === "-" || (w.pos === "PROPN" && /^\p{Lu}/u.test(w.text)) || (tokens[e]?.text === "-" && /^\p{Ll}{1,3}$/u.test(w.text))) e--;
    else break;
  }
  const m = actors.mentionAt[e - 1];
  return m && m.tokenEnd === e && actors.actors[m.actor].kind === "person" ? m : null;
}

/** "according to her", "according to him": the person the pronoun stands for. */
function objectPronounSpeaker(env: Env, k: number): Speaker | null {
  const t = env.tokens[k];
  if (!t || !/^(her|him)$/.test(t.lower)) return null;
  const ante = antecedent(env, k);
  return ante ? { actor: ante.actor, name: ante.name, first: k, last: k + 1, rule: pronounRule(env) } : null;
}

/**
 * "the new head of the British army said", "a member of the committee said": a common noun that
 * the role phrase completes with "of" is who speaks (both singular); the role phrase names their body, whose state
 * or organisation the speaker keeps, under the whole phrase's name. Null when no such noun stands
 * before "of".
 */
function headOfRole(env: Env, r: ActorLayer["roleNPs"][number], sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  const of = r.first - 1;
  if (of - 1 < sFirst || tokens[of].lower !== "of" || env.quoteTokens[of]) return null;
  const head = tokens[of - 1];
  if (head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text) || actors.mentionAt[of - 1] || env.lexicon.speechNouns.has(head.lower)) return null;
  // one of one: a plural on either side is mostly a part of a group ("a number of protesters",
  // "two van loads of police"), and the group speaks
  if (/[^s]s$/.test(head.lower) || /[^s]s$/.test(tokens[r.last - 1].lower)) return null;
  let first = of - 1;
  while (first - 1 >= sFirst && of - first < 4 && tokens[first - 1].pos === "ADJ" && !actors.mentionAt[first - 1]) first--;
  // (the person a role resolves to is not its head's: "the spokesman of the president" is not the
  // president, but of the president's state)
  const person = r.actor !== null && actors.actors[r.actor].kind === "person";
  const actor = person ? r.affiliation : (r.actor ?? r.affiliation);
  const name = env.doc.text.slice(tokens[first].start, tokens[r.last - 1].end);
  return { actor, name, first, last: r.last, rule: "speaker:role" };
}

function roleSpeaker(env: Env, r: ActorLayer["roleNPs"][number]): Speaker {
  // ("Reporter Tom Baker asked ... 'We are not dependent,' the chancellor told reporters": a person
  // the text calls a journalist holds no office a role phrase names; the phrase speaks as itself)
  const press = pressHolder(env, r);
  const a = r.actor !== null && !press ? env.actors.actors[r.actor] : null;
  return {
    actor: press ? r.affiliation : (r.actor ?? r.affiliation),
    name: a ? a.name : stripArticle(r.text),
    first: r.first,
    last: r.last,
    rule: a ? "speaker:role-coref" : "speaker:role",
  };
}

/**
 * Whether a role phrase resolved to a person whom the text titles as press (a title of the MED
 * sector right before one of their mentions: "reporter Tom Baker", "Journalist Ana Ruiz"), while the
 * phrase's own title is no press title ("the chancellor", "the minister"): the asker of a question
 * holds no office the phrase names.
 */
function pressHolder(env: Env, r: ActorLayer["roleNPs"][number]): boolean {
  const { tokens, actors, lexicon } = env;
  const a = r.actor !== null ? actors.actors[r.actor] : null;
  // ("Ex-chat show host X quit the party. The MEP said": one who was press once may hold an office now)
  if (!a || a.kind !== "person" || a.formerRole) return false;
  const sectorAt = (k: number, end: number): string | null | undefined => {
    const t = lexicon.titles.matchAt(tokens, k, byLower, end);
    return t && k + t.length === end ? t.values[0]?.sector : undefined;
  };
  for (let k = r.first; k < r.last; k++) {
    const t = lexicon.titles.matchAt(tokens, k, byLower, r.last);
    if (t) {
      if (t.values[0]?.sector === "MED") return false;
      break;
    }
  }
  for (const m of a.mentions) {
    const at = m.token;
    if (at === undefined || m.rule === "actors/coref:role") continue;
    for (let k = Math.max(0, at - 2); k < at; k++) if (sectorAt(k, at) === "MED") return true;
  }
  return false;
}

function stripArticle(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, "");
}
function stripThe(s: string): string {
  return s.replace(/^the\s+/i, "");
}

/** Who "he" or "she" is: the subject (first person named) of this sentence or the ones before. */
/**
 * A proper name (one of our organisations or institutions, or capitalised words we do not know)
 * that a comma opens and the comma at j closes: ", Soma Holding," / ", the ISW,". Not a person
 * (handled before, with its own rule), not a state or place (", Ukraine, said" ends a list or a
 * place phrase), and only after a description that opens the sentence.
 */
function appositiveName(env: Env, j: number, sFirst: number): Speaker | null {
  const { tokens, actors } = env;
  let k = j - 1;
  const m = actors.mentionAt[k];
  // (a capitalised word the tagger took for a noun or verb is still part of the name: "Soma Holding")
  if (m && m.tokenEnd === j) {
    const kind = actors.actors[m.actor].kind;
    if (kind !== "organization" && kind !== "igo") return null;
    k = m.token - 1;
  } else {
    while (k > sFirst && j - k <= 4 && /^(PROPN|NOUN|VERB)$/.test(tokens[k].pos) && /^\p{Lu}/u.test(tokens[k].text) && !actors.mentionAt[k] && !env.quoteTokens[k]) k--;
    if (k === j - 1) return null;
  }
  if (/^(the)$/.test(tokens[k]?.lower ?? "")) k--;
  if (k <= sFirst + 1 || tokens[k].text !== ",") return null;
  // the description before the comma is a common noun phrase that opens the sentence: "The Turkish
  // company that runs the mine", "Simpson's attorney". Not a name or place ("Harry Reid, Nevada
  // Democrat,", "from Corona, California,"), nor the end of a clause ("..., the agency, KCNA, said")
  const head = tokens[k - 1];
  if (!head || head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text)) return null;
  for (let c = sFirst; c < k; c++) if (tokens[c].text === "," || env.quoteTokens[c]) return null;
  // ("Sen. Tom Cotton, Arkansas Republican,": a party member's description, not a name)
  if (env.lexicon.speakerDescriptions.has(tokens[j - 1].lower)) return null;
  const first = k + 1;
  const name = env.doc.text.slice(tokens[first].start, tokens[j - 1].end).replace(/^the\s+/i, "");
  return { actor: m && m.tokenEnd === j ? m.actor : null, name, first, last: j, rule: "speaker:appositive-name" };
}

function antecedent(env: Env, j: number): Omit<Speaker, "first" | "last" | "rule"> | null {
  const found = nearestAntecedent(env, j);
  // ("Baroness Smith ... Liam Jones said ... 'It is wrong,' she said": "she" goes past a person of unknown gender to
  // the one woman named before; see only-woman-before.ts)
  // (not inside another sentence's resolution: each step would look four sentences further back)
  if (env.tokens[j].lower !== "she" || found === null || found.actor === null || env.resolving) return found;
  const { actors } = env;
  if (actors.actors[found.actor]?.kind !== "person") return found;
  env.genders ??= personGenders(env);
  if (env.genders.get(found.actor)) return found;
  // ("Polish survivor Zdzislawa Wlodarczyk said ... She told the audience"): a given name of no known
  // gender that ends in -a is most often a woman's (Slavic, Baltic, Romance and Germanic feminines),
  // so she may well be the one "she" takes up: the nearest candidate stands
  const given = actors.actors[found.actor].name.split(" ");
  if (given.length > 1 && /\p{Ll}a$/u.test(given[0])) return found;
  const quoted = quotedPersons(env, j);
  const womanReporterIn = (si: number): WomanReporter | null => {
    const was = env.resolving;
    env.resolving = true;
    const s = env.doc.sentences[si];
    const rep = sentenceSpeaker(env, s, s.last);
    env.resolving = was;
    if (!rep) return null;
    const a = rep.speaker.actor;
    if (a !== null && actors.actors[a]?.kind === "person") return !quoted?.has(a) && env.genders!.get(a) === "f" ? { actor: a, name: actors.actors[a].name } : null;
    // (an unnamed one: "A spokeswoman for the ministry said", "An executive spokeswoman said", leading the sentence)
    const lead = spokesmanFor(env, rep.speaker, s.first);
    if (lead) return lead.gender === "f" && leadsSentence(env, s, lead.first) ? { actor: a, name: rep.speaker.name } : null;
    const own = (rep.speaker.rule === "speaker:role" || rep.speaker.rule === "speaker:noun-phrase") && singularRole(env, rep.speaker) && leadsSentence(env, s, modifiersFirst(env, nameModifiersFirst(env, rep.speaker), s.first));
    return own && roleHeadGender(env, rep.speaker) === "f" ? { actor: a, name: rep.speaker.name } : null;
  };
  const woman = onlyWomanBefore(env.doc.sentences, env.tokens, womanReporterIn, j);
  if (woman === null || (woman.actor === found.actor && woman.name === found.name)) return found;
  if (!env.resolving) env.pronounVia = "past-unknown-gender";
  return woman;
}

/** Who "he" or "she" is by the nearest candidate: the reporter or subject of this sentence or the ones before. */
function nearestAntecedent(env: Env, j: number): Omit<Speaker, "first" | "last" | "rule"> | null {
  const { tokens, actors, doc } = env;
  const at = tokens[j].start;
  let si = sentenceHolding(doc.sentences, at);
  if (tokens[j].lower === "they") return pluralReporter(env, si);
  // "CLAUSE, he said.": the clause is what he said, and names others
  const clauseFinal = tokens[j - 1]?.text === "," && si >= 0 && clauseFinalCue(env, doc.sentences[si], j);
  // ("The policies of President X, he told a news conference, were a threat": the words the cue
  // interrupts are what he said, and the persons in them are whom he spoke of)
  const interposed = !clauseFinal && si >= 0 && interposedCue(env, doc.sentences[si], j);
  // (kept for last: where the sentence splitter ran two sentences together, "Haughey promised
  // ... 1.5 pct. Jobs were his top priority, he said", the person is in that one "sentence")
  const ownClause = clauseFinal ? firstPersonIn(env, doc.sentences[si].first, j, PRONOUN_GENDER[tokens[j].lower]) : null;
  // ("The French leader - he described it as ..."): a pronoun right after a dash that follows the
  // sentence's opening phrase takes up that phrase, its own clause's subject
  const dashed = si >= 0 ? dashSubject(env, doc.sentences[si], j) : null;
  if (dashed) return dashed;
  const pronoun = tokens[j].lower;
  // "she said" never goes to a man, "he said" never to a woman (a person of unknown gender may be either)
  const wanted = PRONOUN_GENDER[pronoun];
  if (!env.resolving) env.pronounVia = null;
  // ('"Mr Blair has failed to tackle these problems," he claimed': a person the quote names in the
  // third person is whom it speaks of, not who speaks it)
  const named = quotedPersons(env, j);
  const fits = (a: number | null): boolean => {
    if (a !== null && named?.has(a)) {
      if (!env.resolving) env.pronounVia = "past-quoted";
      return false;
    }
    return a === null || !wanted || !conflictsGender(env, a, wanted);
  };
  // ("The diplomat said the reformers wanted reform. '...,' he said": the nearest unnamed person who
  // reported, a role leading its sentence, where no name is found in the window)
  let roleFallback: Omit<Speaker, "first" | "last" | "rule"> | null = null;
  for (let back = 0, seen = 0; si >= 0 && back < 4 && seen < 10; back++, si--, seen++) {
    const s = doc.sentences[si];
    if (s.headline || (back === 0 && (clauseFinal || interposed))) continue;
    const end = back === 0 ? j : s.last;
    // a sentence before whose subject is the same pronoun ("He said Turkey ... He denied ...") is
    // about the same person, whom it names only as an object, if at all: the chain goes on to the
    // sentence that named them; and a sentence all in quotation marks names no one who speaks
    // ('"Nobody is moving," he said. But he added ...': a quote that the same pronoun reports goes on with the
    // one its own resolution found, named or not (a nested resolution would see only the persons named before)
    const said = back > 0 && !env.resolving ? env.pronounQuoteSpeakers.get(si) : undefined;
    // (an unnamed reporter nearer than that quote is whom the pronoun goes on with, not another unnamed one
    // before it: 'The economist said ... "...," he said. The diplomat said ... "...," he said')
    if (said && said.actor === null && roleFallback && roleFallback.name !== said.name) break;
    if (said && quotePronoun(env, s) === pronoun && (said.actor === null || actors.actors[said.actor]?.kind !== "person" || fits(said.actor))) return { actor: said.actor, name: said.name };
    if (back > 0 && (subjectPronoun(env, s) === pronoun || interposedPronoun(env, s) === pronoun || allQuoted(env, s))) {
      back--;
      continue;
    }
    // ('X once told him: "..."', 'As Churchill put it: "..."': the chain goes on past the teller)
    if (back > 0 && !env.resolving && toldHearer(env, s, j)) {
      env.pronounVia = "past-hearer";
      back--;
      continue;
    }
    // a sentence before that reports someone's words: its speaker, who "he said" most often goes
    // on with ("The man, Aaron Vargas, is in hospital, Bukele said. ... he added" is Bukele)
    if (back > 0 && !env.resolving) {
      env.resolving = true;
      const rep = sentenceSpeaker(env, s, s.last);
      env.resolving = false;
      const a = rep?.speaker.actor;
      if (a !== undefined && a !== null && actors.actors[a]?.kind === "person" && fits(a)) return { actor: a, name: actors.actors[a].name };
      // ("A senior Foreign Ministry official, who declined to be identified, told Reuters ... / "...,"
      // he said.": one unnamed official who reported, as the sentence's subject, is whom "he" goes on with)
      // ("An executive spokeswoman said ...": lower-case modifiers before the role head lead with it)
      if (rep && (tokens[j].lower === "he" || tokens[j].lower === "she") && rep.speaker.rule === "speaker:another" && leadsSentence(env, s, rep.speaker.first))
        return { actor: rep.speaker.actor, name: rep.speaker.name };
      if (rep && (tokens[j].lower === "he" || tokens[j].lower === "she") && (rep.speaker.rule === "speaker:role" || rep.speaker.rule === "speaker:noun-phrase" || rep.speaker.rule === "speaker:possessed-role") && leadsSentence(env, s, modifiersFirst(env, nameModifiersFirst(env, rep.speaker), s.first)) && (singularRole(env, rep.speaker) || possessedSingular(env, rep.speaker)) && roleHeadGender(env, rep.speaker) !== (wanted === "f" ? "m" : "f"))
        return { actor: rep.speaker.actor, name: rep.speaker.name };
      // ("A spokesman for the ministry said ... / "...," he said.": the one unnamed person who spoke
      // for the body is whom "he" goes on with; the body stays the speaker, as in the report)
      const lead = rep && (tokens[j].lower === "he" || tokens[j].lower === "she") ? spokesmanFor(env, rep.speaker, s.first) : null;
      if (lead && leadsSentence(env, s, lead.first) && lead.gender !== (wanted === "f" ? "m" : "f"))
        return { actor: rep!.speaker.actor, name: rep!.speaker.name };
      // ("The ministry's spokesman said Prime Minister X had approved the plan. '...,' he said": a
      // definite role that leads its sentence and reports, where no one is named before its cue: the
      // persons after the cue are what it reported on, and the role is whom "he" goes on with)
      if (rep && (pronoun === "he" || pronoun === "she") && reportingRole(env, s, rep, wanted)) return { actor: rep.speaker.actor, name: rep.speaker.name };
      // ("One resident, Anna, said ... '...,' she said": the name a description leading the sentence gives in
      // apposition, which the actor stage took for no person)
      if (rep && (pronoun === "he" || pronoun === "she") && rep.speaker.rule === "speaker:appositive-name" && rep.speaker.actor === null && tokens[rep.speaker.first - 1]?.text === "," && rep.speaker.first - s.first <= 6)
        return { actor: null, name: rep.speaker.name };
      if (rep && roleFallback === null && (pronoun === "he" || pronoun === "she") && unnamedReporter(env, s, rep.speaker, wanted)) roleFallback = { actor: rep.speaker.actor, name: rep.speaker.name };
    }
    // ("A nurse spoke of Maria Lopez, who died in the attack. '...,' she said": an unnamed person the
    // sentence before brings in as its subject is whom the pronoun takes up, over the persons named after
    // its verb, whom the witness spoke of; described-subject.ts)
    const described = back > 0 ? describedSubject(doc.text, tokens, afterFrontedAdverbial(env, s, s.last), s.last, env.lexicon.describedHeads, (k) => personAt(env, k), (k) => !!env.quoteTokens[k]) : null;
    if (described && !(wanted && described.gender && described.gender !== wanted)) {
      if (!env.resolving) env.pronounVia = "described";
      return { actor: null, name: described.name };
    }
    // ("According to Tom Wade, Prime Minister X had misled voters. '...,' he said": the one a sentence
    // cites at its opening is whom it reports; the persons in the cited words are whom they spoke of)
    const cited = back > 0 ? citedAtOpening(env, s) : null;
    if (cited !== null && fits(cited)) return { actor: cited, name: actors.actors[cited].name };
    // the subject after a fronted adverbial first ("Commenting on President Reagan's decision,
    // Baldrige said ..."): a person inside the adverbial is not who the sentence is about
    // ("Asked whether Brown would stay, he replied": the one asked is whom the text reports on, never
    // a person the question names; the chain goes on to the sentences before)
    const asked = back === 0 ? questionFrameEnd(env, s, end) : -1;
    if (asked >= 0 && !env.resolving) env.pronounVia = "past-question";
    const main = asked >= 0 ? asked : afterFrontedAdverbial(env, s, end);
    const found = firstPersonIn(env, main, end, wanted, named) ?? (main > s.first && asked < 0 ? firstPersonIn(env, s.first, main, wanted, named) : null);
    if (found) return found;
  }
  if (ownClause && fits(ownClause.actor)) return ownClause;
  if (roleFallback) {
    if (!env.resolving) env.pronounVia = "role";
    return roleFallback;
  }
  if (env.lastSpeaker && env.lastSpeaker.speaker.actor !== null) {
    const a = actors.actors[env.lastSpeaker.speaker.actor];
    if (a?.kind === "person" && fits(env.lastSpeaker.speaker.actor)) return { actor: env.lastSpeaker.speaker.actor, name: a.name };
  }
  return null;
}

/**
 * "The policies of President X, he told a news conference, were a threat": whether the he/she at j
 * reports from inside its sentence, after a comma and before a comma that the sentence goes on
 * after (its cue and a short object or time between: "he said,", "she told reporters on Monday,").
 */
function interposedCue(env: Env, s: Sentence, j: number): boolean {
  const { tokens } = env;
  const p = tokens[j].lower;
  if ((p !== "he" && p !== "she") || j < s.first + 2 || tokens[j - 1].text !== "," || env.quoteTokens[j - 1]) return false;
  let c = j + 1;
  while (c < s.last && ADVERB_POS.has(tokens[c].pos)) c++;
  const cue = cueAt(env, c, s.last);
  if (!cue) return false;
  for (let k = cue.end; k < s.last && k - cue.end <= 6; k++) {
    const t = tokens[k];
    if (env.quoteTokens[k] || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || /^(that|[;:])$/.test(t.lower)) return false;
    if (t.text === ",") return k + 1 < s.last && tokens[k + 1].kind !== "punct" && !env.quoteTokens[k + 1];
  }
  return false;
}

/**
 * "The actions of the president, he told a news conference, were a threat to everyone", "The talks, Vance said,
 * had failed": a speaker and its cue between commas (spFirst after the first comma) inside the clause they report:
 * the words before the comma are a subject with no verb of its own, and after the cue's short object or time and a
 * comma the clause goes on with its verb. Not "The president, he said, in a speech" (no verb after), a clause with a
 * verb before the comma (an adverbial clause or a clause of its own), or a quote in the sentence.
 */
function interruptedClause(env: Env, s: Sentence, spFirst: number, cue: Cue): boolean {
  const { tokens } = env;
  if (spFirst - 1 < s.first + 2 || tokens[spFirst - 1].text !== "," || hasVerbIn(env, s.first, spFirst - 1)) return false;
  for (let i = s.first; i < s.last; i++) if (env.quoteTokens[i]) return false;
  // (the subject opens the sentence: no preposition or clause word before it, "In Kyiv, he said, ...")
  if (/^(ADP|SCONJ|ADV|CCONJ)$/.test(tokens[s.first].pos) || /^(but|and|so|yet|still|meanwhile|however)$/.test(tokens[s.first].lower)) return false;
  for (let k = cue.end; k < s.last && k - cue.end <= 6; k++) {
    const t = tokens[k];
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || /^(that|[;:])$/.test(t.lower)) return false;
    if (t.text !== ",") continue;
    let v = k + 1;
    while (v < s.last && tokens[v].pos === "ADV") v++;
    const w = tokens[v];
    return !!w && (w.pos === "AUX" || (w.pos === "VERB" && !/ing$/.test(w.lower)));
  }
  return false;
}

/** The he/she of a cue that a sentence's clause interrupts ("Hill, he said, had misled voters"), or null. */
function interposedPronoun(env: Env, s: Sentence): string | null {
  for (let k = s.first + 2; k < s.last; k++) {
    if (env.tokens[k - 1].text === "," && interposedCue(env, s, k)) return env.tokens[k].lower;
  }
  return null;
}

/** The person an "According to X," that opens a sentence cites (the comma right after the name), or null. */
function citedAtOpening(env: Env, s: Sentence): number | null {
  const { tokens, actors } = env;
  if (tokens[s.first]?.lower !== "according" || tokens[s.first + 1]?.lower !== "to") return null;
  const m = actors.mentionAt[s.first + 2];
  if (!m || m.token !== s.first + 2 || actors.actors[m.actor].kind !== "person" || tokens[m.tokenEnd]?.text !== ",") return null;
  return m.actor;
}

/**
 * "The opposition leader accused Prime Minister X of lying", "The ministry's spokesman said X had
 * approved it": whether a sentence's report is made by a definite singular role that leads it (no
 * person of ours: one coreference linked has spoken as that person already), with no person named
 * before its cue, so that the persons after the cue are whom it spoke of; the role's head may not
 * be of the other gender ("spokeswoman" for "he").
 */
function reportingRole(env: Env, s: Sentence, rep: { speaker: Speaker; cue: Cue }, wanted: "f" | "m" | undefined): boolean {
  const { tokens, actors } = env;
  const sp = rep.speaker;
  if (sp.rule !== "speaker:role" && sp.rule !== "speaker:noun-phrase" && sp.rule !== "speaker:possessed-role") return false;
  if (sp.actor !== null && actors.actors[sp.actor]?.kind === "person") return false;
  const head = tokens[sp.last - 1];
  if (sp.last > rep.cue.at || head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text) || /[^s]s$/.test(head.lower)) return false;
  if (roleHeadGender(env, sp) === (wanted === "f" ? "m" : "f")) return false;
  // (a role of one person, not a body: "the church said ..., spokesman X wrote")
  if (!actors.roleNPs.some((r) => r.last === sp.last) && !env.lexicon.personNouns.has(head.lower)) return false;
  const first = modifiersFirst(env, nameModifiersFirst(env, sp), s.first);
  if (!leadsSentence(env, s, first)) return false;
  // (the main clause's subject, not a fronted one's: "When the presenter asked him ..., Mr X chuckled")
  for (let k = s.first; k < first; k++) if (SUBORDINATORS.test(tokens[k].lower)) return false;
  if (firstPersonIn(env, s.first, rep.cue.at) !== null) return false;
  // (the person is inside the cue's own clause: none after a comma, where another clause or a
  // closing attribution may start: "..., spokesman X wrote")
  for (let k = rep.cue.end; k < s.last; k++) {
    if (env.quoteTokens[k] || /^[,;:]$/.test(tokens[k].text)) return false;
    const m = actors.mentionAt[k];
    if (m && actors.actors[m.actor].kind === "person") return !(wanted && conflictsGender(env, m.actor, wanted));
  }
  return false;
}

/**
 * "The French leader - he described it as a turning point": he/she right after a dash, where the
 * words before the dash are the sentence's opening noun phrase (a role, a person or a body, nothing
 * before it but an article): that phrase, which the dash breaks off and the pronoun takes up.
 * Null where the dash follows anything else ("He met Trump - he said ...": a clause of its own) or
 * the phrase is a person of the other gender.
 */
function dashSubject(env: Env, s: Sentence, j: number): Omit<Speaker, "first" | "last" | "rule"> | null {
  const { tokens, actors } = env;
  const p = tokens[j].lower;
  if ((p !== "he" && p !== "she") || j < s.first + 2 || !/^[-–—]$/.test(tokens[j - 1].text)) return null;
  const sp = speakerEndingAt(env, j - 2, s.first);
  if (!sp || sp.rule.startsWith("speaker:pronoun")) return null;
  const first = modifiersFirst(env, sp.first, s.first, true);
  if (first > s.first + 1 || (first === s.first + 1 && !/^(the|a|an)$/.test(tokens[s.first].lower))) return null;
  for (let k = s.first; k < j - 1; k++) if (/^[-–—,;:]$/.test(tokens[k].text) || env.quoteTokens[k]) return null;
  const wanted = PRONOUN_GENDER[p]!;
  if (sp.actor !== null && actors.actors[sp.actor]?.kind === "person" ? conflictsGender(env, sp.actor, wanted) : speakerConflicts(env, sp, wanted)) return null;
  return { actor: sp.actor, name: sp.name };
}

/** The persons named inside the quotation that closes right before the pronoun at j ('"...," he
 * said'), or null where no quotation closes there. */
function quotedPersons(env: Env, j: number): Set<number> | null {
  const { tokens, actors } = env;
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && !env.quoteTokens[k] && tokens[k].kind === "punct") k--;
  if (k < 0 || !env.quoteTokens[k]) return null;
  const out = new Set<number>();
  for (; k >= 0 && env.quoteTokens[k]; k--) {
    const m = actors.mentionAt[k];
    if (m && actors.actors[m.actor].kind === "person") out.add(m.actor);
  }
  return out;
}

/**
 * "The diplomat said ...", "A senior aide told reporters ...": whether a sentence's reporter is one unnamed
 * person (speech.json describedHeads, singular and lower case, the phrase's head) who leads the sentence and
 * whose head is not of the other gender than `wanted`.
 */
function unnamedReporter(env: Env, s: Sentence, sp: Speaker, wanted: "f" | "m" | undefined): boolean {
  if (sp.rule !== "speaker:role" && sp.rule !== "speaker:noun-phrase" && sp.rule !== "speaker:possessed-role") return false;
  if (sp.actor !== null && env.actors.actors[sp.actor]?.kind === "person") return false;
  const head = env.tokens[sp.last - 1];
  if (!/^\p{Ll}/u.test(head.text) || !env.lexicon.describedHeads.has(head.lower)) return false;
  if (wanted && roleHeadGender(env, sp) === (wanted === "f" ? "m" : "f")) return false;
  return leadsSentence(env, s, modifiersFirst(env, nameModifiersFirst(env, sp), s.first));
}

/**
 * "Sharma is able and loyal, Mendez wrote. 'He led every unit.'": whether the sentence before a quote
 * reports a named person's words with the attribution closing it ("CLAUSE, X said." and nothing after
 * the cue), in the same paragraph as the quote: the quote goes on with that person's words. (A quote in
 * the next paragraph may be anyone's; one a speaker named after it attributes never comes here.)
 */
function closingReport(env: Env, prev: Sentence, s: Sentence, rep: { speaker: Speaker; cue: Cue }): boolean {
  const { tokens, actors } = env;
  if (s.paragraph !== prev.paragraph || !env.lexicon.indirectLemmas.has(rep.cue.lemma)) return false;
  const a = rep.speaker.actor;
  if (a === null || actors.actors[a]?.kind !== "person" || rep.speaker.rule.startsWith("speaker:pronoun")) return false;
  if (rep.speaker.first < prev.first + 3 || tokens[rep.speaker.first - 1].text !== "," || rep.cue.at < rep.speaker.first) return false;
  for (let k = rep.cue.end; k < prev.last; k++) if (tokens[k].kind !== "punct") return false;
  return true;
}

/** Whether a person's mention covers token k. */
function personAt(env: Env, k: number): boolean {
  const m = env.actors.mentionAt[k];
  return !!m && env.actors.actors[m.actor].kind === "person";
}

/** The rule of a speaker that a pronoun gave, with how its chain went past a nearer person. */
function pronounRule(env: Env): string {
  return env.pronounVia ? `speaker:pronoun-${env.pronounVia}` : "speaker:pronoun";
}

/**
 * 'His teacher once told him: "..." ... "...," he said': a sentence whose report is told to "him"
 * (or "her") is about that hearer, the person the text goes on with; a "he" after it is the hearer,
 * not the teller it names, and the chain returns to the hearer named before. Not where "he added"
 * follows in the same paragraph: that goes on with the teller's own words.
 */
function toldHearer(env: Env, s: Sentence, j: number): boolean {
  const { tokens, doc } = env;
  const pronoun = tokens[j].lower;
  const object = pronoun === "he" ? "him" : pronoun === "she" ? "her" : null;
  if (!object) return false;
  let k = -1;
  for (let c = s.first; c < s.last - 1; c++) {
    if (env.quoteTokens[c]) continue;
    // (and 'As Churchill put it: "..."': a saying cited in someone's speech, whose author the
    // speech only quotes)
    const cited = c > s.first && tokens[c - 1].lower === "as" && (env.actors.mentionAt[c] || tokens[c].pos === "PROPN");
    // (the telling introduces a quotation: 'told him: "..."', not "phoned her to tell her of the rescue")
    const told = tokens[c + 1].lower === object && env.lexicon.speechVerbs.has(tokens[c].lower) && (env.quoteTokens[c + 2] || (/^[:,]$/.test(tokens[c + 2]?.text ?? "") && !!env.quoteTokens[c + 3]));
    if (cited || told) {
      k = c;
      break;
    }
  }
  if (k < 0) return false;
  // (the telling is the sentence's own report: not "Macron said Putin told him ...", whose speaker is Macron)
  const was = env.resolving;
  env.resolving = true;
  const rep = sentenceSpeaker(env, s, s.last);
  env.resolving = was;
  if (!rep) return false;
  const citing = rep.cue.lemma === "put it" && rep.speaker.first === k;
  if (!citing && rep.cue.at !== k) return false;
  const own = doc.sentences.find((x) => x.first <= j && j < x.last);
  const cue = cueAt(env, j + 1, own ? own.last : tokens.length);
  return !(cue && /^(add|continue|go on)$/.test(cue.lemma) && own?.paragraph === s.paragraph);
}

/**
 * "a senior official", "one bond manager": an indefinite role of one person, someone the text
 * brings in without a name. (A definite one, "the commander", "the Russian tycoon", mostly stands
 * for a person named before, whom the search for a name finds.)
 */
function singularRole(env: Env, sp: Speaker): boolean {
  const { tokens } = env;
  const head = tokens[sp.last - 1];
  // ("an executive spokeswoman", "one senior official": lower-case modifiers between the article and the head)
  // ("One broker said", "Another analyst said": a capitalised numeral that opens the sentence is
  // part of the phrase, and it is the phrase's article)
  const det = tokens[sp.first]?.pos === "DET" || /^(one|another)$/.test(tokens[sp.first]?.lower ?? "") ? tokens[sp.first] : tokens[modifiersFirst(env, nameModifiersFirst(env, sp), Math.max(0, sp.first - 4)) - 1];
  return head.pos === "NOUN" && !/[^s]s$/.test(head.lower) && !!det && /^(a|an|one|another)$/.test(det.lower);
}

/**
 * "A spokesman for the ministry", "one senior official of the party": where a speaker phrase (the
 * body) follows "for" or "of" after an indefinite singular noun of one unnamed person, where that
 * noun phrase starts and the gender its head gives; null otherwise.
 */
function spokesmanFor(env: Env, sp: Speaker, sFirst: number): { first: number; gender: "f" | "m" | null } | null {
  const { tokens, actors } = env;
  let k = sp.first;
  if (k - 1 > sFirst && tokens[k - 1].lower === "the") k--;
  if (k - 2 <= sFirst || !/^(for|of)$/.test(tokens[k - 1].lower)) return null;
  const h = k - 2;
  const head = tokens[h];
  if (head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text) || /[^s]s$/.test(head.lower) || actors.mentionAt[h] || env.quoteTokens[h]) return null;
  let d = h - 1;
  while (d > sFirst && h - d <= 2 && tokens[d].pos === "ADJ" && /^\p{Ll}/u.test(tokens[d].text)) d--;
  if (d < sFirst || !/^(a|an|one|another)$/.test(tokens[d].lower)) return null;
  const g = /wom[ae]n$/.test(head.lower) ? "f" : /m[ae]n$/.test(head.lower) && head.lower.length > 4 ? "m" : null;
  return { first: d, gender: g };
}

/** "Tony Blair's official spokesman": one person whom a possessor determines, as "a spokesman" is. */
function possessedSingular(env: Env, sp: Speaker): boolean {
  const head = env.tokens[sp.last - 1];
  return sp.rule === "speaker:possessed-role" && head.pos === "NOUN" && /^\p{Ll}/u.test(head.text) && !/[^s]s$/.test(head.lower);
}

/** Where a role phrase starts with the capitalised names before it that the phrase leaves out
 * ("A Cabinet Office spokeswoman": "Cabinet"), so that its article is the token before. */
function nameModifiersFirst(env: Env, sp: Speaker): number {
  const { tokens } = env;
  let k = sp.first;
  while (k > sp.first - 5 && k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && !/^(a|an|one|another|the)$/i.test(tokens[k - 1].text) && !env.quoteTokens[k - 1]) k--;
  return k;
}

/** Whether a speaker is known to be of the other gender than the one given: a person's, or a role head's. */
function speakerConflicts(env: Env, sp: Speaker, gender: "f" | "m"): boolean {
  // (a speaker that a pronoun gave has that pronoun's gender: 'She said: "..."')
  const said = sp.rule.startsWith("speaker:pronoun") ? PRONOUN_GENDER[env.tokens[sp.first]?.lower ?? ""] : undefined;
  if (said) return said !== gender;
  if (sp.actor !== null && env.actors.actors[sp.actor]?.kind === "person") return conflictsGender(env, sp.actor, gender);
  const g = sp.last > sp.first ? roleHeadGender(env, sp) : null;
  return !!g && g !== gender;
}

/** The gender a role's head word gives: "spokeswoman" a woman, "spokesman" a man; else none. */
function roleHeadGender(env: Env, sp: Speaker): "f" | "m" | null {
  const head = env.tokens[sp.last - 1].lower;
  return /wom[ae]n$/.test(head) ? "f" : /m[ae]n$/.test(head) && head.length > 4 ? "m" : null;
}

/** The he/she that opens a sentence's main clause ("He denied ...", "In Ankara, she said ..."), or null. */
function subjectPronoun(env: Env, s: Sentence): string | null {
  const main = afterFrontedAdverbial(env, s, s.last);
  let k = main;
  while (k < s.last && env.tokens[k].kind === "punct" && !env.quoteTokens[k]) k++;
  const t = env.tokens[k];
  return t && !env.quoteTokens[k] && (t.lower === "he" || t.lower === "she") ? t.lower : null;
}

/** '"It is too early," he said.': the he/she that reports the quote a sentence opens with, right after it and
 * before the cue verb (over adverbs); null otherwise. */
function quotePronoun(env: Env, s: Sentence): string | null {
  const { tokens } = env;
  let k = s.first;
  while (k < s.last && tokens[k].kind === "punct" && !env.quoteTokens[k]) k++;
  if (!env.quoteTokens[k]) return null;
  while (k < s.last && (env.quoteTokens[k] || tokens[k].kind === "punct")) k++;
  const t = tokens[k];
  if (!t || !(t.lower === "he" || t.lower === "she")) return null;
  let v = k + 1;
  while (v < s.last && tokens[v].pos === "ADV") v++;
  return v < s.last && env.lexicon.speechVerbs.has(tokens[v].lower) ? t.lower : null;
}
function allQuoted(env: Env, s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (!env.quoteTokens[k] && env.tokens[k].kind !== "punct") return false;
  return true;
}

/**
 * Who "they" are: the plural that reported in the sentences before ("Western diplomats said ...
 * they said", "Officials said ... They said"); never one person, so none when no report has a
 * plural speaker.
 */
function pluralReporter(env: Env, si: number): Omit<Speaker, "first" | "last" | "rule"> | null {
  if (env.resolving) return null;
  for (let back = 0; back < 3 && si - back >= 0; back++) {
    const s = env.doc.sentences[si - back];
    if (s.headline) continue;
    env.resolving = true;
    const rep = sentenceSpeaker(env, s, s.last);
    env.resolving = false;
    if (!rep) continue;
    const a = rep.speaker.actor !== null ? env.actors.actors[rep.speaker.actor] : null;
    if (a?.kind === "person") continue;
    const head = env.tokens[rep.speaker.last - 1];
    if (a?.kind === "group" || (head.pos === "NOUN" && /s$/.test(head.lower))) return { actor: rep.speaker.actor, name: rep.speaker.name };
  }
  return null;
}

/** The first person named between from and to; with a gender, the first not known to be of the other one. */
function firstPersonIn(env: Env, from: number, to: number, gender?: "f" | "m", exclude?: Set<number> | null): Omit<Speaker, "first" | "last" | "rule"> | null {
  const { actors } = env;
  for (let k = from; k < to; k++) {
    if (env.quoteTokens[k]) continue;
    const m = actors.mentionAt[k];
    if (m && actors.actors[m.actor].kind === "person") {
      if (gender && conflictsGender(env, m.actor, gender)) continue;
      if (exclude?.has(m.actor)) {
        if (!env.resolving) env.pronounVia = "past-quoted";
        continue;
      }
      return { actor: m.actor, name: actors.actors[m.actor].name };
    }
    const r = m ? null : actors.roleNPs.find((x) => x.first === k && x.actor !== null);
    if (r && !(gender && conflictsGender(env, r.actor!, gender))) return { actor: r.actor, name: actors.actors[r.actor!].name };
  }
  return null;
}

const PRONOUN_GENDER: Record<string, "f" | "m" | undefined> = { he: "m", him: "m", his: "m", she: "f", her: "f" };

/** Whether the person actor a is known to be of the other gender than the one given. */
function conflictsGender(env: Env, a: number, gender: "f" | "m"): boolean {
  env.genders ??= personGenders(env);
  const g = env.genders.get(a);
  return !!g && g !== gender;
}

/**
 * The gender of each person the text names, from the first word of its name when that is a
 * given name of one gender ("Hillary Clinton") and from a title right before (or opening) any of
 * its mentions ("Mrs May", "Sir Keir"); where these disagree, none. One pass over the tokens.
 */
function personGenders(env: Env): Map<number, "f" | "m" | null> {
  const { tokens, actors, lexicon } = env;
  const out = new Map<number, "f" | "m" | null>();
  const note = (a: number, g: "f" | "m" | undefined) => {
    if (!g) return;
    const had = out.get(a);
    out.set(a, had === undefined || had === g ? g : null);
  };
  const titleAt = (k: number) => {
    const t = tokens[k];
    return t ? lexicon.titleGender.get(t.text.replace(/\.$/, "")) : undefined;
  };
  const seen = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const m = actors.mentionAt[k];
    if (!m || actors.mentionAt[k - 1] === m || actors.actors[m.actor].kind !== "person") continue;
    if (!seen.has(m.actor)) {
      seen.add(m.actor);
      const words = actors.actors[m.actor].name.split(" ");
      if (words.length > 1) note(m.actor, lexicon.nameGender.get(words[0]));
    }
    // a title: the mention's first token when it is one, else the token before ("Mr." before "Blair")
    const first = titleAt(k);
    if (first && m.tokenEnd > k + 1) note(m.actor, first);
    // ("Mr." may be two tokens; a full stop after a space or a name ends a sentence: "after Mary. Francis")
    else if (tokens[k - 1]?.text !== ".") note(m.actor, titleAt(k - 1));
    else if (tokens[k - 2] && tokens[k - 2].end === tokens[k - 1].start) note(m.actor, titleAt(k - 2));
  }
  return out;
}

/** Where the main clause of a sentence starts: after a fronted participle or prepositional phrase
 * and its comma ("Responding to Ms James' criticisms, Mr Pugh said", "In a call with Biden,
 * Zelensky said"); the sentence's first token otherwise. */
function afterFrontedAdverbial(env: Env, s: Sentence, end: number): number {
  const { tokens } = env;
  let k = s.first;
  while (k < end && (env.quoteTokens[k] || tokens[k].kind === "punct")) k++;
  const t = tokens[k];
  if (!t || !(FRONTED.has(t.lower) || (t.pos === "VERB" && t.lower.endsWith("ing")))) return s.first;
  for (let c = k + 1; c < end && c - k < 25; c++) {
    if (env.quoteTokens[c]) return s.first;
    if (tokens[c].text === ",") return c + 1;
  }
  return s.first;
}

/**
 * Where the main clause starts after a fronted clause of being asked that opens the sentence
 * ("Asked whether Brown would stay, he replied", "When pressed on the strikes, she said"; the
 * participles and openers are speech.json's questionFrames): the token after its last comma before
 * end; -1 where the sentence opens otherwise or no comma comes before end.
 */
function questionFrameEnd(env: Env, s: Sentence, end: number): number {
  const { tokens, lexicon } = env;
  let k = s.first;
  while (k < end && (env.quoteTokens[k] || tokens[k].kind === "punct")) k++;
  if (k < end && lexicon.questionFrameOpeners.has(tokens[k].lower)) k++;
  if (k >= end || !lexicon.questionFrames.has(tokens[k].lower)) return -1;
  // (the last comma: the question may hold commas of its own, "Asked whether Brown, the chancellor, would stay,")
  let comma = -1;
  for (let c = k + 1; c < end && c - k < 40; c++) {
    if (env.quoteTokens[c]) return -1;
    if (tokens[c].text === ",") comma = c;
  }
  return comma < 0 ? -1 : comma + 1;
}

const FRONTED = new Set([
  "after", "before", "while", "during", "following", "despite", "in", "on", "at", "amid", "unlike", "with", "without",
  "asked", "speaking", "responding", "commenting", "referring", "writing", "addressing",
]);

/** What "it" says: the subject of the sentence before, when that is an institution, not a person. */
function institutionAntecedent(env: Env, j: number, reportsOnly = false): Omit<Speaker, "first" | "last" | "rule"> | null {
  const { doc, tokens } = env;
  const at = tokens[j].start;
  const si = sentenceHolding(doc.sentences, at);
  const own = si >= 0 ? subordinateSubject(env, doc.sentences[si], j) : null;
  if (own) return own;
  // ("The Kremlin said the talks had stalled. Lavrov met the envoy on Monday. It added that ...":
  // "it" is never a person; past a sentence whose subject is one, it goes on to the body that
  // reported before, and to nothing else)
  let pastPerson = false;
  for (let back = 1; back <= (pastPerson ? 3 : 2) && si - back >= 0; back++) {
    const s = doc.sentences[si - back];
    if (s.headline) continue;
    // "The summary said India's output grew ... It said ...": the subject that reported in the
    // sentence before, ahead of the first actor named in it
    const rep = sentenceSpeaker(env, s, s.last);
    const isPerson = (a: number | null) => a !== null && env.actors.actors[a]?.kind === "person";
    if (pastPerson) {
      if (!rep || env.quoteTokens[rep.speaker.first] || !leadsSentence(env, s, modifiersFirst(env, rep.speaker.first, s.first))) {
        if (sentenceSubject(env, s, s.last, false)) return null;
        continue;
      }
      if (isPerson(rep.speaker.actor) || /[^s]s$/.test(env.tokens[rep.speaker.last - 1].lower)) return null;
      const author = documentAuthor(env, rep.speaker);
      return { actor: author.actor, name: author.name };
    }
    if (rep && leadsSentence(env, s, modifiersFirst(env, rep.speaker.first, s.first)) && !env.quoteTokens[rep.speaker.first]) {
      if (isPerson(rep.speaker.actor)) {
        if (back !== 1 || reportsOnly) return null;
        pastPerson = true;
        continue;
      }
      // ('"...," the statement added. "...," it said': the statement's author)
      const author = documentAuthor(env, rep.speaker);
      return { actor: author.actor, name: author.name };
    }
    // ('"...," it said' after a quote of its own: only a report says who "it" is, the one that
    // closes its sentence too: "..., the OECD said here.")
    // (and the nearest report only: "Masha wrote her father a letter. '...,' it said" is the letter,
    // not a report further back)
    if (reportsOnly) {
      if (!rep) continue;
      if (env.quoteTokens[rep.speaker.first] || !endsSentence(tokens, rep.cue.end, s.last)) return null;
      if (rep.speaker.actor !== null && env.actors.actors[rep.speaker.actor]?.kind === "person") return null;
      return { actor: rep.speaker.actor, name: rep.speaker.name };
    }
    // (any actor that opens the sentence, a preposition's object too: "A page on Sberbank's website ... It stated")
    const subj = sentenceSubject(env, s, s.last, false);
    if (!subj) continue;
    if (isPerson(subj.actor)) {
      if (back !== 1) return null;
      pastPerson = true;
      continue;
    }
    return { actor: subj.actor, name: subj.name };
  }
  return null;
}

/** Where a role's lower-case modifiers start: "the finance ministry said" (the role is "ministry"),
 * so that "In a statement, the finance ministry said" is led by its subject; first otherwise. With
 * names, capitalised ones too: "In his New Year message, Conservative leader Michael Howard said". */
function modifiersFirst(env: Env, first: number, sFirst: number, names = false): number {
  const { tokens } = env;
  let f = first;
  while (f > sFirst && first - f < 3 && /^(NOUN|ADJ|PROPN)$/.test(tokens[f - 1].pos) && (names || (tokens[f - 1].pos !== "PROPN" && /^\p{Ll}/u.test(tokens[f - 1].text))) && !env.quoteTokens[f - 1]) f--;
  return f;
}

/**
 * "But although Downing Street agreed the target was outdated, it said ...": "it" right after a
 * fronted subordinate clause (although, though, while, after, because, since, when, as) is that
 * clause's subject, where the subject opens it and is an institution, a state or an organisation
 * (not a person, whom "it" never stands for); null otherwise.
 */
function subordinateSubject(env: Env, s: Sentence, j: number): Omit<Speaker, "first" | "last" | "rule"> | null {
  const { tokens, actors } = env;
  if (tokens[j - 1]?.text !== ",") return null;
  let k = s.first;
  while (k < j && /^(but|and|yet|so)$/.test(tokens[k].lower)) k++;
  if (!/^(although|though|while|after|because|since|when|as)$/.test(tokens[k]?.lower ?? "")) return null;
  // (one clause: no other comma between it and the "it")
  for (let c = k + 1; c < j - 1; c++) if (tokens[c].text === "," || env.quoteTokens[c]) return null;
  // ("Although the ministry denied the report, it said": a role phrase of an institution)
  const r = actors.roleNPs.find((x) => x.first === k + 1);
  if (r && r.actor === null && /^(VERB|AUX)$/.test(tokens[r.last]?.pos ?? "") && !/[^s]s$/.test(tokens[r.last - 1].lower))
    return { actor: r.affiliation, name: stripArticle(r.text) };
  let first = k + 1;
  if (/^(the)$/.test(tokens[first]?.lower ?? "")) first++;
  const m = actors.mentionAt[first];
  if (!m || m.token !== first) return null;
  const a = actors.actors[m.actor];
  if (a.kind === "person" || !SPEAKER_KINDS.has(a.kind)) return null;
  // (the mention is the clause's subject: a verb follows it)
  const v = tokens[m.tokenEnd];
  if (!v || !(v.pos === "VERB" || v.pos === "AUX")) return null;
  return { actor: m.actor, name: stripThe(m.text) };
}

/**
 * Whether a speaker phrase that starts at token `first` is what its sentence is about: it opens the
 * sentence ("The summary said"), after an owner ("The Bank's summary said"), or follows only a
 * direct quote ('"...," the summary said'). Not a phrase after words of the sentence's own ("The
 * deal, which the ministry said ...", "Exports grew, officials said").
 */
function leadsSentence(env: Env, s: Sentence, first: number): boolean {
  const { tokens } = env;
  if (first <= s.first + 1) return true;
  // "In a statement on Tuesday, Centcom said": the subject after a fronted adverbial
  const main = afterFrontedAdverbial(env, s, first);
  if (main > s.first && (first === main || (first === main + 1 && /^(the|a|an)$/.test(tokens[main].lower)))) return true;
  // "The Bank's summary", "Russia's foreign ministry": a possessive phrase of a few names
  const owner = tokens[first - 1].text === "'s" || tokens[first - 1].text === "’s";
  if (owner && first - s.first <= 5) {
    for (let k = s.first; k < first - 1; k++) if (!/^(DET|PROPN|NOUN)$/.test(tokens[k].pos)) return false;
    return true;
  }
  // '"...," the summary said': a direct quote and its punctuation, then the phrase and its article
  let k = first - 1;
  if (/^(the|a|an)$/.test(tokens[k].lower)) k--;
  let quoted = false;
  for (; k >= s.first; k--) {
    if (env.quoteTokens[k]) quoted = true;
    else if (tokens[k].kind !== "punct") return false;
  }
  return quoted;
}

/** A cue that closes no attribution after a quote: "tell", whose object is a hearer, or a gerund ('..., telling Australian media'). */
function hearerOrGerund(cue: Cue): boolean {
  return cue.lemma === "tell" || cue.text.toLowerCase().endsWith("ing");
}

/** After a closing quote mark: `, X said`, `, said X`, `X told press, according to ...`. */
function attributionAfter(env: Env, k: number, s: Sentence): { speaker: Speaker; cue: Cue } | null {
  const { tokens } = env;
  let i = k;
  while (i < s.last && (tokens[i].text === "," || tokens[i].text === "—" || tokens[i].text === "–")) i++;
  if (i >= s.last || env.quoteTokens[i]) return null;
  // '"...," according to CNN.', '"...," according to a report by the Associated Press.': the
  // relay that ends the sentence is the quote's source (not where a cue before the quote has a
  // speaker of its own: 'Biden said he reaffirmed his "commitment ...", according to a US statement')
  if (tokens[i].lower === "according" && tokens[i + 1]?.lower === "to" && !cueBefore(env, s.first, k)) {
    const sp = speakerStartingAt(env, i + 2, s.last) ?? objectPronounSpeaker(env, i + 2) ?? reportBy(env, i + 2, s.last);
    let e = sp ? sp.last : i;
    while (e < s.last && /^(report|reports|statement)$/.test(tokens[e].lower)) e++;
    // (", which obtained the memo", ", citing ...": a tail about the source)
    const tail = tokens[e]?.text === "," && /^(which|who|citing)$/.test(tokens[e + 1]?.lower ?? "");
    return sp && (onlyPunctuation(tokens, e, s.last) || tail) ? { speaker: sp, cue: { at: i, end: i + 2, lemma: "according to", text: "according to" } } : null;
  }
  // `"...", as journalist Andrea Rizzi wrote`: the speaker after "as" (a time clause "as X
  // moved in" has no reporting verb and finds no cue below)
  if (tokens[i].lower === "as" && i > k) i++;
  // said X (not "telling Australian media": a hearer, not a speaker)
  let cue = cueAt(env, i, s.last);
  if (cue && hearerOrGerund(cue)) return null;
  if (cue) {
    // '"...," said Acme's Murtha': the person after a firm's possessive (possessed-name-after-cue.ts)
    const possessed = possessedNameAfterCue(tokens, cue.end, s.last, (q) => {
      const m = env.actors.mentionAt[q];
      return m && m.tokenEnd > q && env.actors.actors[m.actor]?.kind === "person" && (q === 0 || env.actors.mentionAt[q - 1] !== m) ? m.tokenEnd : -1;
    });
    if (possessed) {
      const m = env.actors.mentionAt[possessed.first]!;
      return { speaker: { actor: m.actor, name: env.actors.actors[m.actor].name, first: possessed.first, last: possessed.last, rule: "speaker:person" }, cue };
    }
    const worker = env.lexicon.workplaceHeads.size ? workerAfterCue((env.workplace ??= articleView(env, env.lexicon.workplaceHeads)), cue.end, s.last) : null;
    const sp = (worker ? workerSpeaker(env, worker, worker.headEnd) : null) ?? appositiveAfterCue(env, cue.end, s.last) ?? describedPerson(env, cue.end, s.last) ?? speakerStartingAt(env, cue.end, s.last) ?? describedNameAt(env, cue.end, s.last) ?? oneOfNamed(env, cue.end, s.last) ?? namedAfterCue(env, cue.end, s.last) ?? unnamedAfterCue(env, cue.end, s.last) ?? pluralAfterCue(env, cue.end, s.last) ?? describedAfterCue(env, cue, s.last);
    if (sp) return { speaker: sp, cue };
    // '"...," said the report.': a document speaks for its author (document-after-cue.ts)
    const docEnd = documentAfterCueEnd(tokens, cue.end, s.last, (q) => isDocumentNoun(env, q));
    if (docEnd > 0) return { speaker: documentAuthor(env, { actor: null, name: env.doc.text.slice(tokens[cue.end + 1].start, tokens[docEnd - 1].end), first: cue.end, last: docEnd, rule: "speaker:noun-phrase" }), cue };
    return null;
  }
  // '"...," her statement reads', '"...," his letter read': the owner of the document speaks
  const owned = ownedDocument(env, i, s.last);
  if (owned) return owned;
  // "...," it said: the institution the sentences before report for
  if (tokens[i].lower === "it") {
    const itCue = cueAt(env, i + 1, s.last);
    if (!itCue || hearerOrGerund(itCue)) return null;
    const ante = institutionAntecedent(env, i, true);
    return ante ? { speaker: { actor: ante.actor, name: ante.name, first: i, last: i + 1, rule: "speaker:pronoun-it" }, cue: itCue } : null;
  }
  // '"...," China's mission to the EU said': a post and its host, then the cue
  const hosted = hostedAfter(env, i, s.last);
  if (hosted) return hosted;
  // X [adverb] said
  let sp = describedPerson(env, i, s.last) ?? speakerStartingAt(env, i, s.last) ?? titledPersonAt(env, i, s.last) ?? describedRole(env, i, s.last) ?? namedBodySpeaker(env, i, s.last);
  // "Polish senators said", "the senators said": nouns after a demonym, or a plain noun phrase
  let e = sp ? sp.last : i;
  // ("one western official said", "another diplomat said": a numeral article of one unnamed person)
  if (/^(the|a|an)$/.test(tokens[e]?.lower ?? "") || (!sp && /^(one|another)$/.test(tokens[e]?.lower ?? ""))) e++;
  const nounStart = e;
  // ("a Western diplomat", "one European diplomat": a capitalised modifier before a lower-case head;
  // "the MFA emphasizes": an acronym of a body the cue closes)
  // ('"...," the translated statement read': a participle before a document noun)
  const documentParticiple = (q: number) => q === nounStart && tokens[q].pos === "VERB" && /ed$/.test(tokens[q].lower) && isDocumentNoun(env, q + 1);
  const acronymHead = (q: number) => q === nounStart && tokens[q].pos === "PROPN" && !env.actors.mentionAt[q] && /^\p{Lu}{2,6}$/u.test(tokens[q].text) && !env.lexicon.roleAcronyms.has(tokens[q].lower) && !!(cueAt(env, q + 1, s.last) ?? closingSpeechVerb(env, q + 1, s.last));
  while (e < s.last && e - nounStart < 3 && (tokens[e].pos === "NOUN" || tokens[e].pos === "ADJ" || (tokens[e].pos === "PROPN" && !env.actors.mentionAt[e] && tokens[e + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[e + 1].text)) || acronymHead(e) || documentParticiple(e)) && !cueAt(env, e, s.last) && !closingSpeechVerb(env, e, s.last)) e++;
  if (e > nounStart && (tokens[e - 1].pos === "NOUN" || acronymHead(e - 1)) && (!sp || env.actors.actors[sp.actor ?? -1]?.kind !== "person")) {
    const name = env.doc.text.slice(tokens[sp ? sp.first : nounStart].start, tokens[e - 1].end).replace(/^(the|a|an|one|another)\s+/i, "");
    sp = { actor: sp?.actor ?? null, name, first: sp ? sp.first : i, last: e, rule: "speaker:noun-phrase" };
  }
  cue = sp ? cueAfterAppositives(env, possessedEnd(env, sp.last, s.last), s.last) ?? cueAfterRelative(env, sp.last, s.last) ?? closingSpeechVerb(env, sp.last, s.last) : null;
  // '"...," Rep. Ann Ford of Ohio said': a person's home place, then the cue (home-place.ts)
  // (not after a quote closed on a full stop, '..."Sen. X of Ohio added to the pressure': a new sentence)
  if (sp && !cue && sp.actor !== null && env.actors.actors[sp.actor]?.kind === "person" && !closedOnFullStop(env, k)) {
    const home = homePlaceEnd(tokens, sp.last, s.last, (q) => env.actors.actors[env.actors.mentionAt[q]?.actor ?? -1]?.kind === "person");
    if (home > 0) cue = cueAfterAppositives(env, home, s.last);
  }
  // '"...," a spokesperson for the foreign ministry said', '"...," an official at the embassy told
  // Reuters': a role of no one named and the body it speaks for, then the cue
  // '"...," a dealer at one bank said': a worker, the workplace, then the cue (workplace-speaker.ts)
  if (sp && !cue && (sp.rule === "speaker:role" || sp.rule === "speaker:noun-phrase") && (sp.actor === null || env.actors.actors[sp.actor]?.kind === "country")) {
    const view = (env.workplace ??= articleView(env, env.lexicon.workplaceHeads));
    const at = workplaceThenCue(view, sp.last, s.last, (k) => !!cueAt(env, k, s.last));
    const own = at ? workerEndingAt(view, sp.last - 1, sp.first) : null;
    const c = at ? cueAt(env, at.cue, s.last) : null;
    if (at && own && c && !c.text.toLowerCase().endsWith("ing")) {
      sp = workerSpeaker(env, { ...own, country: own.country ?? at.country }, at.cue);
      cue = c;
    }
  }
  if (sp && !cue) {
    const body = roleBodyAfter(env, sp, s.last);
    if (body) ({ speaker: sp, cue } = body);
  }
  // '"...," the head of the military committee said': an office over a body of no actor, then the cue
  if (sp && !cue && (sp.rule === "speaker:role" || sp.rule === "speaker:noun-phrase") && sp.actor === null && env.lexicon.officeHeads.has(tokens[sp.last - 1].lower) && tokens[sp.last]?.lower === "of") {
    const body = phraseThenCue(env, sp.last, s.last);
    if (body) {
      sp = { actor: null, name: stripArticle(env.doc.text.slice(tokens[sp.first].start, tokens[body.end - 1].end)), first: sp.first, last: body.end, rule: "speaker:role" };
      cue = body.cue;
    }
  }
  // '"...," a US official familiar with the talks said', '"...," a source close to the delegation
  // told Reuters': the phrase after the speaker noun is what they know of, then the cue
  if (sp && !cue) {
    const topic = topicAfter(env, sp, s.last);
    if (topic) ({ speaker: sp, cue } = topic);
  }
  // '"...," the U.S. Embassy in Moscow warned', '"...," the ministry in Kyiv said': a body and the
  // place it sits in, then the cue
  if (sp && !cue) {
    const placed = institutionPlaceEnd(env, sp, s.last);
    const placeCue = placed > sp.last ? cueAt(env, placed, s.last) : null;
    if (placeCue && !hearerOrGerund(placeCue)) {
      const name = stripArticle(env.doc.text.slice(tokens[sp.first].start, tokens[placed - 1].end));
      sp = { actor: sp.actor, name, first: sp.first, last: placed, rule: "speaker:institution-place" };
      cue = placeCue;
    }
  }
  // "former independent MP Jane Doe insisted", "the group's founder, John Roe, said", "President
  // Putin's spokesman Dmitry Peskov said": a description that a person's name closes, the cue right
  // after the name, where the rules above found no person whose cue follows
  // (only for a quote that opens its sentence: in "Commenting on X, who said it 'was the only
  // option', the blogger Y wrote ..." the quote is no object of the verb after it)
  if ((!sp || !cue || sp.actor === null || env.actors.actors[sp.actor]?.kind !== "person") && quoteOpensSentence(env, k, s)) {
    const described = namedAfterDescription(env, i, s.last);
    if (described) return described;
  }
  if (!(sp && cue)) return describedBeforeCue(env, i, s.last);
  return { speaker: documentAuthor(env, sp), cue };
}

function describedView(env: Env): DescribedSpeakerView {
  const { tokens, actors } = env;
  return {
    tokens,
    text: env.doc.text,
    heads: env.lexicon.describedHeads,
    quoted: (k) => !!env.quoteTokens[k],
    person: (k) => personAt(env, k),
    body: (k) => {
      const m = actors.mentionAt[k];
      return m && actors.actors[m.actor].kind !== "person" && SPEAKER_KINDS.has(actors.actors[m.actor].kind) ? m.actor : null;
    },
  };
}

/** '"...," one banker on the committee said', '"...," an official from the ministry, who asked not to be named, told Reuters' (described-speaker.ts) */
function describedBeforeCue(env: Env, i: number, last: number): { speaker: Speaker; cue: Cue } | null {
  const d = describedSpeakerAt(describedView(env), i, last);
  if (!d) return null;
  const c = cueAt(env, speakerClauseEnd(env.tokens, d.last, last), last);
  // (the phrase is the cue's subject: "told Reuters" has it speak; "saying" opens no clause of its own)
  if (!c || c.text.toLowerCase().endsWith("ing")) return null;
  return { speaker: { actor: d.actor, name: d.name, first: d.first, last: d.last, rule: "speaker:described-phrase" }, cue: c };
}

/** '"...," said a western diplomat in Sao Paulo': the phrase ends the sentence, or a comma clause about the speaker does (described-speaker.ts) */
function describedAfterCue(env: Env, cue: Cue, last: number): Speaker | null {
  const d = describedSpeakerAt(describedView(env), cue.end, last);
  if (!d) return null;
  const e = speakerClauseEnd(env.tokens, d.last, last);
  if (!(e >= last || onlyPunctuation(env.tokens, e, last))) return null;
  return { actor: d.actor, name: d.name, first: d.first, last: d.last, rule: "speaker:described-phrase" };
}

/** Whether the quotation that closes before token k ends on a full stop ('"... the people."', '"... 'lying.'"'). */
function closedOnFullStop(env: Env, k: number): boolean {
  let q = k - 1;
  while (q > 0 && env.quoteTokens[q] && /^["“”'‘’]$/.test(env.tokens[q].text)) q--;
  return env.tokens[q]?.text === ".";
}

/** '"...," the Paris Club said', '"...," the Institute added': a body's proper name after "the" (named-body.ts). */
function namedBodySpeaker(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  const view: NamedBodyView = {
    kindAt: (q) => {
      const m = actors.mentionAt[q];
      return m ? actors.actors[m.actor].kind : null;
    },
    // (back over the tokens within reach: the nearest mention of a body whose name has the word)
    bodyNamedBefore: (word, q, reach) => {
      for (let t = q - 1; t >= Math.max(0, q - reach); t--) {
        const m = actors.mentionAt[t];
        if (!m) continue;
        const actor = actors.actors[m.actor];
        if ((actor.kind === "organization" || actor.kind === "igo") && actor.name.split(" ").includes(word)) return m.actor;
      }
      return null;
    },
  };
  const named = namedBodyAt(tokens, k, last, view, (q) => !!cueAt(env, q, last) || !!closingSpeechVerb(env, q, last));
  if (!named) return null;
  const name = named.actor !== null ? actors.actors[named.actor].name : env.doc.text.slice(tokens[named.first].start, tokens[named.last - 1].end);
  return { actor: named.actor, name, first: k, last: named.last, rule: named.actor !== null ? "speaker:body-short-name" : "speaker:named-body" };
}

/**
 * '"...," her statement reads', '"...," its communique said': after a quote, a possessive pronoun, a
 * document noun and the cue closing the sentence; the pronoun's owner speaks (a person for "his" and
 * "her", the institution reported for before for "its"). Null otherwise, or where no owner is found.
 */
function ownedDocument(env: Env, i: number, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens } = env;
  const p = tokens[i]?.lower ?? "";
  if (!/^(his|her|its)$/.test(p) || !isDocumentNoun(env, i + 1)) return null;
  const cue = cueAt(env, i + 2, last) ?? closingSpeechVerb(env, i + 2, last);
  if (!cue || hearerOrGerund(cue) || !endsSentence(tokens, cue.end, last)) return null;
  const owner = p === "its" ? institutionAntecedent(env, i, true) : antecedent(env, i);
  if (!owner) return null;
  return { speaker: { actor: owner.actor, name: owner.name, first: i, last: i + 2, rule: "speaker:document-owner" }, cue };
}

/**
 * After an unnamed role that follows a quote ("a spokesperson", "an official": no person's name),
 * "for", "of", "at" or "from" and a short noun phrase of the body it speaks for ("the foreign
 * ministry", "Russia's defence ministry", "the Pentagon"), then the cue: the role phrase up to the
 * body speaks, resolved as a subject before a cue is ("A spokesperson for the Pentagon said"). Null
 * where no cue closes the phrase within a few words, or the role is a person's.
 */
function roleBodyAfter(env: Env, sp: Speaker, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens, actors } = env;
  if (sp.actor !== null && actors.actors[sp.actor]?.kind === "person") return heldBodyAfter(env, sp, last);
  if (sp.rule !== "speaker:role" && sp.rule !== "speaker:noun-phrase") return null;
  const p = sp.last;
  if (p >= last || !/^(for|of|at|from)$/.test(tokens[p].lower)) return null;
  let e = p + 1;
  for (; e < last && e - p <= 6; e++) {
    if (env.quoteTokens[e]) return null;
    if (e > p + 1) {
      const cue = cueAt(env, e, last);
      if (cue) {
        if (cue.text.toLowerCase().endsWith("ing")) return null;
        const found = speakerEndingAt(env, e - 1, sp.first);
        if (!found || (found.actor !== null && actors.actors[found.actor]?.kind === "person")) return null;
        const name = env.doc.text.slice(tokens[sp.first].start, tokens[e - 1].end).replace(/^(the|a|an|one|another)\s+/i, "");
        return { speaker: { ...found, name, first: sp.first, last: e }, cue };
      }
    }
    if (!bodyPhraseToken(tokens[e], false)) return null;
  }
  return null;
}

/**
 * '"...," the new head of the British army said' after "General Sir Patrick Sanders, the new head of the British army,":
 * a role phrase resolved to a person, then the body of the office ("of the British army") and the cue; the person
 * speaks where their role, as the text gave it, ends with that very body (not "the head of the Russian army"); null
 * otherwise.
 */
function heldBodyAfter(env: Env, sp: Speaker, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens, actors } = env;
  const role = sp.rule === "speaker:role-coref" && sp.actor !== null ? actors.actors[sp.actor].role?.toLowerCase() : undefined;
  const p = sp.last;
  if (!role || p >= last || !/^(for|of)$/.test(tokens[p].lower)) return null;
  for (let e = p + 2; e < last && e - p <= 7; e++) {
    if (env.quoteTokens[e]) return null;
    const cue = cueAt(env, e, last);
    if (cue) {
      if (cue.text.toLowerCase().endsWith("ing")) return null;
      const body = env.doc.text.slice(tokens[p].start, tokens[e - 1].end).toLowerCase();
      return role.endsWith(" " + body) ? { speaker: { ...sp, last: e }, cue } : null;
    }
    if (!bodyPhraseToken(tokens[e], false)) return null;
  }
  return null;
}

/**
 * After an unnamed speaker noun that follows a quote ("a US official", "critics"), a post-modifier
 * ("familiar with", "close to", "briefed on") or, after a critic's kind, a preposition alone, a
 * short noun phrase of the topic, then the cue: the speaker phrase speaks, with its own state,
 * never the topic's (topicHeadBefore, after the quote). Null where no cue closes the phrase within
 * a few words, the speaker is a person, or the cue is a participle.
 */
function topicAfter(env: Env, sp: Speaker, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens, actors, lexicon } = env;
  if (sp.actor !== null && actors.actors[sp.actor]?.kind === "person") return null;
  if (sp.rule !== "speaker:role" && sp.rule !== "speaker:noun-phrase") return null;
  let p = sp.last;
  const post = p < last && lexicon.speakerPostModifiers.has(tokens[p].lower);
  if (post) p++;
  if (p >= last || !TOPIC_PREPOSITIONS.test(tokens[p].lower) || env.quoteTokens[p]) return null;
  if (!post && !lexicon.speakerHeads.has(tokens[sp.last - 1].lower)) return null;
  const topic = phraseThenCue(env, p, last);
  if (!topic) return null;
  const name = env.doc.text.slice(tokens[sp.first].start, tokens[topic.end - 1].end).replace(/^(the|a|an|one|another)\s+/i, "");
  return { speaker: { actor: sp.actor, name, first: sp.first, last: topic.end, rule: "speaker:noun-phrase" }, cue: topic.cue };
}

/**
 * After the word at `p` that opens a short noun phrase ("of" in "the head of the military committee", "with" in
 * "familiar with the talks"): the phrase's words (determiners, adjectives, nouns, names, numerals, possessives; one
 * to six) and the cue right after them; the token after the phrase and the cue. Null where a quoted word or one of
 * no noun phrase comes before a cue, or the first cue is a participle ("the head of the committee saying").
 */
function phraseThenCue(env: Env, p: number, last: number): { end: number; cue: Cue } | null {
  const { tokens } = env;
  for (let e = p + 2; e < last && e - p <= 7; e++) {
    if (env.quoteTokens[e - 1] || !bodyPhraseToken(tokens[e - 1])) return null;
    const cue = cueAt(env, e, last);
    if (!cue) continue;
    return cue.text.toLowerCase().endsWith("ing") ? null : { end: e, cue };
  }
  return null;
}

/**
 * '"...!" the head of state noted' right after the person's own quote in the paragraph before: a
 * definite title that names no one of its own ("the head of state", "the minister") goes on with
 * the person who spoke just before, as an unattributed quote there would; a body ("the ministry"
 * names an organisation, not a person) or a title with its own actor stays as it was.
 */
function titleGoesOn(env: Env, sp: Speaker, prev: Speaker | null): Speaker {
  const { actors, tokens } = env;
  if (!prev || prev.actor === null || actors.actors[prev.actor]?.kind !== "person") return sp;
  const definite = tokens[sp.first]?.lower === "the" || tokens[sp.first - 1]?.lower === "the";
  if (sp.actor !== null || sp.rule !== "speaker:role" || !definite) return sp;
  // (the words are a title of a person: "head of state", "minister", not a body)
  let t = sp.first;
  while (t < sp.last && !env.lexicon.titles.matchAt(tokens, t, byLower, sp.last)) t++;
  const title = t < sp.last ? env.lexicon.titles.matchAt(tokens, t, byLower, sp.last) : null;
  if (!title || t + title.length !== sp.last) return sp;
  // (and the person before holds an office of the same sector: "the head of state" after "the
  // Belarusian leader", never after "analyst John Roe")
  const sector = title.values[0]?.sector ?? null;
  const role = actors.actors[prev.actor].role?.toLowerCase() ?? "";
  const words = role.split(/\s+/).filter(Boolean).map((w) => ({ lower: w }) as Token);
  let same = false;
  for (let w = 0; w < words.length && !same; w++) same = !!env.lexicon.titles.matchAt(words, w, byLower)?.values.some((h) => h.sector === sector);
  if (!sector || !same) return sp;
  return { actor: prev.actor, name: prev.name, first: sp.first, last: sp.last, rule: "speaker:title-continued" };
}

/**
 * A quote that closes on its own "?" or "!" ends its sentence for the sentence splitter, and the
 * attribution that follows in the same paragraph ('"Is it possible to do this?" Mr. Kerry said.',
 * '"We will not allow it!" the embassy warned.', '"Why now?" asked Mr. Kerry.') is a sentence of
 * its own. That sentence is the quote's attribution where it starts right after the closing mark
 * and holds nothing but a speaker and a cue (and a hearer or an adverbial): it starts with a
 * lower-case word or an inverted cue, or the cue ends it. "“Why now?” The minister said the war
 * would go on." is a new sentence with its own reported clause, not this quote's attribution.
 */
function attributionAfterMark(
  env: Env,
  q: QuoteSpan,
  closeTok: number,
  s: Sentence,
  sentenceAt: (offset: number) => number,
): { after: { speaker: Speaker; cue: Cue }; sentence: Sentence } | null {
  const { doc, tokens } = env;
  if (closeTok + 1 !== s.last || !/[?!]/.test(doc.text.slice(q.innerStart, q.innerEnd).trimEnd().slice(-1))) return null;
  const next = doc.sentences[sentenceAt(s.start) + 1];
  if (!next || next.first !== s.last || next.paragraph !== s.paragraph || next.headline) return null;
  if (/\n/.test(doc.text.slice(s.end, next.start))) return null;
  const found = attributionAfter(env, next.first, next);
  if (!found) return null;
  const first = tokens[next.first].text;
  const lowerStart = first[0] !== first[0].toUpperCase();
  const inverted = found.cue.at === next.first;
  if (!lowerStart && !inverted && !endsSentence(tokens, found.cue.end, next.last)) return null;
  return { after: found, sentence: next };
}

/**
 * '"...," the statement added', '"...," the letter said': a definite document ("the statement",
 * "the open letter") that a sentence before introduced ("In a statement, the foreign ministry said
 * ...", "The ministry released a letter on Tuesday") speaks for whoever reported in that sentence,
 * or, where no one did, its subject who issued it; the speaker as it was otherwise (no such
 * sentence in the last few paragraphs, or "a statement", a new one).
 */
function documentAuthor(env: Env, sp: Speaker): Speaker {
  const { tokens, doc } = env;
  if (sp.actor !== null || sp.last <= sp.first) return sp;
  const h = sp.last - 1;
  if (!isDocumentNoun(env, h)) return sp;
  let d = h - 1;
  // ("the translated statement": a participle before the noun as well)
  while (d > h - 3 && d >= 0 && (/^(ADJ|NOUN)$/.test(tokens[d].pos) || (tokens[d].pos === "VERB" && /ed$/.test(tokens[d].lower))) && /^\p{Ll}/u.test(tokens[d].text)) d--;
  if (tokens[d]?.lower !== "the") return sp;
  const at = tokens[h].start;
  const si = sentenceHolding(doc.sentences, at);
  for (let back = 1; back <= 6 && si - back >= 0; back++) {
    const s = doc.sentences[si - back];
    if (s.headline || s.end <= doc.bodyStart || doc.sentences[si].paragraph - s.paragraph > 4) break;
    const n = documentIn(env, s, tokens[h].lower);
    if (n < 0) continue;
    const rep = sentenceSpeaker(env, s, s.last);
    // (an earlier '"...," the statement said' of the same document: further back)
    if (rep && rep.speaker.actor === null && tokens[rep.speaker.last - 1]?.lower === tokens[h].lower) continue;
    const author = rep ? rep.speaker : sentenceSubject(env, s, n);
    if (!author || (author.last > n && !rep)) return sp;
    return { actor: author.actor, name: author.name, first: sp.first, last: sp.last, rule: "speaker:document-author" };
  }
  return sp;
}

/** Whether a speaker is a document that no actor was found for ("one post", "the statement"). */
function unownedDocument(env: Env, sp: Speaker): boolean {
  return sp.actor === null && sp.last > sp.first && isDocumentNoun(env, sp.last - 1);
}

/** Whether token k is a one-word speech noun that a document is ("statement", "letter", "message"). */
function isDocumentNoun(env: Env, k: number): boolean {
  const m = env.lexicon.speechNouns.matchAt(env.tokens, k, byLower, k + 1);
  return !!m && !env.quoteTokens[k];
}

/** The first token of sentence s, outside quotation marks, that is a speech noun (the given one
 * where a word is given), or -1. */
function documentIn(env: Env, s: Sentence, word?: string): number {
  for (let k = s.first; k < s.last; k++) {
    if (env.quoteTokens[k]) continue;
    if (word ? env.tokens[k].lower === word : isDocumentNoun(env, k)) return k;
  }
  return -1;
}

/** Whether the quotation that closes before token k opens sentence s (only punctuation before it). */
function quoteOpensSentence(env: Env, k: number, s: Sentence): boolean {
  let o = k - 1;
  while (o > s.first && env.quoteTokens[o - 1]) o--;
  for (let t = s.first; t < o; t++) if (env.tokens[t].kind !== "punct") return false;
  return true;
}

/**
 * '"...," former independent MP Jane Doe insisted', '"...," the group's founder, John Roe, said',
 * '"...," veteran campaigner Jane Doe said': after a quote, a description (an article, a possessor
 * with "'s", adjectives and nouns, no preposition: "the lawyer for John Roe" is the lawyer) that a
 * person's name closes, and the cue right after that name (or after its appositive). The name
 * speaks. A person named on the way who is not followed by the cue is a possessor ("Putin's
 * spokesman Dmitry Peskov said"), and scanning goes on past it. Null where the words start with a
 * name (handled by the speaker rules after) or no such name and cue follow.
 */
function namedAfterDescription(env: Env, k: number, last: number): { speaker: Speaker; cue: Cue } | null {
  const { tokens, actors } = env;
  const m0 = actors.mentionAt[k];
  if (m0 && m0.token === k && actors.actors[m0.actor].kind === "person") return null;
  let q = k;
  // ("his former chief of staff, John Smith, said": a possessive determiner opens the role as "the" does)
  if (/^(the|a|an|his|her|their|its)$/.test(tokens[q]?.lower ?? "")) q++;
  q = ageEnd(tokens, q, last);
  let words = 0;
  // (set after a lower-case "of" inside the role: "the president's former chief of staff, John
  // Smith, said"; then only a name in commas is the role's holder: in "the widow of John Smith
  // said" the name is the one the role is of)
  let ofRole = false;
  for (; q < last && words < 8; q++, words++) {
    if (env.quoteTokens[q]) return null;
    const t = tokens[q];
    // ("the group's founder, John Roe, said": one comma before the name, one after it)
    const comma = t.text === "," && words > 0;
    const at = comma ? q + 1 : q;
    const m = actors.mentionAt[at];
    if (m && m.token === at && actors.actors[m.actor].kind === "person") {
      if (ofRole && !comma) return null;
      let e = m.tokenEnd;
      if (comma && tokens[e]?.text !== ",") return null;
      if (tokens[e]?.text === "," && cueAt(env, e + 1, last)) e++;
      const cue = cueAt(env, e, last) ?? (comma ? null : cueAfterAppositives(env, e, last));
      if (cue) {
        if (cue.text.toLowerCase().endsWith("ing")) return null;
        return { speaker: { actor: m.actor, name: actors.actors[m.actor].name, first: k, last: m.tokenEnd, rule: "speaker:described-name" }, cue };
      }
      if (comma) return null;
      q = m.tokenEnd - 1;
      continue;
    }
    if (comma) return null;
    if (t.norm === "'s" || t.text === "'s" || t.text === "’s" || pluralPossessive(tokens, q)) continue;
    // ("Deputy Chairman of the Security Council Dmitry Medvedev said", "Secretary of State Antony
    // Blinken said": "of" inside a capitalised title joins it; "the lawyer for John Roe" is the lawyer)
    const titleOf = titleOfEnd(tokens, q, last);
    if (titleOf > q) {
      q = titleOf - 1;
      continue;
    }
    if (t.lower === "of" && words > 0 && /^(ADJ|NOUN)$/.test(tokens[q - 1].pos) && /^\p{Ll}/u.test(tokens[q - 1].text) && tokens[q + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[q + 1].text)) {
      ofRole = true;
      continue;
    }
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || t.kind === "punct" || cueAt(env, q, last)) return null;
    // (a state, party or organisation in the description is fine: "the Conservative MP", "Britain's envoy")
  }
  return null;
}

/** "the Social Democrats’ defence spokesperson": a bare apostrophe right after a plural in -s,
 * joined to it, that a word follows: the plural's possessive. */
function pluralPossessive(tokens: Token[], q: number): boolean {
  const t = tokens[q];
  const prev = tokens[q - 1];
  return (t.text === "'" || t.text === "’") && !!prev && prev.end === t.start && /s$/i.test(prev.text) && !!tokens[q + 1] && /^[\p{L}]/u.test(tokens[q + 1].text);
}

/**
 * After a body that speaks (a state, an organisation or a common noun: not a person), the end of
 * the place it sits in: capitalised words that finish its name ("the U.S. | Embassy"), then "in" or
 * "at" and a place or state ("in Moscow"); the speaker's own end where no such place follows.
 */
function institutionPlaceEnd(env: Env, sp: Speaker, last: number): number {
  const { tokens, actors } = env;
  if (sp.actor !== null && actors.actors[sp.actor]?.kind === "person") return sp.last;
  let e = sp.last;
  while (e < last && e - sp.last < 3 && !actors.mentionAt[e] && !env.quoteTokens[e] && /^(NOUN|PROPN)$/.test(tokens[e].pos) && /^\p{Lu}/u.test(tokens[e].text)) e++;
  if (e + 1 >= last || !/^(in|at)$/.test(tokens[e].lower)) return sp.last;
  const m = actors.mentionAt[e + 1];
  if (!m || m.token !== e + 1 || !/^(location|country)$/.test(actors.actors[m.actor].kind)) return sp.last;
  return m.tokenEnd;
}

/** After a capitalised title word, "of" or "for" and "the" that lead on to another capitalised
 * word of the title ("Chairman of the Security Council", "Secretary of State"): the index of that
 * word; q itself otherwise. */
function titleOfEnd(tokens: Token[], q: number, last: number): number {
  if (q === 0 || !/^(of|for)$/.test(tokens[q].text) || !/^\p{Lu}/u.test(tokens[q - 1].text)) return q;
  let n = q + 1;
  if (tokens[n]?.lower === "the") n++;
  return n < last && /^\p{Lu}/u.test(tokens[n].text) && tokens[n].kind !== "punct" ? n : q;
}

/**
 * '"...," a former State Department official who worked on Middle East policy told the Journal':
 * the cue after a relative clause that "who" opens right after the speaker, with no comma (that
 * would be an appositive, handled before) and no quote inside; the relative clause's own verb
 * comes first and is no cue ("who said" reports nothing of this quote).
 */
function cueAfterRelative(env: Env, k: number, last: number): Cue | null {
  const { tokens } = env;
  if (tokens[k]?.lower !== "who") return null;
  for (let c = k + 2; c < last && c - k <= 14; c++) {
    if (env.quoteTokens[c] || tokens[c].text === "," || /^(and|but|or|that)$/.test(tokens[c].lower)) return null;
    const cue = cueAt(env, c, last);
    if (cue) return /^(NOUN|PROPN|ADV|NUM)$/.test(tokens[c - 1].pos) && endsSentence(tokens, cue.end, last) ? cue : null;
  }
  return null;
}

/** After a possessor, the end of what it possesses: "the ministry's Twitter feed said", "the
 * Kremlin's press office said" (the possessor speaks through it); k itself when no "'s" follows. */
function possessedEnd(env: Env, k: number, last: number): number {
  const { tokens } = env;
  if (k >= last || !(tokens[k].norm === "'s" || tokens[k].text === "’s" || tokens[k].text === "'s")) return k;
  let e = k + 1;
  while (e < last && e - k <= 3 && (tokens[e].pos === "NOUN" || tokens[e].pos === "PROPN") && !cueAt(env, e, last)) e++;
  return e > k + 1 && tokens[e - 1].pos === "NOUN" ? e : k;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "NUM", "CCONJ"]);

/**
 * The cue after a speaker and its appositives: "Dmitry Peskov, the Kremlin spokesman, said", "Rep.
 * Adam Schiff, D-Calif., the committee chair, said", and an appositive that the cue closes with no
 * comma ("Ozgur Ozel, a local MP for the opposition party said": nouns only there, so that a
 * clause of its own is not taken for an appositive).
 */
function cueAfterAppositives(env: Env, p: number, last: number): Cue | null {
  const { tokens } = env;
  // "Sen. John McCain (R-Ariz.) told reporters", "the Institute for the Study of War (ISW) said"
  if (tokens[p]?.text === "(") {
    let c = p + 1;
    while (c < last && c - p < 8 && tokens[c].text !== ")" && !env.quoteTokens[c]) c++;
    if (tokens[c]?.text === ")") p = c + 1;
  }
  for (let seg = 0; seg < 4 && p < last; seg++) {
    // "X said", "X, the spokesman, said" (the comma closing the last appositive)
    let q = tokens[p].text === "," && seg > 0 ? p + 1 : p;
    while (q < last && ADVERB_POS.has(tokens[q].pos)) q++;
    q = quotedAs(tokens, modalEnd(tokens, q, last), last);
    const cue = cueAt(env, q, last);
    if (cue || tokens[p].text !== ",") return cue;
    // the appositive runs to the next comma, or to a cue that a few nouns lead to
    let nouns = true;
    let e = p + 1;
    for (; e < last && tokens[e].text !== "," && e - p < 14 && !env.quoteTokens[e]; e++) {
      if (nouns && e > p + 2) {
        const closing = cueAt(env, e, last);
        if (closing) return closing;
      }
      nouns &&= NOUN_PHRASE_POS.has(tokens[e].pos);
    }
    if (tokens[e]?.text !== "," || e === p + 1) return null;
    p = e;
  }
  return null;
}

const MODALS = /^(will|would|shall|should|could|can|may|might|must)$/;
const PROSPECTIVE = /^(expected|set|due|likely|scheduled|poised|going)$/;

/**
 * '"...," he will say', '"...," she would later say', '"...," the minister is expected to say':
 * a speech announced or reported in the future or in a modal frame is still the subject's; the
 * token after the modal (or after "is expected to", "is set to", "is due to"), k itself otherwise.
 * A negation ("would not say", "will never tell") speaks of words not said: k.
 */
function modalEnd(tokens: Token[], k: number, last: number): number {
  let q = k;
  if (q < last && MODALS.test(tokens[q].lower)) q++;
  else if (q + 2 < last && /^(is|are|was|were)$/.test(tokens[q].lower) && PROSPECTIVE.test(tokens[q + 1].lower) && tokens[q + 2].lower === "to") q += 3;
  else return k;
  while (q < last && ADVERB_POS.has(tokens[q].pos) && !/^(not|n't|never)$/.test(tokens[q].lower)) q++;
  return q < last && /^(not|n't|never)$/.test(tokens[q].lower) ? k : q;
}

/**
 * '"...," Reagan was quoted as telling ...': the passive of "quote" names its subject as the one
 * who spoke, and the cue follows "as". The token after "was/were/is/are (also) quoted as" (or
 * "has/had been quoted as"), k itself otherwise.
 */
function quotedAs(tokens: Token[], k: number, last: number): number {
  let q = k;
  if (q < last && /^(has|have|had)$/.test(tokens[q].lower) && tokens[q + 1]?.lower === "been") q += 2;
  else if (q < last && /^(is|are|was|were)$/.test(tokens[q].lower)) q++;
  else return k;
  while (q < last && ADVERB_POS.has(tokens[q].pos)) q++;
  if (q >= last || tokens[q].lower !== "quoted") return k;
  q++;
  // ("was quoted by the Tass news agency as saying": the relay between)
  if (tokens[q]?.lower === "by") for (let e = q + 1; e < last && e - q <= 6 && tokens[e].kind !== "punct"; e++) if (tokens[e].lower === "as") q = e;
  return q + 1 < last && tokens[q].lower === "as" ? q + 1 : k;
}

/**
 * "the California Democrat", "the businessman", "the 52-year-old": a definite description after
 * a quote that stands for the person named before (data/speech.json descriptions); null when its
 * head is no such word, or no person came before.
 */
function describedPerson(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors, lexicon } = env;
  if (tokens[k]?.lower !== "the") return null;
  // ("the 45-year-old": an age, whose tokens 45 - year - old hold hyphens)
  const aged = ageEnd(tokens, k + 1, last);
  let e = aged;
  while (e < last && e - k <= 5 + (aged - k - 1) && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[e].pos) && !cueAt(env, e, last)) {
    const m = actors.mentionAt[e];
    if (m && actors.actors[m.actor].kind === "person") return null;
    e++;
  }
  if (e === k + 1) return null;
  const head = e === aged ? "year-old" : tokens[e - 1].lower;
  if (!lexicon.speakerDescriptions.has(head) && !lexicon.speakerDescriptions.has(head.slice(head.lastIndexOf("-") + 1)) && !lexicon.speakerDescriptions.has(head.replace(/^\d+-/, ""))) return null;
  const ante = antecedent(env, k);
  // (an age describes a person only)
  if (e === aged && (ante?.actor == null || actors.actors[ante.actor].kind !== "person")) return null;
  // ("Tom Emmer, a Republican, ... Amy Klobuchar ... the Republican said": a description (a party's
  // member, a calling) is the person the text last gave it, where that is not the nearest person)
  const member = e > aged ? describedAs(env, k, e - 1) : null;
  if (member !== null) return { actor: member, name: actors.actors[member].name, first: k, last: e, rule: "speaker:description" };
  return ante ? { actor: ante.actor, name: ante.name, first: k, last: e, rule: "speaker:description" } : null;
}

const DESCRIBED_REACH = 400;

/**
 * The person the text last described with the word at token h, outside quotes and within
 * DESCRIBED_REACH tokens before k: the word in apposition after the name (", a Republican") or
 * right before it ("Republican Tom Emmer", "Republican Senator Tom Emmer"). Null where none.
 */
function describedAs(env: Env, k: number, h: number): number | null {
  const { tokens, actors } = env;
  const word = tokens[h].lower;
  for (let t = k - 1; t >= 0 && k - t <= DESCRIBED_REACH; t--) {
    if (tokens[t].lower !== word || env.quoteTokens[t]) continue;
    // after: "Tom Emmer, a Republican", "Mark Dunn, the billionaire", "Tom Emmer, a veteran Republican"
    let d = t - 1;
    while (d > t - 3 && d > 0 && tokens[d].pos === "ADJ" && /^\p{Ll}/u.test(tokens[d].text)) d--;
    const a = /^(a|an|the)$/.test(tokens[d]?.lower ?? "") && tokens[d - 1]?.text === "," ? actors.mentionAt[d - 2] : undefined;
    if (a && actors.actors[a.actor].kind === "person") return a.actor;
    // before: "Republican Tom Emmer", "Republican Senator Tom Emmer"
    for (let q = t + 1; q <= t + 2 && q < k; q++) {
      const m = actors.mentionAt[q];
      if (m && m.token === q && actors.actors[m.actor].kind === "person") return m.actor;
      if (!/^\p{Lu}/u.test(tokens[q].text)) break;
    }
  }
  return null;
}

/**
 * '"...," said the chemical weapons expert Hamish de Bretton-Gordon': after an inverted cue, a
 * description in lower case that a person's name closes. The name speaks; the description only
 * says who they are (a few words, none of them an actor of ours, no clause between).
 */
function describedNameAt(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  let q = k;
  if (/^(the|a|an)$/.test(tokens[q]?.lower ?? "")) q++;
  q = ageEnd(tokens, q, last);
  const from = q;
  // ('said Conservative leader Jane Doe', 'said Green Party co-leader Jane Doe', 'said Morgan
  // Grenfell Securities analyst Jane Doe', 'said CBI director Jane Doe': up to three capitalised
  // words or an acronym of a party, a firm or a body that no actor of ours names, before a lower-case role)
  // ("Director - General": a hyphened title counts as one word)
  const capital = (t: number) => /^(ADJ|PROPN|NOUN)$/.test(tokens[t].pos) && (/^\p{Lu}\p{Ll}/u.test(tokens[t].text) || /^\p{Lu}{2,6}$/u.test(tokens[t].text)) && !actors.mentionAt[t] && !env.quoteTokens[t] && !monthWord(env, tokens[t].lower) && !dayWord(env, tokens[t].lower);
  for (let words = 0; q < last && words < 3 && capital(q); words++) q += tokens[q + 1]?.text === "-" && q + 2 < last && tokens[q + 2].start === tokens[q + 1].end && capital(q + 2) ? 3 : 1;
  const role = q;
  while (q < last && q - role < 5 && /^(ADJ|NOUN|NUM)$/.test(tokens[q].pos) && /^[\p{Ll}\p{N}]/u.test(tokens[q].text) && !actors.mentionAt[q] && !env.quoteTokens[q]) q++;
  if (q === from && from === k) return null;
  // (the lower-case role may open the person's own mention: "leader Jane Doe")
  // (or the person's own mention opens with a capitalised title: "said CBI Director-General Jane Doe")
  const m = actors.mentionAt[q];
  const titled = q === role && m?.token === q && m.rule === "actors/person:title";
  if (role > from && !titled && (q === role ? !/^\p{Ll}/u.test(tokens[q]?.text ?? "") : tokens[q - 1].pos !== "NOUN")) return null;
  if (!m || m.token !== q || actors.actors[m.actor].kind !== "person") return null;
  return { actor: m.actor, name: actors.actors[m.actor].name, first: k, last: m.tokenEnd, rule: "speaker:person" };
}

/** After "20-year-old" (the tokens 20 - year - old) at token q, the token that follows; q otherwise. */
function ageEnd(tokens: Token[], q: number, last: number): number {
  if (q + 4 < last && tokens[q].pos === "NUM" && tokens[q + 1].text === "-" && /^years?$/.test(tokens[q + 2].lower) && tokens[q + 3].text === "-" && tokens[q + 4].lower === "old") return q + 5;
  return q;
}

/**
 * '"...," said the country's foreign minister, Ann Linde.', '"...," said one visitor, Peron Kwong,
 * after ...', '"...," said the panel's chairman, Democrat Richard Neal.': after an inverted cue, a
 * description (an article or a numeral, a possessor with "'s", lower-case adjectives and nouns; no
 * person in it) and, after a comma, a person's name (a party word or title before it may stand),
 * which closes the sentence or its own comma phrase: the name speaks, the description says who
 * they are. Null otherwise.
 */
function appositiveAfterCue(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  if (!/^(the|a|an|one|another)$/.test(tokens[k]?.lower ?? "")) return null;
  let q = k + 1;
  let nouns = 0;
  for (; q < last && q - k <= 8; q++) {
    const t = tokens[q];
    if (env.quoteTokens[q] || t.text === ",") break;
    const m = actors.mentionAt[q];
    if (m && actors.actors[m.actor].kind === "person") return null;
    if (t.norm === "'s" || t.text === "'s" || t.text === "’s" || pluralPossessive(tokens, q)) continue;
    if (m) continue;
    if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || cueAt(env, q, last)) return null;
    if (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text)) nouns++;
  }
  if (tokens[q]?.text !== "," || nouns === 0 || !/^\p{Ll}/u.test(tokens[q - 1].text)) return null;
  // (a party word or a title before the name: "Democrat Richard Neal")
  let n = q + 1;
  if (n < last && !actors.mentionAt[n] && /^\p{Lu}/u.test(tokens[n].text) && actors.mentionAt[n + 1]) n++;
  const m = actors.mentionAt[n];
  if (!m || (m.token !== n && m.token !== q + 1) || actors.actors[m.actor].kind !== "person") return null;
  const e = m.tokenEnd;
  if (!(e >= last || /^[,.;]$/.test(tokens[e].text) || onlyPunctuation(tokens, e, last))) return null;
  return { actor: m.actor, name: actors.actors[m.actor].name, first: k, last: e, rule: "speaker:appositive-name" };
}

/**
 * '"...," said one visitor.', '"...," said one diplomatic source.', '"...," said a woman, who ...':
 * after an inverted cue, "one", "another", "a" or "an" and a few lower-case words that a noun ends
 * (no name, no actor): an unnamed person of that description speaks. Null otherwise.
 */
function unnamedAfterCue(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  if (!/^(one|another|a|an)$/.test(tokens[k]?.lower ?? "")) return null;
  let e = k + 1;
  while (e < last && e - k <= 3 && /^(ADJ|NOUN)$/.test(tokens[e].pos) && /^\p{Ll}/u.test(tokens[e].text) && !actors.mentionAt[e] && !env.quoteTokens[e] && !cueAt(env, e, last)) e++;
  if (e === k + 1 || tokens[e - 1].pos !== "NOUN") return null;
  // (the phrase ends there: the sentence, a comma, or a word that is no part of a noun phrase)
  if (e < last && /^(NOUN|PROPN|ADJ)$/.test(tokens[e].pos)) return null;
  if (e < last && /^(of|'s|’s)$/.test(tokens[e].lower)) return null;
  // (not a document or a time: "said a statement", "said a day later"; and after "a", only a phrase
  // that closes the sentence or its comma phrase: "said a senior official." but not "said a week ago")
  const head = tokens[e - 1].lower;
  if (env.lexicon.speechNouns.matchAt(tokens, e - 1, byLower, e) || dayWord(env, head) || /^(day|days|hour|hours|time|moment)$/.test(head)) return null;
  if (/^(a|an)$/.test(tokens[k].lower) && !(e >= last || /^[,.;]$/.test(tokens[e].text) || onlyPunctuation(tokens, e, last))) return null;
  return { actor: null, name: env.doc.text.slice(tokens[k + 1].start, tokens[e - 1].end), first: k, last: e, rule: "speaker:noun-phrase" };
}

/**
 * '"...," said administration officials', '"...," said Western diplomats': after an inverted cue, a
 * group of unnamed people, a plural role phrase with one to three modifiers before it (no article,
 * no person among them) that ends the sentence or its comma phrase. The group speaks, with the
 * body or state the role phrase has; never a person named before. Null otherwise.
 */
function pluralAfterCue(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  for (let q = k + 1; q < last && q - k <= 3; q++) {
    const t = tokens[q - 1];
    const m = actors.mentionAt[q - 1];
    if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || env.quoteTokens[q - 1] || dayWord(env, t.lower) || (m && actors.actors[m.actor].kind === "person")) return null;
    const r = actors.roleNPs.find((x) => x.first === q);
    if (!r) continue;
    if (r.actor !== null || !/[^s]s$/.test(tokens[r.last - 1].lower)) return null;
    if (!(r.last >= last || /^[,.;]$/.test(tokens[r.last].text) || onlyPunctuation(tokens, r.last, last))) return null;
    return { actor: r.affiliation, name: env.doc.text.slice(tokens[k].start, tokens[r.last - 1].end), first: k, last: r.last, rule: "speaker:role" };
  }
  return null;
}

/**
 * '"...," said the investment firm Renaissance Capital': after an inverted cue, a lower-case
 * description and a name the actor stage does not know, closing the sentence; the name speaks,
 * unresolved. Null otherwise.
 */
function namedAfterCue(env: Env, k: number, last: number): Speaker | null {
  const { tokens } = env;
  if (!/^(the|a|an)$/.test(tokens[k]?.lower ?? "")) return null;
  const named = nameAfterDescription(env, k + 1, last);
  if (!named || !(onlyPunctuation(tokens, named.last, last) || attachedTail(tokens, named.last, last))) return null;
  return { actor: null, name: env.doc.text.slice(tokens[named.first].start, tokens[named.last - 1].end), first: k, last: named.last, rule: "speaker:named" };
}

/**
 * '"...," said one of his lawyers, Eugene Fidell': one of a plural group, named in apposition; the
 * name speaks. Null without the comma and a person's name right after it.
 */
function oneOfNamed(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  if (tokens[k]?.lower !== "one" || tokens[k + 1]?.lower !== "of") return null;
  let q = k + 2;
  if (/^(his|her|their|its|the|our)$/.test(tokens[q]?.lower ?? "")) q++;
  const from = q;
  while (q < last && q - from < 4 && /^(ADJ|NOUN)$/.test(tokens[q].pos) && /^\p{Ll}/u.test(tokens[q].text) && !env.quoteTokens[q]) q++;
  if (q === from || !/s$/.test(tokens[q - 1].lower) || tokens[q]?.text !== ",") return null;
  const m = actors.mentionAt[q + 1];
  if (!m || m.token !== q + 1 || actors.actors[m.actor].kind !== "person") return null;
  return { actor: m.actor, name: actors.actors[m.actor].name, first: k, last: m.tokenEnd, rule: "speaker:person" };
}

/**
 * '"...," the 70-year-old leader said', '"...," the Conservative leader said': a definite role
 * phrase after a quote whose modifiers (an age, a capitalised word that names no actor of ours)
 * kept the actor stage from resolving it; like a description, it stands for the person named
 * before. Null where the role phrase has a state or organisation of its own (the actor stage
 * resolves those by role), or no person came before.
 */
function describedRole(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  if (tokens[k]?.lower !== "the") return null;
  let q = ageEnd(tokens, k + 1, last);
  while (q < last && q - k <= 3 && (tokens[q].pos === "ADJ" || (tokens[q].pos === "PROPN" && /^\p{Lu}/u.test(tokens[q].text))) && !actors.mentionAt[q] && !env.quoteTokens[q]) {
    if (actors.roleNPs.some((x) => x.first === q)) break;
    q++;
  }
  if (q === k + 1) return null;
  const r = actors.roleNPs.find((x) => x.first === q);
  // (one person: "the Conservative officials said" are a group, whom no name before stands for)
  if (!r || r.actor !== null || r.affiliation !== null || /[^s]s$/.test(tokens[r.last - 1].lower)) return null;
  // ("the joint statement said": a document speaks for its authors, whom no person named before stands for)
  if (isDocumentNoun(env, r.last - 1)) return null;
  const ante = antecedent(env, k);
  if (!ante || ante.actor === null || actors.actors[ante.actor]?.kind !== "person") return null;
  // ("Scottish Executive minister Jack McConnell ... Opposition leader Mark Dean ... the Scottish
  // minister said": the person last named with the phrase's office, where the nearer person holds another)
  const head = tokens[r.last - 1].lower;
  if (!holdsOffice(actors.actors[ante.actor], head)) {
    const titled = lastHolder(env, k, head);
    if (titled !== null) return { actor: titled, name: actors.actors[titled].name, first: k, last: r.last, rule: "speaker:description-office" };
    // ("The author Alan Gray ... 'We will hold it,' the first minister said": a person the story
    // gives only a calling that is no office is not whom an office noun stands for)
    if (callingOnly(env, actors.actors[ante.actor])) return null;
  }
  return { actor: ante.actor, name: ante.name, first: k, last: r.last, rule: "speaker:description" };
}

/** Whether a person's role is a calling that is no office ("author", "journalist"; speech.json callings). */
function callingOnly(env: Env, a: { role?: string | null }): boolean {
  return !!a.role && env.lexicon.callings.has(officeHead(a.role));
}

/** The head word of a role or title ("Opposition leader" → "leader", "Secretary of State" → "secretary"). */
function officeHead(role: string): string {
  const words = role.toLowerCase().split(/\s+(?:of|for|to|at|in|on|with)\s+/)[0].split(/[\s-]+/);
  return words[words.length - 1] ?? "";
}

/** Whether a person's role or one of their titles ("Health Minister" before the name) has the head word given. */
function holdsOffice(a: { role?: string | null; formerRole?: boolean; mentions: { title?: { text: string }; headline?: boolean }[] }, head: string): boolean {
  if (a.formerRole) return false;
  if (a.role && officeHead(a.role) === head) return true;
  for (const m of a.mentions) if (m.title && !m.headline && officeHead(m.title.text) === head) return true;
  return false;
}

/** The person named last before token k who holds the office with the head word given, or null. */
function lastHolder(env: Env, k: number, head: string): number | null {
  const { actors } = env;
  let best: number | null = null;
  let at = -1;
  for (let ai = 0; ai < actors.actors.length; ai++) {
    const a = actors.actors[ai];
    if (a.kind !== "person" || !holdsOffice(a, head)) continue;
    for (const m of a.mentions) if (!m.headline && m.token < k && m.token > at) { at = m.token; best = ai; }
  }
  return best;
}

/** "Texas Sen. John Cornyn", "Democratic Rep. Adam Schiff": a person after a word or two of
 * capitalised qualifiers that name no actor of ours. */
function titledPersonAt(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  for (let q = k + 1; q < Math.min(last, k + 3); q++) {
    const w = tokens[q - 1];
    if (!(w.pos === "PROPN" || w.pos === "ADJ") || !/^\p{Lu}/u.test(w.text) || actors.mentionAt[q - 1]) return null;
    const m = actors.mentionAt[q];
    if (m && m.token === q && actors.actors[m.actor].kind === "person")
      return { actor: m.actor, name: actors.actors[m.actor].name, first: k, last: m.tokenEnd, rule: "speaker:person" };
  }
  return null;
}

/** Before an opening quote mark: `X said: "Q"`, `X said, "Q"`, `X told reporters that "Q"` (partial). */
function attributionBefore(env: Env, openTok: number, s: Sentence): { speaker: Speaker; cue: Cue; embedded: boolean } | null {
  const { tokens } = env;
  let i = openTok - 1;
  let punct = false;
  while (i >= s.first && (tokens[i].text === ":" || tokens[i].text === ",")) {
    punct = true;
    i--;
  }
  // the nearest cue before the quote, within a few words (time and place adverbials between)
  for (let c = i; c >= Math.max(s.first, i - 8); c--) {
    if (env.quoteTokens[c]) break;
    const cue = cueAt(env, c, openTok);
    if (!cue) continue;
    const sp = speakerBeforeCue(env, c, s);
    if (!sp) {
      // ("Blair said the plan was fair. But told BBC News: ...": the subject left out is the one before)
      const left = leftOutSubject(env, c, s);
      if (left) return { speaker: left, cue, embedded: false };
      // "said X:" (not "told X:", whose X hears)
      const after = env.lexicon.hearerCues.has(cue.lemma) ? null : speakerStartingAt(env, cue.end, openTok);
      if (after && after.last >= i) return { speaker: after, cue, embedded: false };
      return null;
    }
    // "the minister said Juncker has suggested — “and I find that right” — that ...": a quote set off by dashes inside
    // the reported clause is the reporter's subject's aside, the speaker of the sentence's first cue, not the
    // reported clause's subject
    const aside = !punct && asideBetweenDashes(env, openTok, s) ? sentenceSpeaker(env, s, c) : null;
    if (aside && aside.cue.end <= c) return { speaker: aside.speaker, cue: aside.cue, embedded: true };
    // the quote right after the cue (and its punctuation) is its object; words between make it partial
    const gap = c < i || (cue.end <= i && !punct);
    const embedded = gap && !punct;
    return { speaker: sp, cue, embedded: embedded || (cue.end <= i && !punct) };
  }
  return null;
}

/**
 * "Blair said the plan was fair. But told BBC News: ...", "And later told reporters: ...": a
 * sentence that opens with a coordinator (speech.json subjectGapOpeners) and maybe adverbs right
 * before its reporting verb at c leaves the verb's subject out: it is the sentence before's, its
 * speaker or else its subject, pointed at where that sentence names it (also across a paragraph
 * break: news often sets one sentence a paragraph). Null where anything else comes before the
 * verb, the sentence before is a headline, or it names no one.
 */
function leftOutSubject(env: Env, c: number, s: Sentence): Speaker | null {
  const { tokens, doc, lexicon } = env;
  if (c <= s.first || !lexicon.subjectGapOpeners.has(tokens[s.first].lower)) return null;
  for (let k = s.first + 1; k < c; k++) if (tokens[k].pos !== "ADV") return null;
  const si = doc.sentences.indexOf(s);
  const prev = si > 0 ? doc.sentences[si - 1] : null;
  if (!prev || prev.headline) return null;
  const was = env.resolving;
  env.resolving = true;
  const found = sentenceSpeaker(env, prev, prev.last)?.speaker ?? sentenceSubject(env, prev, prev.last);
  env.resolving = was;
  if (!found) return null;
  return { ...found, rule: "speaker:left-out-subject" };
}

/** `Mr. Wilders said:` or `He remarked:` as the whole sentence (or its end) right before a quote that
 * opens the next sentence or paragraph: the cue and speaker that introduce it. Only where the colon is
 * the sentence's last token and no quotation mark stands between the cue and the colon. */
function colonLead(env: Env, openTok: number, prev: Sentence, s: Sentence): { speaker: Speaker; cue: Cue } | null {
  const { tokens } = env;
  if (s.paragraph - prev.paragraph > 1 || prev.headline || tokens[prev.last - 1]?.text !== ":" || prev.last !== openTok) return null;
  const found = attributionBefore(env, openTok, prev);
  return found && !found.embedded ? { speaker: found.speaker, cue: found.cue } : null;
}

/**
 * "The letter reads:", "As the agency concludes:", "..., a report, which states:" closing the paragraph before a quote
 * that opens the next: a speech verb right before the colon whose subject is a document (its author where the text
 * named one: "the CIA's report", "The CIA sent a letter ... The letter reads:", else the document as the text names it)
 * or an actor after an opening "As". Only where colonLead found no speaker; null where the verb's subject is neither
 * ("The plan has three parts:", "Page six states:").
 */
function documentColonLead(env: Env, openTok: number, prev: Sentence, s: Sentence): { speaker: Speaker; cue: Cue } | null {
  const { tokens, doc } = env;
  if (s.paragraph - prev.paragraph > 1 || prev.headline || tokens[prev.last - 1]?.text !== ":" || prev.last !== openTok) return null;
  const c = prev.last - 2;
  if (c <= prev.first || env.quoteTokens[c]) return null;
  const lemma = env.lexicon.speechVerbs.get(tokens[c].lower);
  if (!lemma) return null;
  const cue: Cue = { at: c, end: c + 1, lemma, text: tokens[c].text };
  let j = c - 1;
  // (", which states:": the noun before the relative pronoun)
  if (/^(which|that)$/.test(tokens[j].lower) && tokens[j - 1]?.text === ",") j -= 2;
  if (j < prev.first || env.quoteTokens[j]) return null;
  if (isDocumentNoun(env, j)) {
    // ("the CIA's report": its possessor wrote it)
    const m = tokens[j - 1]?.norm === "'s" ? env.actors.mentionAt[j - 2] : undefined;
    if (m && m.tokenEnd === j - 1) {
      const a = env.actors.actors[m.actor];
      if (SPEAKER_KINDS.has(a.kind)) return { speaker: { actor: m.actor, name: a.name, first: m.token, last: j + 1, rule: "speaker:document-author" }, cue };
    }
    let first = j;
    while (first - 1 >= prev.first && /^(ADJ|NOUN)$/.test(tokens[first - 1].pos) && /^\p{Ll}/u.test(tokens[first - 1].text) && !env.actors.mentionAt[first - 1]) first--;
    if (first - 1 >= prev.first && /^(the|this|that|its|their|his|her)$/.test(tokens[first - 1].lower)) first--;
    const sp: Speaker = { actor: null, name: stripThe(doc.text.slice(tokens[first].start, tokens[j].end)), first, last: j + 1, rule: "speaker:document" };
    return { speaker: documentAuthor(env, sp), cue };
  }
  // "As the agency concludes:": an actor's phrase opening the clause after "As"
  const sp = speakerEndingAt(env, j, prev.first);
  if (!sp || sp.actor === null) return null;
  let open = sp.first;
  while (open - 1 >= prev.first && /^(the|a|an)$/.test(tokens[open - 1].lower)) open--;
  return open === prev.first || (open - 1 === prev.first && tokens[prev.first].lower === "as") ? { speaker: sp, cue } : null;
}

const DASHES = new Set(["—", "–", "--"]);

/** the quote opening at openTok stands between two dashes in its sentence ("… — “and I find that right” — …") */
function asideBetweenDashes(env: Env, openTok: number, s: Sentence): boolean {
  const { tokens } = env;
  if (openTok - 1 < s.first || !DASHES.has(tokens[openTok - 1].text)) return false;
  let k = openTok + 1;
  while (k < s.last && env.quoteTokens[k]) k++;
  // (the closing mark may be counted as the quote's or not; a comma or stop may stand inside it)
  for (let q = k; q < Math.min(s.last, k + 2); q++) if (DASHES.has(tokens[q].text)) return true;
  return false;
}

/** The speaker of a sentence's reported speech: `Sullivan claimed that ... "weaker" ...`. */
function sentenceSpeaker(env: Env, s: Sentence, before: number): { speaker: Speaker; cue: Cue } | null {
  for (let c = s.first; c < before; c++) {
    if (env.quoteTokens[c]) continue;
    const cue = cueAt(env, c, s.last);
    if (!cue) continue;
    const sp = speakerBeforeCue(env, c, s);
    if (sp) return { speaker: sp, cue };
  }
  return null;
}

/**
 * The person whose words the sentence right before sentence `si` reports as its subject ("Liz
 * Truss said it was vital ...", "He also said his policies had hurt China"), where that sentence
 * is in the same paragraph or the one before and is no quote itself; null otherwise.
 */
function reportBefore(env: Env, si: number, wholeQuote = false): Speaker | null {
  const { doc, tokens, actors } = env;
  const s = doc.sentences[si];
  const prev = doc.sentences[si - 1];
  if (prev.headline || prev.end <= doc.bodyStart || s.paragraph - prev.paragraph > 1 || allQuoted(env, prev)) return null;
  for (let k = prev.first; k < prev.last; k++) if (env.quoteTokens[k]) return null;
  const rep = sentenceSpeaker(env, prev, prev.last);
  if (rep && wholeQuote && closingReport(env, prev, s, rep)) return rep.speaker;
  // ("In his New Year message, Conservative leader Michael Howard said ...": the title's modifiers lead it)
  if (!rep || !env.lexicon.indirectLemmas.has(rep.cue.lemma) || !leadsSentence(env, prev, modifiersFirst(env, rep.speaker.first, prev.first, true))) return null;
  const a = rep.speaker.actor;
  // (an institution's report goes on in quote paragraphs where it names its document: "In a
  // statement, the ministry said ...", "The ministry said in a letter ...")
  if ((a === null || actors.actors[a]?.kind !== "person") && documentIn(env, prev) < 0) return null;
  // (the report's verb takes a clause: "said the plan was dead", not "called for talks")
  // ("he said." alone closes a quote the sentence splitter cut off)
  const next = tokens[rep.cue.end];
  if (!next || rep.cue.end >= prev.last || next.kind === "punct" || /^(for|on|off|up)$/.test(next.lower)) return null;
  return rep.speaker;
}

/**
 * 'Councillor James Reid echoed those sentiments. "..."', 'Peter Walsh, a retired builder, was less
 * hopeful. "..."': a short sentence right before a quote paragraph that gives a named person's
 * stance without their words, by a verb of (dis)agreement (speech.json stanceVerbs) or a copula
 * (stanceCopulas) and a comparative of mood ("was more cautious"), leads that paragraph: the person says it. Null where
 * the sentence quotes or reports anything, its first verb is another, or its subject is no person
 * ("agreed to the ceasefire" is a deed, not a stance on words).
 */
function stanceBefore(env: Env, si: number): Speaker | null {
  const { doc, tokens, actors, lexicon } = env;
  const s = doc.sentences[si];
  const prev = doc.sentences[si - 1];
  if (prev.headline || prev.end <= doc.bodyStart || s.paragraph - prev.paragraph > 1 || prev.last - prev.first > 16) return null;
  for (let k = prev.first; k < prev.last; k++) if (env.quoteTokens[k]) return null;
  for (let v = prev.first + 1; v < prev.last; v++) {
    const t = tokens[v];
    const agrees = lexicon.stanceVerbs.has(t.lower) && !/^(to|on|upon)$/.test(tokens[v + 1]?.lower ?? "");
    const mood = lexicon.stanceCopulas.has(t.lower) && /^(more|less)$/.test(tokens[v + 1]?.lower ?? "") && tokens[v + 2]?.pos === "ADJ";
    if (!agrees && !mood) {
      if (t.pos === "VERB" || t.pos === "AUX") return null;
      continue;
    }
    const sp = sentenceSubject(env, prev, v);
    if (!sp || sp.actor === null || actors.actors[sp.actor].kind !== "person") return null;
    for (let k = v + 1; k < prev.last; k++) if (tokens[k].lower === "that" || cueAt(env, k, prev.last)) return null;
    return { actor: sp.actor, name: actors.actors[sp.actor].name, first: sp.first, last: sp.last, rule: "speaker:subject" };
  }
  return null;
}

/**
 * The relay of a statement: "according to a Reuters report", "according to Sky News", "told Reuters",
 * "in an interview with the BBC", "Bloomberg reported" beside another speaker.
 */
function findVia(env: Env, s: Sentence, speaker: Speaker): string | null {
  const { tokens, actors } = env;
  for (let i = s.first; i < s.last; i++) {
    if (env.quoteTokens[i]) continue;
    const t = tokens[i];
    let k = -1;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") k = i + 2;
    // "As reported by Ukrinform, ...", "..., as reported by the BBC"
    else if (t.lower === "reported" && tokens[i + 1]?.lower === "by") k = i + 2;
    else if (env.lexicon.speechVerbs.get(t.lower) === "tell" && i >= speaker.last) k = i + 1;
    else if ((t.lower === "with" || t.lower === "to") && /^(interview|interviews|remarks|comments)$/.test(tokens[i - 1]?.lower ?? "")) k = i + 1;
    if (k < 0) continue;
    while (k < s.last && /^(a|an|the)$/.test(tokens[k].lower)) k++;
    let m = actors.mentionAt[k];
    if (!m || m.token !== k) continue;
    // ("told Ukraine's leader", "according to South Korea's Yonhap News Agency": a state that possesses
    // what follows is no relay, though what it possesses may be; an outlet is: "told CNBC's X")
    if ((tokens[m.tokenEnd]?.text === "'s" || tokens[m.tokenEnd]?.text === "’s") && actors.actors[m.actor].kind === "country") {
      const owned = actors.mentionAt[m.tokenEnd + 1];
      if (!owned || owned.token !== m.tokenEnd + 1 || actors.actors[owned.actor].kind !== "organization") continue;
      m = owned;
    }
    if (m.actor === speaker.actor) continue;
    const a = actors.actors[m.actor];
    if (a.kind === "organization" || a.kind === "igo" || a.kind === "country" || a.kind === "person") return stripThe(a.kind === "organization" ? a.name : m.text);
  }
  // "Bloomberg reported" beside another speaker
  for (let i = s.first + 1; i < s.last; i++) {
    const m = actors.mentionAt[i - 1];
    if (!m || env.quoteTokens[i]) continue;
    const lemma = env.lexicon.speechVerbs.get(tokens[i].lower);
    if (lemma !== "report") continue;
    const a = actors.actors[m.actor];
    if (a.kind === "organization" && a.sector === "MED" && m.actor !== speaker.actor) return a.name;
  }
  return null;
}

/**
 * Reported speech without quotation marks:
 *   X said (that) CLAUSE / X told reporters (that) CLAUSE
 *   CLAUSE, X said.  /  CLAUSE, according to X.  /  According to X, CLAUSE.
 */
function indirectSpeech(env: Env, s: Sentence): Quote[] {
  const { tokens, lexicon } = env;
  // a sentence that is mostly a direct quote has its attribution already
  let quoted = 0;
  for (let i = s.first; i < s.last; i++) if (env.quoteTokens[i]) quoted++;
  const words = s.last - s.first;
  if (quoted > words * 0.6) return [];
  const out: Quote[] = [];

  const according = accordingTo(env, s) ?? asSpeakerSaid(env, s);
  if (according) return according;

  // the speaker of a report that a coordinated cue continues ("X stressed ..., saying that ...")
  let carried: { cue: number; speaker: Speaker } | null = null;
  // "..., to impress markets and maintain his hold on power, analysts said.": a sentence that
  // ends in its attribution reports everything before it, cues inside included
  // "Lavrov said the West had crossed a red line, the ministry said.": the report that opens the
  // sentence is its opening speaker's, and the attribution that closes it only relays it
  const relay = relayedReport(env, s);
  const final = relay ? null : finalAttribution(env, s);
  for (let c = final ?? s.first; c < s.last; c++) {
    if (relay && c >= relay.comma) break;
    if (env.quoteTokens[c]) continue;
    const cue = cueAt(env, c, s.last);
    if (!cue || !lexicon.indirectLemmas.has(cue.lemma)) continue;
    // "have not yet said why": nothing was said
    if (tokens.slice(Math.max(s.first, c - 3), c).some((t) => /^(not|n't|never)$/.test(t.lower))) continue;
    // "called on X to", "called for talks": requests, not reports
    if (cue.lemma === "call" && /^(on|for|off|up|in|out|back|upon)$/.test(tokens[cue.end]?.lower ?? "")) continue;
    // CLAUSE, X said.
    let j = c - 1;
    while (j >= s.first && ADVERB_POS.has(tokens[j].pos)) j--;
    j = beforePerfect(tokens, j, s.first, cue);
    j = beforeSpeechAdverbial(env, j, s.first);
    const participle = cue.text.toLowerCase().endsWith("ing") && tokens[j]?.text === ",";
    // ("Another guest who spoke to the Reuters news agency said": the head the relative clause follows)
    const who = participle ? -1 : relativeBefore(env, j, s.first);
    const ended = participle
      ? null
      : who >= 0
        ? relativeHead(env, who, s.first)
        : (speakerEndingAt(env, j, s.first) ?? (c === final ? closingNounPhrase(env, j, s) : null));
    let sp = ended && subjectHead(env, ended, s.first);
    // ("Premier Ruiz issued a statement saying ...": the subject of the verb of issuing speaks; issued-document.ts)
    if (sp) sp = issuerOf(env, sp, c, s) ?? sp;
    // (", an Exchange official said": the article before the role)
    const spFirst = sp && /^(a|an|the)$/.test(tokens[sp.first - 1]?.lower ?? "") ? sp.first - 1 : sp?.first ?? 0;
    // (", the Institute said": the short name of an organisation named before, named-body.ts)
    if (sp && sp.actor === null && sp.last === j + 1) {
      const short = namedBodySpeaker(env, spFirst, s.last);
      if (short?.actor != null && short.last === sp.last) sp = { ...short, first: sp.first };
    }
    // "The actions of the president, he told a news conference, were a threat": the cue interrupts the clause it reports
    const interrupted = sp ? interruptedClause(env, s, spFirst, cue) : false;
    if (sp && interrupted) {
      const q = indirectQuote(env, s, [s.first, s.last], sp, cue, "quotes/indirect:interrupted-cue");
      if (q) out.push(q);
      return out;
    }
    // (a clause with no verb is an adverbial: "Later on Friday, the White House announced ...")
    if (sp && spFirst > s.first + 3 && tokens[spFirst - 1].text === "," && endsSentence(tokens, cue.end, s.last) && hasVerbIn(env, s.first, spFirst - 1)) {
      // the attribution of a direct quote: the clause ends in it, or has no verb outside it
      // ('...towards Lysychansk,” Luhansk’s regional governor, Serhiy Haidai said')
      const attribution = env.quoteTokens[spFirst - 2] || quotedClause(env, s.first, spFirst - 1);
      // ("While Corbyn is a Nato sceptic, Starmer has stressed his support": a fronted concessive or "as"
      // clause alone is an adverbial of the sentence, not its report; "Since the war began Russia has
      // lost 300 tanks, the ministry said" and "If Russia invades, it will pay, Biden said" stay)
      const fronted = lexicon.adverbialOpeners.has(tokens[s.first].lower) && !hasCommaIn(tokens, s.first + 1, spFirst - 1);
      const q = attribution || fronted ? null : indirectQuote(env, s, [s.first, spFirst - 1], sp, cue, "quotes/indirect:clause-speaker-cue");
      if (q) out.push(q);
      // "..., analysts said (in a statement), adding that ...": the participle goes on with the same speaker
      let comma = cue.end;
      while (comma < s.last && comma - cue.end < 8 && tokens[comma].text !== ",") comma++;
      const more = comma + 1 < s.last && tokens[comma].text === "," ? cueAt(env, comma + 1, s.last) : null;
      if (!more || !lexicon.indirectLemmas.has(more.lemma)) return out;
      carried = { cue: more.at, speaker: sp };
      c = more.at - 1;
      continue;
    }
    // CLAUSE, said X (at the Council on Foreign Relations, a think tank).  The comma before the
    // cue and a speaker after it, with no verb of its own, invert the attribution: the actor
    // nearest before the comma ("a clear Russian defeat, said ...") is part of the clause.
    // (A clause holding a direct quote is that quote's attribution; a nationality word is no
    // speaker: "said Indonesian search and rescue agency chief ...".)
    // Only reporting verbs invert (after "told" comes the hearer, after "accused" the accused);
    // and the clause needs a verb of its own.
    if (!sp && !participle && env.lexicon.invertibleCues.has(cue.lemma) && tokens[j]?.text === "," && j > s.first + 3 && !env.quoteTokens.slice(s.first, j).some(Boolean) && tokens.slice(s.first, j).some((t) => t.pos === "VERB" || t.pos === "AUX")) {
      const after = speakerStartingAt(env, cue.end, s.last);
      if (after && tokens[after.first].pos !== "ADJ" && (onlyPunctuation(tokens, after.last, s.last) || attachedTail(tokens, after.last, s.last))) {
        const q = indirectQuote(env, s, [s.first, j], after, cue, "quotes/indirect:clause-cue-speaker");
        return q ? [...out, q] : out;
      }
    }
    const carriedHere = carried as { cue: number; speaker: Speaker } | null;
    const speaker: Speaker | null = sp ?? (carriedHere?.cue === c ? carriedHere.speaker : speakerBeforeCue(env, c, s));
    if (!speaker) continue;
    // X said (on Friday) (that) CLAUSE
    let k = cue.end;
    if (cue.lemma === "tell") {
      // the hearer: "told reporters", "told press", "told the BBC"
      if (k < s.last && tokens[k].lower === "that") {
        /* no hearer */
      } else {
        // (and a possessive before a noun: "told his Iranian counterpart that", "told their
        // supporters"; not the object "told her that", nor "told her Ukraine would win", where a
        // verb follows the name: "her" is then the hearer and the name opens the clause)
        while (k < s.last && (/^(the|a|an)$/.test(tokens[k].lower) || (/^(his|her|their|its|our)$/.test(tokens[k].lower) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k + 1]?.pos ?? "") && !(tokens[k].lower === "her" && objectHer(env, k + 1, s.last))))) k++;
        const m = env.actors.mentionAt[k];
        if (m && m.token === k) k = m.tokenEnd;
        else if (k < s.last && (tokens[k].pos === "NOUN" || tokens[k].pos === "PRON" || tokens[k].pos === "PROPN")) k++;
        else continue;
        // ("told his party's MPs", "told Russia's RIA Novosti news service", "told Ukraine's leader
        // Volodymyr Zelensky": the possessor's head is the hearer; its names here, its common nouns below)
        if ((tokens[k]?.text === "'s" || tokens[k]?.text === "’s") && /^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? "")) {
          const p = ++k;
          const named = env.actors.mentionAt[k];
          if (named && named.token === k) k = named.tokenEnd;
          else while (k < s.last && k - p < 4 && /^\p{Lu}/u.test(tokens[k].text) && /^(NOUN|PROPN)$/.test(tokens[k].pos) && !env.quoteTokens[k]) k++;
        }
        // ("told European leaders", "told the White House counsel": a state or body before a
        // common noun is the hearer's modifier, the noun its head; not where a verb follows the
        // noun, which then opens the clause: "told Reuters troops would stay")
        const h0 = k;
        for (let n = 0; n < 2 && k + 1 < s.last && tokens[k].pos === "NOUN" && /^\p{Ll}/u.test(tokens[k].text) && tokens[k].lower !== "that" && !/^(VERB|AUX|PART)$/.test(tokens[k + 1].pos) && !env.quoteTokens[k]; n++) k++;
        // ("told Fox News host Sean Hannity": the name the hearer's singular title closes; not
        // "told reporters Putin had lied", "told US officials Putin had lied")
        const named = env.actors.mentionAt[k];
        if (k > h0 && named && named.token === k && tokens[k - 1].pos === "NOUN" && !/s$/.test(tokens[k - 1].lower) && /^\p{Ll}/u.test(tokens[k - 1].text) && env.actors.actors[named.actor].kind === "person") k = named.tokenEnd;
        // ("told the Benghazi panel through his lawyer late last month that": adverbials with no
        // verb run to "that"; not a clause's own subject: "told reporters the deal that Iran signed had failed")
        if (tokens[k]?.pos === "ADP")
          for (let e = k; e < s.last && e - k < 12 && !env.quoteTokens[e] && tokens[e].text !== "," && !/^(VERB|AUX)$/.test(tokens[e].pos); e++) {
            if (tokens[e].lower === "that") {
              k = e;
              break;
            }
          }
      }
    }
    k = clauseStart(env, s, k);
    const hadThat = tokens[k]?.lower === "that";
    if (hadThat) k++;
    else if (!lexicon.bareClauseLemmas.has(cue.lemma) && !finiteClauseAt(env, k, s.last)) continue;
    if (k >= s.last || env.quoteTokens[k] && !hadThat) continue;
    if (!hadThat && !/^(DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(tokens[k].pos) && !env.actors.mentionAt[k]) continue;
    // the clause ends before a trailing relay or contrast: ", according to", ", even as"
    // ('warned the next phase "will depend on conditions," according to Sky News': a comma inside a closing mark too,
    // whose mark stays with the clause)
    let end = relay ? relay.comma : s.last;
    let trail = -1;
    for (let e = k + 1; e < end; e++) {
      if (tokens[e].text !== ",") continue;
      const w = closingMarkAt(env, e + 1) ? e + 2 : e + 1;
      const after = tokens[w]?.lower ?? "";
      if (/^(according|even|while|as|but|citing)$/.test(after) || (after === "and" && /ing$/.test(tokens[w + 1]?.lower ?? ""))) {
        end = w === e + 1 ? e : w;
        trail = w;
        break;
      }
    }
    // "X called the attacks a violation ..., and warned that ...": a second report ends this one,
    // and has this one's speaker
    // (", but said ...": the contrast that ends the clause may itself open the second report)
    const butNext = trail >= 0 && tokens[trail].lower === "but" ? nextCoordinatedCue(env, trail, s.last) : null;
    const next = nextCoordinatedCue(env, k, end) ?? (butNext && butNext.and === trail ? { and: end, cue: butNext.cue } : null);
    const clauseEnd = next ? next.and : end;
    // (a person or a role only: a guess from the sentence's actors is better made again)
    if (next && /^speaker:(person|role)/.test(speaker.rule)) carried = { cue: next.cue, speaker };
    // the clause needs a verb of its own ("stressed the depletion of Russian forces, saying that
    // ..." reports nothing before "saying")
    let hasVerb = false;
    for (let e = k; e < clauseEnd; e++) if (tokens[e].pos === "VERB" || tokens[e].pos === "AUX") hasVerb = true;
    if (hasVerb) {
      const q = indirectQuote(env, s, [k, clauseEnd], speaker, cue, "quotes/indirect:speaker-cue-clause", relay && relayName(env, relay.speaker), relay?.speaker ?? null);
      if (q) out.push(q);
    }
    if (!next) break;
    c = next.cue - 1;
  }
  return out;
}

/** "CLAUSE, according to X.", "According to X, CLAUSE.": the sentence's reported speech; null when it has no such relay */
function accordingTo(env: Env, s: Sentence): Quote[] | null {
  const { tokens, lexicon } = env;
  // CLAUSE, according to X.   According to X, CLAUSE.
  for (let i = s.first; i < s.last - 2; i++) {
    if (tokens[i].lower !== "according" || tokens[i + 1].lower !== "to" || env.quoteTokens[i]) continue;
    let k = i + 2;
    const sp = speakerStartingAt(env, k, s.last) ?? objectPronounSpeaker(env, k) ?? reportBy(env, k, s.last);
    if (!sp) continue;
    k = sp.last;
    while (k < s.last && /^(report|reports|statement)$/.test(tokens[k].lower)) k++;
    // any cue verb in the sentence makes "according to" a relay, not the speaker: the cue's own speaker says it
    // ("According to Interfax, Lavrov said that ...": Lavrov's words, relayed by Interfax; the words of the relay are
    // none: "according to a CNN report")
    // ("That's according to Politico, Ukrinform reports.": a pointer to the source of the sentences before, no one's words)
    for (let c = s.first; c < s.last; c++) if (!env.quoteTokens[c] && (c < i || c >= k) && cueAt(env, c, s.last) && lexicon.indirectLemmas.has(lexicon.speechVerbs.get(tokens[c].lower) ?? "")) return pointerOnly(tokens, s.first, i) ? [] : null;
    let span: [number, number];
    if (i === s.first && tokens[k]?.text === ",") span = [k + 1, s.last];
    else if (i > s.first && tokens[i - 1].text === ",") span = [s.first, i - 1];
    else continue;
    const q = indirectQuote(env, s, span, sp, { at: i, end: i + 2, lemma: "according to", text: "according to" }, "quotes/indirect:according-to");
    return q ? [q] : [];
  }
  return null;
}

/** Whether token m closes a quotation: a closing curly mark, or a straight one after quoted words and before unquoted ones. */
function closingMarkAt(env: Env, m: number): boolean {
  const t = env.tokens[m]?.text ?? "";
  if (t === "”" || t === "’") return true;
  return (t === '"' || t === "'") && !!env.quoteTokens[m - 1] && !env.quoteTokens[m + 1];
}

/** "That's according to", "This is according to": only a demonstrative and its copula before "according". */
function pointerOnly(tokens: Token[], from: number, i: number): boolean {
  if (i === from) return false;
  for (let k = from; k < i; k++) if (!/^(that|this|it|'s|’s|is|was)$/.test(tokens[k].lower)) return false;
  return true;
}

/** Whether a reporting verb outside quotation marks stands between tokens a and b. */
function cueBefore(env: Env, a: number, b: number): boolean {
  for (let c = a; c < b; c++) if (!env.quoteTokens[c] && cueAt(env, c, b)) return true;
  return false;
}

/**
 * "a report by the Associated Press", "a CNN report", "a statement from the ministry" after
 * "according to": the outlet or body whose document it is, which the document speaks for (the
 * phrase runs to the end of the outlet's). Null where the words are no document of a speaker we
 * can name.
 */
function reportBy(env: Env, k: number, last: number): Speaker | null {
  const { tokens, actors } = env;
  let q = k;
  if (q < last && /^(a|an|the)$/.test(tokens[q].lower)) q++;
  let n = q;
  while (n < last && n - q < 3 && !isDocumentNoun(env, n) && /^(ADJ|NOUN|PROPN)$/.test(tokens[n].pos) && !env.quoteTokens[n]) n++;
  if (n >= last || !isDocumentNoun(env, n)) return null;
  // "a CNN report": an outlet or body among the words before the noun
  for (let p = q; p < n; p++) {
    const m = actors.mentionAt[p];
    if (m && m.token === p && m.tokenEnd <= n && SPEAKER_KINDS.has(actors.actors[m.actor].kind) && actors.actors[m.actor].kind !== "person")
      return { actor: m.actor, name: actors.actors[m.actor].kind === "organization" ? actors.actors[m.actor].name : stripThe(m.text), first: k, last: n + 1, rule: "speaker:document" };
  }
  // "a report by the Associated Press", "a statement from the ministry"
  let b = n + 1;
  if (b < last && /^(released|issued|published|posted|compiled)$/.test(tokens[b].lower)) b++;
  if (b + 1 >= last || !/^(by|from|of|in)$/.test(tokens[b].lower)) return null;
  // (speakerStartingAt reads over an article itself)
  const by = speakerStartingAt(env, b + 1, last);
  if (!by) return null;
  // ("a report of Putin's speech" is about him; "a report in The Times" is the paper's)
  const kind = by.actor !== null ? actors.actors[by.actor]?.kind : null;
  if ((tokens[b].lower === "of" && kind === "person") || (tokens[b].lower === "in" && kind !== "organization")) return null;
  return { actor: by.actor, name: by.name, first: k, last: by.last, rule: by.rule };
}

/**
 * "As Dzheppar emphasized, CLAUSE." / "CLAUSE, as the minister noted.": the speaker in a clause
 * of comparison that "as" opens; null when the sentence has none. The "as" clause holds only its
 * speaker, a reporting verb and perhaps an adverbial: "as Russia announced a new offensive" has
 * an object of its own and is a time clause, not an attribution.
 */
function asSpeakerSaid(env: Env, s: Sentence): Quote[] | null {
  const { tokens } = env;
  for (let i = s.first; i < s.last - 2; i++) {
    if (tokens[i].lower !== "as" || env.quoteTokens[i]) continue;
    const fronted = i === s.first;
    if (!fronted && tokens[i - 1].text !== ",") continue;
    const sp = speakerStartingAt(env, i + 1, s.last) ?? nounPhraseAt(env, i + 1, s.last);
    if (!sp) continue;
    let c = sp.last;
    while (c < s.last && SKIP_BEFORE_CUE.has(tokens[c].pos)) c++;
    const cue = cueAt(env, c, s.last);
    // ("as analysts predicted", "as X warned", "as expected" compare an outcome with a forecast: speech.json asCues)
    if (!cue || !env.lexicon.asCues.has(cue.lemma)) continue;
    const e = cue.end;
    if (fronted) {
      // "As X emphasized (on Friday), CLAUSE"
      let comma = e;
      while (comma < s.last && comma - e < 8 && tokens[comma].text !== "," && tokens[comma].pos !== "VERB" && tokens[comma].pos !== "AUX") comma++;
      if (tokens[comma]?.text !== ",") continue;
      // "As Reuters reported, diplomats said the talks had failed": a cue of the clause's own makes X its relay
      if (cue.lemma === "report" && cueBefore(env, comma + 1, s.last)) return null;
      const q = indirectQuote(env, s, [comma + 1, s.last], sp, cue, "quotes/indirect:as-speaker-cue");
      return q ? [q] : [];
    }
    // "CLAUSE, as X wrote (in El Pais)."; a clause that is a direct quote is that quote's attribution
    const next = tokens[e];
    const bare = e >= s.last || next.kind === "punct" || next.pos === "ADP" || next.pos === "ADV" || dayWord(env, next.lower);
    if (!bare || !endsSentence(tokens, e, s.last)) continue;
    if (env.quoteTokens[i - 2]) return [];
    const q = indirectQuote(env, s, [s.first, i - 1], sp, cue, "quotes/indirect:clause-as-speaker-cue");
    return q ? [q] : [];
  }
  return null;
}

/** "analysts", "the ministry", "Western diplomats": a plain noun phrase of up to four words from token k. */
function nounPhraseAt(env: Env, k: number, last: number): Speaker | null {
  const { tokens } = env;
  let e = k;
  if (/^(the|a|an|some|many|several)$/.test(tokens[e]?.lower ?? "")) e++;
  const from = e;
  while (e < last && e - from < 4 && /^(NOUN|PROPN|ADJ)$/.test(tokens[e].pos) && !env.quoteTokens[e] && !cueAt(env, e, last)) e++;
  if (e === from || tokens[e - 1].pos === "ADJ") return null;
  return nounPhraseSpeaker(env, e - 1, k);
}

/** where the reported clause starts after a cue and its hearer: past time and place adverbials ("on Friday", "in a
 * statement") and a parenthetical before ", that" */
function clauseStart(env: Env, s: Sentence, k: number): number {
  const tokens = env.tokens;
  // time and place adverbials before the clause: "on Friday", "in a statement", "at a briefing"
  for (let guard = 0; guard < 4 && k < s.last; guard++) {
    const t = tokens[k];
    // "said here Wednesday that", "told reporters today that"
    if (t.text === "," || (t.pos === "ADV" && !WH_WORDS.test(t.lower)) || dayWord(env, t.lower)) {
      k++;
      continue;
    }
    // "said on Friday they would": a date after a preposition
    if (/^(on|in|at|last|this|early|late|next)$/.test(t.lower) && k + 1 < s.last && (dayWord(env, tokens[k + 1].lower) || monthWord(env, tokens[k + 1].lower))) {
      k += 2;
      if (k < s.last && tokens[k].pos === "NUM") k++;
      continue;
    }
    if (/^(on|in|at|during|after|before|late|earlier|last|this|yesterday|today|recently|previously)$/.test(t.lower) && !/^that$/.test(tokens[k + 1]?.lower ?? "")) {
      let e = k + 1;
      // "said at the close of the alliance's summit in Madrid that": a few prepositional phrases, no verb
      while (e < s.last && e - k < 11 && tokens[e].text !== "," && tokens[e].lower !== "that" && !(tokens[e].pos === "VERB" || tokens[e].pos === "AUX")) e++;
      // (a long adverbial must lead to "that": "said in an interview with the VGTRK journalist,
      // radio and TV host X, BelTA has learned" has no clause after its comma)
      if (tokens[e]?.lower === "that" || (tokens[e]?.text === "," && e - k < 6)) {
        k = e;
        continue;
      }
      break;
    }
    break;
  }
  // "told EU leaders during a virtual appearance ..., that CLAUSE"
  if (tokens[k]?.lower !== "that") {
    for (let e = k + 1; e < s.last && e - k < 30; e++) {
      if (env.quoteTokens[e]) break;
      if (tokens[e].lower === "that" && tokens[e - 1].text === ",") {
        k = e;
        break;
      }
    }
  }
  return k;
}

/** ", and said" / "and warned" / "but said" inside a clause, where a second report begins. */
function nextCoordinatedCue(env: Env, from: number, end: number): { and: number; cue: number } | null {
  const { tokens } = env;
  for (let e = from; e < end - 1; e++) {
    // ", adding that ...", ", telling reporters ..."
    if (tokens[e].text === "," && !env.quoteTokens[e] && tokens[e + 1].lower.endsWith("ing") && cueAt(env, e + 1, end)) {
      if (env.lexicon.indirectLemmas.has(env.lexicon.speechVerbs.get(tokens[e + 1].lower) ?? "")) return { and: e, cue: e + 1 };
    }
    // ("acknowledged the government is collecting records, but said this does not include ...")
    if ((tokens[e].lower === "and" || tokens[e].lower === "but") && !env.quoteTokens[e]) {
      let c = e + 1;
      while (c < end && SKIP_BEFORE_CUE.has(tokens[c].pos)) c++;
      if (cueAt(env, c, end) && env.lexicon.indirectLemmas.has(env.lexicon.speechVerbs.get(tokens[c].lower) ?? "")) return { and: e, cue: c };
    }
  }
  return null;
}

/** Whether the pronoun at j is the subject of a cue that ends its sentence ("..., he said."). */
function clauseFinalCue(env: Env, s: Sentence, j: number): boolean {
  let c = j + 1;
  while (c < s.last && ADVERB_POS.has(env.tokens[c].pos)) c++;
  const cue = cueAt(env, c, s.last);
  return !!cue && endsSentence(env.tokens, cue.end, s.last);
}

/** The cue of a sentence-final ", X said." (within its last dozen tokens), or null. */
function finalAttribution(env: Env, s: Sentence): number | null {
  const { tokens } = env;
  for (let c = s.last - 1; c > s.first + 3 && s.last - c < 12; c--) {
    if (env.quoteTokens[c] || tokens[c].text === ",") return null;
    const cue = cueAt(env, c, s.last);
    if (!cue || !env.lexicon.invertibleCues.has(cue.lemma) || !endsSentence(tokens, cue.end, s.last)) continue;
    // "X said Y, Reuters reported": an outlet that relays the report before it, not its speaker
    if (cue.lemma === "report") return null;
    let j = c - 1;
    while (j > s.first && ADVERB_POS.has(tokens[j].pos)) j--;
    j = beforePerfect(tokens, j, s.first, cue);
    const sp = speakerEndingAt(env, j, s.first) ?? closingNounPhrase(env, j, s);
    if (!sp) return null;
    const f = /^(a|an|the)$/.test(tokens[sp.first - 1]?.lower ?? "") ? sp.first - 1 : sp.first;
    return tokens[f - 1]?.text === "," && !env.quoteTokens[f - 2] ? c : null;
  }
  return null;
}

/**
 * The relay of a report that opens with its own speaker: "Lavrov said (that) CLAUSE, the ministry
 * said (in a statement).", "Lavrov told his counterpart that CLAUSE, Interfax reported.". The
 * sentence ends in a second speaker and a reporting cue after a comma (after a closing quotation
 * mark too), and before that comma it opens with a speaker of its own right before a reporting cue.
 * Then the opening speaker says the words and the closing one carries them. The comma and the
 * closing speaker; null where either attribution is missing or both name one actor.
 * (Not "What Lavrov said was false, the ministry said", nor "Envoys who said ... left, aides said":
 * the opening speaker must be the sentence's first words.)
 */
function relayedReport(env: Env, s: Sentence): { comma: number; speaker: Speaker } | null {
  const { tokens, lexicon } = env;
  let comma = -1;
  let relay: Speaker | null = null;
  for (let c = s.last - 1; c > s.first + 3 && s.last - c < 12; c--) {
    if (env.quoteTokens[c] || tokens[c].text === ",") return null;
    const cue = cueAt(env, c, s.last);
    if (!cue || !env.lexicon.invertibleCues.has(cue.lemma) || /ing$/.test(cue.text) || !endsSentence(tokens, cue.end, s.last)) continue;
    // (", reported The New York Times": the relay after its cue)
    if (tokens[c - 1]?.text === "," && speakerStartingAt(env, cue.end, s.last)) {
      relay = speakerStartingAt(env, cue.end, s.last);
      comma = c - 1;
      break;
    }
    let j = c - 1;
    while (j > s.first && ADVERB_POS.has(tokens[j].pos)) j--;
    relay = speakerEndingAt(env, j, s.first) ?? closingNounPhrase(env, j, s);
    if (!relay) return null;
    const f = /^(a|an|the)$/.test(tokens[relay.first - 1]?.lower ?? "") ? relay.first - 1 : relay.first;
    comma = f - 1;
    // ('... a red line," the ministry said': the comma inside the closing mark)
    if (closingMarkAt(env, comma) && tokens[comma - 1]?.text === ",") comma--;
    if (tokens[comma]?.text !== ",") return null;
    break;
  }
  if (!relay || comma < 0) return null;
  for (let c = s.first + 1; c < comma && c - s.first < 10; c++) {
    if (env.quoteTokens[c] || tokens[c].text === ",") return null;
    const cue = cueAt(env, c, comma);
    if (!cue) continue;
    if (!lexicon.indirectLemmas.has(cue.lemma)) return null;
    let j = c - 1;
    while (j > s.first && ADVERB_POS.has(tokens[j].pos)) j--;
    const sp = speakerEndingAt(env, j, s.first);
    if (!sp) return null;
    // (its title and article: "Russian Foreign Minister Sergei Lavrov", "The finance ministry")
    const m = modifiersFirst(env, sp.first, s.first, true);
    const f = /^(a|an|the)$/.test(tokens[m - 1]?.lower ?? "") ? m - 1 : m;
    if (f !== s.first || (sp.actor !== null && sp.actor === relay.actor) || sp.name === relay.name || neuterOpener(tokens, sp)) return null;
    return { comma, speaker: relay };
  }
  return null;
}

/**
 * The speaker of a quote inside a report that a closing attribution relays: 'Lavrov said that
 * "...," the ministry said.', 'The minister told reporters: "...," the agency reported.'. The cue
 * before the quote has its subject at the sentence's start (a title and article allowed), the
 * attribution after the quote ends the sentence with a reporting cue, and the two name different
 * speakers. Null otherwise (and the closing attribution stays the speaker: 'Asked whether Kerry
 * said "...", the spokesman said' opens with no subject).
 */
function relayedQuote(env: Env, openTok: number, s: Sentence, sEnd: Sentence, after: { speaker: Speaker; cue: Cue }): { speaker: Speaker; cue: Cue; embedded: boolean } | null {
  const { tokens } = env;
  // (not 'the minister was quoted as saying': the words are then the closing speaker's)
  if (!env.lexicon.invertibleCues.has(after.cue.lemma) || /ing$/.test(after.cue.text) || !endsSentence(tokens, after.cue.end, sEnd.last)) return null;
  const before = attributionBefore(env, openTok, s);
  // (a cue that reports words: not 'called Pompeo "to congratulate him"')
  if (!before || before.cue.at <= before.speaker.first || !(env.lexicon.invertibleCues.has(before.cue.lemma) || before.cue.lemma === "tell")) return null;
  const sp = before.speaker;
  if (neuterOpener(tokens, sp)) return null;
  const m = modifiersFirst(env, sp.first, s.first, true);
  const f = /^(a|an|the)$/.test(tokens[m - 1]?.lower ?? "") ? m - 1 : m;
  if (f !== s.first || (sp.actor !== null && sp.actor === after.speaker.actor) || sp.name === after.speaker.name) return null;
  return before;
}

/** A relay's name as `via` gives it: an organisation's name, else the words that name it ("the White House"). */
function relayName(env: Env, sp: Speaker): string {
  return sp.actor !== null && env.actors.actors[sp.actor].kind === "organization" ? env.actors.actors[sp.actor].name : stripThe(sp.name);
}

/**
 * "It said ..., MPs said": a neuter or plural pronoun that opens a relayed report stands as often
 * for the document the relay wrote as for anyone it quotes; the closing speaker keeps the words.
 */
function neuterOpener(tokens: Token[], sp: Speaker): boolean {
  return sp.last - sp.first === 1 && /^(it|they|this)$/.test(tokens[sp.first].lower);
}

/**
 * The speaker of a sentence-final ", the summary said.", ", the agency added.": a plain noun
 * phrase that names no actor of ours, between a comma and the cue that ends the sentence. Only
 * there: before a cue that goes on to a clause, a noun phrase is too often the end of something
 * else ("the deal would expire next year, the summary" is no subject of "said" ahead of a clause).
 */
function closingNounPhrase(env: Env, j: number, s: Sentence): Speaker | null {
  const sp = nounPhraseSpeaker(env, j, s.first);
  if (!sp || sp.first <= s.first + 3 || env.tokens[sp.first - 1]?.text !== ",") return null;
  // (a phrase that opens with an adjective or number is no subject: ", 10 days earlier said")
  if (!/^(DET|NOUN|PROPN)$/.test(env.tokens[sp.first].pos)) return null;
  return sp;
}

/**
 * Whether a finite clause starts at token k: a subject pronoun or a short noun phrase, then a
 * finite auxiliary ("announced she was suspending ...", "confirmed the talks would resume",
 * "noted Russia had withdrawn"). A cue that also takes a plain object ("announced sanctions",
 * "confirmed the deal on Monday", "announced plans to ...") reports a clause without 'that' only then.
 */
function finiteClauseAt(env: Env, k: number, last: number): boolean {
  const { tokens } = env;
  if (k >= last || env.quoteTokens[k]) return false;
  let e = k;
  if (SUBJECT_PRONOUN.test(tokens[e].lower)) e++;
  else {
    // a noun phrase of a few words: determiners, adjectives, numbers, nouns and names (one of ours or not)
    while (e < last && e - k < 6 && !env.quoteTokens[e]) {
      const m = env.actors.mentionAt[e];
      if (m && m.token === e) e = m.tokenEnd;
      else if (/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[e].pos) || tokens[e].text === "'s" || tokens[e].text === "’s") e++;
      else break;
    }
    if (e === k || !/^(NOUN|PROPN)$/.test(tokens[e - 1].pos) && !env.actors.mentionAt[e - 1]) return false;
  }
  return e < last && FINITE_AUX.test(tokens[e].lower);
}
const SUBJECT_PRONOUN = /^(he|she|they|we|i|it|there)$/;
const FINITE_AUX = /^(is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|shall|did|does|do)$/;

/** A verb before token b whose object the words before b are; not one that reports or shows
 * someone speaking ("quoted Blinken saying", "heard him saying": there the object speaks). */
function verbBefore(env: Env, a: number, b: number): boolean {
  let found = false;
  for (let i = a; i < b; i++) {
    if (env.quoteTokens[i] || env.tokens[i].pos !== "VERB") continue;
    if (PERCEIVING.test(env.tokens[i].lower)) return false;
    found = true;
  }
  return found;
}
const PERCEIVING = /^(quote[sd]?|quoting|cite[sd]?|citing|hear[sd]?|heard|hearing|overheard|recorded|filmed|show(s|ed|n)?|caught|saw|see[sn]?|watched)$/;

function hasVerbIn(env: Env, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (env.tokens[i].pos === "VERB" || env.tokens[i].pos === "AUX") return true;
  return false;
}

/** A clause whose words outside quotation marks hold no verb: a direct quote and its speaker's description. */
function quotedClause(env: Env, a: number, b: number): boolean {
  let quoted = false;
  for (let i = a; i < b; i++) {
    if (env.quoteTokens[i]) quoted = true;
    else if (env.tokens[i].pos === "VERB" || env.tokens[i].pos === "AUX") return false;
  }
  return quoted;
}

function onlyPunctuation(tokens: Token[], k: number, last: number): boolean {
  for (let i = k; i < last; i++) if (tokens[i].pos !== "PUNCT") return false;
  return true;
}

/** What may follow an inverted speaker ("said Liana Fix at the Council on Foreign Relations,
 * another US think tank"): a place or affiliation and appositions, with no clause of their own (no
 * auxiliary, no relative or coordinated clause); a word tagged as a verb inside a noun phrase
 * ("think tank", "based") is let through. */
function attachedTail(tokens: Token[], k: number, last: number): boolean {
  if (k >= last || !/^(,|at|of|for|from|with|in|on)$/.test(tokens[k].lower)) return false;
  for (let i = k; i < last; i++) {
    if (tokens[i].pos === "AUX" || /^(who|which|whom|whose|that|and|but|while|as)$/.test(tokens[i].lower)) return false;
  }
  return true;
}

/**
 * "..., Joe Biden has warned.", "..., officials have also said": the perfect's auxiliary (and the
 * adverbs before it) at token j before a cue's participle is no part of the speaker; the token
 * before them, else j.
 */
function beforePerfect(tokens: Token[], j: number, first: number, cue: Cue): number {
  if (j <= first || !/^(has|have|had)$/.test(tokens[j].lower) || !/(ed|said|told)$/.test(cue.text.toLowerCase())) return j;
  j--;
  while (j > first && ADVERB_POS.has(tokens[j].pos)) j--;
  return j;
}

function hasCommaIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].text === ",") return true;
  return false;
}

/** After "X said" nothing but a hearer or an adverbial ("told reporters on Friday") ends the sentence. */
function endsSentence(tokens: Token[], k: number, last: number): boolean {
  for (let i = k; i < last; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    // ", according to ...", ", citing ...", and a participle that goes on with the same speaker's words (", adding: ...")
    if (t.text === ",") return i + 1 < last && /^(according|citing|adding|saying|noting|stressing|insisting|warning|telling)$/.test(tokens[i + 1].lower);
    if (i - k > 8) return false;
  }
  return true;
}

function indirectQuote(env: Env, s: Sentence, [a, b]: [number, number], speaker: Speaker, cue: Cue, rule: string, relay: string | null = null, relayer: Speaker | null = null): Quote | null {
  const { tokens, doc } = env;
  // "The figures suggest turnout fell": a thing that suggests or shows is evidence, not a speaker
  if (isEvidence(env, speaker, cue)) return null;
  while (b > a && tokens[b - 1].kind === "punct") b--;
  while (a < b && (tokens[a].kind === "punct" && !QUOTE_MARKS.has(tokens[a].text))) a++;
  if (b - a < 3) return null;
  // a clause that is all in quotation marks is reported as that quote, not twice
  let plain = 0;
  for (let i = a; i < b; i++) if (!env.quoteTokens[i] && tokens[i].kind !== "punct") plain++;
  if (plain === 0) return null;
  // keep the closing mark of a quote that the clause opens: caused "major casualties"
  let marks = 0;
  for (let i = a; i < b; i++) if (tokens[i].text === '"' || tokens[i].text === "“" || tokens[i].text === "”") marks++;
  if (marks % 2 === 1 && b < tokens.length && (tokens[b].text === '"' || tokens[b].text === "”")) b++;
  else if (marks % 2 === 1 && b + 1 < tokens.length && tokens[b].kind === "punct" && (tokens[b + 1].text === '"' || tokens[b + 1].text === "”")) b += 2;
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  const text = doc.text.slice(start, end);
  const via = relay ?? findVia(env, s, speaker);
  return withRelayer(env, makeQuote(env, { kind: "indirect", text, start, end, speaker, cue, via, sentence: { start: s.start, end: s.end }, rule }), relayer);
}

/** "told her Ukraine would win": the word at `k` after "her" opens a clause (a name, then a verb), so
 *  "her" is the hearer, no possessive ("told her Iranian counterpart that" keeps it one). */
function objectHer(env: Env, k: number, last: number): boolean {
  const m = env.actors.mentionAt[k];
  const after = m && m.token === k ? m.tokenEnd : k + 1;
  return after < last && /^(VERB|AUX)$/.test(env.tokens[after].pos);
}

/** The quote with `viaActor`: the actor of the closing attribution that relays its speaker's words
 *  (null when that attribution names no actor); a quote no attribution relays is left as it is. */
function withRelayer(env: Env, q: Quote, relayer: Speaker | null): Quote {
  if (!relayer) return q;
  return { ...q, viaActor: relayer.actor === null ? null : env.actors.actors[relayer.actor].id };
}

/**
 * Whether a cue's subject is a thing offered as evidence ("The figures suggest ...", "Recent strikes
 * suggest ..."): an evidence verb (suggest, indicate) whose subject is no actor and whose head is an
 * evidence noun. A person, a body, or a document that speaks (a report, a survey) is a speaker.
 */
function isEvidence(env: Env, speaker: Speaker, cue: Cue): boolean {
  if (!env.lexicon.evidenceVerbs.has(cue.lemma)) return false;
  // the whole noun phrase the speaker ends ("The recent strikes on fuel depots" for "fuel depots"):
  // its head ends it, or comes before its first preposition ("Figures for the 2001 election")
  const { tokens } = env;
  let first = speaker.first;
  while (first > 0 && speaker.first - first < 12 && !env.quoteTokens[first - 1] && NP_PARTS.has(tokens[first - 1].pos)) first--;
  while (first < speaker.first && tokens[first].pos === "ADP") first++; // "as the agenda suggests"
  let end = first;
  while (end < speaker.last && tokens[end].pos !== "ADP") end++;
  // (an actor's own name is never evidence; its figures are: "Government figures suggest")
  return end > first && !env.actors.mentionAt[end - 1] && env.lexicon.evidenceNouns.has(tokens[end - 1].lower);
}

const NP_PARTS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP"]);

/**
 * "The minister said he agreed with Boris Johnson that ...", "'Boris Johnson has failed,' he said":
 * a role noun or a pronoun that speaks is never a person its own words name (no one is named by the
 * name in their own report: "he said Johnson" is someone else). Where a role noun that names no one
 * itself was resolved to a person named inside the quote, the phrase speaks unresolved, as itself.
 */
function notNamedInOwnWords(env: Env, q: { start: number; end: number }, sp: Speaker): Speaker | null {
  // (only a role noun resolved to a person: a pronoun's quote span may run on over its own
  // attribution, "..., Johnson said they were posing a threat", and a name inside a compound or a
  // quote within the quote is no reference to the speaker)
  if (sp.actor === null || env.actors.actors[sp.actor]?.kind !== "person" || sp.rule !== "speaker:role-coref") return sp;
  const { tokens, actors } = env;
  for (let k = sp.first; k < sp.last; k++) if (actors.mentionAt[k]?.actor === sp.actor) return sp;
  let first = tokenIndexer(tokens)(q.start);
  if (tokens[first].start < q.start) first++;
  let inWords = false;
  for (let k = first; k < tokens.length && tokens[k].end <= q.end && !inWords; k++) inWords = actors.mentionAt[k]?.actor === sp.actor;
  if (!inWords) return sp;
  const phrase = env.doc.text.slice(tokens[sp.first].start, tokens[sp.last - 1].end);
  return { ...sp, actor: null, name: stripArticle(phrase), rule: `${sp.rule}+not-own-words` };
}

/**
 * "General Anna Berg, chairman of the alliance's military committee, ... said the head of the military
 * committee": a speaker phrase of no person that names an office one person named before was given in
 * apposition is that person (appositive-office.ts); the phrase as it was where no one or two were.
 */
function officeSpeaker(env: Env, sp: Speaker): Speaker {
  if (env.lexicon.officeHeads.size === 0 || (sp.rule !== "speaker:role" && sp.rule !== "speaker:noun-phrase")) return sp;
  if (sp.actor !== null && env.actors.actors[sp.actor]?.kind === "person") return sp;
  const v = (env.officeView ??= articleView(env, env.lexicon.officeHeads));
  const si = sentenceHolding(env.doc.sentences, env.tokens[sp.first].start);
  const sLast = si >= 0 ? env.doc.sentences[si].last : sp.last;
  const want = officeOfPhrase(v, sp.first, sp.last, si >= 0 ? env.doc.sentences[si].first : sp.first, sLast);
  if (!want) return sp;
  env.offices ??= appositiveOffices(v, env.doc.sentences);
  const holder = officeHolder(v, want, env.offices, sp.first);
  if (holder === null) return sp;
  return { actor: holder, name: env.actors.actors[holder].name, first: sp.first, last: sp.last, rule: "speaker:office-coref" };
}

function makeQuote(
  env: Env,
  q: { kind: QuoteKind; text: string; start: number; end: number; speaker: Speaker | null; cue: Cue | null; via: string | null; sentence: Span; rule: string },
): Quote {
  const sp = q.speaker && notNamedInOwnWords(env, q, officeSpeaker(env, bodySpeaker(env, outletSpeaker(env, publicGroup(env, authoredBy(env, possessorFree(env, q.speaker)))))));
  const actor: Actor | null = sp && sp.actor !== null ? env.actors.actors[sp.actor] : null;
  return {
    speaker: actor?.id ?? null,
    speakerName: sp ? sp.name : null,
    kind: q.kind,
    text: q.text,
    cue: q.cue?.text ?? null,
    via: q.via,
    start: q.start,
    end: q.end,
    speakerSpan: sp ? { start: env.tokens[sp.first].start, end: env.tokens[sp.last - 1].end } : null,
    sentence: q.sentence,
    rule: sp ? `${q.rule}+${sp.rule}` : q.rule,
  };
}

/**
 * The attribution after the last quote of sentence `si` that follows span `qi` in the same sentence ('...
 * and "refrain ...", he added in a post'), or null where no later quote of the sentence has one.
 */
function trailingAttribution(env: Env, spans: QuoteSpan[], qi: number, si: number, sentenceAt: (offset: number) => number, tokenAt: (offset: number) => number): { speaker: Speaker; cue: Cue } | null {
  let last = -1;
  for (let j = qi + 1; j < spans.length && sentenceAt(spans[j].open) === si; j++) last = j;
  if (last < 0) return null;
  const sEnd = env.doc.sentences[sentenceAt(Math.max(spans[last].close - 1, spans[last].open))];
  if (sentenceAt(spans[last].close - 1) !== si) return null;
  return attributionAfter(env, tokenAt(spans[last].close - 1) + 1, sEnd);
}

/**
 * "The IAEA inspected the plant. The agency said", "Hamas fired rockets. The group said": a definite
 * phrase of a body's kind that names no actor speaks for the body named before it (body-anaphor.ts),
 * with that body's state; one the text gave the noun in apposition but took for a person ("Full Fact,
 * a charity,") speaks under its name, never as a person. Otherwise the noun speaks as itself.
 */
function bodySpeaker(env: Env, sp: Speaker): Speaker {
  if (sp.actor !== null) return sp;
  const { tokens, actors, lexicon } = env;
  const det = definiteBodyStart(tokens, (k) => !!actors.mentionAt[k], lexicon.bodyAnaphors, sp.last - 1, sp.first);
  if (det < 0) return sp;
  const view: BodyView = {
    mentionEndingAt: (k) => {
      const m = actors.mentionAt[k];
      return m && m.tokenEnd === k + 1 ? m.actor : null;
    },
    kind: (a) => actors.actors[a].kind,
    sector: (a) => actors.actors[a].sector ?? null,
  };
  const ante = bodyAntecedent(tokens, env.doc.sentences, view, lexicon.bodyAnaphors, lexicon.bodyAnaphorRivals, tokens[sp.last - 1].lower, det);
  if (!ante) return sp;
  if (ante.actor === null) return { actor: null, name: env.doc.text.slice(tokens[ante.nameFirst!].start, tokens[ante.nameLast! - 1].end), first: det, last: sp.last, rule: "speaker:body-apposed" };
  const a = actors.actors[ante.actor];
  if (a.kind === "person") return { actor: null, name: a.name, first: det, last: sp.last, rule: "speaker:body-apposed" };
  return { actor: ante.actor, name: a.name, first: det, last: sp.last, rule: ante.apposed ? "speaker:body-apposed" : "speaker:body-anaphor" };
}

/**
 * "Residents of Kharkiv said", "activists in the city of Homs said", "witnesses in Ukraine told":
 * a group of people who speak for no state (speech.json publicGroups), with the place they are in
 * or of. The place's state is not the speaker: the group speaks, unresolved. A state in the group's
 * own words ("Ukrainian residents of ...") and officials of a place ("officials in Ukraine") keep it.
 */
function publicGroup(env: Env, sp: Speaker): Speaker {
  if (sp.actor === null) return sp;
  const kind = env.actors.actors[sp.actor].kind;
  if (kind !== "country" && kind !== "location") return sp;
  const { tokens } = env;
  for (let p = sp.first + 1; p < sp.last - 1; p++) {
    if (!/^(of|in|from|at|across|inside|near|around)$/.test(tokens[p].lower)) continue;
    if (!env.lexicon.publicGroups.has(tokens[p - 1].lower)) return sp;
    for (let q = sp.first; q < p; q++) if (env.actors.mentionAt[q]) return sp;
    return { actor: null, name: sp.name, first: sp.first, last: sp.last, rule: "speaker:public-group" };
  }
  return sp;
}

/**
 * "Some US media reports said", "German news agency dpa reported", "a Turkish newspaper said": a
 * speaker phrase whose head is a news outlet's kind (speech.json outletKinds, with only trail words
 * or the outlet's own name after it: "news agency dpa", "media reports") is the outlet, never the
 * state its demonym or place names. The outlet's own organisation where the phrase names one, else
 * no actor. A state's own outlet ("state media", "the official news agency") keeps the state, and a
 * kind noun before a word of another kind ("press secretary", "television presenter") is no outlet.
 */
function outletSpeaker(env: Env, sp: Speaker): Speaker {
  if (sp.actor === null) return sp;
  const { actors, tokens, lexicon } = env;
  const kind = actors.actors[sp.actor].kind;
  if (kind !== "country" && kind !== "location") return sp;
  let k = sp.first;
  while (k < sp.last && (actors.mentionAt[k] || !lexicon.outletKinds.has(tokens[k].lower))) k++;
  if (k >= sp.last) return sp;
  for (let q = sp.first; q < k; q++) if (lexicon.stateOutletQualifiers.has(tokens[q].lower)) return sp;
  let org: number | null = null;
  for (let q = k + 1; q < sp.last; q++) {
    const t = tokens[q];
    const m = actors.mentionAt[q];
    if (m) {
      const a = actors.actors[m.actor];
      if (a.kind === "country" || a.kind === "location" || a.kind === "person") return sp;
      org ??= m.actor;
      continue;
    }
    // (the outlet's own name after its kind: "news agency dpa", "the daily Kommersant")
    // (a lower-case name only right after "agency": "news agency dpa", never "television presenter")
    const named = t.pos === "PROPN" || (q === sp.last - 1 && t.kind === "word" && /^agenc(y|ies)$/.test(tokens[q - 1].lower));
    if (!lexicon.outletTrail.has(t.lower) && !named) return sp;
  }
  return { actor: org, name: sp.name, first: sp.first, last: sp.last, rule: "speaker:outlet" };
}

function sentenceIndexer(doc: Doc): (offset: number) => number {
  return (offset) => sentenceStartingAt(doc.sentences, offset);
}

function tokenIndexer(tokens: Token[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
