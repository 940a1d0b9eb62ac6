// The SQLite schema as an ordered list of migrations. A migration, once released, never changes:
// add a new one. Each runs in its own transaction and is recorded in schema_migrations.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, actors, mentions, events, event sources, quotes, full-text indexes",
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  url TEXT,
  url_key TEXT UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  published TEXT,
  outlet TEXT,
  title TEXT,
  text TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT,
  country TEXT,
  sector TEXT
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(code);

CREATE TABLE article_actors (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  actor_id TEXT NOT NULL REFERENCES actors(id),
  role TEXT,
  description TEXT,
  mentions INTEGER NOT NULL,
  headline INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  actor_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  headline INTEGER NOT NULL,
  PRIMARY KEY (article_id, span_start, actor_id)
) WITHOUT ROWID;

-- one row per real-world event; reports of it from several articles are merged by
-- (type, source_key, target_key, day within ±1) and listed in event_sources
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  cameo TEXT,
  status TEXT NOT NULL,
  date TEXT,
  day INTEGER,
  month TEXT,
  source_key TEXT NOT NULL,
  target_key TEXT NOT NULL,
  location TEXT,
  sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_merge ON events(type, source_key, target_key, day);
-- the listing order (dated events first, oldest first), so that a page is read off an index
CREATE INDEX events_order ON events(date IS NULL, date, id);
CREATE INDEX events_type_order ON events(type, date IS NULL, date, id);

