// What the SQLite writer keeps beside the rows so that reads stay cheap (migration 7): the store's
// counts, each actor's article count, each event report's sentence and each quote's publication
// date. Kept values must always equal what counting or joining the rows gives, after any mix of
// new articles, duplicates and merged reports, and after the migration fills them in an older store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { country, doc, event, person, quote } from "../contract/_records.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-kept-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the kept values should be, computed from the rows themselves. */
function fromRows(db: Database.Database) {
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    counts: { articles: n("articles"), actors: n("actors"), events: n("events"), eventSources: n("event_sources"), quotes: n("quotes") },
    actorArticles: db.prepare("SELECT x.id, (SELECT count(*) FROM article_actors aa WHERE aa.actor_id = x.id) AS articles FROM actors x ORDER BY x.id").all(),
    quotePublished: db.prepare("SELECT q.id, a.published FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id").all(),
    sentences: (db.prepare("SELECT s.event_id, s.article_id, a.text, s.sentence_start, s.sentence_end FROM event_sources s JOIN articles a ON a.id = s.article_id ORDER BY 1, 2").all() as {
      event_id: number;
      article_id: number;
      text: string;
      sentence_start: number;
      sentence_end: number;
    }[]).map((r) => ({ event_id: r.event_id, article_id: r.article_id, sentence: r.text.slice(r.sentence_start, r.sentence_end) })),
  };
}

function kept(db: Database.Database) {
  return {
    actorArticles: db.prepare("SELECT id, articles FROM actors ORDER BY id").all(),
    quotePublished: db.prepare("SELECT id, published FROM quotes ORDER BY id").all(),
    sentences: db.prepare("SELECT event_id, article_id, sentence FROM event_sources ORDER BY 1, 2").all(),
  };
}

// an astral character (outside the Basic Multilingual Plane) before the sentence: SQLite counts
// it as one character, the records' UTF-16 offsets as two
const EMOJI_TEXT = "Breaking 🚨 news. Russia and Iran signed a treaty in Moscow on Friday.";
const sentenceOf = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const batches = () => {
  const treaty = event("AGREE", ["RUS"], ["IRN"], "2025-01-17");
  return [
    [
      doc({ id: "a1", published: "2025-01-17", events: [treaty], quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "The treaty is signed.")] }),
      doc({ id: "a2", published: "2025-01-18", events: [event("ASSAULT", ["RUS"], ["UKR"], "2025-01-16")] }),
    ],
    [
      // a2 again (a duplicate), and another report of a1's event (merged)
      doc({ id: "a2", published: "2025-01-18", events: [event("ASSAULT", ["RUS"], ["UKR"], "2025-01-16")] }),
      doc({
        id: "a3",
        published: "2025-01-19",
        text: EMOJI_TEXT,
        actors: [country("RUS", "Russia"), country("IRN", "Iran"), person("person:dmitry-peskov", "Dmitry Peskov", "RUS")],
        events: [{ ...treaty, sentence: sentenceOf(EMOJI_TEXT, "Russia and Iran signed a treaty in Moscow on Friday.") }],
        quotes: [quote("person:dmitry-peskov", "Dmitry Peskov", "Iran is a partner.")],
      }),
    ],
  ];
};

