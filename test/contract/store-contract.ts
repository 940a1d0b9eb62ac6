// The one contract every store driver passes (SQLite now, ClickHouse later): run it with
// testStore("name", makeStore) from a driver's own .test.ts. makeStore returns a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NEAR_COPY_TEXT, SAME_TOPIC_TEXT, WIRE_TEXT } from "./_stories.js";
import { DyadError } from "../../src/errors.js";
import { textHash } from "../../src/store/article-key.js";
import { storedAt, type EventFilter, type Store } from "../../src/store/store.js";
import { country, doc, event, person, quote } from "./_records.js";

export function testStore(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("migrations", () => {
      it("an empty store counts nothing", async () => {
        expect(await store.counts()).toEqual({ articles: 0, actors: 0, events: 0, eventSources: 0, quotes: 0 });
      });

      it("migrating again changes nothing and keeps what is stored", async () => {
        await store.putDocuments([doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
        const before = await store.counts();
        await store.migrate();
        await store.migrate();
        expect(await store.counts()).toEqual(before);
      });
    });

    describe("articles: idempotent", () => {
      it("stores a batch and says what it stored", async () => {
        const r = await store.putDocuments([doc({ id: "a1" }), doc({ id: "a2" })]);
        expect(r).toMatchObject({ stored: 2, duplicates: 0 });
        expect(r.items.map((i) => i.stored)).toEqual([true, true]);
        expect((await store.counts()).articles).toBe(2);
      });

      it("the same batch twice: the second time stores nothing and counts duplicates", async () => {
        const batch = [
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")], quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "The treaty is signed.")] }),
          doc({ id: "a2", events: [event("ASSAULT", ["RUS"], ["UKR"], "2025-01-16")] }),
        ];
        await store.putDocuments(batch);
        const before = await store.counts();
        const again = await store.putDocuments(batch);
        expect(again).toMatchObject({ stored: 0, duplicates: 2, events: 0, merged: 0, quotes: 0 });
        expect(await store.counts()).toEqual(before);
      });

      it("the same URL with other text is the same article", async () => {
        await store.putDocuments([doc({ id: "a1", url: "https://news.example/story" })]);
        const r = await store.putDocuments([doc({ id: "a1-updated", url: "HTTPS://NEWS.EXAMPLE/story/#comments", text: "A corrected text." })]);
        expect(r).toMatchObject({ stored: 0, duplicates: 1 });
      });

      it("the same text under another URL, with other spacing, case and quotes, is the same article", async () => {
        await store.putDocuments([doc({ id: "a1", url: "https://one.example/x", text: "Russia and Iran signed a “treaty”.\n\nIt is long." })]);
        const r = await store.putDocuments([doc({ id: "a1-copy", url: "https://two.example/y", text: '  russia and iran  signed a "treaty".  It is long. ' })]);
        expect(r).toMatchObject({ stored: 0, duplicates: 1 });
      });

      it("a copy within one batch is stored once", async () => {
        const r = await store.putDocuments([doc({ id: "a1" }), doc({ id: "a1" })]);
        expect(r).toMatchObject({ stored: 1, duplicates: 1 });
        expect(r.items.map((i) => i.stored)).toEqual([true, false]);
      });

      it("articles without URLs are told apart by their text", async () => {
        const r = await store.putDocuments([doc({ id: "a1", url: null }), doc({ id: "a2", url: null })]);
        expect(r.stored).toBe(2);
      });

      it("hasArticle knows an article by its URL and by its text hash", async () => {
        const d = doc({ id: "a1", url: "https://news.example/a1?utm_source=feed" });
        expect(await store.hasArticle("https://news.example/a1")).toBe(false);
        await store.putDocuments([d]);
        expect(await store.hasArticle("https://news.example/a1")).toBe(true);
        expect(await store.hasArticle("https://news.example/a1#top")).toBe(true);
        expect(await store.hasArticle(textHash(d.article.text))).toBe(true);
        expect(await store.hasArticle(textHash(d.article.text.toUpperCase()))).toBe(true);
        expect(await store.hasArticle("https://news.example/a2")).toBe(false);
        expect(await store.hasArticle(textHash("another text"))).toBe(false);
      });

      it("a batch with a malformed record stores nothing, not even its good articles", async () => {
        const good = doc({ id: "good", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] });
        const bad = doc({ id: "bad" });
        (bad.record.quotes as unknown[]).push({ ...quote("RUS", "Russia", "x"), text: { not: "a string" } });
        const err = await store.putDocuments([good, bad]).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DyadError);
        expect((err as DyadError).code).toBe("E_STORE_RECORD");
        expect((err as DyadError).message).toContain('"bad"');
        expect(await store.counts()).toEqual({ articles: 0, actors: 0, events: 0, eventSources: 0, quotes: 0 });
        expect(await store.hasArticle(textHash(good.article.text))).toBe(false);
      });
    });

    describe("events: one event reported by several articles", () => {
      it("the same type, dyad and date ±1 day from three articles is one event with three sources", async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] }),
          doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] }),
        ]);
        const r = await store.putDocuments([doc({ id: "a3", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-16")] })]);
        expect(r).toMatchObject({ events: 0, merged: 1 });
        const events = await store.queryEvents({ type: "AGREE" });
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ type: "AGREE", source: ["RUS"], target: ["IRN"], date: "2025-01-17", sourceCount: 3 });
        expect(events[0].firstReport.article).toBe("a1");
        expect((await store.counts()).eventSources).toBe(3);
      });

      it("persons stand for their country's code: Lavrov and Russia report one event", async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("ACCUSE", ["person:sergei-lavrov"], ["UKR"], "2025-01-17")] }),
          doc({ id: "a2", events: [event("ACCUSE", ["RUS"], ["UKR"], "2025-01-17")] }),
        ]);
        const events = await store.queryEvents();
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ source: ["RUS"], target: ["UKR"], sourceCount: 2 });
        // the person stays findable by id
        expect(await store.queryEvents({ actor: "person:sergei-lavrov" })).toHaveLength(1);
      });

      it("two days apart, another type, another target or reversed roles are other events", async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] }),
          doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-19")] }),
          doc({ id: "a3", events: [event("CONSULT", ["RUS"], ["IRN"], "2025-01-17")] }),
          doc({ id: "a4", events: [event("AGREE", ["RUS"], ["UKR"], "2025-01-17")] }),
          doc({ id: "a5", events: [event("AGREE", ["IRN"], ["RUS"], "2025-01-17")] }),
        ]);
        expect(await store.queryEvents()).toHaveLength(5);
        expect((await store.queryEvents()).every((e) => e.sourceCount === 1)).toBe(true);
      });

      it("an article repeating an event counts once among its sources", async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17"), event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { sentence: { start: 20, end: 30 } })] }),
        ]);
        const events = await store.queryEvents();
        expect(events).toHaveLength(1);
        expect(events[0].sourceCount).toBe(1);
      });

      it("month-only dates merge when equal; undated events never merge across articles", async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-06"), event("SANCTION", ["UKR"], ["RUS"], null)] }),
          doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2024-06"), event("SANCTION", ["UKR"], ["RUS"], null)] }),
        ]);
        const events = await store.queryEvents();
        expect(events.filter((e) => e.type === "AGREE")).toMatchObject([{ date: "2024-06", sourceCount: 2 }]);
        expect(events.filter((e) => e.type === "SANCTION")).toHaveLength(2);
      });

      it("a merged event keeps the most factual status any report gives", async () => {
        await store.putDocuments([doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-16", { status: "planned" })] })]);
        expect((await store.queryEvents())[0].status).toBe("planned");
        await store.putDocuments([doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { status: "occurred" })] })]);
        await store.putDocuments([doc({ id: "a3", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { status: "claimed" })] })]);
        const events = await store.queryEvents();
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ status: "occurred", sourceCount: 3 });
      });

      it("the first report says why the event exists: its article, trigger, rule and sentence", async () => {
        const text = "Russia and Iran signed a treaty. Nothing else happened.";
        await store.putDocuments([
          doc({ id: "a1", text, url: "https://news.example/t", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { trigger: "signed", rule: "events/verb:sign", sentence: { start: 0, end: 32 } })] }),
        ]);
        const before = storedAt();
        expect((await store.queryEvents())[0].firstReport).toEqual({
          article: "a1",
          url: "https://news.example/t",
          trigger: "signed",
          rule: "events/verb:sign",
          sentence: "Russia and Iran signed a treaty.",
          added: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
          lead: true,
        });
        expect((await store.queryEvents())[0].firstReport.added! <= before).toBe(true);
      });

      it("the first report says when its article was stored (DATEADDED) and whether its sentence is in the lead (IsRootEvent)", async () => {
        const lead = "Russia and Iran signed a treaty in Tehran on Monday.";
        const later = "Officials in Kyiv said Russia had shelled the city again.";
        const oneLine = `${lead} ${"Filler words of the story go on here. ".repeat(12)}${later}`;
        const paragraphs = `\n  ${lead}\n\n${later}`;
        const sentenceOf = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
        const t0 = storedAt();
        await store.putDocuments([
          doc({ id: "l1", text: oneLine, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { sentence: sentenceOf(oneLine, lead) }), event("ASSAULT", ["RUS"], ["UKR"], "2025-01-17", { sentence: sentenceOf(oneLine, later) })] }),
        ]);
        await store.putDocuments([
          doc({ id: "l2", text: paragraphs, events: [event("COERCE", ["RUS"], ["UKR"], "2025-02-01", { sentence: sentenceOf(paragraphs, lead) }), event("ACCUSE", ["UKR"], ["RUS"], "2025-02-01", { sentence: sentenceOf(paragraphs, later) })] }),
          // a later report of the AGREE, out of its lead: the first report's flag stays
          doc({ id: "l3", text: `Background first.\n${lead}`, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { sentence: { start: 18, end: 18 + lead.length } })] }),
        ]);
        const t1 = storedAt();
        const byType = new Map((await store.queryEvents()).map((e) => [e.type, e.firstReport]));
        // the lead: the first paragraph, at most 400 characters: the one-line text's first sentence is, its last not
        expect([...byType].map(([type, r]) => [type, r.lead])).toEqual([
          ["AGREE", true],
          ["ASSAULT", false],
          ["COERCE", true],
          ["ACCUSE", false],
        ]);
        expect(oneLine.indexOf(later)).toBeGreaterThan(400);
        for (const r of byType.values()) {
          expect(r.added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
          expect(r.added! >= t0 && r.added! <= t1).toBe(true);
        }
      });

      it("the sentence is cut at UTF-16 offsets, also after characters outside the BMP", async () => {
        const text = "🇷🇺🇮🇷 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠. Russia and Iran signed a treaty 🖊️. After.";
        const start = text.indexOf("Russia");
        const end = text.indexOf(" After");
        await store.putDocuments([doc({ id: "u1", text, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { sentence: { start, end } })] })]);
        expect((await store.queryEvents())[0].firstReport.sentence).toBe("Russia and Iran signed a treaty 🖊️.");
      });
    });

    describe("events: filters", () => {
      beforeEach(async () => {
        await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10"), event("ASSAULT", ["RUS"], ["UKR"], "2024-01-10")] }),
          doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2024-03-05", { status: "planned" }), event("ACCUSE", ["UKR"], ["RUS"], "2024-02-01")] }),
          doc({ id: "a3", events: [event("CONSULT", ["RUS", "IRN"], [], "2023-12-30")] }),
          doc({ id: "a4", events: [event("AGREE", ["person:sergei-lavrov"], ["IRN"], "2024-04-02", { status: "claimed" })] }),
        ]);
      });
      const ids = (events: { type: string; date: string | null }[]) => events.map((e) => `${e.type}@${e.date}`);

      it("no filter: every event, oldest first", async () => {
        expect(ids(await store.queryEvents())).toEqual(["CONSULT@2023-12-30", "AGREE@2024-01-10", "ASSAULT@2024-01-10", "ACCUSE@2024-02-01", "AGREE@2024-03-05", "AGREE@2024-04-02"]);
      });

      it("actor, target, type, since and status together", async () => {
        expect(ids(await store.queryEvents({ actor: "RUS", target: "IRN", type: "AGREE", since: "2024-01", status: "occurred" }))).toEqual(["AGREE@2024-01-10"]);
      });

      it("actor alone is the source side; target alone the target side", async () => {
        expect(ids(await store.queryEvents({ actor: "UKR" }))).toEqual(["ACCUSE@2024-02-01"]);
        expect(ids(await store.queryEvents({ target: "UKR" }))).toEqual(["ASSAULT@2024-01-10"]);
      });

      it("an event with no target is symmetric: each party is on both sides", async () => {
        expect(ids(await store.queryEvents({ actor: "IRN", target: "RUS" }))).toEqual(["CONSULT@2023-12-30"]);
        expect(ids(await store.queryEvents({ actor: "RUS", target: "IRN", type: "CONSULT" }))).toEqual(["CONSULT@2023-12-30"]);
      });

      it("an actor id finds the events of that person", async () => {
        expect(ids(await store.queryEvents({ actor: "person:sergei-lavrov" }))).toEqual(["AGREE@2024-04-02"]);
      });

      it("party: an actor on either side; a person's id finds only the person's events, its state's code takes them too", async () => {
        expect(ids(await store.queryEvents({ party: "UKR" }))).toEqual(["ASSAULT@2024-01-10", "ACCUSE@2024-02-01"]);
        expect(ids(await store.queryEvents({ party: "person:sergei-lavrov" }))).toEqual(["AGREE@2024-04-02"]);
        expect(ids(await store.queryEvents({ party: "RUS" }))).toEqual(["CONSULT@2023-12-30", "AGREE@2024-01-10", "ASSAULT@2024-01-10", "ACCUSE@2024-02-01", "AGREE@2024-03-05", "AGREE@2024-04-02"]);
        expect(ids(await store.queryEvents({ party: "RUS", newestFirst: true, limit: 2 }))).toEqual(["AGREE@2024-04-02", "AGREE@2024-03-05"]);
        expect(ids(await store.queryEvents({ party: "IRN", type: "agree", since: "2024-02" }))).toEqual(["AGREE@2024-03-05", "AGREE@2024-04-02"]);
        expect(ids(await store.queryEvents({ party: "IRN", actor: "UKR" }))).toEqual([]);
        expect(ids(await store.queryEvents({ party: "IRN", target: "IRN" }))).toEqual(["CONSULT@2023-12-30", "AGREE@2024-01-10", "AGREE@2024-03-05", "AGREE@2024-04-02"]);
        expect(ids(await store.queryEvents({ party: "RUS", actor: "RUS", target: "UKR" }))).toEqual(["ASSAULT@2024-01-10"]);
        expect(await store.queryEvents({ party: "RUS' OR '1'='1" })).toEqual([]);
      });

      it("each event names the actors behind its codes (a person, not the state itself), with their names", async () => {
        const byType = async (f: EventFilter) => (await store.queryEvents(f)).map((e) => [`${e.type}@${e.date}`, e.actors]);
        expect(await byType({ party: "IRN" })).toEqual([
          ["CONSULT@2023-12-30", []],
          ["AGREE@2024-01-10", []],
          ["AGREE@2024-03-05", []],
          ["AGREE@2024-04-02", [{ id: "person:sergei-lavrov", name: "Sergei Lavrov", side: "source" }]],
        ]);
        // a symmetric event lists its parties' people once, as source; a target's people as target
        await store.putDocuments([
          doc({ id: "a6", events: [event("CONSULT", ["person:sergei-lavrov", "IRN"], [], "2024-05-01"), event("ACCUSE", ["UKR"], ["person:sergei-lavrov"], "2024-05-02")] }),
        ]);
        expect(await byType({ since: "2024-05" })).toEqual([
          ["CONSULT@2024-05-01", [{ id: "person:sergei-lavrov", name: "Sergei Lavrov", side: "source" }]],
          ["ACCUSE@2024-05-02", [{ id: "person:sergei-lavrov", name: "Sergei Lavrov", side: "target" }]],
        ]);
      });

      it("type is case-insensitive", async () => {
        expect(ids(await store.queryEvents({ type: "assault" }))).toEqual(["ASSAULT@2024-01-10"]);
      });

      it("since and until are inclusive at their own precision", async () => {
        expect(ids(await store.queryEvents({ since: "2024-02", until: "2024-03" }))).toEqual(["ACCUSE@2024-02-01", "AGREE@2024-03-05"]);
        expect(ids(await store.queryEvents({ until: "2023" }))).toEqual(["CONSULT@2023-12-30"]);
        expect(ids(await store.queryEvents({ since: "2024-03-05", until: "2024-03-05" }))).toEqual(["AGREE@2024-03-05"]);
      });

      it("status", async () => {
        expect(ids(await store.queryEvents({ status: "planned" }))).toEqual(["AGREE@2024-03-05"]);
        expect(ids(await store.queryEvents({ status: "claimed" }))).toEqual(["AGREE@2024-04-02"]);
      });

      it("limit and offset page through the same order", async () => {
        expect(ids(await store.queryEvents({ limit: 2 }))).toEqual(["CONSULT@2023-12-30", "AGREE@2024-01-10"]);
        expect(ids(await store.queryEvents({ limit: 2, offset: 2 }))).toEqual(["ASSAULT@2024-01-10", "ACCUSE@2024-02-01"]);
        expect(await store.queryEvents({ limit: 0 })).toEqual([]);
      });

      it("newest first, paged the same way; undated events still last", async () => {
        await store.putDocuments([doc({ id: "a5", events: [event("AID", ["RUS"], ["IRN"], null)] })]);
        expect(ids(await store.queryEvents({ newestFirst: true, limit: 3 }))).toEqual(["AGREE@2024-04-02", "AGREE@2024-03-05", "ACCUSE@2024-02-01"]);
        expect(ids(await store.queryEvents({ newestFirst: true, offset: 5 }))).toEqual(["CONSULT@2023-12-30", "AID@null"]);
        expect(ids(await store.queryEvents({ newestFirst: true, actor: "RUS", target: "IRN" }))).toEqual(["AGREE@2024-04-02", "AGREE@2024-03-05", "AGREE@2024-01-10", "CONSULT@2023-12-30", "AID@null"]);
      });

      it("a bad date is an E_QUERY error", async () => {
        for (const since of ["2024-1", "last year", "2024-13", "2024-01-10T00:00"]) {
          const err = await store.queryEvents({ since }).catch((e: unknown) => e);
          expect((err as DyadError).code).toBe("E_QUERY");
        }
      });

      it("countEvents: as many as the list without its page, for every filter", async () => {
        const filters = [
          {},
          { actor: "RUS" },
          { target: "UKR" },
          { actor: "IRN", target: "RUS" },
          { actor: "RUS", target: "IRN", type: "AGREE", since: "2024-01", status: "occurred" as const },
          { actor: "person:sergei-lavrov" },
          { type: "agree" },
          { since: "2024-02", until: "2024-03" },
          { until: "2023" },
          { status: "planned" as const },
          { actor: "CHN" },
          { actor: "RUS' OR '1'='1" },
          { party: "RUS" },
          { party: "person:sergei-lavrov" },
          { party: "IRN", type: "agree", since: "2024-02" },
          { party: "RUS", actor: "RUS", target: "UKR" },
          { party: "IRN", target: "IRN" },
          { party: "IRN", actor: "UKR" },
        ];
        for (const f of filters) expect([f, await store.countEvents(f)]).toEqual([f, (await store.queryEvents({ ...f, limit: 500 })).length]);
        expect(await store.countEvents()).toBe(6);
        expect(await store.countEvents({ limit: 2, offset: 4 })).toBe(6);
        expect(await store.countEvents({ type: "AGREE", limit: 1 })).toBe(3);
        const err = await store.countEvents({ since: "2024-13" }).catch((e: unknown) => e);
        expect((err as DyadError).code).toBe("E_QUERY");
      });

      it("outlet: reported by an article of that outlet (any report, case-insensitive); words: all in one report's sentence", async () => {
        const text = "Russia imposed new sanctions on Ukraine. Iran and Russia signed a 100% binding treaty_draft today.";
        const second = { start: 41, end: text.length };
        await store.putDocuments([
          doc({ id: "b1", outlet: "Kyiv Post", text, events: [event("SANCTION", ["RUS"], ["UKR"], "2024-05-01", { sentence: { start: 0, end: 40 } }), event("AGREE", ["IRN"], ["RUS"], "2024-05-01", { sentence: second })] }),
          // the same SANCTION from another outlet: one event, two reports
          doc({ id: "b2", outlet: "Reuters", text: "Moscow: Russia imposed new sanctions on Ukraine, officials said.", events: [event("SANCTION", ["RUS"], ["UKR"], "2024-05-01", { sentence: { start: 8, end: 64 } })] }),
        ]);
        expect(ids(await store.queryEvents({ outlet: "Kyiv Post" }))).toEqual(["SANCTION@2024-05-01", "AGREE@2024-05-01"]);
        expect(ids(await store.queryEvents({ outlet: "reuters" }))).toEqual(["SANCTION@2024-05-01"]);
        expect(ids(await store.queryEvents({ outlet: "Test Wire", since: "2024-04" }))).toEqual(["AGREE@2024-04-02"]);
        expect(await store.queryEvents({ outlet: "Kyiv" })).toEqual([]);
        expect(ids(await store.queryEvents({ words: "SANCTION ukraine" }))).toEqual(["SANCTION@2024-05-01"]);
        expect(ids(await store.queryEvents({ words: "signed treaty" }))).toEqual(["AGREE@2024-05-01"]);
        // both words in one sentence: "sanctions" and "signed" are in two
        expect(await store.queryEvents({ words: "sanctions signed" })).toEqual([]);
        // LIKE's own characters are plain characters
        expect(ids(await store.queryEvents({ words: "100%" }))).toEqual(["AGREE@2024-05-01"]);
        expect(ids(await store.queryEvents({ words: "treaty_draft" }))).toEqual(["AGREE@2024-05-01"]);
        expect(await store.queryEvents({ words: "treatyXdraft" })).toEqual([]);
        expect(await store.queryEvents({ words: "%" , since: "2025" })).toEqual([]);
        // with the other filters, on every path (a pair, one side, a party), and counted alike
        const filters = [
          { outlet: "Kyiv Post", actor: "RUS", target: "UKR" },
          { outlet: "Kyiv Post", actor: "IRN" },
          { outlet: "Reuters", party: "UKR" },
          { words: "treaty", target: "RUS" },
          { words: "sanctions", actor: "RUS", target: "UKR", type: "sanction" },
          { words: "sanctions", actor: "IRN", target: "RUS" },
          { outlet: "Test Wire", type: "AGREE" },
          { outlet: "Nowhere", words: "treaty" },
        ];
        const expected = [["SANCTION@2024-05-01"], ["AGREE@2024-05-01"], ["SANCTION@2024-05-01"], ["AGREE@2024-05-01"], ["SANCTION@2024-05-01"], [], ["AGREE@2024-01-10", "AGREE@2024-03-05", "AGREE@2024-04-02"], []];
        for (const [i, f] of filters.entries()) {
          expect([f, ids(await store.queryEvents(f))]).toEqual([f, expected[i]]);
          expect([f, await store.countEvents(f)]).toEqual([f, expected[i].length]);
        }
        expect(await store.queryEvents({ outlet: "x' OR '1'='1" })).toEqual([]);
        expect(await store.queryEvents({ words: "') OR 1=1 --" })).toEqual([]);
      });

      it("sets of actors on a side, either direction and a set of statuses: listed, paged and counted alike (a bloc's cell)", async () => {
        // a state's act on itself: kept for one actor and one target, left out between sets
        await store.putDocuments([doc({ id: "a5", events: [event("COERCE", ["RUS"], ["RUS"], "2024-05-01")] })]);
        const cases: [EventFilter, string[]][] = [
          [{ actors: ["UKR", "IRN"] }, ["CONSULT@2023-12-30", "ACCUSE@2024-02-01"]],
          [{ targets: ["UKR", "IRN"] }, ["CONSULT@2023-12-30", "AGREE@2024-01-10", "ASSAULT@2024-01-10", "AGREE@2024-03-05", "AGREE@2024-04-02"]],
          [{ actors: ["RUS"], targets: ["UKR", "IRN"], status: "occurred" }, ["CONSULT@2023-12-30", "AGREE@2024-01-10", "ASSAULT@2024-01-10"]],
          [{ actor: "RUS", target: "UKR", either: true }, ["ASSAULT@2024-01-10", "ACCUSE@2024-02-01"]],
          [{ actor: "UKR", targets: ["RUS"], either: true, type: "accuse" }, ["ACCUSE@2024-02-01"]],
          [{ actors: ["IRN"], targets: ["UKR", "RUS"], either: true }, ["CONSULT@2023-12-30", "AGREE@2024-01-10", "AGREE@2024-03-05", "AGREE@2024-04-02"]],
          [{ actors: ["RUS", "UKR"], targets: ["RUS", "UKR"] }, ["ASSAULT@2024-01-10", "ACCUSE@2024-02-01"]],
          [{ actors: ["RUS", "UKR"], targets: ["RUS", "UKR"], either: true, since: "2024-02" }, ["ACCUSE@2024-02-01"]],
          [{ actor: "RUS", target: "RUS" }, ["CONSULT@2023-12-30", "COERCE@2024-05-01"]],
          [{ actors: ["person:sergei-lavrov", "UKR"] }, ["ACCUSE@2024-02-01", "AGREE@2024-04-02"]],
          [{ statuses: ["planned", "claimed"] }, ["AGREE@2024-03-05", "AGREE@2024-04-02"]],
          [{ actor: "RUS", target: "IRN", statuses: ["occurred", "ongoing"] }, ["CONSULT@2023-12-30", "AGREE@2024-01-10"]],
          [{ actors: ["RUS", "IRN"], targets: ["RUS", "IRN"], statuses: ["occurred", "planned"], party: "IRN" }, ["CONSULT@2023-12-30", "AGREE@2024-01-10", "AGREE@2024-03-05"]],
          [{ actors: ["UKR", "IRN"], outlet: "Test Wire", words: "sentence one" }, ["CONSULT@2023-12-30", "ACCUSE@2024-02-01"]],
          [{ actors: ["UKR", "IRN"], outlet: "Kyiv Post" }, []],
          [{ actors: [] }, []],
          [{ actor: "RUS", targets: [] }, []],
          [{ statuses: [] }, []],
          [{ actors: ["RUS' OR '1'='1", "x') OR 1=1 --"], targets: ["UKR", "IRN"], either: true }, []],
        ];
        for (const [f, expected] of cases) {
          expect([f, ids(await store.queryEvents(f))]).toEqual([f, expected]);
          expect([f, await store.countEvents({ ...f, limit: 1 })]).toEqual([f, expected.length]);
        }
        // paged newest first through both directions: each event once, in one order
        const either: EventFilter = { actors: ["RUS", "IRN"], targets: ["UKR", "IRN"], either: true, newestFirst: true };
        const all = ids(await store.queryEvents(either));
        // a day's events newest stored first
        expect(all).toEqual(["AGREE@2024-04-02", "AGREE@2024-03-05", "ACCUSE@2024-02-01", "ASSAULT@2024-01-10", "AGREE@2024-01-10", "CONSULT@2023-12-30"]);
        const pages = [...ids(await store.queryEvents({ ...either, limit: 4 })), ...ids(await store.queryEvents({ ...either, limit: 4, offset: 4 }))];
        expect(pages).toEqual(all);
      });

      it("values are data, never SQL", async () => {
        expect(await store.queryEvents({ actor: "RUS' OR '1'='1" })).toEqual([]);
        expect(await store.queryEvents({ type: "AGREE' --" })).toEqual([]);
        expect(await store.queryEvents({ actor: 'RUS") OR 1=1 --' })).toEqual([]);
        expect((await store.counts()).events).toBe(6);
      });
    });

    describe("quotes", () => {
      beforeEach(async () => {
        await store.putDocuments([
          doc({
            id: "q1",
            published: "2025-01-17",
            quotes: [
              quote("person:sergei-lavrov", "Sergei Lavrov", "This treaty is not directed against anyone."),
              quote("person:dmitry-peskov", "Dmitry Peskov", "Iran is an important partner for us."),
            ],
          }),
          doc({ id: "q2", published: "2025-01-18", quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "Our treaties with partners are open.", { kind: "indirect" })] }),
          doc({ id: "q3", published: "2025-01-19", quotes: [quote(null, null, "Treaty talk is cheap, an unnamed official said.")] }),
        ]);
      });
      const texts = (qs: { text: string }[]) => qs.map((q) => q.text);

      it("by part of the speaker's name, case-insensitive, oldest first", async () => {
        expect(texts(await store.queryQuotes({ speaker: "lavrov" }))).toEqual(["This treaty is not directed against anyone.", "Our treaties with partners are open."]);
      });

      it("newest first, paged from the newest", async () => {
        expect(texts(await store.queryQuotes({ speaker: "lavrov", newestFirst: true }))).toEqual(["Our treaties with partners are open.", "This treaty is not directed against anyone."]);
        expect(texts(await store.queryQuotes({ newestFirst: true, limit: 2 }))).toEqual(["Treaty talk is cheap, an unnamed official said.", "Our treaties with partners are open."]);
        expect(texts(await store.queryQuotes({ speaker: "person:sergei-lavrov", newestFirst: true, limit: 1, offset: 1 }))).toEqual(["This treaty is not directed against anyone."]);
      });

      it("by an actor id taken as one, colon or not: never by name", async () => {
        await store.putDocuments([doc({ id: "q4", published: "2025-01-20", quotes: [quote("RUS", "Russia", "Russia said so."), quote(null, "a RUS spokesman", "Not by RUS.")] })]);
        expect(texts(await store.queryQuotes({ speaker: "RUS", speakerId: true }))).toEqual(["Russia said so."]);
        expect(texts(await store.queryQuotes({ speaker: "RUS" })).sort()).toEqual(["Not by RUS.", "Russia said so."]);
      });

      it("by the speaker's actor id", async () => {
        expect(texts(await store.queryQuotes({ speaker: "person:dmitry-peskov" }))).toEqual(["Iran is an important partner for us."]);
      });

      it("full-text search with stemming, alone and with a speaker", async () => {
        expect(texts(await store.queryQuotes({ search: "treaty" })).sort()).toEqual(
          ["Our treaties with partners are open.", "This treaty is not directed against anyone.", "Treaty talk is cheap, an unnamed official said."].sort(),
        );
        expect(texts(await store.queryQuotes({ speaker: "Lavrov", search: "treaty" }))).toHaveLength(2);
        expect(texts(await store.queryQuotes({ search: "treaty partners" }))).toEqual(["Our treaties with partners are open."]);
        expect(await store.queryQuotes({ search: "armistice" })).toEqual([]);
      });

      it("a quote says where it comes from", async () => {
        const [q] = await store.queryQuotes({ speaker: "Peskov" });
        expect(q).toMatchObject({ article: "q1", published: "2025-01-17", outlet: "Test Wire", url: "https://news.example/q1", speaker: "person:dmitry-peskov", speakerName: "Dmitry Peskov", kind: "direct", cue: "said" });
      });

      it("search words are words, never FTS syntax or SQL", async () => {
        for (const search of ['treaty"', "treaty OR", "NEAR(treaty", "treaty' --", "-treaty", "treaty AND NOT"]) {
          await expect(store.queryQuotes({ search })).resolves.toBeInstanceOf(Array);
        }
        expect(await store.queryQuotes({ speaker: "%" })).toEqual([]);
        expect(await store.queryQuotes({ speaker: "' OR 1=1 --" })).toEqual([]);
      });

      it("a search with no words is an E_QUERY error", async () => {
        const err = await store.queryQuotes({ search: " !? " }).catch((e: unknown) => e);
        expect((err as DyadError).code).toBe("E_QUERY");
      });

      it("countQuotes: as many as the list without its page, for every filter", async () => {
        await store.putDocuments([doc({ id: "q4", published: "2025-01-20", quotes: [quote("IRN", "Iran", "Iran will answer.")] })]);
        const filters = [
          {},
          { speaker: "lavrov" },
          { speaker: "person:dmitry-peskov" },
          { search: "treaty" },
          { speaker: "Lavrov", search: "treaty" },
          { search: "treaty partners" },
          { search: "armistice" },
          { state: "rus" },
          { state: "CHN" },
          { since: "2025-01-18" },
          { since: "2025-01-18", until: "2025-01-18", speaker: "lavrov" },
          { until: "2024" },
          { speaker: "%" },
        ];
        for (const f of filters) expect([f, await store.countQuotes(f)]).toEqual([f, (await store.queryQuotes({ ...f, limit: 500 })).length]);
        expect(await store.countQuotes()).toBe(5);
        expect(await store.countQuotes({ search: "treaty", limit: 1, offset: 1 })).toBe(3);
      });

      it("by the speaker's state: its persons (and the state itself), case-insensitive", async () => {
        await store.putDocuments([doc({ id: "q4", published: "2025-01-20", quotes: [quote("IRN", "Iran", "Iran will answer.")] })]);
        // Peskov's quote is left out: his record names no actor of him, so nothing says his state
        expect(texts(await store.queryQuotes({ state: "rus" }))).toEqual(["This treaty is not directed against anyone.", "Our treaties with partners are open."]);
        expect(texts(await store.queryQuotes({ state: "IRN" }))).toEqual(["Iran will answer."]);
        expect(await store.queryQuotes({ state: "CHN" })).toEqual([]);
      });

      it("since and until bound the article's publication date, inclusive at their own precision", async () => {
        expect(texts(await store.queryQuotes({ since: "2025-01-18" }))).toEqual(["Our treaties with partners are open.", "Treaty talk is cheap, an unnamed official said."]);
        expect(texts(await store.queryQuotes({ until: "2025-01-17" }))).toHaveLength(2);
        expect(texts(await store.queryQuotes({ since: "2025-01-18", until: "2025-01-18", speaker: "lavrov" }))).toEqual(["Our treaties with partners are open."]);
        expect(await store.queryQuotes({ until: "2024" })).toEqual([]);
        const err = await store.queryQuotes({ since: "2025-13" }).catch((e: unknown) => e);
        expect((err as DyadError).code).toBe("E_QUERY");
      });
    });

    describe("articles: full-text search", () => {
      it("finds articles by words of their text or title", async () => {
        await store.putDocuments([
          doc({ id: "a1", title: "Moscow and Tehran", text: "Russia and Iran signed a comprehensive strategic partnership treaty." }),
          doc({ id: "a2", title: "Kyiv", text: "Ukraine's forces struck a depot overnight." }),
        ]);
        expect((await store.searchArticles({ search: "partnership treaties" })).map((a) => a.id)).toEqual(["a1"]);
        expect((await store.searchArticles({ search: "tehran" })).map((a) => a.id)).toEqual(["a1"]);
        expect((await store.searchArticles({ search: "depot" }))[0]).toMatchObject({ id: "a2", title: "Kyiv", url: "https://news.example/a2", hash: textHash("Ukraine's forces struck a depot overnight.") });
      });

      it("without words: every article, newest first, paged", async () => {
        await store.putDocuments([doc({ id: "old", published: "2020-01-01" }), doc({ id: "new", published: "2025-03-01" }), doc({ id: "mid", published: "2022-06-01" })]);
        expect((await store.searchArticles({})).map((a) => a.id)).toEqual(["new", "mid", "old"]);
        expect((await store.searchArticles({ search: " ", limit: 1, offset: 1 })).map((a) => a.id)).toEqual(["mid"]);
      });

      it("countArticles: as many as the search without its page", async () => {
        await store.putDocuments([
          doc({ id: "a1", title: "Moscow and Tehran", text: "Russia and Iran signed a comprehensive strategic partnership treaty." }),
          doc({ id: "a2", title: "Kyiv", text: "Ukraine's forces struck a depot overnight, a treaty notwithstanding." }),
          doc({ id: "a3", text: "Nothing happened." }),
        ]);
        for (const search of [undefined, " ", "treaty", "tehran", "partnership treaties", "armistice"]) {
          expect([search, await store.countArticles({ search })]).toEqual([search, (await store.searchArticles({ search, limit: 500 })).length]);
        }
        expect(await store.countArticles({ search: "treaty", limit: 1 })).toBe(2);
        expect(await store.countArticles()).toBe(3);
      });
    });

    describe("one article with its spans", () => {
      const text = 'Russia and Iran signed a treaty. "It is not against anyone," Lavrov said. <script>alert(1)</script>';
      beforeEach(async () => {
        await store.putDocuments([
          doc({
            id: "t1",
            text,
            title: "Treaty",
            actors: [
              { ...country("RUS", "Russia"), mentions: [{ start: 0, end: 6, text: "Russia", rule: "test/country", token: 0 }] },
              { ...country("IRN", "Iran"), mentions: [{ start: 11, end: 15, text: "Iran", rule: "test/country", token: 2 }] },
              { ...person("person:sergei-lavrov", "Sergei Lavrov", "RUS"), mentions: [{ start: 61, end: 67, text: "Lavrov", rule: "test/person", token: 14 }] },
            ],
            events: [
              event("AGREE", ["RUS", "IRN"], [], "2025-01-17", { trigger: "signed", triggerSpan: { start: 16, end: 22 }, sentence: { start: 0, end: 32 }, cameo: "057" }),
              event("CONSULT", ["person:sergei-lavrov"], ["IRN"], "2025-01-17", { status: "claimed", sentence: { start: 33, end: 73 } }),
            ],
            quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "It is not against anyone,", { start: 34, end: 59, cue: "said" })],
          }),
        ]);
      });

      it("gives the article's text unchanged and its metadata", async () => {
        const got = await store.getArticle("t1");
        expect(got?.article).toEqual({ id: "t1", hash: textHash(text), url: "https://news.example/t1", published: "2025-01-17", outlet: "Test Wire", title: "Treaty", byline: null, story: textHash(text), copies: 1, text });
      });

      it("gives mentions, event reports and quotes as offsets into the text, by start", async () => {
        const { spans } = (await store.getArticle("t1"))!;
        expect(spans.actors).toEqual([
          { start: 0, end: 6, actor: "RUS", name: "Russia", kind: "country" },
          { start: 11, end: 15, actor: "IRN", name: "Iran", kind: "country" },
          { start: 61, end: 67, actor: "person:sergei-lavrov", name: "Sergei Lavrov", kind: "person" },
        ]);
        expect(spans.events).toHaveLength(2);
        expect(spans.events[0]).toMatchObject({ start: 16, end: 22, type: "AGREE", cameo: "057", status: "occurred", source: ["IRN", "RUS"], target: [], trigger: "signed", rule: "test/agree", sentenceStart: 0, sentenceEnd: 32 });
        expect(text.slice(spans.events[0].start, spans.events[0].end)).toBe("signed");
        // a report without trigger offsets stands on its sentence
        expect(spans.events[1]).toMatchObject({ start: 33, end: 73, type: "CONSULT", status: "claimed", source: ["RUS"], target: ["IRN"], sentenceStart: 33, sentenceEnd: 73 });
        const [stored] = await store.queryEvents({ type: "CONSULT" });
        expect(spans.events[1].event).toBe(stored.id);
        expect(spans.quotes).toEqual([{ start: 34, end: 59, speaker: "person:sergei-lavrov", speakerName: "Sergei Lavrov", cue: "said" }]);
        expect(text.slice(34, 59)).toBe("It is not against anyone,");
      });

      it("an unknown id is null; ids are data, never SQL", async () => {
        expect(await store.getArticle("nope")).toBeNull();
        expect(await store.getArticle("' OR 1=1 --")).toBeNull();
      });

      it("several articles with one id: the first stored", async () => {
        await store.putDocuments([doc({ id: "t1", text: "Another text under the same id." })]);
        expect((await store.getArticle("t1"))?.article.text).toBe(text);
      });
    });

    describe("event date range", () => {
      it("the first and last event dates; nulls without dated events", async () => {
        expect(await store.eventDateRange()).toEqual({ first: null, last: null });
        await store.putDocuments([
          doc({ id: "d1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-03"), event("AID", ["RUS"], ["IRN"], null)] }),
          doc({ id: "d2", events: [event("ASSAULT", ["RUS"], ["UKR"], "2023-11-05"), event("ACCUSE", ["UKR"], ["RUS"], "2025-01-02")] }),
        ]);
        expect(await store.eventDateRange()).toEqual({ first: "2023-11-05", last: "2025-01-02" });
      });
    });

    describe("stories: near-copies of one text", () => {
      const agree = () => [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")];

      it("a near-copy stored in a later batch joins the first article's story; the event counts one story", async () => {
        await store.putDocuments([doc({ id: "wire", title: "Russia and Iran sign treaty", text: WIRE_TEXT, events: agree() })]);
        await store.putDocuments([doc({ id: "copy", title: "Moscow, Tehran seal pact", outlet: "Other Daily", text: NEAR_COPY_TEXT, events: agree() })]);
        const found = await store.searchArticles({ search: "treaty Kremlin", limit: 10 });
        const wire = found.find((a) => a.id === "wire")!;
        expect(wire).toMatchObject({ story: textHash(WIRE_TEXT), copies: 2 });
        expect(found.find((a) => a.id === "copy")).toMatchObject({ story: textHash(WIRE_TEXT), copies: 2 });
        expect(await store.queryEvents()).toMatchObject([{ type: "AGREE", sourceCount: 2, storyCount: 1 }]);
      });

      it("another article on the same event is another story, and an independent source", async () => {
        await store.putDocuments([doc({ id: "wire", text: WIRE_TEXT, events: agree() }), doc({ id: "own", text: SAME_TOPIC_TEXT, events: agree() })]);
        const own = (await store.searchArticles({ search: "pipeline Azerbaijan", limit: 10 })).find((a) => a.id === "own");
        expect(own).toMatchObject({ story: textHash(SAME_TOPIC_TEXT), copies: 1 });
        expect(await store.queryEvents()).toMatchObject([{ sourceCount: 2, storyCount: 2 }]);
      });

      it("near-copies within one batch link too; an exact copy is still stored once", async () => {
        const r = await store.putDocuments([doc({ id: "wire", text: WIRE_TEXT }), doc({ id: "copy", text: NEAR_COPY_TEXT }), doc({ id: "same", text: WIRE_TEXT.toUpperCase(), url: "https://elsewhere.example/x" })]);
        expect(r).toMatchObject({ stored: 2, duplicates: 1 });
        expect((await store.searchArticles({ search: "treaty" })).map((a) => [a.id, a.story, a.copies])).toEqual(
          expect.arrayContaining([
            ["wire", textHash(WIRE_TEXT), 2],
            ["copy", textHash(WIRE_TEXT), 2],
          ]),
        );
      });

      it("short articles stay stories of their own, however alike", async () => {
        await store.putDocuments([doc({ id: "s1", text: "Russia and Iran signed a treaty in Moscow on Friday." }), doc({ id: "s2", text: "Russia and Iran signed a treaty in Moscow on Friday, officials said." })]);
        expect((await store.searchArticles({ search: "treaty" })).map((a) => a.copies)).toEqual([1, 1]);
      });
    });

    describe("dyad series", () => {
      beforeEach(async () => {
        await store.putDocuments([
          doc({ id: "s1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10"), event("AID", ["IRN"], ["RUS"], "2024-01-20"), event("ASSAULT", ["RUS"], ["UKR"], "2024-01-10")] }),
          doc({ id: "s2", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-11"), event("ACCUSE", ["RUS"], ["IRN"], "2024-03-02")] }),
          doc({ id: "s3", events: [event("CONSULT", ["IRN", "RUS"], [], "2024-03-15"), event("THREATEN", ["RUS"], ["IRN"], "2024-03-20", { status: "hypothetical" })] }),
          doc({ id: "s4", events: [event("AGREE", ["RUS"], ["IRN"], "2024", {}), event("COERCE", ["person:sergei-lavrov"], ["IRN"], "2024-04", {})] }),
        ]);
      });

      it("counts events per month and type, in both directions, merged reports once", async () => {
        expect(await store.dyadSeries("RUS", "IRN", { by: "month" })).toEqual([
          { period: "2024-01", type: "AGREE", count: 1 },
          { period: "2024-01", type: "AID", count: 1 },
          { period: "2024-03", type: "ACCUSE", count: 1 },
          { period: "2024-03", type: "CONSULT", count: 1 },
          { period: "2024-04", type: "COERCE", count: 1 },
        ]);
      });

      it("the order of the pair does not matter unless directed", async () => {
        expect(await store.dyadSeries("IRN", "RUS", { by: "month" })).toEqual(await store.dyadSeries("RUS", "IRN", { by: "month" }));
        expect(await store.dyadSeries("IRN", "RUS", { by: "month", directed: true })).toEqual([
          { period: "2024-01", type: "AID", count: 1 },
          { period: "2024-03", type: "CONSULT", count: 1 },
        ]);
      });

      it("statuses and dates narrow it", async () => {
        expect(await store.dyadSeries("RUS", "IRN", { by: "month", statuses: ["hypothetical"] })).toEqual([{ period: "2024-03", type: "THREATEN", count: 1 }]);
        expect(await store.dyadSeries("RUS", "IRN", { by: "month", since: "2024-02", until: "2024-03" })).toEqual([
          { period: "2024-03", type: "ACCUSE", count: 1 },
          { period: "2024-03", type: "CONSULT", count: 1 },
        ]);
      });

      it("a pair with no events is an empty series", async () => {
        expect(await store.dyadSeries("RUS", "CHN", { by: "month" })).toEqual([]);
      });
    });

    describe("actors", () => {
      beforeEach(async () => {
        await store.putDocuments([
          doc({ id: "r1", published: "2020-05-01", actors: [country("RUS", "Russia"), person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister")] }),
          doc({ id: "r2", published: "2024-02-01", actors: [country("RUS", "Russia"), country("IRN", "Iran"), person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "former Foreign Minister")] }),
          doc({ id: "r3", published: "2022-01-01", actors: [person("person:sergei-lavrov", "Sergei Lavrov", "RUS", null), person("person:lavrova", "Anna Lavrova", "RUS", "Spokeswoman")] }),
        ]);
      });

      it("finds actors by part of the name, case-insensitive, most mentioned first", async () => {
        const found = await store.findActors({ search: "lavrov" });
        expect(found.map((a) => a.id)).toEqual(["person:sergei-lavrov", "person:lavrova"]);
        expect(found[0]).toEqual({ id: "person:sergei-lavrov", kind: "person", name: "Sergei Lavrov", code: "RUS", country: "RUS", sector: "GOV", articles: 3 });
      });

      it("an exact id or code comes first; kind narrows", async () => {
        expect((await store.findActors({ search: "irn" })).map((a) => a.id)).toEqual(["IRN"]);
        expect((await store.findActors({ search: "person:lavrova" }))[0].id).toBe("person:lavrova");
        expect((await store.findActors({ search: "RUS", kind: "country" })).map((a) => a.id)).toEqual(["RUS"]);
        expect((await store.findActors({ kind: "country" })).map((a) => a.id).sort()).toEqual(["IRN", "RUS"]);
        expect(await store.findActors({ search: "%" })).toEqual([]);
      });

      it("countActors: as many as the list without its limit", async () => {
        for (const f of [{}, { search: "lavrov" }, { search: "irn" }, { search: "RUS", kind: "country" }, { kind: "country" }, { kind: "person" }, { search: "%" }, { search: "person:lavrova" }]) {
          expect([f, await store.countActors(f)]).toEqual([f, (await store.findActors({ ...f, limit: 500 })).length]);
        }
        expect(await store.countActors({ search: "lavrov", limit: 1 })).toBe(2);
      });

      it("an actor without a code ranks by its articles like any other", async () => {
        // regression: SQLite's exact-match flag was NULL for an actor without a code, which sorted it last
        const fan = { ...person("person:lavrov-fan-club", "Lavrov Fan Club", "RUS"), code: null, country: null };
        await store.putDocuments(["f1", "f2", "f3", "f4"].map((id) => doc({ id, actors: [fan] })));
        expect((await store.findActors({ search: "lavrov" })).map((a) => `${a.id}:${a.articles}`)).toEqual([
          "person:lavrov-fan-club:4",
          "person:sergei-lavrov:3",
          "person:lavrova:1",
        ]);
      });

      it("roles over time: one per article that gives one, oldest first", async () => {
        expect(await store.actorRoles("person:sergei-lavrov")).toEqual([
          { article: "r1", published: "2020-05-01", outlet: "Test Wire", role: "Foreign Minister", description: null },
          { article: "r2", published: "2024-02-01", outlet: "Test Wire", role: "former Foreign Minister", description: null },
        ]);
        expect(await store.actorRoles("nobody")).toEqual([]);
      });
    });

    describe("relation counts", () => {
      beforeEach(async () => {
        await store.putDocuments([
          doc({ id: "c1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10"), event("ASSAULT", ["RUS"], ["UKR"], "2024-01-10")] }),
          doc({ id: "c2", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-11"), event("AGREE", ["RUS"], ["IRN"], "2024-03-01")] }),
          doc({ id: "c3", events: [event("CONSULT", ["RUS", "IRN"], [], "2024-02-01"), event("THREATEN", ["RUS"], ["UKR"], "2024-02-01", { status: "hypothetical" })] }),
          doc({ id: "c4", events: [event("ASSAULT", ["person:sergei-lavrov"], ["UKR"], "2023-05-01")] }),
        ]);
      });

      it("counts merged events once per dyad and type; symmetric events have no target", async () => {
        expect(await store.relationCounts()).toEqual([
          { source: ["IRN", "RUS"], target: [], type: "CONSULT", count: 1 },
          { source: ["RUS"], target: ["IRN"], type: "AGREE", count: 2 },
          { source: ["RUS"], target: ["UKR"], type: "ASSAULT", count: 2 },
        ]);
      });

      it("actor, dates and statuses narrow it", async () => {
        expect(await store.relationCounts({ actor: "IRN", since: "2024-02" })).toEqual([
          { source: ["IRN", "RUS"], target: [], type: "CONSULT", count: 1 },
          { source: ["RUS"], target: ["IRN"], type: "AGREE", count: 1 },
        ]);
        expect(await store.relationCounts({ actor: "person:sergei-lavrov" })).toEqual([{ source: ["RUS"], target: ["UKR"], type: "ASSAULT", count: 1 }]);
        expect(await store.relationCounts({ statuses: ["hypothetical"], until: "2024-02" })).toEqual([{ source: ["RUS"], target: ["UKR"], type: "THREATEN", count: 1 }]);
      });

      it("by actor: each side lists its actor ids and codes, so persons can be told apart", async () => {
        expect(await store.actorRelationCounts()).toEqual([
          { source: ["IRN", "RUS"], target: [], type: "CONSULT", count: 1 },
          { source: ["RUS"], target: ["IRN"], type: "AGREE", count: 2 },
          { source: ["RUS"], target: ["UKR"], type: "ASSAULT", count: 1 },
          { source: ["RUS", "person:sergei-lavrov"], target: ["UKR"], type: "ASSAULT", count: 1 },
        ]);
        expect(await store.actorRelationCounts({ actor: "person:sergei-lavrov" })).toEqual([{ source: ["RUS", "person:sergei-lavrov"], target: ["UKR"], type: "ASSAULT", count: 1 }]);
        expect(await store.actorRelationCounts({ statuses: ["hypothetical"], since: "2024-02" })).toEqual([{ source: ["RUS"], target: ["UKR"], type: "THREATEN", count: 1 }]);
      });
    });

    describe("reports written and events by id (what alerts are evaluated on)", () => {
      it("says which event each new report went to, and whether it made that event; a copy says nothing", async () => {
        const first = await store.putDocuments([doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
        expect(first.reports).toEqual([{ event: expect.any(String), created: true, article: "a1", sentence: "Sentence one" }]);
        const id = first.reports![0].event;
        // another article reports it a day later: merged; a new dyad: a new event
        const second = await store.putDocuments([
          doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18"), event("ASSAULT", ["RUS"], ["UKR"], "2025-01-18")] }),
        ]);
        expect(second.reports!.map((r) => [r.event === id, r.created, r.article])).toEqual([
          [true, false, "a2"],
          [false, true, "a2"],
        ]);
        const again = await store.putDocuments([doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] })]);
        expect(again.reports).toEqual([]);
      });

      it("lists only the events asked for by id, with the other filters", async () => {
        const r = await store.putDocuments([
          doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17"), event("ASSAULT", ["RUS"], ["UKR"], "2025-01-10"), event("CONSULT", ["IRN", "RUS"], [], "2025-01-12")] }),
        ]);
        const [agree, assault, consult] = r.reports!.map((x) => x.event);
        expect((await store.queryEvents({ ids: [agree, consult] })).map((e) => e.type)).toEqual(["CONSULT", "AGREE"]);
        expect((await store.queryEvents({ ids: [agree, assault], actor: "RUS", target: "IRN" })).map((e) => e.type)).toEqual(["AGREE"]);
        expect((await store.queryEvents({ ids: [consult], actor: "IRN", target: "RUS" })).map((e) => e.type)).toEqual(["CONSULT"]);
        expect(await store.queryEvents({ ids: [] })).toEqual([]);
        expect(await store.queryEvents({ ids: ["999999"] })).toEqual([]);
        expect(await store.countEvents({ ids: [agree, assault] })).toBe(2);
      });
    });
  });
}
