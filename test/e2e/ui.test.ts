// The web UI in a real browser (Debian's chromium driven by playwright-core) against the real API
// (buildApp) over a temporary SQLite store filled by the engine from the demo sample and one hostile
// article. Every view opens with data, graph → actor → article works by clicks, quotes are searched,
// markup in article text stays text, and no console error or failed request happens on the way.
// Screenshots of each view are left in test/e2e/screenshots/ to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/build-app.js";
import { demoSample } from "../../src/cli/demo-command.js";
import { readSources } from "../../src/sources/read-sources.js";
import { ingest } from "../../src/store/ingest.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { testEngine } from "../helpers.js";
import { ensureUiBuilt, ROOT, UI_DIR } from "./_ui-build.js";

const CHROMIUM = "/usr/bin/chromium";
const REQUIRED = process.env.DYAD_REQUIRE_BROWSER === "1";
const HAVE_BROWSER = existsSync(CHROMIUM);
const SHOTS = join(ROOT, "test", "e2e", "screenshots");
/** the first usable view (the graph drawn) must come within this on loopback; DYAD_FIRST_VIEW_MS
 * loosens it on a machine that other work keeps busy (the timing is then printed all the same) */
const FIRST_VIEW_MS = Number(process.env.DYAD_FIRST_VIEW_MS) || 1000;

const XSS_ID = "e2e-hostile";
const XSS_TEXT =
  "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would expand cooperation with Iran. " +
  '"We will not be lectured," Lavrov told reporters in Tehran. ' +
  'The statement was reposted as <script>window.__pwned = "script"</script> and <img src=x onerror="window.__pwned = \'img\'"> on a forum.';

if (!HAVE_BROWSER && !REQUIRED) {
  console.warn(`test/e2e: skipped — ${CHROMIUM} is missing (apt-get install -y chromium); DYAD_REQUIRE_BROWSER=1 makes this a failure`);
}

