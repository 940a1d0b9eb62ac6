// The API's inputs as zod schemas: each route validates its path, query string and body with them,
// and /api/openapi.json is generated from the same schemas, so the two cannot drift apart.
import { z } from "zod";
import { EVENT_STATUSES, EVENT_TYPES } from "../query/queries.js";

/** The largest page a list route hands out. */
export const MAX_LIMIT = 500;
/** The most articles one POST /api/ingest takes. */
export const MAX_INGEST_ARTICLES = 100;

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const date = (what: string) => z.string().regex(DATE, "a date YYYY, YYYY-MM or YYYY-MM-DD").describe(what);
const text = (what: string, max = 200) => z.string().trim().min(1).max(max).describe(what);
const limit = z.coerce.number().int().min(0).max(MAX_LIMIT).default(100).describe(`page size, at most ${MAX_LIMIT}`);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).describe("items to skip");

const downloadLimit = z.coerce.number().int().min(0).max(100_000).default(100_000).describe("rows, at most 100,000 (default: all, up to that)");

export const dateRangeQuery = z.object({
  since: date("on or after this date").optional(),
  until: date("on or before this date, at its own precision (2024-03 takes all of March)").optional(),
});

export const actorsQuery = z.object({
  search: text("an actor id or code (exact) or part of the name").optional(),
  kind: z.enum(["country", "igo", "person", "organization", "group", "location"]).optional(),
  limit,
});

export const actorParams = z.object({ id: text("an actor: an id (person:vladimir-putin), a code (RUS) or a name (Putin, Russia); an ambiguous name is a 400 listing the actors it names (matches)") });

const actorName = (what: string) => text(`${what}: a code in any case (RUS), a name or demonym (Russia, Russian, Putin) or an id (person:vladimir-putin); a name that names none or several actors is a 400 listing the closest (matches)`);

/** Values given as a list: the parameter repeated (actor=RUS&actor=BLR), comma-separated in one
 * (actor=RUS,BLR), or both; each trimmed, empty ones dropped. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === "string" || Array.isArray(v) ? [v].flat().flatMap((x) => (typeof x === "string" ? x.split(",") : [x])).map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "") : v),
    z.array(item).min(1).max(200),
  );

const actorNames = (what: string) =>
  listOf(actorName(what)).describe(`${what}: one or several (repeated, or comma-separated: RUS,BLR), any of them; each a code in any case (RUS), a name or demonym (Russia, Russian, Putin) or an id (person:vladimir-putin); a name that names none or several actors is a 400 listing the closest (matches). With several on a side, two different actors make a match (a state's acts on itself are left out, as the blocs count pairs)`);

export const eventsQuery = z.object({
  actor: actorNames("the actor on the source side").optional(),
  target: actorNames("the actor on the target side").optional(),
  party: actorName("an actor on either side: the events it acts in or is acted on by").optional(),
  outlet: text("reported by an article of this outlet (its whole name, any case)").optional(),
  words: text("words that all occur in one report's sentence (any case, parts of words)").optional(),
  // case-insensitive, as on the command line
  type: z
    .preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(EVENT_TYPES as [string, ...string[]]))
    .optional()
    .describe("a PLOVER type (any case)"),
  status: listOf(z.enum(EVENT_STATUSES as [string, ...string[]]))
    .optional()
    .describe("the event's status, or several (repeated or comma-separated: occurred,ongoing,claimed,planned is what the charts count)"),
  ...dateRangeQuery.shape,
  order: z.enum(["newest", "oldest"]).default("newest").describe("by event date: newest first (undated events last either way)"),
  either: z
    .enum(["1", "true", "0", "false"])
    .transform((v) => v === "1" || v === "true")
    .optional()
    .describe("with actor and target: events between them in either direction (as a dyad's chart and a bloc's cell count them; a joint act once)"),
  limit,
  offset,
});

export const eventsDownloadQuery = eventsQuery.extend({ limit: downloadLimit });

export const quotesQuery = z.object({
  search: text("words of the quote (each must occur; stemmed)").optional(),
  speaker: actorName("the speaker").optional(),
  state: actorName("the speaker's state (RUS, Russia): quotes by its persons and by the state itself").optional(),
  ...dateRangeQuery.shape,
  order: z.enum(["newest", "oldest"]).default("newest").describe("by the article's date: newest first (undated last either way); a search ranks by relevance"),
  limit,
  offset,
});

export const quotesDownloadQuery = quotesQuery.extend({ limit: downloadLimit });

export const dyadParams = z.object({ a: actorName("one actor"), b: actorName("the other") });

export const articlesQuery = z.object({
  search: text("words of the title or text (each must occur; stemmed); none: newest first").optional(),
  limit,
  offset,
});

export const articlesDownloadQuery = articlesQuery.extend({ limit: downloadLimit });

export const articleParams = z.object({ id: text("the article's own id", 1000) });

/** One article of POST /api/ingest. Its values are checked where `dyad ingest` checks them
 * (check-article.ts, with the same codes: E_EMPTY_TEXT, E_BAD_DATE, E_TOO_LARGE), so the schema
 * asks only for their types and bounds their lengths. */
export const ingestArticle = z.strictObject({
  id: z.string().min(1).max(1000).optional(),
  text: z.string().describe("the article's text (one without words fails alone: E_EMPTY_TEXT)"),
  title: z.string().max(2000).optional(),
  url: z.string().max(4000).optional(),
  published: z.string().max(100).optional().describe("YYYY-MM-DD, the reference date of its events (an invalid date fails alone: E_BAD_DATE)"),
  outlet: z.string().max(500).optional(),
});

/** The body of POST /api/ingest, as documented. */
export const ingestBody = z.strictObject({
  articles: z.array(ingestArticle).min(1).max(MAX_INGEST_ARTICLES),
});

/** What of that body is checked as a whole: each article is then checked alone, so that one bad
 * article fails alone (E_BAD_REQUEST naming its field) and the others are stored. */
export const ingestEnvelope = z.strictObject({
  articles: z.array(z.unknown()).min(1).max(MAX_INGEST_ARTICLES),
});

/** A validation's issues as one line naming each field ("query.limit: Too big ..."). */
export function describeIssues(error: z.ZodError, where: string): string {
  return error.issues.map((i) => `${[where, ...i.path.map(String)].join(".")}: ${i.message}`).join("; ");
}

/** What every list route answers: a page of items and the total, for "1–50 of 1,234". */
export const listBody = z.object({
  items: z.array(z.looseObject({})),
  limit: z.number().int(),
  offset: z.number().int(),
  total: z.number().int().min(0).describe("how many items match, all pages together"),
});

/** An actor in an error about a name (E_UNKNOWN_ACTOR, E_AMBIGUOUS_ACTOR): a candidate, and why. */
export const actorMatch = z.strictObject({
  key: z.string().describe("what the filters take for it: a state's (or its own organisation's) code, else its id"),
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  articles: z.number().int(),
  match: z.enum(["id", "code", "name", "demonym", "word", "prefix", "similar"]),
});

export const errorBody = z.strictObject({
  error: z.string(),
  code: z.string(),
  status: z.number().int(),
  matches: z.array(actorMatch).optional().describe("with E_UNKNOWN_ACTOR and E_AMBIGUOUS_ACTOR: the closest actors, or those the name names"),
});
