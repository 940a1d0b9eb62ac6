// The HTTP app: the routes of routes.ts over an injected store (and engine, for ingest), one JSON
// error shape, security headers on every response, and the built web UI as static files with a
// fallback to its index.html for the UI's own paths. Listening is start-server.ts's job.
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { createHash, timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import type { z } from "zod";
import type { Engine } from "../engine.js";
import { DyadError, type ErrorCode } from "../errors.js";
import type { Store } from "../store/store.js";
import { aggregateCache, storeState } from "./aggregate-cache.js";
import { openApiDocument } from "./openapi.js";
import { ROUTES, type ApiDeps, type ApiRoute } from "./routes.js";

export interface AppOptions {
  store: Store;
  /** for POST /api/ingest: an engine, or a function that makes one (called once, on first use;
   * default: the default engine, loaded then, so that serving starts without it) */
  engine?: Engine | (() => Engine | Promise<Engine>);
  /** when set, writes need `Authorization: Bearer <token>` */
  token?: string;
  /** the built web UI (index.html and its assets); null or missing: no UI */
  uiDir?: string | null;
  /** a read that takes longer is answered 503 E_TIMEOUT (default 10,000 ms) */
  queryTimeoutMs?: number;
  /** answer only requests whose Host is a loopback name: set when bound to loopback, so that a web
   * page cannot reach the server through a DNS name rebound to 127.0.0.1 */
  loopbackHostsOnly?: boolean;
  /** how long after a write by another process the answers (and the graph, blocs, profiles and
   * dyad series) of the store's previous state may still be served (default 5,000 ms; 0: never) */
  staleMs?: number;
  /** the whole GET answers kept (default 20,000 answers, 64 Mi characters of JSON) */
  answerCache?: { maxEntries?: number; maxChars?: number };
  /** where internal errors are reported (default: nowhere); the client never sees their detail */
  onInternalError?: (error: unknown) => void;
  version?: string;
}

/** The Content-Security-Policy of every response. Styles allow 'unsafe-inline' because chart and
 * graph libraries set style attributes; scripts never run inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  E_BAD_REQUEST: 400,
  E_QUERY: 400,
  E_BAD_DATE: 400,
  E_UNAUTHORIZED: 401,
  E_NOT_FOUND: 404,
  E_TOO_LARGE: 413,
  E_TIMEOUT: 503,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = { 401: "E_UNAUTHORIZED", 404: "E_NOT_FOUND", 413: "E_TOO_LARGE" };

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

export interface ApiError {
  error: string;
  code: string;
  status: number;
}

const REGISTERED = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route the app registered (HEAD twins included), for the test that OpenAPI lists them all. */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  return REGISTERED.get(app) ?? [];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // article ids may be long (file paths, URLs): the path schemas bound them instead
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, return503OnClosing: true, routerOptions: { maxParamLength: 2000 } });
  const registered: { method: string; url: string }[] = [];
  REGISTERED.set(app, registered);
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat()) registered.push({ method, url: r.url });
  });
  let engine: Promise<Engine> | null = typeof options.engine === "object" ? Promise.resolve(options.engine) : null;
  const makeEngine = async (): Promise<Engine> => {
    if (typeof options.engine === "function") return options.engine();
    const { createEngine } = await import("../engine.js");
    return createEngine();
  };
  // Two caches over one reading of the store's state (aggregate-cache.ts): the aggregates routes
  // share (graph, blocs, profiles, dyad series, totals), and every GET answer whole, as its JSON,
  // by its URL: under load most requests ask what was asked a moment ago, and a kept answer costs
  // no read, no validation and no serialisation. Both are fresh per store state and may be served
  // `staleMs` after a write by another process; a write through this server clears them. An answer
  // made from a kept aggregate is as old as that aggregate: up to about twice staleMs.
  const state = storeState(options.store);
  // a refresh's reads wait behind those of requests that wait (store/read-priority.ts): a reader
  // pool gives the background all its readers but one, so an aggregate's refresh, which reads the
  // whole store, needs no tighter bound of its own here
  const cache = aggregateCache(state, { staleMs: options.staleMs });
  const answers = aggregateCache(state, {
    staleMs: options.staleMs,
    maxEntries: options.answerCache?.maxEntries ?? 20_000,
    maxWeight: options.answerCache?.maxChars ?? 64 * 1024 * 1024,
    weigh: (json) => (json as string).length,
  });
  const deps: ApiDeps = {
    store: options.store,
    cached: cache,
    engine: () => (engine ??= makeEngine()),
  };
  const timeoutMs = options.queryTimeoutMs ?? 10_000;
  const tokenDigest = options.token ? digest(options.token) : null;

  // JSON only: a form or text/plain POST (which a web page may send cross-site without asking) is 415
  app.removeContentTypeParser("text/plain");

  app.addHook("onRequest", async (req, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (options.loopbackHostsOnly && !LOOPBACK_HOST.test(req.headers.host ?? "")) {
      throw new DyadError("E_BAD_REQUEST", `the Host ${JSON.stringify(req.headers.host ?? "")} is not this server's`);
    }
  });

  app.setErrorHandler((err, _req, reply) => sendError(reply, toApiError(err, options.onInternalError)));

  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.path,
      bodyLimit: route.write ? 32 * 1024 * 1024 : undefined,
      handler: async (req, reply) => {
        const answer = async (): Promise<unknown> => {
          const input = {
            params: route.params ? parse(route.params, req.params, "path") : {},
            query: route.query ? parse(route.query, dropEmpty(req.query), "query") : {},
            body: route.body ? parse(route.body, req.body, "body") : undefined,
          };
          return route.handle(input, deps);
        };
        if (route.write) {
          if (tokenDigest) checkToken(req.headers.authorization, tokenDigest);
          try {
            return await answer();
          } finally {
            // what this server wrote is seen by the next request
            state.reset();
            cache.clear();
            answers.clear();
          }
        }
        // a GET answer whole, by its URL (a failure is not kept)
        const json = await answers(req.url, async () => JSON.stringify(await withTimeout(answer(), timeoutMs)));
        return reply.type("application/json; charset=utf-8").send(json);
      },
    });
  }
  const openapi = openApiDocument(ROUTES, options.version ?? "0.0.0");
  app.get("/api/openapi.json", async () => openapi);

  const ui = options.uiDir && existsSync(join(options.uiDir, "index.html")) ? options.uiDir : null;
  if (ui) await app.register(fastifyStatic, { root: ui, prefix: "/", index: "index.html", wildcard: true });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0];
    if (path === "/api" || path.startsWith("/api/")) return sendError(reply, { error: `no route ${req.method} ${path}`, code: "E_NOT_FOUND", status: 404 });
    // the UI's own paths (/actors/RUS, /articles/treaty.txt) are the UI's: its index.html routes
    // them. A browser navigating asks for HTML; a script or image that is missing is a 404.
    const last = path.split("/").pop() ?? "";
    const page = /text\/html/.test(req.headers.accept ?? "") || !last.includes(".");
    if (ui && (req.method === "GET" || req.method === "HEAD") && page) return reply.type("text/html; charset=utf-8").sendFile("index.html");
    return sendError(reply, { error: ui ? `no file ${path}` : "the web UI is not built (dist/ui/index.html is missing); the API is under /api", code: "E_NOT_FOUND", status: 404 });
  });
  return app;
}

