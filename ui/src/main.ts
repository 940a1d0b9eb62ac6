// The app shell: navigation, the store's counts, and one view at a time, loaded on demand so the
// first view downloads only what it draws.
import "./style.css";
import { api, prefetch } from "./api.js";
import { h, replace } from "./dom.js";
import { num } from "./format.js";
import { parseRoute } from "./route.js";
import type { Cleanup, View } from "./view.js";

const VIEWS: Record<string, { title: string; nav: boolean; load: () => Promise<{ default: View }> }> = {
  graph: { title: "Graph", nav: true, load: () => import("./views/graph.js") },
  map: { title: "Map", nav: true, load: () => import("./views/map.js") },
  dyad: { title: "Dyad", nav: true, load: () => import("./views/dyad.js") },
  events: { title: "Events", nav: true, load: () => import("./views/events.js") },
  quotes: { title: "Quotes", nav: true, load: () => import("./views/quotes.js") },
  articles: { title: "Articles", nav: true, load: () => import("./views/articles.js") },
  blocs: { title: "Blocs", nav: true, load: () => import("./views/blocs.js") },
  alerts: { title: "Alerts", nav: true, load: () => import("./views/alerts.js") },
  actor: { title: "Actor", nav: false, load: () => import("./views/actor.js") },
  article: { title: "Article", nav: false, load: () => import("./views/article.js") },
};

const root = document.getElementById("view") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
let cleanup: Cleanup | void = undefined;
let generation = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const mine = ++generation;
  if (cleanup) cleanup();
  cleanup = undefined;
  delete document.body.dataset.ready;
  const spec = VIEWS[route.view];
  replace(
    nav,
    Object.entries(VIEWS)
      .filter(([, v]) => v.nav)
      .map(([name, v]) => h("a", { href: `#/${name}`, class: name === route.view ? "active" : null }, v.title)),
  );
  if (!spec) {
    replace(root, h("p", { class: "error" }, `No view "${route.view}". `), h("a", { href: "#/graph" }, "Open the graph"));
    return;
  }
  document.title = `${spec.title} · dyad`;
  root.className = `view-${route.view}`;
  replace(root, h("p", { class: "muted" }, "Loading…"));
  const ctx = {
    route,
    alive: () => mine === generation,
    ready: () => {
      if (mine !== generation) return;
      document.body.dataset.ready = route.view;
      performance.mark(`dyad:ready:${route.view}`);
    },
  };
  try {
    const view = (await spec.load()).default;
    if (!ctx.alive()) return;
    const done = await view(root, ctx);
    if (ctx.alive()) cleanup = done;
    else if (done) done();
  } catch (err) {
    if (!ctx.alive()) return;
    replace(root, h("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
    document.body.dataset.ready = `${route.view}:error`;
  }
}

async function showStats(): Promise<void> {
  const el = document.getElementById("stats") as HTMLElement;
  try {
    const s = await api.stats();
    el.textContent = `${num(s.articles)} articles · ${num(s.events)} events · ${num(s.quotes)} quotes · ${num(s.actors)} actors`;
  } catch {
    el.textContent = "";
  }
}

window.addEventListener("hashchange", () => void render());
const first = parseRoute(location.hash);
// the graph (the default view) is the heaviest first request: start it before its code arrives
if (first.view === "graph") prefetch("graph", { since: first.params.get("since"), until: first.params.get("until") });
void render();
void showStats();
