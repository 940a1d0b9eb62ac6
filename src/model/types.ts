// Types only: the plain, JSON-serialisable records that flow through dyad.
// Every annotation keeps offsets into Doc.text and the rule that made it.

export interface Article {
  id: string;
  text: string;
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
  /** the author(s) as the source names them ("Jane Doe, John Roe"), from HTML metadata or a feed */
  byline?: string | null;
}

/** A half-open range of UTF-16 offsets into Doc.text. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = "word" | "number" | "punct" | "space" | "other";

export interface Token extends Span {
  /** the text as written */
  text: string;
  /** the text with curly apostrophes and quotes made straight */
  norm: string;
  /** norm in lower case */
  lower: string;
  /** universal POS tag from wink-nlp (fixed for tokens we merged) */
  pos: string;
  kind: TokenKind;
  /** whitespace (or nothing) between the previous token and this one */
  spaceBefore: boolean;
}

export type LineKind = "body" | "headline" | "dateline" | "byline" | "blank";

export interface Line extends Span {
  kind: LineKind;
  /** index of the paragraph this line belongs to */
  paragraph: number;
}

export interface Sentence extends Span {
  /** first token index (inclusive) */
  first: number;
  /** last token index (exclusive) */
  last: number;
  /** the sentence lies in a line that is a linked-story headline */
  headline: boolean;
  /** index of its paragraph (lines separated by line breaks) */
  paragraph: number;
}

/** The one structure every stage reads: text, tokens, sentences, lines. */
export interface Doc {
  article: Article;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lines: Line[];
  /** body text begins here (after a dateline like "MOSCOW (Reuters) -") */
  bodyStart: number;
  /** a dateline's place, when the article opens with one */
  dateline: DatelineInfo | null;
}

export interface DatelineInfo extends Span {
  place: string;
  agency: string | null;
}

export type ActorKind = "country" | "igo" | "person" | "organization" | "group" | "location";

export interface Mention extends Span {
  text: string;
  /** the rule or dictionary entry that made it: "actors/dictionary:country", "actors/coref:surname" */
  rule: string;
  /** index of the token where the mention starts */
  token: number;
  /** the mention lies in a linked-story headline */
  headline?: boolean;
  /** a person's title or role phrase right before the name ("Russian President" before "Vladimir Putin");
   * `start`/`end`/`text` of the mention are the name itself */
  title?: Span & { text: string };
  /** (inside the actor stage only) the token where the name starts, after a title */
  nameToken?: number;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  code: string | null;
  country?: string | null;
  sector?: string | null;
  role?: string | null;
  /** an affiliation or appositive stated in the text ("Trump's incoming special envoy for Ukraine and Russia") */
  description?: string | null;
  /** for a person: the rule that gave it its state ("actors/state:title-phrase" for "Serbian Prime
   * Minister X", "actors/state:party-tag" for "X, D-Calif.", "actors/state:seed" from the dictionary) */
  stateRule?: string;
  /** for a person: the role was given as a past one ("former Soviet leader Gorbachev") */
  formerRole?: boolean;
  /** the actor is named only in linked-story headlines */
  headline?: boolean;
  mentions: Mention[];
}

export type QuoteKind = "direct" | "partial" | "indirect";

export interface Quote extends Span {
  speaker: string | null;
  speakerName: string | null;
  kind: QuoteKind;
  text: string;
  cue: string | null;
  via: string | null;
  /** when a closing attribution relays the speaker's words ("Lavrov said ..., the Russian foreign
   *  ministry said"): the actor it names, null if it names none; absent when no attribution relays them */
  viaActor?: string | null;
  /** the span of the speaker's words in the text, when stated (a pronoun, a name) */
  speakerSpan?: Span | null;
  sentence: Span;
  rule: string;
  headline?: boolean;
}

export interface EventRecord {
  /** one of PLOVER's 16 types */
  type: string;
  /** the CAMEO code of the pattern that fired, for GDELT users */
  cameo: string | null;
  /** actor ids; for symmetric types all parties may stand here with an empty target */
  source: string[];
  target: string[];
  status: "occurred" | "ongoing" | "planned" | "claimed" | "denied" | "hypothetical";
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" */
  date: string | null;
  /** "text" when the sentence dates the event, "published" when the publication date stands in,
   *  "background" for an act mentioned in passing that the text gives no date (date is null) */
  dateSource?: "text" | "published" | "background";
  /** the act is mentioned in passing ("since Putin's invasion of Ukraine"), not reported as news */
  background?: boolean;
  location: string | null;
  /** the state the location lies in */
  locationCode?: string | null;
  trigger: string;
  triggerSpan?: Span;
  sentence: Span;
  via: string | null;
  /** the pattern that fired and how its actors were found: "events/verb:sign-agreement+infinitive" */
  rule: string;
  headline?: boolean;
}

export interface DocumentMeta {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** added after the first release of dyad.document/1 (always written; null when the source
   * names no author); optional here so that records written before it still type-check */
  byline?: string | null;
}

/** The output contract: schema dyad.document/1 (../shared/eval/README.md). */
export interface ExtractedDocument {
  schema: "dyad.document/1";
  document: DocumentMeta;
  actors: Actor[];
  events: EventRecord[];
  quotes: Quote[];
  sentences?: Span[];
}
