// A fuzz test that stays: it walks every route of /api/openapi.json and sends, for each path and
// query parameter, malformed values (empty, huge, wrong type, bad percent-encoding, unicode, negative
// and NaN numbers, arrays, injection strings, and seeded random bytes), and malformed bodies to
// each POST, all as raw bytes to a listening server. Every answer must be a JSON success or the one
// error shape {error, code, status} with a status under 500. Deterministic: a fixed seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/api/start-server.js";
import { errorBody } from "../../src/api/schemas.js";
import { makeFixture, type Fixture } from "./_fixture.js";
import { rawRequest, type RawAnswer } from "./_raw-http.js";
import { join } from "node:path";
import { parseAtomFeed } from "feedsmith";
import type { AlertStore } from "../../src/store/alert-store.js";
import { openAlertStore } from "../../src/store/open-store.js";
// a seeded generator, so that every run sends the same requests
import { mulberry32 as seeded } from "../../src/query/blocs.js";

let fx: Fixture;
let server: RunningServer;
let alerts: AlertStore;
beforeAll(async () => {
  fx = await makeFixture();
  // the watch rules' alerts too, so that their routes answer from a store
  alerts = openAlertStore(join(fx.dir, "api.db"));
  // the default ingest: a pool of one engine thread (the built dist/engine-worker.js)
  server = await startServer({ store: fx.store, port: 0, uiDir: null, ingestPool: { workers: 1 }, alerts });
});
afterAll(async () => {
  await server?.close();
  await alerts?.close();
  await fx.close();
});

/** Values as they go into the URL (already percent-encoded where meant to be). */
const VALUES = [
  "", "%", "%F", "%FF", "%zz", "%C3", "%E2%82", "%ED%A0%80", "%F4%90%80%80", "%00", "%0A", "%0D%0A", "%1B%5B31m", "%7F", "%C2%85", "%E2%80%A8",
  "-1", "-0", "0", "1.5", "1e309", "-1e309", "NaN", "Infinity", "0x10", "1_000", "99999999999999999999999", "%2B1", "+1", "%20", "%20%20", "%09",
  "true", "null", "undefined", "[]", "{}", "%5B%5D", "%7B%7D", "%5B1%2C2%5D",
  "%F0%9F%92%A9", "%E2%80%AE", "%EF%BB%BF", "%EF%BF%BF", "%CC%81%CC%81%CC%81", "%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F",
  "'%20OR%201%3D1%20--", "%22", "%27", "%3B", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "NEAR(", "a*", "*", "%22a%22%20OR", "col:x", "%5C", "%25",
  "..", "%2E%2E", "%2F", "..%2F..%2Fetc%2Fpasswd", "a%2Fb", "2024-13-45", "2024-02-30", "0000", "9999-99-99", "2024-1", "RUS", "rus", "person:vladimir-putin",
  "x".repeat(201), "x".repeat(1001), "x".repeat(1999), "y".repeat(2001), "%E2%82%AC".repeat(700), "a".repeat(15_000),
];

/** Raw bytes, some of which HTTP forbids in a URL: the parser's refusal must be in the shape too. */
function randomValue(rand: () => number): string {
  const len = Math.floor(rand() * 40);
  let s = "";
  for (let i = 0; i < len; i++) {
    const r = rand();
    if (r < 0.5) s += "%" + Math.floor(rand() * 256).toString(16).padStart(2, "0").toUpperCase();
    else if (r < 0.95) s += String.fromCharCode(33 + Math.floor(rand() * 94));
    else s += String.fromCharCode(Math.floor(rand() * 33));
  }
  return s;
}

