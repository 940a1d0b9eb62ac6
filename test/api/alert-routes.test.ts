// GET /api/alerts, GET /api/alerts.atom, and rules firing on POST /api/ingest (the real engine).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAtomFeed } from "feedsmith";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/build-app.js";
import { parseRule } from "../../src/alerts/rule.js";
import type { NewAlert } from "../../src/model/alerts.js";
import type { AlertStore } from "../../src/store/alert-store.js";
import { openAlertStore } from "../../src/store/open-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { testEngine } from "../helpers.js";

const TREATY = readFileSync(new URL("../../examples/russia-iran-treaty.txt", import.meta.url), "utf8");
let dir: string;
let store: Store;
let alerts: AlertStore;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-alert-api-"));
  const db = join(dir, "api.db");
  store = openSqliteStore(db);
  await store.migrate();
  alerts = openAlertStore(db);
  app = await buildApp({ store, engine: testEngine(), alerts });
});
afterAll(async () => {
  await app.close();
  await alerts.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const alert = (rule: string, key: string, created: string, extra: Partial<NewAlert> = {}): NewAlert => ({
  rule,
  ruleName: "hand",
  kind: "event",
  key,
  title: `THREATEN A → B (${key}) <&>`,
  events: [{ id: key, type: "THREATEN", cameo: null, status: "occurred", date: "2024-01-01", source: ["A"], target: ["B"], stories: 1 }],
  sentence: "A threatened B \u0001 with \"things\" & more.",
  article: "hand.txt",
  url: null,
  score: null,
  created,
  ...extra,
});

describe("POST /api/ingest fires the store's rules", () => {
  it("a rule for AGREE RUS-IRN fires once on the treaty article; posting it again fires nothing", async () => {
    await alerts.addRule(parseRule({ name: "treaty", pair: ["RUS", "IRN"], types: ["AGREE"] }), "2025-01-17T09:00:00.000Z");
    const post = () => app.inject({ method: "POST", url: "/api/ingest", payload: { articles: [{ id: "treaty.txt", text: TREATY, published: "2025-01-17" }] } });
    expect((await post()).json()).toMatchObject({ stored: 1 });
    const r = await app.inject({ method: "GET", url: "/api/alerts?rule=treaty" });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ limit: 100, offset: 0, total: 1 });
    expect(body.items[0]).toMatchObject({
      ruleName: "treaty",
      title: "AGREE IRN, RUS (planned), 2025-01-17",
      article: "treaty.txt",
      sentence: expect.stringMatching(/^On Friday, Russian President Vladimir Putin .* to sign a partnership treaty\.$/),
      link: expect.stringMatching(/^\/#\/article\/treaty\.txt\?eid=\d+$/),
    });
    expect((await post()).json()).toMatchObject({ stored: 0, duplicates: 1 });
    expect((await app.inject({ method: "GET", url: "/api/alerts?rule=treaty&limit=0" })).json()).toMatchObject({ total: 1 });
  });
});

describe("GET /api/alerts", () => {
  it("pages and filters, newest first, with totals; refuses a bad filter in the one error shape", async () => {
    await alerts.putAlerts([alert("r-hand", "h1", "2024-01-01T00:00:00.000Z"), alert("r-hand", "h2", "2024-01-02T00:00:00.000Z"), alert("r-hand", "h3", "2024-01-03T00:00:00.000Z", { kind: "score" })]);
    const page = (await app.inject({ method: "GET", url: "/api/alerts?rule=hand&limit=2&offset=1" })).json();
    expect(page.items.map((a: { key: string }) => a.key)).toEqual(["h2", "h1"]);
    expect(page.total).toBe(3);
    expect((await app.inject({ method: "GET", url: "/api/alerts?kind=score" })).json().items.map((a: { key: string }) => a.key)).toEqual(["h3"]);
    expect((await app.inject({ method: "GET", url: "/api/alerts?rule=hand&until=2024-01-02" })).json().total).toBe(2);
    expect((await app.inject({ method: "GET", url: "/api/alerts?unseen=true&rule=hand" })).json().total).toBe(3);
    const bad = await app.inject({ method: "GET", url: "/api/alerts?since=last+week" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "E_BAD_REQUEST", error: expect.stringMatching(/query\.since/) });
  });

  it("is described in the OpenAPI document, the Atom feed as Atom", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/alerts"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["rule", "kind", "since", "until", "unseen", "limit", "offset"]);
    expect(Object.keys(doc.paths["/api/alerts.atom"].get.responses["200"].content)).toEqual(["application/atom+xml"]);
  });
});

