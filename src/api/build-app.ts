// The HTTP app: the routes of routes.ts over an injected store (and engine, for ingest), one JSON
// error shape, security headers on every response, and the built web UI as static files with a
// fallback to its index.html for the UI's own paths. Listening is start-server.ts's job.
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { createHash, timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { z } from "zod";
import type { Engine } from "../engine.js";
import type { EnginePoolOptions } from "../engine-pool.js";
import { DyadError } from "../errors.js";
import type { Store } from "../store/store.js";
import type { AlertStore } from "../store/alert-store.js";
import { alertPass } from "../alerts/alert-pass.js";
import { aggregateCache, storeState } from "./aggregate-cache.js";
import { answerClientError, quote, sendError, toApiError, writeRaw, type ApiError } from "./api-error.js";
import { createStoreWriter } from "../store-writer.js";
import { createIngestQueue } from "./ingest-queue.js";
import { openApiDocument } from "./openapi.js";
import { OFF_THREAD_BYTES, parseJsonOffThread } from "./parse-json-off-thread.js";
import { ROUTES, type ApiDeps, type ApiRoute } from "./routes.js";
import { describeIssues } from "./schemas.js";

export interface AppOptions {
  store: Store;
  /** for POST /api/ingest: extract on the server's own thread with this engine (tests, embedding;
   * each article then holds every other request while it is extracted). Default: a pool of engine
   * threads, made on the first ingest and closed with the app (ingest-queue.ts) */
  engine?: Engine | (() => Engine | Promise<Engine>);
  /** where the store is (a SQLite file or a clickhouse:// URL): given, POST /api/ingest writes on a
   * thread of its own that opens it (store-writer.ts), so that no write holds this thread;
   * otherwise it writes through `store` on this thread, one article a transaction */
  storeSpec?: string;
  /** the ingest's engine pool (default: one thread fewer than the cores, at least one, niceness 10) */
  ingestPool?: EnginePoolOptions;
  /** articles accepted by POST /api/ingest and not yet answered, all requests together; past it a
   * request is answered 503 E_BUSY with Retry-After (default 200) */
  ingestCapacity?: number;
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
  /** the store's watch rules and alerts: GET /api/alerts(.atom), and rules evaluated after each
   * POST /api/ingest batch; absent: those routes answer 404 and nothing is evaluated */
  alerts?: AlertStore;
  /** signs webhook deliveries (DYAD_WEBHOOK_SECRET) */
  webhookSecret?: string;
  /** an alert evaluation or webhook delivery that failed, as a line for the log */
  onAlertError?: (message: string) => void;
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

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

export type { ApiError };

const REGISTERED = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route the app registered (HEAD twins included), for the test that OpenAPI lists them all. */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  return REGISTERED.get(app) ?? [];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // the answer being made on each connection, for a parse error that follows its request
  const answering = new WeakMap<Socket, ServerResponse>();
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    // a stopping server answers 503 in the one shape (the onRequest hook), not in Fastify's
    return503OnClosing: false,
    // article ids may be long (file paths, URLs): the path schemas bound them instead
    routerOptions: { maxParamLength: 2000 },
    // a missing Host is refused by the onRequest hook, in the one shape, not by Node with a bare 400
    http: { requireHostHeader: false },
    // what Node's parser refuses (a header over 16 KiB, a raw space in the path) and the router's
    // own errors (a malformed percent-encoding, a path parameter over 2,000 characters)
    clientErrorHandler: (err, socket) => answerClientError(err, socket, SECURITY_HEADERS, answering.get(socket)),
    frameworkErrors: (err, _req, reply) => {
      const e: ApiError =
        err.code === "FST_ERR_MAX_PARAM_LENGTH"
          ? { error: "a part of the path is longer than 2,000 characters", code: "E_TOO_LARGE", status: 414 }
          : err.code === "FST_ERR_BAD_URL"
            ? { error: "the URL is not valid percent-encoded UTF-8", code: "E_BAD_REQUEST", status: 400 }
            : toApiError(err, options.onInternalError);
      reply.headers(SECURITY_HEADERS);
      return sendError(reply, e);
    },
  });
  app.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    answering.set(req.socket, res);
    res.once("close", () => answering.get(req.socket) === res && answering.delete(req.socket));
  });
  // CONNECT (a proxy's method) and an Expect other than 100-continue never reach Fastify: Node
  // would close the connection, or answer a bare 417
  app.server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    writeRaw(socket, { error: "CONNECT is not served here", code: "E_METHOD", status: 405 }, SECURITY_HEADERS);
    socket.destroy();
  });
  app.server.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.stringify({ error: `the expectation ${quote(String(req.headers.expect))} is not met here`, code: "E_BAD_REQUEST", status: 417 });
    res.writeHead(417, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
    res.end(body);
  });
  const registered: { method: string; url: string }[] = [];
  REGISTERED.set(app, registered);
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat()) registered.push({ method, url: r.url });
  });
  const spec = options.storeSpec;
  const alerting = options.alerts
    ? alertPass(options.store, options.alerts, { webhook: { secret: options.webhookSecret }, onError: (m) => options.onAlertError?.(m) })
    : null;
  const ingestQueue = createIngestQueue({
    store: options.store,
    engine: options.engine,
    pool: options.ingestPool,
    capacity: options.ingestCapacity,
    writer: spec ? () => createStoreWriter(spec) : undefined,
    // watch rules fire on what POST /api/ingest stores, as on dyad ingest (alerts/alert-pass.ts)
    onBatch: alerting ? (put) => alerting.afterBatch(put).then(() => undefined) : undefined,
  });
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
    // an ingest under way stops: what was extracted is written and answered
    await ingestQueue.close();
    await alerting?.drain();
  });
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
    ingest: (articles) => ingestQueue.run(articles),
    alerts: options.alerts ?? null,
  };
  const timeoutMs = options.queryTimeoutMs ?? 10_000;
  const tokenDigest = options.token ? digest(options.token) : null;

  // JSON only: a form or text/plain POST (which a web page may send cross-site without asking) is 415
  app.removeContentTypeParser("text/plain");
  // a large body (POST /api/ingest takes 32 MiB) is parsed on a thread of its own, which hands its
  // articles over one by one: parsed here, 30 MB would hold every request for a second or more
  const jsonParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    const bytes = body as Buffer;
    if (bytes.length < OFF_THREAD_BYTES) return jsonParser(req, bytes.toString("utf8"), done);
    parseJsonOffThread(bytes).then(
      (value) => done(null, value),
      (e: Error) => done(e),
    );
  });

  app.addHook("onRequest", async (req, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (closing) throw new DyadError("E_BUSY", "the server is stopping", { retryAfter: 5 });
    // HTTP/1.1 requires a Host (RFC 9112 §3.2)
    if (req.raw.httpVersion === "1.1" && req.headers.host === undefined) throw new DyadError("E_BAD_REQUEST", "the request has no Host header");
    if (options.loopbackHostsOnly && !LOOPBACK_HOST.test(req.headers.host ?? "")) {
      throw new DyadError("E_BAD_REQUEST", `the Host ${quote(req.headers.host ?? "")} is not this server's`);
    }
  });

  app.setErrorHandler((err, _req, reply) => sendError(reply, toApiError(err, options.onInternalError)));

  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.path,
      bodyLimit: route.write ? 32 * 1024 * 1024 : undefined,
      // a write is refused before its body (up to 32 MiB) is read and parsed: no token, or no room
      onRequest: route.write
        ? async (req) => {
            if (tokenDigest) checkToken(req.headers.authorization, tokenDigest);
            ingestQueue.admit(1);
          }
        : undefined,
      handler: async (req, reply) => {
        const answer = async (): Promise<unknown> => {
          const input = {
            params: route.params ? parse(route.params, req.params, "path") : {},
            query: route.query ? parse(route.query, dropEmpty(req.query), "query") : {},
            body: route.body ? parse(route.bodyChecked ?? route.body, req.body, "body") : undefined,
          };
          return route.handle(input, deps);
        };
        if (route.write) {
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
        if (route.download) {
          // not kept in the answers cache: a download may be large, and is asked for once
          const file = String(await withTimeout(answer(), timeoutMs * 6));
          return reply.type(route.download.type).header("content-disposition", `attachment; filename="${route.download.filename}"`).send(file);
        }
        // text routes (Atom) answer their text
        if (route.contentType) {
          const text = await answers(req.url, async () => String(await withTimeout(answer(), timeoutMs)));
          return reply.type(route.contentType).send(text);
        }
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
    if (path === "/api" || path.startsWith("/api/")) {
      // a route that is there for other methods: 405, saying which
      const allowed = ["GET", "HEAD", "POST"].filter((method) => {
        const found = app.findRoute({ method, url: path });
        return found && !("*" in (found.params ?? {}));
      });
      if (allowed.length) {
        reply.header("allow", allowed.join(", "));
        return sendError(reply, { error: `${req.method} is not allowed on ${quote(path)} (allowed: ${allowed.join(", ")})`, code: "E_METHOD", status: 405 });
      }
      return sendError(reply, { error: `no route ${req.method} ${quote(path)}`, code: "E_NOT_FOUND", status: 404 });
    }
    // the UI's own paths (/actors/RUS, /articles/treaty.txt) are the UI's: its index.html routes
    // them. A browser navigating asks for HTML; a script or image that is missing is a 404.
    const last = path.split("/").pop() ?? "";
    const page = /text\/html/.test(req.headers.accept ?? "") || !last.includes(".");
    if (ui && (req.method === "GET" || req.method === "HEAD") && page) return reply.type("text/html; charset=utf-8").sendFile("index.html");
    return sendError(reply, { error: ui ? `no file ${quote(path)}` : "the web UI is not built (dist/ui/index.html is missing); the API is under /api", code: "E_NOT_FOUND", status: 404 });
  });
  return app;
}

/** Validates one part of a request; a failure is a 400 naming the field. */
function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  throw new DyadError("E_BAD_REQUEST", describeIssues(r.error, where), { where });
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

export type { ApiRoute };