describe.skipIf(!HAVE_BROWSER && !REQUIRED)("the web UI in chromium", () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`DYAD_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
    ensureUiBuilt();
    dir = mkdtempSync(join(tmpdir(), "dyad-e2e-"));
    store = openSqliteStore(join(dir, "e2e.db"));
    await store.migrate();
    const engine = testEngine();
    const summary = await ingest(readSources([demoSample()]), { store, extract: (a) => engine.extract(a) });
    expect(summary.stored).toBeGreaterThan(30);
    const hostile = { id: XSS_ID, text: XSS_TEXT, published: "2025-02-03", outlet: "Test Wire", title: "<b>Lavrov</b> in Tehran <script>window.__pwned='title'</script>", url: "javascript:window.__pwned='url'" };
    await store.putDocuments([{ article: hostile, record: engine.extract(hostile) }]);
    app = await buildApp({ store, uiDir: UI_DIR, loopbackHostsOnly: true });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // root needs --no-sandbox; sigma draws with WebGL, which headless chromium gets from SwiftShader
      args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ready = (view: string) => page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 20_000 });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  async function open(hash: string, view: string): Promise<void> {
    await page.goto(`${base}/${hash}`);
    await ready(view);
  }

  it("draws the graph, the first view, within a second", async () => {
    // three cold loads (each in a new context, so no HTTP cache) on the running browser; the first
    // also starts the browser's GPU process: the best of them must draw the graph in time
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const p = await fresh.newPage();
      const errors: string[] = [];
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(`${base}/#/graph`);
      await p.waitForSelector('body[data-ready="graph"]', { timeout: 20_000 });
      times.push(await p.evaluate(() => performance.getEntriesByName("dyad:ready:graph")[0]?.startTime ?? Infinity));
      // ready means drawn: the nodes are on a canvas (the first-frame sketch, or sigma's)
      expect(await p.locator("[data-testid=graph] canvas").count()).toBeGreaterThan(0);
      await fresh.close();
      expect(errors).toEqual([]);
    }
    console.log(`test/e2e: first view (graph drawn) after navigation start: ${times.map((t) => `${Math.round(t)} ms`).join(", ")}`);
    expect(Math.min(...times)).toBeLessThan(FIRST_VIEW_MS);
  });

  it("opens an actor from the first frame, before sigma has loaded", async () => {
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const p = await fresh.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    // sigma's code is held back until the click is done: the sketch alone must take it
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let held = 0;
    await p.route(/graph-sigma-[^/]*\.js$/, async (route) => {
      held++;
      await released;
      await route.continue();
    });
    await p.goto(`${base}/#/graph`);
    await p.waitForSelector('body[data-ready="graph"]', { timeout: 20_000 });
    expect(await p.locator("[data-testid=graph] canvas.graph-sketch").count()).toBe(1);
    expect(await p.locator("[data-testid=graph]").getAttribute("data-layout")).toBeNull();
    const target = await p.evaluate(() => {
      const stage = document.querySelector("[data-testid=graph]") as HTMLElement & { sketch?: { positions: Map<string, { x: number; y: number }>; nodeAt(x: number, y: number): string | null } };
      const box = stage.getBoundingClientRect();
      // a node that no other node covers
      for (const [id, pos] of stage.sketch!.positions) if (stage.sketch!.nodeAt(pos.x, pos.y) === id) return { id, x: box.left + pos.x, y: box.top + pos.y };
      return null;
    });
    expect(target).not.toBeNull();
    await p.mouse.click(target!.x, target!.y);
    await p.waitForSelector('body[data-ready="actor"]', { timeout: 20_000 });
    expect(p.url()).toContain(`#/actor/${encodeURIComponent(target!.id)}`);
    expect(held).toBe(1);
    release();
    await fresh.close();
    expect(errors).toEqual([]);
  });

  it("goes graph → actor → article by clicks", async () => {
    await open("#/graph", "graph");
    expect(await page.locator("[data-testid=graph] canvas").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".toolbar").innerText()).toMatch(/\d+ actors · \d+ relations/);
    await page.waitForSelector('[data-testid=graph][data-layout="done"]');
    await shot("graph");
    // the first frame (a 2D sketch drawn before sigma loads) put every node where sigma draws it
    const offsets = await page.evaluate(() => {
      const stage = document.querySelector("[data-testid=graph]") as HTMLElement & { sigma?: any; sketch?: { positions: Map<string, { x: number; y: number }> } };
      const graph = stage.sigma.getGraph();
      const out: number[] = [];
      graph.forEachNode((n: string, a: { x: number; y: number }) => {
        const s = stage.sketch?.positions.get(n);
        const p = stage.sigma.graphToViewport(a);
        out.push(s ? Math.hypot(s.x - p.x, s.y - p.y) : Infinity);
      });
      return out;
    });
    expect(offsets.length).toBeGreaterThan(10);
    expect(Math.max(...offsets)).toBeLessThan(1);
    // the node with the most events, found on the canvas through sigma's own coordinates
    const target = await page.evaluate(() => {
      const stage = document.querySelector("[data-testid=graph]") as HTMLElement & { sigma?: any };
      const sigma = stage.sigma;
      const graph = sigma.getGraph();
      let best: string | null = null;
      graph.forEachNode((n: string, a: { size: number }) => {
        if (!best || a.size > graph.getNodeAttribute(best, "size")) best = n;
      });
      const pos = sigma.graphToViewport(graph.getNodeAttributes(best));
      const box = stage.getBoundingClientRect();
      return { id: best as unknown as string, x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.mouse.click(target.x, target.y);
    await ready("actor");
    expect(page.url()).toContain(`#/actor/${encodeURIComponent(target.id)}`);
    await expect.poll(() => page.locator("[data-testid=actor-name]").innerText()).not.toBe("");
    expect(await page.locator("[data-testid=partners] tbody tr").count()).toBeGreaterThan(0);
    // its events newest first (undated last), with how many there are in all
    const dates = await page.locator("[data-testid=actor-events] li.event .date").allInnerTexts();
    expect(dates.length).toBeGreaterThan(1);
    const dated = dates.filter((d) => d !== "undated");
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === "undated")).toBe(true);
    // the events it acts in or is acted on by (a person's own, a state's with its people's)
    const profile = (await (await fetch(`${base}/api/actors/${encodeURIComponent(target.id)}`)).json()) as { key: string };
    const total = (await (await fetch(`${base}/api/events?party=${encodeURIComponent(profile.key)}&limit=1`)).json()) as { total: number };
    expect(await page.locator("[data-testid=actor-event-count]").innerText()).toContain(total.total.toLocaleString("en-US"));
    await shot("actor");
    await page.locator("li.event a", { hasText: "article" }).first().click();
    await ready("article");
    expect(await page.locator(".article-text .mention").count()).toBeGreaterThan(0);
    const trigger = page.locator(".article-text .trigger").first();
    await trigger.click();
    // the rule in plain words ("verb “meet”"), its id on hover
    await expect.poll(() => page.locator("[data-testid=why]").innerText()).toMatch(/rule\s+(PETRARCH-2 )?(verb|noun|statement|obligation|supplied arms)\b/);
    expect(await page.locator("[data-testid=why] [data-testid=rule]").getAttribute("title")).toMatch(/^events\//);
    expect(page.url()).toMatch(/[?&]event=\d+/);
    await shot("article");
  });

  it("shows the map with arcs between states", async () => {
    await open("#/map", "map");
    expect(await page.locator("svg.map path.country").count()).toBeGreaterThan(150);
    expect(await page.locator("svg.map path.country.active").count()).toBeGreaterThan(3);
    expect(await page.locator("svg.map path.arc").count()).toBeGreaterThan(3);
    // every arc stays inside the globe's outline
    const inside = await page.locator("svg.map").evaluate((svg) => {
      const sphere = (svg.querySelector("path.sphere") as SVGGraphicsElement).getBBox();
      return [...svg.querySelectorAll("path.arc")].every((a) => {
        const b = (a as SVGGraphicsElement).getBBox();
        return b.x >= sphere.x - 1 && b.y >= sphere.y - 1 && b.x + b.width <= sphere.x + sphere.width + 1 && b.y + b.height <= sphere.y + sphere.height + 1;
      });
    });
    expect(inside).toBe(true);
    // the visible arcs take no clicks (a thick one would hide the states under it); a thin line
    // along each opens the pair's events
    expect(await page.locator("svg.map path.arc").first().evaluate((a) => getComputedStyle(a).pointerEvents)).toBe("none");
    await shot("map");
    const link = page.locator("svg.map a.arc-link").last();
    const pair = (await link.locator("path.arc-hit").getAttribute("data-pair"))!.split("-");
    await link.dispatchEvent("click");
    await expect.poll(() => page.url()).toContain(`#/events?actor=${pair[0]}&target=${pair[1]}&either=1`);
  });

  it("charts a dyad with the events behind it", async () => {
    const graph = (await (await fetch(`${base}/api/graph`)).json()) as { nodes: { id: string; kind: string }[]; edges: { a: string; b: string; count: number }[] };
    const states = new Set(graph.nodes.filter((n) => n.kind === "country").map((n) => n.id));
    const top = graph.edges.filter((e) => states.has(e.a) && states.has(e.b)).sort((x, y) => y.count - x.count)[0];
    await open(`#/dyad?a=${top.a}&b=${top.b}`, "dyad");
    expect(await page.locator("[data-testid=dyad-chart] rect.bar").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=dyad-events] li.event").count()).toBeGreaterThan(0);
    // counts in words ("1 month", not "1 months"); the axis titles above the highest tick labels
    expect(await page.locator("main").innerText()).not.toMatch(/\b1 (months|events)\b/);
    const titleBottom = await page.locator("[data-testid=dyad-chart] text.axis-title").first().evaluate((el) => (el as SVGGraphicsElement).getBBox().y + (el as SVGGraphicsElement).getBBox().height);
    const tickTops = await page.locator("[data-testid=dyad-chart] text.axis:not(.axis-title)").evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBBox().y));
    expect(titleBottom).toBeLessThanOrEqual(Math.min(...tickTops));
    await shot("dyad");
  });

  it("takes names in the Dyad form and the URL, as codes (issue 15)", async () => {
    const api = async (path: string) => (await fetch(`${base}/api/${path}`)).json();
    const byCode = (await api("dyad/RUS/UKR")) as { periods: { total: number }[]; events: unknown[] };
    const total = byCode.periods.reduce((n, p) => n + p.total, 0);
    expect(total).toBeGreaterThan(0);
    await open("#/dyad", "dyad");
    await page.fill("[data-testid=dyad-form] input[name=a]", "Russia");
    await page.fill("[data-testid=dyad-form] input[name=b]", "ukrainian");
    await page.click("[data-testid=dyad-form] button[type=submit]");
    await page.waitForURL(/#\/dyad\?a=Russia&b=ukrainian/);
    await ready("dyad");
    await expect.poll(() => page.locator("[data-testid=dyad-title]").innerText()).toBe("Russia and Ukraine");
    expect(await page.locator("[data-testid=dyad-chart] rect.bar").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=dyad-events] li.event").count()).toBe(byCode.events.length);
    expect(await page.locator("#view .muted").first().innerText()).toContain(`${total} events`);
    await shot("dyad-names");
    // codes in lower case, as typed into a URL
    await open("#/dyad?a=rus&b=ukr", "dyad");
    await expect.poll(() => page.locator("[data-testid=dyad-title]").innerText()).toBe("Russia and Ukraine");
    expect(await page.locator("[data-testid=dyad-events] li.event").count()).toBe(byCode.events.length);
  });

  it("an unknown name in the Dyad form says so and offers the closest actors", async () => {
    const before = problems.length;
    await open("#/dyad?a=Rusia&b=Ukraine", "dyad");
    await expect.poll(() => page.locator("#view [role=alert]").innerText()).toContain('unknown actor: path.a "Rusia"');
    const offered = page.locator("[data-testid=actor-matches] a").first();
    expect(await offered.innerText()).toBe("Russia (country)");
    await shot("dyad-unknown");
    await offered.click();
    await page.waitForURL(/#\/dyad\?a=RUS&b=Ukraine/);
    await ready("dyad");
    await expect.poll(() => page.locator("[data-testid=dyad-title]").innerText()).toBe("Russia and Ukraine");
    // the one 400 the unknown name drew (and chromium's console line for it) is what this test asked for
    expect(problems.slice(before)).toEqual([expect.stringMatching(/^HTTP 400: .*\/api\/dyad\/Rusia\/Ukraine$/), expect.stringMatching(/^console error: .* 400 \(Bad Request\)$/)]);
    problems.splice(before);
  });

  it("a person's page tells the person's own story, not the state's", async () => {
    const api = async (path: string) => (await fetch(`${base}/api/${path}`)).json();
    const own = (await api("events?party=person:vladimir-putin&limit=500")) as { items: { id: string }[]; total: number };
    const russia = (await api("events?party=RUS&limit=1")) as { total: number };
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(russia.total);
    await open("#/actor/person:vladimir-putin", "actor");
    expect(await page.locator("[data-testid=actor-name]").innerText()).toBe("Vladimir Putin");
    expect(await page.locator("[data-testid=actor-event-count]").innerText()).toContain(own.total.toLocaleString("en-US"));
    expect(await page.locator("[data-testid=actor-events-scope]").innerText()).toBe("Events Vladimir Putin acts in or is acted on by.");
    // each listed event is one of his
    const listed = await page.locator("[data-testid=actor-events] li.event").count();
    expect(listed).toBe(Math.min(20, own.total));
    // each row names him behind his state's code, on the side he stands
    expect(await page.locator("[data-testid=actor-events] li.event").filter({ has: page.locator("a.behind", { hasText: "Vladimir Putin" }) }).count()).toBe(listed);
    await shot("actor-person");
    // a state's page takes its people's events too, and says so
    await open("#/actor/Russia", "actor");
    expect(await page.locator("[data-testid=actor-name]").innerText()).toBe("Russia");
    // its header says the code once (a state's id is its code)
    expect(await page.locator("#view p.muted").first().innerText()).toMatch(/^country · code RUS · [\d,]+ articles?$/);
    expect(await page.locator("[data-testid=actor-event-count]").innerText()).toContain(russia.total.toLocaleString("en-US"));
    expect(await page.locator("[data-testid=actor-events-scope]").innerText()).toContain("or its people and agencies");
    // past the page's latest 20, every one in the Events view (either side), the same count
    await page.locator("[data-testid=actor-all-events]").click();
    await ready("events");
    expect(page.url()).toContain("#/events?party=RUS");
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toContain(`of ${russia.total.toLocaleString("en-US")}, newest first`);
  });

  it("the Quotes speaker box: choosing a person searches that person's quotes, not the state's", async () => {
    await open("#/quotes", "quotes");
    const box = page.locator("[data-testid=quote-form] input[name=speaker]");
    await box.fill("Putin");
    await expect.poll(() => page.locator("#actors-speaker option").evaluateAll((os) => os.map((o) => `${(o as HTMLOptionElement).value} ${o.textContent}`))).toContain("person:vladimir-putin Vladimir Putin (person)");
    // what choosing the suggestion does: the field takes the option's value
    await box.fill("person:vladimir-putin");
    await page.click("[data-testid=quote-form] button[type=submit]");
    await page.waitForURL(/#\/quotes\?speaker=person%3Avladimir-putin/);
    await ready("quotes");
    const his = (await (await fetch(`${base}/api/quotes?speaker=person:vladimir-putin&limit=1`)).json()) as { total: number };
    expect(his.total).toBeGreaterThan(0);
    await expect.poll(() => page.locator("[data-testid=quote-count]").innerText()).toMatch(new RegExp(`of ${his.total}, newest first · download all CSV JSON$`));
    const speakers = await page.locator("li.quote .muted a.actor").allInnerTexts();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Vladimir Putin"]));
    // a name typed whole gives the same
    await open("#/quotes?speaker=Vladimir%20Putin", "quotes");
    await expect.poll(() => page.locator("[data-testid=quote-count]").innerText()).toMatch(new RegExp(`of ${his.total}, newest first · download all CSV JSON$`));
  });

  it("lists events with filters, pages and downloads; an event opens chosen in its article", async () => {
    await open("#/events", "events");
    const all = (await (await fetch(`${base}/api/events?limit=1`)).json()) as { total: number };
    expect(await page.locator("[data-testid=event-count]").innerText()).toContain(`of ${all.total.toLocaleString("en-US")}, newest first`);
    const dates = (await page.locator("[data-testid=event-list] li.event .date").allInnerTexts()).filter((d) => d !== "undated");
    expect(dates).toEqual([...dates].sort().reverse());
    // a filter from the form: the URL holds it, every row has it, the download has every row
    await page.selectOption("[data-testid=event-form] select[name=type]", "ASSAULT");
    await page.click("[data-testid=event-form] button[type=submit]");
    await expect.poll(() => page.url()).toContain("type=ASSAULT");
    await expect.poll(async () => new Set(await page.locator("[data-testid=event-list] li.event .type").allInnerTexts())).toEqual(new Set(["ASSAULT"]));
    const types = await page.locator("[data-testid=event-list] li.event .type").allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["ASSAULT"]));
    const csvHref = (await page.locator("[data-testid=event-count] a", { hasText: "CSV" }).getAttribute("href"))!;
    expect(csvHref).toBe("api/events.csv?type=ASSAULT");
    const csv = await (await fetch(`${base}/${csvHref}`)).text();
    const assaults = (await (await fetch(`${base}/api/events?type=ASSAULT&limit=1`)).json()) as { total: number };
    expect(csv.split("\r\n").filter((l) => /^\d+,/.test(l)).length).toBe(assaults.total);
    // the download's rows are the view's rows, in its order (its first page)
    const shownIds = await page.locator("[data-testid=event-list] li.event a", { hasText: "article" }).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.match(/eid=(\d+)/)![1]));
    const csvIds = csv.split("\r\n").filter((l) => /^\d+,/.test(l)).map((l) => l.split(",")[0]);
    expect(csvIds.slice(0, shownIds.length)).toEqual(shownIds);
    await shot("events");
    // words of the sentence and the outlet, from the URL (a word and the outlet of one event's
    // report): every row holds the word; the count is the API's
    const one = ((await (await fetch(`${base}/api/events?type=ASSAULT&limit=1`)).json()) as { items: { firstReport: { article: string; sentence: string } }[] }).items[0];
    const word = one.firstReport.sentence.match(/[A-Za-z]{5,}/)![0];
    const outletOf = ((await (await fetch(`${base}/api/articles/${encodeURIComponent(one.firstReport.article)}`)).json()) as { article: { outlet: string } }).article.outlet;
    await open(`#/events?words=${word}&outlet=${encodeURIComponent(outletOf)}`, "events");
    const sentences = await page.locator("[data-testid=event-list] li.event blockquote").allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.every((t) => t.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    const worded = (await (await fetch(`${base}/api/events?words=${word}&outlet=${encodeURIComponent(outletOf)}&limit=1`)).json()) as { total: number };
    expect(await page.locator("[data-testid=event-count]").innerText()).toContain(`of ${worded.total.toLocaleString("en-US")}, newest first`);
    await open("#/events?type=ASSAULT", "events");
    // the row's article link chooses that event in the article
    const first = page.locator("[data-testid=event-list] li.event").first();
    const trigger = (await first.locator(".muted.small").innerText()).match(/trigger “([^”]+)”/)![1];
    await first.locator("a", { hasText: "article" }).click();
    await ready("article");
    expect(page.url()).toMatch(/[?&]eid=\d+/);
    await expect.poll(() => page.locator("[data-testid=why]").innerText()).toContain(`“${trigger}”`);
  });

  it("a dyad's bar opens its events, and one of them its article with the event chosen", async () => {
    const graph = (await (await fetch(`${base}/api/graph`)).json()) as { nodes: { id: string; kind: string }[]; edges: { a: string; b: string; count: number }[] };
    const states = new Set(graph.nodes.filter((n) => n.kind === "country").map((n) => n.id));
    const top = graph.edges.filter((e) => states.has(e.a) && states.has(e.b)).sort((x, y) => y.count - x.count)[0];
    await open(`#/dyad?a=${top.a}&b=${top.b}`, "dyad");
    const bar = page.locator("[data-testid=dyad-chart] a.bar-link").first();
    const n = Number((await bar.locator("title").textContent())!.match(/: (\d+) ·/)![1]);
    await bar.dispatchEvent("click");
    await ready("events");
    expect(page.url()).toMatch(/#\/events\?.*either=1/);
    // the bar counts what is not denied or hypothetical, and so does the list it opens: as many
    expect(page.url()).toContain("status=occurred%2Congoing%2Cclaimed%2Cplanned");
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toMatch(new RegExp(`^Events 1–${n} of ${n}, newest first`));
    expect(await page.locator("[data-testid=event-list] li.event").count()).toBe(n);
    // and on to the article, with that event chosen
    const row = page.locator("[data-testid=event-list] li.event").first();
    const trigger = (await row.locator(".muted.small").innerText()).match(/trigger “([^”]+)”/)![1];
    await row.locator("a", { hasText: "article" }).click();
    await ready("article");
    expect(page.url()).toMatch(/[?&]eid=\d+/);
    await expect.poll(() => page.locator("[data-testid=why]").innerText()).toContain(`“${trigger}”`);
  });

  it("lists and searches articles, each opening in the article view", async () => {
    await open("#/articles", "articles");
    const stored = (await (await fetch(`${base}/api/stats`)).json()) as { articles: number };
    expect(await page.locator("[data-testid=article-count]").innerText()).toContain(`of ${stored.articles.toLocaleString("en-US")}`);
    await page.fill("[data-testid=article-form] input[name=q]", "treaty");
    await page.click("[data-testid=article-form] button[type=submit]");
    await expect.poll(() => page.url()).toContain("q=treaty");
    const hits = (await (await fetch(`${base}/api/articles?search=treaty&limit=1`)).json()) as { total: number };
    expect(hits.total).toBeGreaterThan(0);
    // the old list stays until the search's answer is drawn
    await expect.poll(() => page.locator("[data-testid=article-count]").innerText()).toContain(`of ${hits.total.toLocaleString("en-US")}, best match first`);
    await shot("articles");
    await page.locator("[data-testid=article-list] li a").first().click();
    await ready("article");
    expect(await page.locator(".article-text").innerText()).toMatch(/treat/i);
  });

  it("searches quotes from the form", async () => {
    await open("#/quotes", "quotes");
    const all = await page.locator("li.quote").count();
    expect(all).toBeGreaterThan(0);
    // the commonest long word of the stored quotes, typed into the search field and submitted
    const stored = (await (await fetch(`${base}/api/quotes?limit=200`)).json()) as { items: { text: string }[] };
    const freq = new Map<string, number>();
    for (const q of stored.items) for (const w of new Set(q.text.toLowerCase().match(/[a-z]{6,}/g) ?? [])) freq.set(w, (freq.get(w) ?? 0) + 1);
    const word = [...freq.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    expect(word).toBeTruthy();
    await page.fill("input[name=q]", word!);
    await page.click("[data-testid=quote-form] button[type=submit]");
    await page.waitForURL(new RegExp(`#/quotes\\?q=${word}`));
    await ready("quotes");
    // the old list stays until the search's answer is drawn: wait until every shown quote holds the word
    await page.waitForFunction(
      (stem) => {
        const shown = [...document.querySelectorAll("li.quote blockquote")];
        return shown.length > 0 && shown.every((b) => (b.textContent ?? "").toLowerCase().includes(stem));
      },
      word!.slice(0, 5),
      { timeout: 10_000 },
    );
    const hits = await page.locator("li.quote blockquote").allInnerTexts();
    // "Quotes 1–n of N": N is every match, n those shown
    expect(await page.locator("[data-testid=quote-count]").innerText()).toMatch(new RegExp(`^Quotes 1–${hits.length} of [\\d,]+, best match first · download all CSV JSON$`));
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.length).toBeLessThanOrEqual(all);
    // the search is stemmed: every hit holds the word's first letters
    for (const text of hits) expect(text.toLowerCase()).toContain(word!.slice(0, 5));
    await shot("quotes");
  });

  it("shows the blocs", async () => {
    await open("#/blocs", "blocs");
    expect(await page.locator("[data-testid=blocs] section.bloc").count()).toBeGreaterThan(0);
    // plain words; the method's name and the exact figure on hover
    const summary = page.locator("p.muted", { hasText: "modularity" }).first();
    expect(await summary.innerText()).not.toContain("Louvain");
    expect(await summary.getAttribute("title")).toContain("Louvain");
    expect(await page.locator("[data-testid=blocs]").innerText()).not.toMatch(/\(1 events\)/);
    await shot("blocs");
  });

  it("a bloc's cell opens exactly its events: the boxes show the filter, the count is the cell's", async () => {
    const blocs = (await (await fetch(`${base}/api/blocs`)).json()) as { blocs: { id: number; members: { code: string }[] }[]; cells: { a: number; b: number; events: number }[] };
    // the busiest cell across two blocs if there is one, else inside one
    const cell = [...blocs.cells].filter((c) => c.events > 0).sort((x, y) => Number(y.a !== y.b) - Number(x.a !== x.b) || y.events - x.events)[0];
    expect(cell).toBeDefined();
    await open("#/blocs", "blocs");
    const link = page.locator(`[data-testid=bloc-cell-${cell.a}-${cell.b}]`).first();
    expect(Number((await link.innerText()).replace(/,/g, ""))).toBe(cell.events);
    await link.click();
    await ready("events");
    const codes = (id: number) => blocs.blocs.find((b) => b.id === id)!.members.map((m) => m.code).join(",");
    expect(await page.inputValue("[data-testid=event-form] input[name=actor]")).toBe(codes(cell.a));
    expect(await page.inputValue("[data-testid=event-form] input[name=target]")).toBe(codes(cell.b));
    expect(await page.isChecked("[data-testid=event-form] input[name=either]")).toBe(true);
    expect(await page.locator("[data-testid=event-form] select[name=status] option:checked").innerText()).toBe("all but denied, hypothetical");
    const shown = Math.min(50, cell.events);
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toMatch(new RegExp(`^Events 1–${shown} of ${cell.events.toLocaleString("en-US")}, newest first`));
    // every row: a source of one bloc and a target of the other (or the reverse)
    const a = new Set(codes(cell.a).split(","));
    const b = new Set(codes(cell.b).split(","));
    const rows = (await (await fetch(`${base}/api/events?${new URL(page.url()).hash.split("?")[1]}&limit=500`)).json()) as { total: number; items: { source: string[]; target: string[] }[] };
    expect(rows.total).toBe(cell.events);
    const between = (s: string[], t: string[], x: Set<string>, y: Set<string>) => s.some((p) => x.has(p) && t.some((q) => q !== p && y.has(q)));
    for (const e of rows.items) {
      const t = e.target.length ? e.target : e.source;
      expect([e, between(e.source, t, a, b) || between(e.source, t, b, a)]).toEqual([e, true]);
    }
    // the form keeps the filter: submitting it again lists the same
    await page.click("[data-testid=event-form] button[type=submit]");
    await ready("events");
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toContain(`of ${cell.events.toLocaleString("en-US")}, newest first`);
    await shot("events-bloc-cell");
    // a bloc's "across" count opens its events too, as many
    const across = blocs.blocs.map((b) => ({ id: b.id, n: (b as unknown as { externalEvents: number }).externalEvents })).find((b) => b.n > 0)!;
    await open("#/blocs", "blocs");
    await page.locator(`[data-testid=bloc-across-${across.id}]`).click();
    await ready("events");
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toContain(`of ${across.n.toLocaleString("en-US")}, newest first`);
  });

  it("a graph edge opens the events between its two actors", async () => {
    await open("#/graph", "graph");
    await page.waitForSelector('[data-testid=graph][data-layout="done"]');
    // a point on a thick edge, clear of every node and of every other edge, through sigma's coordinates
    const spot = await page.evaluate(() => {
      const stage = document.querySelector("[data-testid=graph]") as HTMLElement & { sigma?: any };
      const sigma = stage.sigma;
      const graph = sigma.getGraph();
      const box = stage.getBoundingClientRect();
      const at = (n: string) => sigma.graphToViewport(graph.getNodeAttributes(n)) as { x: number; y: number };
      const nodes: { x: number; y: number; r: number }[] = [];
      graph.forEachNode((n: string) => nodes.push({ ...at(n), r: sigma.getNodeDisplayData(n).size + 6 }));
      const segs: { a: string; b: string; p: { x: number; y: number }; q: { x: number; y: number }; size: number }[] = [];
      graph.forEachEdge((_e: string, attrs: { size: number }, a: string, b: string) => segs.push({ a, b, p: at(a), q: at(b), size: attrs.size }));
      const dist = (x: number, y: number, s: (typeof segs)[number]) => {
        const dx = s.q.x - s.p.x;
        const dy = s.q.y - s.p.y;
        const t = Math.max(0, Math.min(1, ((x - s.p.x) * dx + (y - s.p.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(x - (s.p.x + t * dx), y - (s.p.y + t * dy));
      };
      for (const s of [...segs].sort((x, y) => y.size - x.size)) {
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const x = s.p.x + t * (s.q.x - s.p.x);
          const y = s.p.y + t * (s.q.y - s.p.y);
          if (x < 5 || y < 5 || x > box.width - 5 || y > box.height - 5) continue;
          if (nodes.some((n) => Math.hypot(n.x - x, n.y - y) < n.r)) continue;
          if (segs.some((o) => o !== s && dist(x, y, o) < 8)) continue;
          return { a: s.a, b: s.b, x: box.left + x, y: box.top + y };
        }
      }
      return null;
    });
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    await ready("events");
    const params = new URLSearchParams(new URL(page.url()).hash.split("?")[1]);
    expect(new Set([params.get("actor"), params.get("target")])).toEqual(new Set([spot!.a, spot!.b]));
    expect(params.get("either")).toBe("1");
    expect(await page.inputValue("[data-testid=event-form] input[name=actor]")).toBe(params.get("actor"));
    const events = (await (await fetch(`${base}/api/events?${params}&limit=1`)).json()) as { total: number };
    expect(events.total).toBeGreaterThan(0);
    await expect.poll(() => page.locator("[data-testid=event-count]").innerText()).toContain(`of ${events.total.toLocaleString("en-US")}, newest first`);
    await shot("events-graph-edge");
  });

  it("renders markup in an article's text and title as inert text", async () => {
    await open(`#/article/${XSS_ID}`, "article");
    const text = await page.locator("[data-testid=article-text]").innerText();
    expect(text).toContain('<script>window.__pwned = "script"</script>');
    expect(text).toContain("<img src=x onerror=");
    expect(await page.locator("h2").innerText()).toContain("<b>Lavrov</b>");
    expect(await page.locator("#view script, #view img, h2 b").count()).toBe(0);
    // its stored URL is javascript: — shown nowhere as a link
    expect(await page.locator('#view a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    await shot("article-hostile");
  });

  it("met no console error, failed request or dialog on the way", () => {
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
