// `dyad watch` as a real process: SIGINT and SIGTERM stop it cleanly while it waits for the next
// poll (exit 0, "stopped", the store closed). It runs bin/dyad.js over the built code (dist/):
// run `npm run build` first, else it is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startServer, type TestServer } from "../sources/_http-server.js";
import { tempDir } from "./_memory-io.js";

const bin = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/cli/watch-command.js", import.meta.url));

let srv: TestServer;
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
  // a feed without items: one failed item per poll, and no engine to load
  srv = await startServer({
    "/empty.xml": (_q, r) => {
      r.writeHead(200, { "content-type": "application/rss+xml", etag: '"x"' });
      r.end('<rss version="2.0"><channel><title>Empty</title></channel></rss>');
    },
  });
});
afterAll(async () => {
  await srv.close();
  await tmp.remove();
});

describe.skipIf(!existsSync(dist))("dyad watch stops on a signal", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s while waiting: exit 0, 'stopped', the feed state written", async (sig) => {
    const db = join(tmp.dir, `${sig}.db`);
    const proc = spawn(process.execPath, [bin, "watch", `${srv.origin}/empty.xml`, "--allow-private", "--interval", "600", "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no poll line; stderr: ${stderr}`)), 20_000);
      proc.stdout.on("data", (d) => {
        stdout += d;
        if (stdout.includes("\n")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(stdout).toMatch(/empty\.xml: 1 item, 0 new, 0 already stored, 1 failed/);
    proc.kill(sig);
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/dyad watch: stopped/);
    const check = new Database(db, { readonly: true });
    expect(check.prepare("SELECT url, status FROM feed_state").all()).toEqual([{ url: `${srv.origin}/empty.xml`, status: 200 }]);
    check.close();
  });
});
