// The API's one error shape, {error, code, status}, for every answer that is not a success: the
// app's own errors (DyadError), Fastify's (malformed JSON, a body too large, a bad URL encoding)
// and those Node's HTTP parser meets before Fastify sees a request (a header too large, a raw
// space in the path), which must be written to the socket by hand.
import { STATUS_CODES, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyReply } from "fastify";
import { DyadError, type ErrorCode } from "../errors.js";

export interface ApiError {
  error: string;
  code: string;
  status: number;
  /** seconds, sent as Retry-After (a 503 that will pass) */
  retryAfter?: number;
  /** an actor name that named none or several: the closest actors (query/resolve-actor.ts) */
  matches?: { key: string; id: string; name: string; kind: string; code: string | null; articles: number; match: string }[];
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  E_BAD_REQUEST: 400,
  E_QUERY: 400,
  E_UNKNOWN_ACTOR: 400,
  E_AMBIGUOUS_ACTOR: 400,
  E_BAD_DATE: 400,
  E_UNAUTHORIZED: 401,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_TOO_LARGE: 413,
  E_TIMEOUT: 503,
  E_BUSY: 503,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = { 401: "E_UNAUTHORIZED", 404: "E_NOT_FOUND", 405: "E_METHOD", 413: "E_TOO_LARGE", 431: "E_TOO_LARGE" };

/** Control characters (C0, DEL, C1, the line and paragraph separators), which a message that
 * quotes a client's input must not carry raw; JSON.stringify escapes only C0. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A string with its control characters as \uXXXX escapes. */
export const escapeControls = (s: string): string => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A client's value as it goes into a message: quoted, its control characters escaped. */
export const quote = (s: string): string => escapeControls(JSON.stringify(s));

export function toApiError(err: unknown, onInternal?: (e: unknown) => void): ApiError {
  if (err instanceof DyadError) {
    const status = STATUS_OF[err.code];
    // the code is its own field: the message need not repeat it
    if (status) {
      const retryAfter = typeof err.context.retryAfter === "number" ? err.context.retryAfter : undefined;
      const matches = Array.isArray(err.context.matches) ? (err.context.matches as NonNullable<ApiError["matches"]>) : undefined;
      return { error: escapeControls(err.message.replace(/^\[E_\w+\] /, "")), code: err.code, status, ...(retryAfter ? { retryAfter } : {}), ...(matches ? { matches } : {}) };
    }
  }
  // Fastify's own client errors (malformed JSON, a body too large, a wrong content type) say what was wrong
  const statusCode = (err as { statusCode?: number } | null)?.statusCode;
  if (!(err instanceof DyadError) && typeof statusCode === "number" && statusCode >= 400 && statusCode < 500) {
    return { error: escapeControls((err as Error).message), code: CODE_OF_STATUS[statusCode] ?? "E_BAD_REQUEST", status: statusCode };
  }
  onInternal?.(err);
  return { error: "internal error", code: "E_INTERNAL", status: 500 };
}

export function sendError(reply: FastifyReply, e: ApiError): FastifyReply {
  if (e.retryAfter) reply.header("retry-after", String(e.retryAfter));
  return reply.code(e.status).type("application/json; charset=utf-8").send({ error: e.error, code: e.code, status: e.status, ...(e.matches ? { matches: e.matches } : {}) });
}

/** Node's HTTP parser's errors (Fastify's clientErrorHandler): answered in the one shape, then the
 * connection closed, since what is left on it cannot be parsed. Where the answer to an earlier
 * request on the connection has begun (or the bytes merely follow a `Connection: close` request),
 * that answer goes out whole and the connection then ends: a second status line written into it
 * would corrupt both (Node's own rule). */
export function answerClientError(err: NodeJS.ErrnoException, socket: Socket, headers: Record<string, string>, inFlight?: ServerResponse): void {
  // the client is gone: nothing to answer
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  if (inFlight && !inFlight.writableFinished && (inFlight.headersSent || err.code === "HPE_CLOSED_CONNECTION")) {
    inFlight.once("close", () => socket.end());
    return;
  }
  const e: ApiError =
    err.code === "HPE_HEADER_OVERFLOW"
      ? { error: "the request's line or headers are larger than 16 KiB", code: "E_TOO_LARGE", status: 431 }
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? { error: "the request took too long to arrive", code: "E_TIMEOUT", status: 408 }
        : { error: `the request is not valid HTTP/1.1 (${err.code ?? "parse error"})`, code: "E_BAD_REQUEST", status: 400 };
  writeRaw(socket, e, headers);
  socket.destroy();
}

/** An answer written straight to a socket, where no request object exists (a parse error, CONNECT). */
export function writeRaw(socket: Socket, e: ApiError, headers: Record<string, string> = {}): void {
  if (!socket.writable) return;
  const body = JSON.stringify({ error: e.error, code: e.code, status: e.status });
  const lines = [
    `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? "Error"}`,
    "content-type: application/json; charset=utf-8",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`);
}
