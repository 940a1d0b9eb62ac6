// What the app promises beyond the routes: one error shape for every failure, tokens for writes,
// security headers on every response, the UI's files with a fallback, a time limit, OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { CONTENT_SECURITY_POLICY, buildApp, registeredRoutes } from "../../src/api/build-app.js";
import { openApiPath } from "../../src/api/openapi.js";
import { ROUTES } from "../../src/api/routes.js";
import { errorBody } from "../../src/api/schemas.js";
import type { Store } from "../../src/store/store.js";
import { makeFixture, type Fixture } from "./_fixture.js";

let fx: Fixture;
let app: FastifyInstance;
beforeAll(async () => {
  fx = await makeFixture();
  app = await fx.app();
});
afterAll(() => fx.close());

/** The one error shape, and the status it says is the response's. */
function expectError(r: { statusCode: number; json(): unknown; headers: Record<string, unknown> }, status: number, code?: string) {
  expect(r.statusCode).toBe(status);
  expect(r.headers["content-type"]).toMatch(/^application\/json/);
  const body = errorBody.parse(r.json());
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  return body;
}

describe("bad input: 400 in the error shape, for every route that takes input", () => {
  const bad: [string, string][] = [
    ["/api/actors?limit=501", "query.limit"],
    ["/api/actors?kind=planet", "query.kind"],
    ["/api/actors?limit=-1", "query.limit"],
    ["/api/events?type=HUG", "query.type"],
    ["/api/events?status=rumoured", "query.status"],
    ["/api/events?since=2024-13", "query.since"],
    ["/api/events?until=yesterday", "query.until"],
    ["/api/events?offset=x", "query.offset"],
    ["/api/events?limit=1&limit=2", "query.limit"],
    ["/api/quotes?state=Atlantis", "query.state"],
    ["/api/quotes?state=Putin", "query.state"],
    ["/api/events?actor=Atlantis", "query.actor"],
    ["/api/events?party=Atlantis", "query.party"],
    ["/api/quotes?speaker=Atlantis", "query.speaker"],
    ["/api/dyad/Atlantis/RUS", "path.a"],
    ["/api/dyad/RUS/Atlantis", "path.b"],
    ["/api/quotes?since=2024-1", "query.since"],
    ["/api/quotes?search=%21%3F", "words"],
    ["/api/dyad/RUS/IRN?since=2024-00", "query.since"],
    ["/api/graph?until=2024-02-30x", "query.until"],
    ["/api/blocs?since=24", "query.since"],
    ["/api/articles?limit=1000", "query.limit"],
    ["/api/articles?search=%2A%2A", "words"],
    [`/api/articles/${"x".repeat(1001)}`, "path.id"],
    [`/api/actors/${"x".repeat(201)}`, "path.id"],
  ];
  for (const [url, says] of bad) {
    it(url.slice(0, 60), async () => {
      const body = expectError(await app.inject({ method: "GET", url }), 400);
      expect(["E_BAD_REQUEST", "E_QUERY", "E_UNKNOWN_ACTOR"]).toContain(body.code);
      expect(body.error).toContain(says);
    });
  }

  it("POST /api/ingest: a body that is not the articles, malformed JSON, another content type", async () => {
    for (const payload of [{}, { articles: [] }, { articles: "none" }, { articles: [{ text: "x" }], extra: 1 }]) {
      expectError(await app.inject({ method: "POST", url: "/api/ingest", payload }), 400, "E_BAD_REQUEST");
    }
    // an article that is not one fails alone, naming its field, and the request is answered
    for (const article of [{ title: "no text" }, { text: "x", extra: 1 }, { text: 5 }, null]) {
      const r = await app.inject({ method: "POST", url: "/api/ingest", payload: { articles: [article] } });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ stored: 0, failed: 1, failures: [{ index: 0, code: "E_BAD_REQUEST" }] });
      expect(r.json().failures[0].error).toContain("body.articles.0");
    }
    expectError(await app.inject({ method: "POST", url: "/api/ingest", payload: "{not json", headers: { "content-type": "application/json" } }), 400, "E_BAD_REQUEST");
    expectError(await app.inject({ method: "POST", url: "/api/ingest", payload: "articles", headers: { "content-type": "text/plain" } }), 415);
    const tooMany = { articles: Array.from({ length: 101 }, (_, i) => ({ text: `Article ${i}.` })) };
    expectError(await app.inject({ method: "POST", url: "/api/ingest", payload: tooMany }), 400, "E_BAD_REQUEST");
  });

  it("values are data: SQL and FTS syntax in a search find nothing and break nothing", async () => {
    for (const url of ["/api/actors?search=%27%20OR%201%3D1%20--", "/api/quotes?search=NEAR(treaty", "/api/articles?search=treaty%22%20OR"]) {
      const r = await app.inject({ method: "GET", url });
      expect(r.statusCode).toBe(200);
    }
  });
});