describe("kept values", () => {
  it("the writer keeps them equal to the rows, batch after batch", async () => {
    const store = openSqliteStore(join(dir, "a.db"));
    await store.migrate();
    expect(await store.counts()).toEqual({ articles: 0, actors: 0, events: 0, eventSources: 0, quotes: 0 });
    for (const batch of batches()) {
      await store.putDocuments(batch);
      const rows = fromRows(store.db);
      expect(await store.counts()).toEqual(rows.counts);
      const k = kept(store.db);
      expect(k.actorArticles).toEqual(rows.actorArticles);
      expect(k.quotePublished).toEqual(rows.quotePublished);
      expect(k.sentences).toEqual(rows.sentences);
    }
    const counts = await store.counts();
    expect(counts).toMatchObject({ articles: 3, eventSources: 3 });
    // the emoji article's report is the event's second: its sentence, cut in UTF-16 units, is whole
    expect(kept(store.db).sentences).toContainEqual(expect.objectContaining({ sentence: "Russia and Iran signed a treaty in Moscow on Friday." }));
    await store.close();
  });

  it("migration 7 fills them in a store written before it; a report in a text with astral characters keeps its sentence from the text", async () => {
    const path = join(dir, "old.db");
    // a store as dyad wrote it with schema 6 (the writer of this version writes the kept values
    // itself, so the older rows are written here as they were)
    const v6 = openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version <= 6) });
    await v6.migrate();
    const db = v6.db;
    const article = db.prepare("INSERT INTO articles (doc_id, url, url_key, text_hash, published, outlet, title, text, story) VALUES (?, NULL, NULL, ?, ?, 'Wire', ?, ?, ?)");
    article.run("plain", "h1", "2025-01-17", "Plain", "Officials met. Russia and Iran signed a treaty.", "h1");
    article.run("emoji", "h2", "2025-01-18", "Emoji", EMOJI_TEXT, "h2");
    db.exec(`
      INSERT INTO actors (id, kind, name, code) VALUES ('RUS', 'country', 'Russia', 'RUS'), ('IRN', 'country', 'Iran', 'IRN'), ('person:x', 'person', 'X', 'RUS');
      INSERT INTO article_actors (article_id, actor_id, mentions, headline) VALUES (1, 'RUS', 1, 0), (1, 'IRN', 1, 0), (2, 'RUS', 2, 0);
      INSERT INTO events (type, status, date, day, month, source_key, target_key, sources) VALUES ('AGREE', 'occurred', '2025-01-17', 20105, '2025-01', 'RUS', 'IRN', 2);
      INSERT INTO event_actors (actor, side, event_id) VALUES ('RUS', 'source', 1), ('IRN', 'target', 1);
      INSERT INTO event_sources (event_id, article_id, status, date, trigger, rule, sentence_start, sentence_end, headline) VALUES
        (1, 1, 'occurred', '2025-01-17', 'signed', 'test', 15, 47, 0),
        (1, 2, 'occurred', '2025-01-17', 'signed', 'test', ${EMOJI_TEXT.indexOf("Russia")}, ${EMOJI_TEXT.length}, 0);
      INSERT INTO quotes (article_id, speaker, speaker_name, kind, text, cue, span_start, span_end, rule, headline) VALUES (2, 'person:x', 'X', 'direct', 'Yes.', 'said', 0, 4, 'test', 0);
    `);
    await v6.close();

    const store = openSqliteStore(path);
    await store.migrate();
    const rows = fromRows(store.db);
    expect(await store.counts()).toEqual(rows.counts);
    expect(rows.counts).toEqual({ articles: 2, actors: 3, events: 1, eventSources: 2, quotes: 1 });
    const k = kept(store.db);
    expect(k.actorArticles).toEqual(rows.actorArticles);
    expect(k.quotePublished).toEqual(rows.quotePublished);
    // SQLite's character offsets are not the records' where an astral character comes first: no
    // sentence is kept there, and the event list cuts it from the text as before
    expect(k.sentences).toEqual([
      { event_id: 1, article_id: 1, sentence: "Russia and Iran signed a treaty." },
      { event_id: 1, article_id: 2, sentence: null },
    ]);
    const [e] = await store.queryEvents({});
    expect(e.firstReport.sentence).toBe("Russia and Iran signed a treaty.");
    // the kept values go on from there
    await store.putDocuments([doc({ id: "later", published: "2025-01-20", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] })]);
    expect(await store.counts()).toEqual(fromRows(store.db).counts);
    expect(kept(store.db).actorArticles).toEqual(fromRows(store.db).actorArticles);
    await store.close();
  });
});
