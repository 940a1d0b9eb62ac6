// Every answer of a listening server that is not a success is {error, code, status} in JSON, the
// framework's and Node's own included: requests sent as raw bytes, since an HTTP client would
// refuse or normalise them (a bad percent-encoding, a raw space, no Host, CONNECT, a header over
// 16 KiB). Regression: these answered Fastify's {error, code, message, statusCode}, a bare 400 or
// 431, or nothing at all (CONNECT).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/api/start-server.js";
import { errorBody } from "../../src/api/schemas.js";
import { testEngine } from "../helpers.js";
import { makeFixture, type Fixture } from "./_fixture.js";
import { rawGet, rawRequest, type RawAnswer } from "./_raw-http.js";

let fx: Fixture;
let server: RunningServer;
beforeAll(async () => {
  fx = await makeFixture();
  server = await startServer({ store: fx.store, engine: testEngine(), port: 0, uiDir: null });
});
afterAll(async () => {
  await server?.close();
  await fx.close();
});

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The one shape, its status the response's, no stack, no raw control characters. */
export function expectShape(r: RawAnswer, status: number, code?: string) {
  expect(r.status, r.raw.slice(0, 300)).toBe(status);
  expect(r.headers["content-type"]).toMatch(/^application\/json/);
  const body = errorBody.parse(JSON.parse(r.body));
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(body.error).not.toMatch(CONTROL);
  expect(r.body).not.toMatch(/\bat .*\.[jt]s:\d+/);
  expect(r.headers["x-content-type-options"]).toBe("nosniff");
  return body;
}

const H = "Host: 127.0.0.1\r\n";

describe("errors before and around routing, in the one shape", () => {
  const cases: [string, string | (() => string), number, string][] = [
    ["a malformed percent-encoding in a path parameter", rawGet("/api/actors/%FF"), 400, "E_BAD_REQUEST"],
    ["a percent sign without hex digits", rawGet("/api/dyad/%zz/UKR"), 400, "E_BAD_REQUEST"],
    ["a path parameter over 2,000 characters", rawGet(`/api/articles/${"x".repeat(2100)}`), 414, "E_TOO_LARGE"],
    ["a URL over 16 KiB", () => rawGet(`/api/actors?search=${"a".repeat(17_000)}`), 431, "E_TOO_LARGE"],
    ["headers over 16 KiB", () => `GET /api/stats HTTP/1.1\r\n${H}X-Big: ${"a".repeat(17_000)}\r\nConnection: close\r\n\r\n`, 431, "E_TOO_LARGE"],
    ["no Host header", "GET /api/stats HTTP/1.1\r\nConnection: close\r\n\r\n", 400, "E_BAD_REQUEST"],
    ["a raw space in the path", rawGet("/api/actors/a b"), 400, "E_BAD_REQUEST"],
    ["a path without its slash", rawGet("api/stats"), 400, "E_BAD_REQUEST"],
    ["a method HTTP does not have", rawGet("/api/stats", H, "FROB"), 400, "E_BAD_REQUEST"],
    ["bytes that are not HTTP (a TLS hello)", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400, "E_BAD_REQUEST"],
    ["CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405, "E_METHOD"],
    ["a method the route does not take", rawGet("/api/stats", H, "DELETE"), 405, "E_METHOD"],
    ["OPTIONS", rawGet("/api/events", H, "OPTIONS"), 405, "E_METHOD"],
    ["an unknown API path", rawGet("/api/nothing"), 404, "E_NOT_FOUND"],
    ["malformed JSON", `POST /api/ingest HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{not `, 400, "E_BAD_REQUEST"],
    ["a body over the limit", `POST /api/ingest HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\n{`, 413, "E_TOO_LARGE"],
    ["a content type other than JSON", `POST /api/ingest HTTP/1.1\r\n${H}Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi`, 415, "E_BAD_REQUEST"],
    ["both Content-Length and chunked", `POST /api/ingest HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n`, 400, "E_BAD_REQUEST"],
    ["an Expect other than 100-continue", `POST /api/ingest HTTP/1.1\r\n${H}Expect: magic\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, 417, "E_BAD_REQUEST"],
    ["another Host on loopback", rawGet("/api/stats", "Host: evil.example\r\n"), 400, "E_BAD_REQUEST"],
  ];
  for (const [name, request, status, code] of cases) {
    it(`${name}: ${status} ${code}`, async () => {
      expectShape(await rawRequest(server.port, typeof request === "function" ? request() : request), status, code);
    });
  }

  it("a 405 names the methods the route takes", async () => {
    const r = await rawRequest(server.port, rawGet("/api/ingest"));
    expectShape(r, 405, "E_METHOD");
    expect(r.headers.allow).toBe("POST");
  });

  it("a client's value echoed in a message is escaped: no raw newline or terminal escape", async () => {
    for (const path of ["/api/actors/%0Aevil%1B%5B31m", "/api/articles/x%0D%0Ay", "/api/nothing%0A"]) {
      const r = await rawRequest(server.port, rawGet(path));
      const body = expectShape(r, 404, "E_NOT_FOUND");
      expect(body.error).toMatch(/\\[nru]|%0A/);
    }
  });

  it("the server goes on answering after each of them", async () => {
    const r = await rawRequest(server.port, rawGet("/api/stats"));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toHaveProperty("articles");
  });
});