describe("unknown and internal", () => {
  it("an unknown API path is 404, a method a route does not take 405 naming those it does, in the error shape", async () => {
    expectError(await app.inject({ method: "GET", url: "/api/nothing" }), 404, "E_NOT_FOUND");
    expectError(await app.inject({ method: "DELETE", url: "/api/nothing" }), 404, "E_NOT_FOUND");
    expectError(await app.inject({ method: "GET", url: "/api" }), 404, "E_NOT_FOUND");
    const r = await app.inject({ method: "DELETE", url: "/api/events" });
    expectError(r, 405, "E_METHOD");
    expect(r.headers.allow).toBe("GET, HEAD");
    expect((await app.inject({ method: "GET", url: "/api/ingest" })).headers.allow).toBe("POST");
  });

  it("an internal failure is 500 without its message or stack", async () => {
    const seen: unknown[] = [];
    const broken = { ...fx.store, counts: async () => Promise.reject(new Error("disk on fire at /secret/path")) } as Store;
    const a = await buildApp({ store: broken, onInternalError: (e) => seen.push(e) });
    const r = await a.inject({ method: "GET", url: "/api/stats" });
    const body = expectError(r, 500, "E_INTERNAL");
    expect(r.body).not.toContain("secret");
    expect(r.body).not.toContain("at ");
    expect(body.error).toBe("internal error");
    expect(seen).toHaveLength(1);
    await a.close();
  });

  it("a read over the time limit is 503 E_TIMEOUT", async () => {
    const slow = { ...fx.store, findActors: () => new Promise<never>(() => {}) } as Store;
    const a = await buildApp({ store: slow, queryTimeoutMs: 50 });
    expectError(await a.inject({ method: "GET", url: "/api/actors" }), 503, "E_TIMEOUT");
    await a.close();
  });
});

