// `dyad demo`: the bundled sample (examples/demo/, real articles with their sources) ingested into
// a temporary store, served with the web UI until stopped; the store is deleted afterwards. With
// --db or --store the sample goes into the store named (SQLite or ClickHouse), which is kept.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { createEngine } from "../engine.js";
import { estimateItems } from "../sources/count-sources.js";
import { readSources } from "../sources/read-sources.js";
import { ingest } from "../store/ingest.js";
import { openStore, redactPassword } from "../store/open-store.js";
import { describeFailure } from "./ingest-command.js";
import { progressBar } from "./progress-bar.js";
import type { CliIO } from "./run-cli.js";
import { serveStore, type ServeDeps } from "./serve-command.js";
import { printable } from "./printable.js";

export interface DemoCommandOptions {
  /** keep the store in this SQLite file instead of a temporary one */
  db?: string;
  /** ingest into, and serve, this store (a SQLite file or a clickhouse:// URL); it is kept */
  store?: string;
  port?: number;
  host?: string;
  /** commander's --no-open sets this to false */
  open?: boolean;
}

export interface DemoDeps extends ServeDeps {
  /** opens the URL in a browser (default: the platform's opener, detached; failures ignored) */
  openUrl?: (url: string) => void;
  /** the sample to ingest (default: examples/demo/articles.jsonl) */
  sample?: string;
}

export function demoSample(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "demo", "articles.jsonl");
}

export async function runDemo(opts: DemoCommandOptions, io: CliIO, deps: DemoDeps = {}): Promise<number> {
  // a store the user names is kept; otherwise a temporary SQLite file, deleted at the end
  const named = opts.store ?? opts.db;
  const dir = named ? null : mkdtempSync(join(tmpdir(), "dyad-demo-"));
  try {
    const spec = named ?? join(dir!, "demo.db");
    const store = openStore(spec);
    await store.migrate();
    io.stderr.write("dyad demo: reading the sample articles (examples/demo/SOURCES.md says where each comes from) ...\n");
    const engine = createEngine();
    const sample = deps.sample ?? demoSample();
    // on a terminal, the ingest's bar: reading the sample takes seconds on a slow machine
    const tty = (io.stderr as Writable & { isTTY?: boolean }).isTTY === true;
    const progress = tty ? progressBar(io.stderr, await estimateItems([sample]), () => performance.now()) : null;
    const summary = await ingest(readSources([sample]), {
      store,
      extract: (a) => engine.extract(a),
      onProgress: progress?.update,
      onFailure: (f) => {
        progress?.clear();
        io.stderr.write(`dyad demo: ${printable(describeFailure(f))}\n`);
      },
    });
    progress?.stop();
    const where = named ? redactPassword(named) : "a temporary store";
    const already = summary.duplicates ? ` (${summary.duplicates} already there)` : "";
    const n = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;
    io.stderr.write(`dyad demo: ${n(summary.stored, "article")}${already}, ${n(summary.events, "event")}, ${n(summary.quotes, "quote")} stored in ${where}\n`);
    return await serveStore(store, { port: opts.port, host: opts.host, storeSpec: spec }, io, deps, "dyad demo", (server) => {
      if (opts.open !== false) (deps.openUrl ?? openInBrowser)(server.url);
    });
  } catch (e) {
    io.stderr.write(`dyad demo: ${printable((e as Error).message)}\n`);
    return 2;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function openInBrowser(url: string): void {
  const [cmd, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: "ignore" });
    // no opener (a server, a container): the printed URL is enough
    child.on("error", () => {});
    child.unref();
  } catch {
    /* as above */
  }
}
