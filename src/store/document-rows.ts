// A stored document as rows: one pure, validating step that every driver shares, so that a driver
// only writes (compute first, then write) and a malformed record fails before anything is written.
import { inLead } from "./lead-paragraph.js";
import type { Article, ExtractedDocument } from "../model/types.js";
import { DyadError } from "../errors.js";
import { normalisedTextHash, normaliseText, normaliseUrl } from "./article-key.js";
import { bandKeys, normalisedSignature } from "./near-copies.js";
import type { EventStatus, StoredActor } from "./store.js";
import { STATUS_RANK } from "./store.js";

export interface ArticleRow {
  docId: string;
  url: string | null;
  urlKey: string | null;
  hash: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  text: string;
  /** the MinHash signature of the text, null when too short to compare (near-copies.ts) */
  signature: Uint32Array | null;
  /** its LSH band keys, to find near-copies stored before or after it (empty without a signature) */
  bands: number[];
}

/** An actor as stored: what the store hands back, less its article count. */
export type ActorRow = Omit<StoredActor, "articles">;

export interface ArticleActorRow {
  actorId: string;
  role: string | null;
  description: string | null;
  mentions: number;
  headline: boolean;
}

export interface MentionRow {
  actorId: string;
  start: number;
  end: number;
  rule: string;
  headline: boolean;
}

/** One article's report of an event, with the key that merges reports of one event. */
export interface EventReportRow {
  type: string;
  cameo: string | null;
  status: EventStatus;
  date: string | null;
  /** days since 1970-01-01 for a full date, else null */
  day: number | null;
  /** YYYY-MM when the date has a month */
  month: string | null;
  /** sorted, distinct actor codes joined by a space: the dyad part of the merge key */
  sourceKey: string;
  targetKey: string;
  /** codes and actor ids on each side, for filters; an event with no target is symmetric, so
   * every party stands on both sides */
  sourceActors: string[];
  targetActors: string[];
  location: string | null;
  trigger: string;
  /** the trigger's offsets, when the record gives them */
  triggerStart: number | null;
  triggerEnd: number | null;
  rule: string;
  sentenceStart: number;
  sentenceEnd: number;
  headline: boolean;
  /** the sentence starts in the article's lead (lead-paragraph.ts): GDELT's IsRootEvent */
  lead: boolean;
}

export interface QuoteRow {
  speaker: string | null;
  speakerName: string | null;
  kind: string;
  text: string;
  cue: string | null;
  via: string | null;
  start: number;
  end: number;
  rule: string;
  headline: boolean;
}

export interface DocumentRows {
  article: ArticleRow;
  actors: ActorRow[];
  articleActors: ArticleActorRow[];
  mentions: MentionRow[];
  events: EventReportRow[];
  quotes: QuoteRow[];
}

const STATUSES = new Set(Object.keys(STATUS_RANK));
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The rows of one document; throws E_STORE_RECORD naming the article and the field when the
 * record is malformed. */
