// A fixture store built from code: a few small articles (and the treaty article) run through the
// real engine into a temporary SQLite file, so that every route answers from real extractions.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "../../src/api/build-app.js";
import type { Article } from "../../src/model/types.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { testEngine } from "../helpers.js";

export const XSS_TEXT =
  'Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would expand cooperation with Iran. "We will not be lectured," Lavrov told reporters. ' +
  "The statement was posted as <script>alert(1)</script> and <img src=x onerror=alert(1)> on a forum.";

export const ARTICLES: Article[] = [
  {
    id: "treaty",
    text: readFileSync(new URL("../../examples/russia-iran-treaty.txt", import.meta.url), "utf8"),
    published: "2025-01-17",
    outlet: "Fox News",
    title: "Russia and Iran sign partnership treaty days before Trump's return",
    url: "https://www.foxnews.com/world/russia-iran-sign-partnership-treaty",
  },
  { id: "xss", text: XSS_TEXT, published: "2025-02-03", outlet: "Test Wire", title: "<b>Lavrov</b> on Iran", url: "https://news.example/xss" },
  {
    id: "kyiv",
    text: "Ukraine accused Russia of shelling Kharkiv on Tuesday. President Volodymyr Zelensky said the attack killed four people. Russia denied the accusation.",
    published: "2024-06-11",
    outlet: "Test Wire",
    title: "Kharkiv shelled",
    url: "https://news.example/kyiv",
  },
];

export interface Fixture {
  store: Store;
  dir: string;
  app(options?: Partial<AppOptions>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-api-"));
  const store = openSqliteStore(join(dir, "api.db"));
  await store.migrate();
  const engine = testEngine();
  await store.putDocuments(ARTICLES.map((article) => ({ article, record: engine.extract(article) })));
  const apps: FastifyInstance[] = [];
  return {
    store,
    dir,
    async app(options = {}) {
      const app = await buildApp({ store, engine, ...options });
      apps.push(app);
      return app;
    },
    async close() {
      for (const a of apps) await a.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