const BODIES: string[] = [
  "", "{", "}", "[]", "null", "1", "\"articles\"", "{}", "{\"articles\":null}", "{\"articles\":{}}", "{\"articles\":\"x\"}", "{\"articles\":[]}",
  "{\"articles\":[null]}", "{\"articles\":[1]}", "{\"articles\":[[]]}", "{\"articles\":[{}]}", "{\"articles\":[{\"text\":null}]}", "{\"articles\":[{\"text\":\"\"}]}",
  "{\"articles\":[{\"text\":\"   \"}]}", "{\"articles\":[{\"text\":\"\\u0000\\u0001\"}]}", "{\"articles\":[{\"text\":5}]}", "{\"articles\":[{\"text\":\"Iran.\",\"published\":\"2024-13-45\"}]}",
  "{\"articles\":[{\"text\":\"Iran.\",\"published\":\"junk\"}]}", "{\"articles\":[{\"text\":\"Iran.\",\"published\":5}]}", "{\"articles\":[{\"text\":\"Iran.\",\"id\":\"\"}]}",
  "{\"articles\":[{\"text\":\"Iran.\",\"id\":\"a\\nb\\u001b[31m\"}]}", "{\"articles\":[{\"text\":\"Iran.\",\"x\":1}]}", "{\"articles\":[{\"text\":\"Iran.\"}],\"x\":1}",
  "{\"__proto__\":{\"polluted\":1}}", "{\"constructor\":{\"prototype\":{\"polluted\":1}}}", "{\"articles\":[{\"text\":\"Iran.\",\"__proto__\":{\"x\":1}}]}",
  "[".repeat(100_000), "{\"a\":".repeat(50_000), "\"\\ud800\"", "{\"articles\":[{\"text\":\"\\ud800 Iran\"}]}", JSON.stringify({ articles: Array.from({ length: 101 }, () => ({ text: "x" })) }),
  "\u00ff\u00fe{}",
  // over 1 MiB: parsed on a thread of its own (parse-json-off-thread.ts)
  `{"articles":[${"1,".repeat(600_000)}1]}`, `{"articles":[{"text":"${"x".repeat(1_200_000)}"`, `{"articles":[{"text":"${"Iran. ".repeat(200_000)}","__proto__":{}}]}`, "{\"articles\":[{\"text\":\"Iran signed a treaty with Russia.\",\"url\":\"javascript:alert(1)\"}]}",
];
const CONTENT_TYPES = ["application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "APPLICATION/JSON", "application/jsonx", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ""];

interface Problem {
  request: string;
  answer: string;
}

/** What is wrong with an answer, or null: a JSON success, or the one shape with a status under 500. */
function problemOf(r: RawAnswer, head: boolean, request = ""): string | null {
  if (r.status === 0) return "no answer";
  if (r.status >= 500) return `status ${r.status}`;
  // a CSV download (/api/events.csv) succeeds in CSV; its errors are JSON like every other
  if (r.status < 300 && /^\w+ \/api\/\w+\.csv[?# ]/.test(request) && /^text\/csv/.test(r.headers["content-type"] ?? "")) return null;
  // an Atom route's success is an Atom feed (its errors are JSON as everywhere)
  if (r.status < 300 && /^application\/atom\+xml/.test(r.headers["content-type"] ?? "")) {
    if (head) return r.body === "" ? null : "a body in the answer to HEAD";
    try {
      parseAtomFeed(r.body);
      return null;
    } catch {
      return "a body that is not Atom";
    }
  }
  if (!/^application\/json/.test(r.headers["content-type"] ?? "")) return `content-type ${r.headers["content-type"]}`;
  if (head) return r.body === "" ? null : "a body in the answer to HEAD";
  let body: unknown;
  try {
    body = JSON.parse(r.body);
  } catch {
    return "a body that is not JSON";
  }
  if (r.status < 300) return null;
  const shape = errorBody.safeParse(body);
  if (!shape.success) return "not the error shape";
  if (shape.data.status !== r.status) return `status ${shape.data.status} in the body, ${r.status} sent`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(shape.data.error)) return "a raw control character in the message";
  return null;
}

/** Runs the requests a few at a time; collects every answer outside the contract. */
async function send(requests: string[]): Promise<{ problems: Problem[]; statuses: Map<number, number> }> {
  const problems: Problem[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      // latin1: each character one byte, so that bytes invalid in UTF-8 go as written
      const r = await rawRequest(server.port, Buffer.from(request, "latin1"), 15_000);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const p = problemOf(r, request.startsWith("HEAD "), request);
      if (p) problems.push({ request: JSON.stringify(request.slice(0, 200)), answer: `${p}: ${r.raw.split("\r\n")[0]} ${r.body.slice(0, 200)}` });
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: 6 }, lane));
  console.log(`fuzz: ${requests.length} requests in ${((performance.now() - t) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  return { problems, statuses };
}

interface OpenApiParameter {
  name: string;
  in: "path" | "query";
}

describe("fuzz: every route of /api/openapi.json, each parameter malformed", () => {
  it("answers every request in JSON, errors in {error, code, status}, none 5xx", async () => {
    const doc = (await (await fetch(`${server.url}api/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };
    const rand = seeded(12);
    const get: string[] = [];
    const post: string[] = [];
    const line = (method: string, target: string, rest = "") => `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${rest}Connection: close\r\n\r\n`;
    let routes = 0;
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        routes++;
        const params = op.parameters ?? [];
        const pathWith = (name: string | null, value: string) => template.replace(/\{(\w+)\}/g, (_m, p: string) => (p === name ? value : p === "b" ? "IRN" : "RUS"));
        const values = (n: number) => [...VALUES, ...Array.from({ length: n }, () => randomValue(rand))];
        if (method === "get") {
          for (const p of params) {
            for (const v of values(12)) {
              if (p.in === "path") get.push(line("GET", pathWith(p.name, v)));
              else get.push(line("GET", `${pathWith(null, "")}?${p.name}=${v}`));
            }
            if (p.in === "query") {
              // arrays, in the forms frameworks read them
              for (const q of [`${p.name}=1&${p.name}=2`, `${p.name}[]=1`, `${p.name}[a]=1`, `${p.name}`, `${p.name}=&${p.name}=`]) get.push(line("GET", `${pathWith(null, "")}?${q}`));
            }
          }
          // the query string as a whole
          for (const q of ["", "?", "??", "?&&&", "?=", "?=1", "?%FF=1", "?a=%", "?%00", `?${"k=v&".repeat(2000)}`, "#frag", "?a=1#%FF"]) get.push(line("GET", `${pathWith(null, "")}${q}`));
          get.push(line("HEAD", pathWith(null, "")));
        } else {
          const target = pathWith(null, "");
          for (const body of BODIES) {
            // sent as latin1 (below): one byte a character
            post.push(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
          }
          for (const type of CONTENT_TYPES) post.push(line("POST", target, `${type ? `Content-Type: ${type}\r\n` : ""}Content-Length: 2\r\n`) + "{}");
          // invalid UTF-8 in the JSON, a length that lies, a chunked body
          post.push(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n{"articles":[\xff\xfe]}`);
          post.push(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{"articles":[]}`);
          post.push(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\n{}}\r\n0\r\n\r\n`);
          post.push(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n`);
        }
      }
    }
    expect(routes).toBeGreaterThanOrEqual(11);
    const { problems, statuses } = await send([...get, ...post]);
    expect(problems).toEqual([]);
    // the fuzz reached the handlers, not only the parser: both refusals and answers came back
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect(statuses.get(200)).toBeGreaterThan(100);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(get.length + post.length);
  }, 120_000);
});
