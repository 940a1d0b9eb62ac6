// A cheap estimate of how many items the sources hold, for a progress bar's total and ETA: lines
// of a JSON-lines file (counted in bytes, not parsed), items of a feed file (its <item>/<entry>
// tags), one per other file, files of a folder as the reader walks them. A URL's items are
// unknown until fetched: the estimate is then null.
import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { isUrlSource } from "./read-sources.js";
import { sniffFeed } from "./read-feed.js";

const WALKED = new Set([".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xml", ".rss", ".atom", ".rdf"]);

/** The number of items, or null when a source cannot be counted before it is read. */
export async function estimateItems(sources: string[]): Promise<number | null> {
  let total = 0;
  for (const s of sources) {
    if (isUrlSource(s)) return null;
    total += await countPath(s, true);
  }
  return total;
}

async function countPath(path: string, named: boolean): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 1; // one error item
  }
  if (info.isDirectory()) {
    let n = 0;
    const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = join(path, e.name);
      if (e.isDirectory()) n += await countPath(p, false);
      else if (e.isFile() && (WALKED.has(extname(e.name).toLowerCase()) || /\.html?\.gz$/i.test(e.name))) n += await countPath(p, false);
    }
    return n;
  }
  if (!named && !info.isFile()) return 0;
  // a FIFO or a device is read once, by the reader: opening it here would take its bytes
  if (!info.isFile()) return 1;
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return countLines(path);
  // the head only, unless it is a feed (small, and read whole anyway)
  if (info.size < 32 * 1024 * 1024 && sniffFeed(await head(path))) {
    const text = await readFile(path).catch(() => null);
    if (text) {
      const s = text.toString("latin1");
      const tags = s.match(/<(?:\w+:)?(?:item|entry)[\s>]/g)?.length ?? 0;
      return Math.max(tags || (s.match(/"id"\s*:/g)?.length ?? 1), 1);
    }
  }
  return 1;
}

async function head(path: string): Promise<Uint8Array> {
  try {
    const fh = await open(path, "r");
    try {
      const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    return new Uint8Array();
  }
}

function countLines(path: string): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    let last = 10;
    createReadStream(path)
      .on("data", (chunk) => {
        const b = chunk as Buffer;
        for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
        if (b.length) last = b[b.length - 1];
      })
      .on("end", () => resolve(n + (last === 10 ? 0 : 1)))
      .on("error", () => resolve(1));
  });
}