-- actor codes and ids on each side of an event, for filters and dyads
CREATE TABLE event_actors (
  actor TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  event_id INTEGER NOT NULL REFERENCES events(id),
  PRIMARY KEY (actor, side, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_id);

CREATE TABLE event_sources (
  event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  status TEXT NOT NULL,
  date TEXT,
  trigger TEXT NOT NULL,
  rule TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  headline INTEGER NOT NULL,
  PRIMARY KEY (event_id, article_id)
) WITHOUT ROWID;
CREATE INDEX event_sources_article ON event_sources(article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  speaker TEXT,
  speaker_name TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  via TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  headline INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

-- external-content full-text indexes: the text lives once, in its table; rows are never updated
-- or deleted, so the indexes are filled on insert, without triggers
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: "articles.byline: the author(s) named by the page or the feed",
    sql: `ALTER TABLE articles ADD COLUMN byline TEXT;`,
  },
  {
    version: 3,
    name: "feed_state: HTTP validators of each watched feed, for conditional requests",
    sql: `
CREATE TABLE feed_state (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT NOT NULL,
  status INTEGER,
  error TEXT
) WITHOUT ROWID;
`,
  },
  {
    version: 4,
    name: "stories: near-copies of one text (syndicated wire copy) share a story; signatures and LSH band keys to find them",
    sql: `
-- the story is the text hash of its first stored article; an article stored before this
-- migration has no signature and stays a story of its own
ALTER TABLE articles ADD COLUMN story TEXT;
ALTER TABLE articles ADD COLUMN minhash BLOB;
UPDATE articles SET story = text_hash;
CREATE INDEX articles_story ON articles(story);

-- one row per band of each article's MinHash signature (store/near-copies.ts): articles that
-- share a key are candidates, checked against their signatures
CREATE TABLE story_bands (
  band INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
`,
  },
  {
    version: 5,
    name: "event dyads: each (source actor, target actor) of an event with its type, status and date, for dyad series and pair filters at scale",
    sql: `
-- what the dyad series and an actor + target filter read, one row per source actor × target
-- actor of an event (codes and ids, as in event_actors), so that a pair is one index range
-- instead of two actor lists intersected and every event looked up (bench/query.mjs: 1M events)
CREATE TABLE event_dyads (
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  event_id INTEGER NOT NULL REFERENCES events(id),
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  month TEXT,
  PRIMARY KEY (source, target, event_id)
) WITHOUT ROWID;
-- a pair's rows in (month, type, event) order: a series is grouped as it is read, and its two
-- directions merged without sorting; status and date ride along for filters
CREATE INDEX event_dyads_series ON event_dyads(source, target, month, type, event_id, status, date);
-- a merged report may raise an event's status: its rows follow
CREATE INDEX event_dyads_event ON event_dyads(event_id);
-- a page of events of one status, in listing order (status is the filter most queries carry)
CREATE INDEX events_status_order ON events(status, date IS NULL, date, id);
INSERT INTO event_dyads (source, target, event_id, type, status, date, month)
SELECT s.actor, t.actor, e.id, e.type, e.status, e.date, e.month
FROM events e
JOIN event_actors s ON s.event_id = e.id AND s.side = 'source'
JOIN event_actors t ON t.event_id = e.id AND t.side = 'target';
`,
  },
  {
    version: 6,
    name: "articles by their own id; event reports keep their trigger's offsets",
    sql: `
CREATE INDEX articles_doc_id ON articles(doc_id);
-- null for reports stored before this migration, or whose record had no triggerSpan
ALTER TABLE event_sources ADD COLUMN trigger_start INTEGER;
ALTER TABLE event_sources ADD COLUMN trigger_end INTEGER;
`,
  },
  {
    version: 7,
    name: "reads that stay cheap while the store grows: kept counts, each actor's article count, each report's sentence, quotes in publication order",
    sql: `
-- the store's counts, kept by the writer in the transaction that changes them: counting rows
-- costs a scan that grows with the store, and the API asks for the counts on every /api/stats
-- and its aggregate cache every 250 ms (one row: the id is always 1)
CREATE TABLE store_counts (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  articles INTEGER NOT NULL,
  actors INTEGER NOT NULL,
  events INTEGER NOT NULL,
  event_sources INTEGER NOT NULL,
  quotes INTEGER NOT NULL
);
INSERT INTO store_counts (id, articles, actors, events, event_sources, quotes)
SELECT 1, (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), (SELECT count(*) FROM events), (SELECT count(*) FROM event_sources), (SELECT count(*) FROM quotes);

-- how many stored articles mention each actor: actor lists sort by it, and counting it per
-- actor read made every actor search a scan of article_actors
ALTER TABLE actors ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE actors SET articles = (SELECT count(*) FROM article_actors aa WHERE aa.actor_id = actors.id);
-- the actors of a kind, most mentioned first (the graph's and the UI's lists)
CREATE INDEX actors_kind_articles ON actors(kind, articles DESC, id);
-- exact id and code matches are case-insensitive
CREATE INDEX actors_id_nocase ON actors(id COLLATE NOCASE);
CREATE INDEX actors_code_nocase ON actors(code COLLATE NOCASE);

-- each report's sentence, so that an event list does not read whole article texts to cut one
-- sentence out of each. Filled here where the article's text has no character beyond the
-- Basic Multilingual Plane (no 4-byte UTF-8 sequence: lead bytes F0-F4), where SQLite's
-- character offsets are the UTF-16 offsets the records hold; null elsewhere, where readers
-- cut the sentence from the text as before
ALTER TABLE event_sources ADD COLUMN sentence TEXT;
UPDATE event_sources SET sentence = (
  SELECT substr(a.text, event_sources.sentence_start + 1, event_sources.sentence_end - event_sources.sentence_start)
  FROM articles a
  WHERE a.id = event_sources.article_id
    AND instr(CAST(a.text AS BLOB), x'F0') = 0 AND instr(CAST(a.text AS BLOB), x'F1') = 0 AND instr(CAST(a.text AS BLOB), x'F2') = 0
    AND instr(CAST(a.text AS BLOB), x'F3') = 0 AND instr(CAST(a.text AS BLOB), x'F4') = 0
);

-- a quote's article's publication date, so that a speaker's quotes are read in listing order
-- off an index instead of all of them joined to their articles and sorted
ALTER TABLE quotes ADD COLUMN published TEXT;
UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id);
CREATE INDEX quotes_speaker_order ON quotes(speaker, published IS NULL, published, id);
DROP INDEX quotes_speaker;
`,
  },
  {
    version: 8,
    name: "watch rules and their alerts",
    sql: `
-- a rule's definition is its validated JSON (alerts/rule.ts); a rule removed and added again
-- under its name has a new id, and its alerts start afresh
CREATE TABLE alert_rules (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  created TEXT NOT NULL
);
-- one alert per (rule, key): an event id, or a score window; id = alertId(rule, key). The rest
-- of the alert (its events, sentence, article, score) is body, JSON. Alerts outlive their rule.
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  rule_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  created TEXT NOT NULL,
  seen TEXT,
  body TEXT NOT NULL,
  UNIQUE (rule_id, key)
);
CREATE INDEX alerts_order ON alerts(created, id);
CREATE INDEX alerts_rule ON alerts(rule_name, created);
`,
  },
  {
    version: 9,
    name: "when each article was stored; whether each report is in its article's lead",
    sql: `
-- the UTC time (ISO 8601, to the second) its batch was written: GDELT's DATEADDED. Articles
-- stored before this migration have none (null): the time was not kept
ALTER TABLE articles ADD COLUMN ingested TEXT;
-- 1 when the report's sentence starts in its article's lead paragraph (store/lead-paragraph.ts):
-- GDELT's IsRootEvent. Null for reports stored before this migration
ALTER TABLE event_sources ADD COLUMN lead INTEGER;
`,
  },
];