export function toDocumentRows(article: Article, record: ExtractedDocument): DocumentRows {
  const id = typeof article?.id === "string" ? article.id : String(article?.id);
  const bad = (field: string, detail = "has the wrong type"): never => {
    throw new DyadError("E_STORE_RECORD", `article ${JSON.stringify(id)}: ${field} ${detail}`, { id, field });
  };
  const str = (v: unknown, field: string): string => (typeof v === "string" ? v : bad(field));
  const optStr = (v: unknown, field: string): string | null => (v === undefined || v === null ? null : typeof v === "string" ? v : bad(field));
  const int = (v: unknown, field: string): number => (Number.isInteger(v) ? (v as number) : bad(field));

  if (!article || typeof article !== "object") bad("article", "is missing");
  if (!record || typeof record !== "object" || record.schema !== "dyad.document/1") bad("record", "is not a dyad.document/1 record");
  const text = str(article.text, "article.text");
  const meta = record.document ?? ({} as ExtractedDocument["document"]);
  const url = optStr(meta.url ?? article.url, "document.url");
  const published = optStr(meta.published ?? article.published, "document.published");
  // one normal form for both the identity hash and the near-copy signature
  const normalised = normaliseText(text);
  const signature = normalisedSignature(normalised);
  const rows: DocumentRows = {
    article: {
      docId: str(meta.id ?? id, "document.id"),
      url,
      urlKey: url ? normaliseUrl(url) : null,
      hash: normalisedTextHash(normalised),
      published,
      outlet: optStr(meta.outlet ?? article.outlet, "document.outlet"),
      title: optStr(meta.title ?? article.title, "document.title"),
      byline: optStr(meta.byline ?? article.byline, "document.byline"),
      text,
      signature,
      bands: signature ? bandKeys(signature) : [],
    },
    actors: [],
    articleActors: [],
    mentions: [],
    events: [],
    quotes: [],
  };

  if (!Array.isArray(record.actors)) bad("actors", "is not a list");
  const codeOf = new Map<string, string>();
  for (const [i, a] of record.actors.entries()) {
    const f = `actors[${i}]`;
    const actorId = str(a?.id, `${f}.id`);
    const code = optStr(a.code, `${f}.code`);
    codeOf.set(actorId, code ?? actorId);
    rows.actors.push({
      id: actorId,
      kind: str(a.kind, `${f}.kind`),
      name: str(a.name, `${f}.name`),
      code,
      country: optStr(a.country, `${f}.country`),
      sector: optStr(a.sector, `${f}.sector`),
    });
    const mentions = Array.isArray(a.mentions) ? a.mentions : bad(`${f}.mentions`, "is not a list");
    rows.articleActors.push({
      actorId,
      role: optStr(a.role, `${f}.role`),
      description: optStr(a.description, `${f}.description`),
      mentions: mentions.length,
      headline: a.headline === true,
    });
    for (const [j, m] of mentions.entries()) {
      // the stored span covers a person's title with the name ("Russian President Vladimir Putin"), as
      // the article view highlights it
      const start = m?.title && typeof m.title.start === "number" ? int(m.title.start, `${f}.mentions[${j}].title.start`) : int(m?.start, `${f}.mentions[${j}].start`);
      rows.mentions.push({ actorId, start, end: int(m.end, `${f}.mentions[${j}].end`), rule: str(m.rule, `${f}.mentions[${j}].rule`), headline: m.headline === true });
    }
  }

  if (!Array.isArray(record.events)) bad("events", "is not a list");
  const seen = new Set<string>();
  for (const [i, e] of record.events.entries()) {
    const f = `events[${i}]`;
    const type = str(e?.type, `${f}.type`);
    const status = str(e.status, `${f}.status`);
    if (!STATUSES.has(status)) bad(`${f}.status`, `is not a status: ${JSON.stringify(status)}`);
    const date = optStr(e.date, `${f}.date`);
    const m = date === null ? null : DATE.exec(date);
    if (date !== null && !m) bad(`${f}.date`, `is not YYYY, YYYY-MM or YYYY-MM-DD: ${JSON.stringify(date)}`);
    const sides = (list: unknown, side: string) => {
      if (!Array.isArray(list)) bad(`${f}.${side}`, "is not a list");
      const ids = (list as unknown[]).map((x, k) => str(x, `${f}.${side}[${k}]`));
      const codes = [...new Set(ids.map((x) => codeOf.get(x) ?? x))].sort();
      return { ids, codes };
    };
    const source = sides(e.source, "source");
    const target = sides(e.target, "target");
    const symmetric = target.ids.length === 0;
    const sourceActors = [...new Set([...source.codes, ...source.ids])];
    const targetActors = symmetric ? sourceActors : [...new Set([...target.codes, ...target.ids])];
    const sentence = e.sentence ?? bad(`${f}.sentence`, "is missing");
    const triggerSpan = e.triggerSpan ?? null;
    const report: EventReportRow = {
      type,
      cameo: optStr(e.cameo, `${f}.cameo`),
      status: status as EventStatus,
      date,
      day: m && m[3] ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3]), () => bad(`${f}.date`, `is not a calendar date: ${date}`)) : null,
      month: m && m[2] ? `${m[1]}-${m[2]}` : null,
      sourceKey: source.codes.join(" "),
      targetKey: target.codes.join(" "),
      sourceActors,
      targetActors,
      location: optStr(e.location, `${f}.location`),
      trigger: str(e.trigger, `${f}.trigger`),
      triggerStart: triggerSpan ? int(triggerSpan.start, `${f}.triggerSpan.start`) : null,
      triggerEnd: triggerSpan ? int(triggerSpan.end, `${f}.triggerSpan.end`) : null,
      rule: str(e.rule, `${f}.rule`),
      sentenceStart: int(sentence.start, `${f}.sentence.start`),
      sentenceEnd: int(sentence.end, `${f}.sentence.end`),
      headline: e.headline === true,
      lead: false,
    };
    report.lead = inLead(article.text, report.sentenceStart);
    // one article repeating an event (same type, dyad, date and status) reports it once
    const key = `${type}|${report.sourceKey}|${report.targetKey}|${date}|${status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.events.push(report);
  }

  if (!Array.isArray(record.quotes)) bad("quotes", "is not a list");
  for (const [i, q] of record.quotes.entries()) {
    const f = `quotes[${i}]`;
    rows.quotes.push({
      speaker: optStr(q?.speaker, `${f}.speaker`),
      speakerName: optStr(q.speakerName, `${f}.speakerName`),
      kind: str(q.kind, `${f}.kind`),
      text: str(q.text, `${f}.text`),
      cue: optStr(q.cue, `${f}.cue`),
      via: optStr(q.via, `${f}.via`),
      start: int(q.start, `${f}.start`),
      end: int(q.end, `${f}.end`),
      rule: str(q.rule, `${f}.rule`),
      headline: q.headline === true,
    });
  }
  return rows;
}

function dayNumber(y: number, m: number, d: number, onBad: () => never): number {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) onBad();
  return Math.round(t / 86_400_000);
}
