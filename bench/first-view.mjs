// Benchmark: where the first view's time goes. Fills a temporary SQLite store from the demo sample,
// serves it with the built UI (buildApp, as `dyad serve`), loads `/#/graph` N times in fresh
// contexts of Debian's chromium and prints, per load, the UI's performance marks, each request's
// start and end (resource timing) and the ready mark, the figure the browser test holds under 1 s.
// Run after the build: `npm run build && node bench/first-view.mjs [--runs N] [--trace FILE]`.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    hash: { type: "string", default: "#/graph" },
    trace: { type: "string" },
  },
});
if (!existsSync(join(repo, "dist", "api", "build-app.js")) || !existsSync(join(repo, "dist", "ui", "index.html"))) {
  console.error("bench: run `npm run build` first");
  process.exit(2);
}
// Debian's chromium, as the browser tests use (apt-get install chromium)
if (!existsSync("/usr/bin/chromium")) {
  console.error("bench: needs Debian's chromium, and /usr/bin/chromium is missing: apt-get install chromium");
  process.exit(2);
}
const { buildApp } = await import(join(repo, "dist", "api", "build-app.js"));
const { demoSample } = await import(join(repo, "dist", "cli", "demo-command.js"));
const { readSources } = await import(join(repo, "dist", "sources", "read-sources.js"));
const { ingest } = await import(join(repo, "dist", "store", "ingest.js"));
const { openSqliteStore } = await import(join(repo, "dist", "store", "sqlite", "sqlite-store.js"));
const { createEngine } = await import(join(repo, "dist", "engine.js"));

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-view-"));
const store = openSqliteStore(join(dir, "view.db"));
await store.migrate();
const engine = createEngine();
await ingest(readSources([demoSample()]), { store, extract: (a) => engine.extract(a) });
const app = await buildApp({ store, uiDir: join(repo, "dist", "ui"), loopbackHostsOnly: true });
const base = await app.listen({ host: "127.0.0.1", port: 0 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"] });
const ready = [];
try {
  for (let i = 0; i < Number(args.runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const tracing = args.trace && i === Number(args.runs) - 1;
    if (tracing) await browser.startTracing(page, { path: args.trace, screenshots: false, categories: ["devtools.timeline", "v8.execute", "blink.user_timing", "disabled-by-default-devtools.timeline", "gpu"] });
    await page.goto(`${base}/${args.hash}`);
    await page.waitForSelector("body[data-ready]", { timeout: 20_000 });
    if (tracing) await browser.stopTracing();
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
        resources: performance.getEntriesByType("resource").map((r) => ({ name: r.name.replace(/^https?:\/\/[^/]+\//, ""), start: r.startTime, end: r.responseEnd, size: r.transferSize })),
        marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime })),
        paint: performance.getEntriesByType("paint").map((m) => ({ name: m.name, at: m.startTime })),
      };
    });
    const f = (x) => String(Math.round(x)).padStart(5);
    console.log(`\nload ${i + 1}: html ${f(t.nav.responseEnd)} · domInteractive ${f(t.nav.domInteractive)} · DOMContentLoaded ${f(t.nav.domContentLoaded)}`);
    for (const r of t.resources) console.log(`  ${f(r.start)} → ${f(r.end)}  ${r.name}`);
    for (const m of [...t.paint, ...t.marks].sort((a, b) => a.at - b.at)) console.log(`  ${f(m.at)}  ${m.name}`);
    const r = t.marks.find((m) => m.name.startsWith("dyad:ready:"));
    ready.push(r ? r.at : Infinity);
    await context.close();
  }
  console.log(`\nready: ${ready.map((x) => `${Math.round(x)} ms`).join(", ")} (best ${Math.round(Math.min(...ready))} ms)`);
} finally {
  await browser.close();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
