// The errors a ClickHouse restart leaves behind are retried, a bounded number of times; others are
// not. Against a stand-in HTTP server on loopback that cuts off or refuses requests the way a
// restarting server does, then answers (no clickhouse-server needed).
import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DyadError } from "../../../src/errors.js";
import { connectClickhouse, isTransientClickhouseError } from "../../../src/store/clickhouse/connection.js";

let server: Server | null = null;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)));
  server = null;
});

/** A server whose first `failures` requests get `fail` (cut off, or a ClickHouse error), then `{"n":1}`. */
async function flaky(failures: number, fail: "cut" | "unexpected packet" | "syntax"): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests++;
      if (requests <= failures && fail === "cut") return req.socket.destroy();
      if (requests <= failures) {
        const text =
          fail === "unexpected packet"
            ? "Code: 101, e.displayText() = DB::Exception: Unexpected packet Data received from client, e.what() = DB::Exception\n"
            : "Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 1, e.what() = DB::Exception\n";
        res.writeHead(500, { "content-type": "text/plain", "x-clickhouse-exception-code": fail === "syntax" ? "62" : "101" });
        return res.end(text);
      }
      res.writeHead(200, { "content-type": "application/x-ndjson", "x-clickhouse-format": "JSONEachRow" });
      res.end('{"n":1}\n');
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests: () => requests };
}

const connect = (url: string, tries = 4) => connectClickhouse({ hosts: [url], database: "dyad", cluster: null, retry: { tries, firstDelayMs: 5, maxDelayMs: 20 } });

describe("ClickHouse queries across a server restart", () => {
  it("a connection cut off is retried, and the answer comes back", async () => {
    const s = await flaky(2, "cut");
    const c = connect(s.url);
    expect(await c.select("test", "SELECT 1 AS n")).toEqual([{ n: 1 }]);
    expect(s.requests()).toBe(3);
    await c.close();
  });

  it('"Unexpected packet Data received from client" (a shard restarted under a Distributed table) is retried', async () => {
    const s = await flaky(1, "unexpected packet");
    const c = connect(s.url);
    expect(await c.select("test", "SELECT 1 AS n")).toEqual([{ n: 1 }]);
    expect(s.requests()).toBe(2);
    await c.close();
  });

  it("an insert is retried the same way", async () => {
    const s = await flaky(1, "cut");
    const c = connect(s.url);
    await c.insert("test", "articles", [{ hash: "h" }]);
    expect(s.requests()).toBe(2);
    await c.close();
  });

  it("gives up after its tries with E_STORE, naming the error", async () => {
    const s = await flaky(100, "cut");
    const c = connect(s.url, 3);
    const e = await c.select("test", "SELECT 1 AS n").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DyadError);
    expect((e as DyadError).code).toBe("E_STORE");
    // marked so that ingest fails the batch whole instead of trying each article against a server down
    expect((e as DyadError).context.transient).toBe(true);
    expect(s.requests()).toBe(3);
    await c.close();
  });

  it("a server that is down (connection refused) is retried, then fails", async () => {
    const s = await flaky(0, "cut");
    const c = connect(s.url, 2);
    await new Promise((r) => server!.close(r));
    server = null;
    const e = await c.select("test", "SELECT 1 AS n").catch((x: unknown) => x);
    expect((e as DyadError).message).toMatch(/ECONNREFUSED/);
    expect(isTransientClickhouseError(e)).toBe(true);
    await c.close();
  });

  it("an error of the query itself is not retried", async () => {
    const s = await flaky(1, "syntax");
    const c = connect(s.url);
    const e = await c.select("test", "SELEC 1").catch((x: unknown) => x);
    expect((e as DyadError).message).toMatch(/Syntax error/);
    expect((e as DyadError).context.transient).toBeUndefined();
    expect(s.requests()).toBe(1);
    await c.close();
  });

  it("tells restart errors from others by code and message", () => {
    const msg = (code: number, text: string) => new Error(`Code: ${code}, e.displayText() = DB::Exception: ${text}`);
    expect(isTransientClickhouseError(msg(279, "All connection tries failed"))).toBe(true);
    expect(isTransientClickhouseError(msg(210, "Connection refused (127.0.0.1:9000)"))).toBe(true);
    expect(isTransientClickhouseError(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(true);
    expect(isTransientClickhouseError(new DyadError("E_STORE", "x", {}, Object.assign(new Error("socket hang up"), { code: "ECONNRESET" })))).toBe(true);
    expect(isTransientClickhouseError(msg(60, "Table dyad.articles doesn't exist"))).toBe(false);
    expect(isTransientClickhouseError(msg(159, "Timeout exceeded"))).toBe(false);
    expect(isTransientClickhouseError(new Error("Timeout error."))).toBe(false);
  });
});