describe("GET /api/alerts.atom", () => {
  it("is an Atom feed feedsmith reads back: one entry per alert, newest first, linking to its event in its article", async () => {
    const r = await app.inject({ method: "GET", url: "/api/alerts.atom" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(r.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    // XML 1.0 has no place for C0 controls: they are dropped
    expect(r.body).not.toMatch(/\u0001/);
    const feed = parseAtomFeed(r.body);
    expect(feed.id).toBe("urn:dyad:alerts");
    expect(feed.title).toMatchObject({ value: "dyad alerts" });
    expect(feed.entries!.map((e) => (e.title as { value: string }).value)).toEqual([
      "treaty: AGREE IRN, RUS (planned), 2025-01-17",
      "hand: THREATEN A → B (h3) <&>",
      "hand: THREATEN A → B (h2) <&>",
      "hand: THREATEN A → B (h1) <&>",
    ]);
    const treaty = feed.entries![0];
    expect(treaty.id).toMatch(/^urn:dyad:alert:[0-9a-f]{20}$/);
    expect(treaty.links).toEqual([{ href: expect.stringMatching(/^\/#\/article\/treaty\.txt\?eid=\d+$/), rel: "alternate", type: "text/html" }]);
    expect((treaty.summary as { value: string }).value).toMatch(/^“On Friday, Russian President Vladimir Putin/);
    expect(treaty.categories!.map((c) => c.term)).toEqual(["treaty", "AGREE"]);
    expect(new Date(feed.updated as string).toISOString()).toBe(new Date(treaty.updated as string).toISOString());
    expect(parseAtomFeed((await app.inject({ method: "GET", url: "/api/alerts.atom?rule=hand&limit=1" })).body).entries!.length).toBe(1);
    // what RFC 4287 requires of a feed and of each entry (4.1.1, 4.1.2)
    expect(feed.authors?.[0]?.name).toBe("dyad");
    expect(feed.updated).toBeTruthy();
    for (const e of feed.entries!) {
      expect(e.id).toMatch(/^urn:dyad:alert:/);
      expect((e.title as { value: string }).value).toBeTruthy();
      expect(e.updated).toBeTruthy();
      expect((e.content as { value: string }).value).toBeTruthy();
    }
  });

  it("a server without an alert store answers 404 in the one shape", async () => {
    const bare = await buildApp({ store });
    try {
      const r = await bare.inject({ method: "GET", url: "/api/alerts" });
      expect(r.statusCode).toBe(404);
      expect(r.json()).toMatchObject({ code: "E_NOT_FOUND" });
    } finally {
      await bare.close();
    }
  });
});

// last: it adds alerts that the lists above do not expect
describe("POST /api/ingest through the writer thread (as dyad serve writes)", () => {
  it("the write's reports come back from the thread, and the rule fires", async () => {
    const threaded = await buildApp({ store, engine: testEngine(), alerts, storeSpec: join(dir, "api.db") });
    try {
      await alerts.addRule(parseRule({ name: "trade", pair: ["IRN", "RUS"], types: ["AGREE", "COOPERATE"] }), "2025-01-17T09:00:00.000Z");
      const text = "Iran and Russia signed a trade agreement in Tehran on Monday, the two governments said.";
      const r = await threaded.inject({ method: "POST", url: "/api/ingest", payload: { articles: [{ id: "trade.txt", text, published: "2025-03-05" }] } });
      expect(r.json()).toMatchObject({ stored: 1 });
      const fired = (await threaded.inject({ method: "GET", url: "/api/alerts?rule=trade" })).json();
      expect(fired.total).toBe(1);
      expect(fired.items[0]).toMatchObject({ article: "trade.txt", sentence: text });
    } finally {
      await threaded.close();
    }
  });
});
