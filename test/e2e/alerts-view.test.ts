// The Alerts view in chromium (as ui.test.ts, kept apart so that the two merge cleanly): a store
// with a rule for AGREE RUS-IRN fired by POST /api/ingest of the treaty article, then the view
// lists the alert newest first, and its link opens the event in its article, selected.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/build-app.js";
import { parseRule } from "../../src/alerts/rule.js";
import type { AlertStore } from "../../src/store/alert-store.js";
import { openAlertStore } from "../../src/store/open-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { testEngine } from "../helpers.js";
import { ensureUiBuilt, ROOT, UI_DIR } from "./_ui-build.js";

const CHROMIUM = "/usr/bin/chromium";
const REQUIRED = process.env.DYAD_REQUIRE_BROWSER === "1";
const HAVE_BROWSER = existsSync(CHROMIUM);
const SHOTS = join(ROOT, "test", "e2e", "screenshots");
const TREATY = readFileSync(new URL("../../examples/russia-iran-treaty.txt", import.meta.url), "utf8");

describe.skipIf(!HAVE_BROWSER && !REQUIRED)("the Alerts view in chromium", () => {
  let dir: string;
  let store: Store;
  let alerts: AlertStore;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`DYAD_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    ensureUiBuilt();
    dir = mkdtempSync(join(tmpdir(), "dyad-e2e-alerts-"));
    const db = join(dir, "alerts.db");
    store = openSqliteStore(db);
    await store.migrate();
    alerts = openAlertStore(db);
    await alerts.addRule(parseRule({ name: "treaty", pair: ["RUS", "IRN"], types: ["AGREE"] }), "2025-01-17T09:00:00.000Z");
    await alerts.addRule(parseRule({ name: "kremlin", actor: "RUS" }), "2025-01-17T09:00:00.000Z");
    app = await buildApp({ store, alerts, engine: testEngine(), uiDir: UI_DIR, loopbackHostsOnly: true });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    const posted = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles: [{ id: "treaty.txt", text: TREATY, published: "2025-01-17", title: "Treaty <b>signed</b>" }] }) });
    expect(posted.status).toBe(200);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await alerts?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ready = (view: string) => page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 20_000 });

  it("lists the alerts newest first, filters them by rule, and opens an alert's event in its article", async () => {
    await page.goto(`${base}/#/alerts`);
    await ready("alerts");
    expect(await page.locator("#nav a.active").innerText()).toBe("Alerts");
    const api = (await (await fetch(`${base}/api/alerts?limit=500`)).json()) as { total: number; items: { id: string; ruleName: string }[] };
    expect(api.total).toBeGreaterThan(1);
    expect(await page.locator("[data-testid=alert-list] li.alert").evaluateAll((els) => els.map((e) => e.getAttribute("data-alert")))).toEqual(api.items.map((a) => a.id));
    expect(await page.locator("[data-testid=alert-count]").innerText()).toBe(`Alerts 1–${api.total} of ${api.total}`);
    await page.screenshot({ path: join(SHOTS, "alerts.png") });

    await page.locator("[data-testid=alert-form] input[name=rule]").fill("treaty");
    await page.locator("[data-testid=alert-form] button[type=submit]").click();
    await expect.poll(() => page.url()).toMatch(/#\/alerts\?rule=treaty$/);
    await ready("alerts");
    const item = page.locator("[data-testid=alert-list] li.alert");
    expect(await item.count()).toBe(1);
    expect(await item.locator(".alert-title").innerText()).toBe("AGREE IRN, RUS (planned), 2025-01-17");
    expect(await item.locator("blockquote").innerText()).toMatch(/^On Friday, Russian President Vladimir Putin/);

    await item.locator("a.alert-title").click();
    await ready("article");
    expect(page.url()).toMatch(/#\/article\/treaty\.txt\?eid=\d+/);
    // the event is selected: its trigger marked in the text, and why it exists beside it
    await expect.poll(() => page.locator("[data-testid=why]").innerText()).toMatch(/AGREE/);
    expect(await page.locator(".article-text .trigger.selected").count()).toBeGreaterThan(0);
    expect(await page.locator(".article-text .trigger.selected").first().innerText()).toMatch(/sign/);
  });

  it("met no console error or failed request on the way", () => {
    expect(problems).toEqual([]);
  });
});
