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
    name: "articles by their own id; event reports keep their trigger's offsets",
    sql: `
CREATE INDEX articles_doc_id ON articles(doc_id);
-- null for reports stored before this migration, or whose record had no triggerSpan
ALTER TABLE event_sources ADD COLUMN trigger_start INTEGER;
ALTER TABLE event_sources ADD COLUMN trigger_end INTEGER;
`,
  },
];
