// Issue 16, item 4, end to end: a feed served on 127.0.0.1, `dyad watch --once` with a rule for
// AGREE RUS-IRN and a webhook on a loopback receiver; the stored alert, the signed request, the
// Atom feed (parsed with feedsmith), and a second round that fires nothing new, though it brings
// another report of the same signing (merged into the known event).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseAtomFeed } from "feedsmith";
import { buildApp } from "../../src/api/build-app.js";
import { runWatch } from "../../src/cli/watch-command.js";
import { openAlertStore, openStore } from "../../src/store/open-store.js";
import { ARTICLE_HTML, rss, startServer, type TestServer } from "../sources/_http-server.js";
import { cli, memoryIO, tempDir } from "./_memory-io.js";

const SECRET = "test-webhook-secret";
const COPY_HTML = `<!doctype html><html><head><title>Moscow treaty</title><meta property="article:published_time" content="2025-01-17T12:00:00Z"></head>
<body><article><h1>Moscow treaty</h1><p>MOSCOW - Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a strategic partnership treaty in Moscow on Friday, the Kremlin said in a statement.</p>
<p>The two leaders also discussed gas supplies and a transport corridor.</p></article></body></html>`;

let tmp: Awaited<ReturnType<typeof tempDir>>;
let feed: TestServer;
let round = 1;
let hook: Server;
let hookUrl: string;
const hits: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

beforeAll(async () => {
  tmp = await tempDir();
  feed = await startServer({
    "/feed.xml": (_req, res) => {
      const items = [{ title: "Treaty signed", link: `${feed.origin}/treaty` }];
      if (round > 1) items.push({ title: "Moscow treaty", link: `${feed.origin}/copy` });
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rss(items));
    },
    "/treaty": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(ARTICLE_HTML);
    },
    "/copy": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(COPY_HTML);
    },
  });
  hook = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      hits.push({ headers: req.headers, body: Buffer.concat(parts).toString("utf8") });
      res.writeHead(204);
      res.end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/dyad-hook`;
});
afterAll(async () => {
  await feed.close();
  hook.closeAllConnections();
  await new Promise<void>((r) => hook.close(() => r()));
  await tmp.remove();
});

describe("dyad watch --once with a rule for AGREE RUS-IRN", () => {
  it("fires one alert: stored, POSTed signed to the webhook, listed in the Atom feed; a second round fires nothing new", async () => {
    const db = join(tmp.dir, "watch.db");
    const add = await cli(["alerts", "add", "treaty", "--pair", "RUS", "IRN", "--type", "AGREE", "--webhook", hookUrl, "--allow-private", "--db", db]);
    expect(add.code).toBe(0);

    const watch = async () => {
      const m = memoryIO();
      const code = await runWatch([`${feed.origin}/feed.xml`], { db, once: true, allowPrivate: true }, m.io, { env: { DYAD_WEBHOOK_SECRET: SECRET } });
      return { code, stdout: m.stdout(), stderr: m.stderr() };
    };
    const first = await watch();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1 item, 1 new/);
    expect(first.stderr).toMatch(/dyad watch: alert treaty: AGREE .*RUS.*2025-01-17/);

    // the stored alert: its rule, event, sentence and article
    const alerts = openAlertStore(db);
    const stored = await alerts.listAlerts();
    await alerts.close();
    expect(stored).toHaveLength(1);
    const [alert] = stored;
    expect(alert).toMatchObject({ ruleName: "treaty", kind: "event", url: `${feed.origin}/treaty`, seen: null });
    expect(alert.events).toEqual([expect.objectContaining({ type: "AGREE", date: "2025-01-17" })]);
    expect([...alert.events[0].source, ...alert.events[0].target].sort()).toEqual(["IRN", "RUS"]);
    expect(alert.sentence).toMatch(/Putin and Iranian President Masoud Pezeshkian signed a comprehensive strategic partnership treaty/);

    // the webhook got it once (runWatch waits for its deliveries before it returns), signed
    expect(hits).toHaveLength(1);
    expect(hits[0].headers["x-dyad-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(Buffer.from(hits[0].body, "utf8")).digest("hex")}`);
    expect(JSON.parse(hits[0].body)).toMatchObject({ schema: "dyad.alert/1", id: alert.id, ruleName: "treaty", sentence: alert.sentence });

    // the Atom feed of dyad serve
    const store = openStore(db);
    const feedAlerts = openAlertStore(db);
    const app = await buildApp({ store, alerts: feedAlerts });
    try {
      const atom = await app.inject({ method: "GET", url: "/api/alerts.atom" });
      expect(atom.headers["content-type"]).toMatch(/^application\/atom\+xml/);
      const parsed = parseAtomFeed(atom.body);
      expect(parsed.entries).toHaveLength(1);
      expect(parsed.entries![0].id).toBe(`urn:dyad:alert:${alert.id}`);
      expect((parsed.entries![0].title as { value: string }).value).toBe(`treaty: ${alert.title}`);
    } finally {
      await app.close();
      await feedAlerts.close();
      await store.close();
    }

    // a second round: the first item again (stored: skipped) and another report of the same signing
    round = 2;
    const second = await watch();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/2 items, 1 new, 1 already stored/);
    expect(second.stderr).not.toMatch(/alert/);
    const after = openAlertStore(db);
    expect(await after.countAlerts()).toBe(1);
    await after.close();
    expect(hits).toHaveLength(1);
    // the second report did merge into the event the alert names
    const check = openStore(db);
    expect((await check.queryEvents({ ids: [alert.events[0].id] }))[0].sourceCount).toBe(2);
    await check.close();
  });
});