/** Validates one part of a request; a failure is a 400 naming the field. */
function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${[where, ...i.path].join(".")}: ${i.message}`).join("; ");
  throw new DyadError("E_BAD_REQUEST", detail, { where });
}

/** "?search=&kind=" means no search and no kind: the UI sends empty fields as they are. */
function dropEmpty(query: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) if (v !== "") out[k] = v;
  return out;
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

function checkToken(header: string | undefined, expected: Buffer): void {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? "");
  // digests compared in constant time, so the comparison says nothing about the token's length or prefix
  if (!m || !timingSafeEqual(digest(m[1].trim()), expected)) throw new DyadError("E_UNAUTHORIZED", "send Authorization: Bearer <token>");
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DyadError("E_TIMEOUT", `over ${ms} ms`, { ms })), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function toApiError(err: unknown, onInternal?: (e: unknown) => void): ApiError {
  if (err instanceof DyadError) {
    const status = STATUS_OF[err.code];
    // the code is its own field: the message need not repeat it
    if (status) return { error: err.message.replace(/^\[E_\w+\] /, ""), code: err.code, status };
  }
  // Fastify's own client errors (malformed JSON, a body too large, a wrong content type) say what was wrong
  const statusCode = (err as { statusCode?: number }).statusCode;
  if (!(err instanceof DyadError) && typeof statusCode === "number" && statusCode >= 400 && statusCode < 500) {
    return { error: (err as Error).message, code: CODE_OF_STATUS[statusCode] ?? "E_BAD_REQUEST", status: statusCode };
  }
  onInternal?.(err);
  return { error: "internal error", code: "E_INTERNAL", status: 500 };
}

function sendError(reply: FastifyReply, e: ApiError): FastifyReply {
  return reply.code(e.status).type("application/json; charset=utf-8").send(e);
}

export type { ApiRoute };