describe("GET answers are kept whole, per store state", () => {
  /** The fixture's store, counting the reads that reach it (its counts, read for the state, aside). */
  function counting(): { store: Store; reads: () => number } {
    let reads = 0;
    const store = new Proxy(fx.store, {
      get(target, key) {
        const v = Reflect.get(target, key);
        if (typeof v !== "function" || key === "counts") return v;
        return (...args: unknown[]) => (reads++, (v as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
    return { store, reads: () => reads };
  }

  it("the same URL again is answered without a read; another URL reads", async () => {
    const c = counting();
    const a = await fx.app({ store: c.store });
    const first = await a.inject({ method: "GET", url: "/api/events?limit=5" });
    expect(first.statusCode).toBe(200);
    const afterFirst = c.reads();
    expect(afterFirst).toBeGreaterThan(0);
    const again = await a.inject({ method: "GET", url: "/api/events?limit=5" });
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toMatch(/^application\/json; charset=utf-8/);
    expect(again.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(c.reads()).toBe(afterFirst);
    await a.inject({ method: "GET", url: "/api/events?limit=6" });
    expect(c.reads()).toBeGreaterThan(afterFirst);
  });

  it("a failure is not kept: the same bad request reads again", async () => {
    const c = counting();
    const a = await fx.app({ store: c.store });
    expectError(await a.inject({ method: "GET", url: "/api/articles/no-such-article" }), 404, "E_NOT_FOUND");
    const after = c.reads();
    expectError(await a.inject({ method: "GET", url: "/api/articles/no-such-article" }), 404, "E_NOT_FOUND");
    expect(c.reads()).toBeGreaterThan(after);
  });

  it("a write through the API is seen by the next request", async () => {
    const a = await fx.app();
    const before = (await a.inject({ method: "GET", url: "/api/stats" })).json() as { articles: number };
    const egypt = { id: "cache-egypt", text: "Egypt and Jordan held talks in Amman on Monday about the border crossing.", published: "2025-03-04" };
    expect((await a.inject({ method: "POST", url: "/api/ingest", payload: { articles: [egypt] } })).json()).toMatchObject({ stored: 1 });
    const after = (await a.inject({ method: "GET", url: "/api/stats" })).json() as { articles: number };
    expect(after.articles).toBe(before.articles + 1);
    expect((await a.inject({ method: "GET", url: "/api/articles/cache-egypt" })).statusCode).toBe(200);
  });
});

describe("tokens", () => {
  const payload = { articles: [{ id: "tok", text: "Egypt and Jordan held talks in Cairo on Monday.", published: "2025-03-03" }] };

  it("with a token, a write needs Authorization: Bearer <token>; reads stay open", async () => {
    const a = await fx.app({ token: "s3cret-token" });
    expectError(await a.inject({ method: "POST", url: "/api/ingest", payload }), 401, "E_UNAUTHORIZED");
    expectError(await a.inject({ method: "POST", url: "/api/ingest", payload, headers: { authorization: "Bearer wrong" } }), 401, "E_UNAUTHORIZED");
    expectError(await a.inject({ method: "POST", url: "/api/ingest", payload, headers: { authorization: "s3cret-token" } }), 401, "E_UNAUTHORIZED");
    const ok = await a.inject({ method: "POST", url: "/api/ingest", payload, headers: { authorization: "Bearer s3cret-token" } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ stored: 1 });
    expect((await a.inject({ method: "GET", url: "/api/stats" })).statusCode).toBe(200);
  });

  it("the token is checked before the body: a bad body without the token is 401", async () => {
    const a = await fx.app({ token: "t" });
    expectError(await a.inject({ method: "POST", url: "/api/ingest", payload: { nonsense: true } }), 401, "E_UNAUTHORIZED");
  });

  it("bound to loopback, a request for another Host name is refused (DNS rebinding)", async () => {
    const a = await fx.app({ loopbackHostsOnly: true });
    expectError(await a.inject({ method: "GET", url: "/api/stats", headers: { host: "evil.example:8080" } }), 400, "E_BAD_REQUEST");
    for (const host of ["localhost:8080", "127.0.0.1:9", "[::1]:8080", "localhost"]) {
      expect((await a.inject({ method: "GET", url: "/api/stats", headers: { host } })).statusCode).toBe(200);
    }
  });
});

describe("security headers and the UI's files", () => {
  let ui: FastifyInstance;
  beforeAll(async () => {
    const dir = join(fx.dir, "ui");
    mkdirSync(join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "index.html"), '<!doctype html><title>dyad</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, "assets", "app.js"), "console.log('dyad')");
    ui = await fx.app({ uiDir: dir });
  });

  it("every response carries the CSP, nosniff and a referrer policy", async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    for (const [method, url] of [
      ["GET", "/api/stats"],
      ["GET", "/api/nothing"],
      ["GET", "/api/events?limit=9999"],
      ["POST", "/api/ingest"],
      ["GET", "/"],
      ["GET", "/assets/app.js"],
      ["GET", "/actors/RUS"],
      ["GET", "/assets/missing.js"],
    ] as const) {
      const r = await ui.inject({ method, url });
      expect(r.headers["content-security-policy"], url).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers["x-content-type-options"], url).toBe("nosniff");
      expect(r.headers["referrer-policy"], url).toBe("no-referrer");
    }
  });

  it("serves the UI's files; the UI's own paths get its index.html; a missing file is 404", async () => {
    const index = await ui.inject({ method: "GET", url: "/" });
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toMatch(/^text\/html/);
    expect(index.body).toContain("<title>dyad</title>");
    const js = await ui.inject({ method: "GET", url: "/assets/app.js" });
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toMatch(/javascript/);
    const deep = await ui.inject({ method: "GET", url: "/actors/person:vladimir-putin?since=2024" });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain("<title>dyad</title>");
    const navigation = await ui.inject({ method: "GET", url: "/articles/russia-iran-treaty.txt", headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(navigation.statusCode).toBe(200);
    expect(navigation.body).toContain("<title>dyad</title>");
    expectError(await ui.inject({ method: "GET", url: "/assets/missing.js", headers: { accept: "*/*" } }), 404, "E_NOT_FOUND");
    expectError(await ui.inject({ method: "GET", url: "/api/nothing", headers: { accept: "text/html" } }), 404, "E_NOT_FOUND");
  });

  it("without a built UI, other paths say so in the error shape", async () => {
    const body = expectError(await app.inject({ method: "GET", url: "/" }), 404, "E_NOT_FOUND");
    expect(body.error).toContain("not built");
  });
});

describe("GET /api/openapi.json", () => {
  it("is OpenAPI 3.1 and lists every registered API route with its method", async () => {
    const r = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const doc = r.json() as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    expect(doc.openapi).toBe("3.1.0");
    const api = registeredRoutes(app).filter((x) => x.url.startsWith("/api") && x.method !== "HEAD");
    expect(api.length).toBe(ROUTES.length + 1);
    for (const x of api) expect(doc.paths[openApiPath(x.url)]?.[x.method.toLowerCase()], `${x.method} ${x.url}`).toBeDefined();
    expect(doc.paths["/api/events"].get.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(["actor", "target", "type", "status", "since", "until", "limit", "offset"]));
    expect(doc.paths["/api/actors/{id}"].get.parameters).toEqual([expect.objectContaining({ name: "id", in: "path" })]);
    expect(doc.paths["/api/events"].get.parameters!.map((p) => p.name)).toContain("order");
    // the list routes describe their answer, the total with it
    for (const path of ["/api/events", "/api/quotes", "/api/articles", "/api/actors"]) {
      const schema = (doc.paths[path].get as unknown as { responses: Record<string, { content: Record<string, { schema: { required?: string[] } }> }> }).responses["200"].content["application/json"].schema;
      expect([path, schema.required]).toEqual([path, expect.arrayContaining(["items", "total"])]);
    }
  });
});
