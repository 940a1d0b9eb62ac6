// Inputs that cost nothing past their limits, through the commands: an endless input (/dev/zero,
// standard input) fails at --max-chars while the other file is stored; a FIFO is read once; a
// record nested too deep fails alone the same way with and without worker threads; impossible
// dates are refused; names with newlines or escape sequences are printed escaped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run-cli.js";
import { runIngest } from "../../src/cli/ingest-command.js";
import { printable } from "../../src/cli/printable.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, memoryIO, tempDir } from "./_memory-io.js";

const workerFile = fileURLToPath(new URL("../../dist/engine-worker.js", import.meta.url));
const GOOD = "Iran and Iraq signed a trade deal on Monday.";
let tmp: Awaited<ReturnType<typeof tempDir>>;
let good: string;
beforeAll(async () => {
  tmp = await tempDir();
  good = await tmp.file("good.txt", GOOD);
});
afterAll(() => tmp.remove());

async function stored(db: string): Promise<number> {
  const store = openSqliteStore(db);
  try {
    return await store.countArticles();
  } finally {
    await store.close();
  }
}

/** Zero bytes for ever, as /dev/zero gives them. */
function zeros(): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      this.push(chunk);
    },
  });
}

describe.skipIf(!existsSync("/dev/zero"))("endless input", () => {
  it("dyad ingest /dev/zero good.txt: /dev/zero fails at --max-chars with E_TOO_LARGE, good.txt is stored", async () => {
    const db = join(tmp.dir, "zero.db");
    const r = await cli(["ingest", "/dev/zero", good, "--db", db, "--max-chars", "200000", "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dyad ingest: \/dev\/zero: \[E_TOO_LARGE\].*more than 200000 characters/);
    expect(r.stderr).toMatch(/2 read, 1 stored, 0 duplicates skipped, 1 failed/);
    expect(await stored(db)).toBe(1);
  });

  it("dyad extract /dev/zero, --input /dev/zero and - from endless stdin each fail with E_TOO_LARGE", async () => {
    const file = await cli(["extract", "/dev/zero", good, "--max-chars", "100000", "--format", "jsonl"]);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/\/dev\/zero: \[E_TOO_LARGE\]/);
    expect(file.stdout).toContain('"id":"good"');
    const lines = await cli(["extract", "--input", "/dev/zero", "--max-chars", "1000"]);
    expect(lines.code).toBe(1);
    expect(lines.stderr).toMatch(/\/dev\/zero:1: \[E_TOO_LARGE\].*without ending/);
    const m = memoryIO();
    const code = await runCli(["extract", "-", "--max-chars", "100000"], { ...m.io, stdin: zeros() });
    expect(code).toBe(1);
    expect(m.stderr()).toMatch(/stdin: \[E_TOO_LARGE\].*more than 100000 characters/);
  });
});

describe.skipIf(process.platform === "win32")("a FIFO", () => {
  it("dyad ingest reads a FIFO once: the writer writes and closes, the article is stored", async () => {
    const fifo = join(tmp.dir, "wire.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf '%s' "Russia welcomed the decision of the two governments on Tuesday." > "${fifo}"`]);
    const written = new Promise((done) => writer.on("close", done));
    const db = join(tmp.dir, "fifo.db");
    const r = await cli(["ingest", fifo, "--db", db, "--workers", "1"]);
    expect(r.stderr).toMatch(/1 read, 1 stored/);
    expect(r.code).toBe(0);
    await written;
  }, 20_000);
});

describe("records nested too deep", () => {
  const deep = JSON.stringify({ id: "deep", text: GOOD, published: "2024-03-04" }).replace(/}$/, `,"extra":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
  const ok = JSON.stringify({ id: "ok", text: "Russia welcomed the decision of the two governments.", published: "2024-03-04", extra: { a: [1, { b: 2 }] } });
  const runs = existsSync(workerFile) ? [1, 2] : [1];
  it.each(runs)("fail alone with E_BAD_RECORD, the same with --workers %i", async (workers) => {
    const file = await tmp.file(`deep-${workers}.jsonl`, `${deep}\n${ok}\n`);
    const db = join(tmp.dir, `deep-${workers}.db`);
    const m = memoryIO();
    const code = await runIngest([file], { db, quiet: true, workers }, m.io, { workerFile });
    expect(code).toBe(1);
    expect(m.stderr()).toMatch(/article "deep" \(.*deep-\d\.jsonl:1\): \[E_BAD_RECORD\].*nested more than 64 levels deep/);
    expect(m.stderr()).not.toMatch(/call stack/i);
    expect(await stored(db)).toBe(1);
  });
});

describe("impossible dates", () => {
  it.each(["2024-13-45", "2023-02-30", "2024-01-01junk"])("--published %s exits 2 for extract and ingest", async (date) => {
    for (const args of [["extract"], ["ingest", "--db", join(tmp.dir, "never.db")]]) {
      const r = await cli([...args, "--published", date, good]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--published ${date} is not YYYY-MM-DD`);
    }
  });

  it("an article published on an impossible day fails alone with E_BAD_DATE; the others are stored", async () => {
    const file = await tmp.file(
      "dates.jsonl",
      [
        { id: "bad1", text: GOOD, published: "2024-13-45" },
        { id: "bad2", text: "Russia welcomed the decision.", published: "2023-02-30" },
        { id: "bad3", text: "Iran thanked Iraq.", published: "2024-01-01junk" },
        { id: "fine", text: "Turkey and Syria met on Monday.", published: "2024-02-29" },
      ]
        .map((a) => JSON.stringify(a))
        .join("\n"),
    );
    const db = join(tmp.dir, "dates.db");
    const r = await cli(["ingest", file, "--db", db, "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[E_BAD_DATE\]/g)).toHaveLength(3);
    expect(r.stderr).toContain('"2024-13-45"');
    expect(await stored(db)).toBe(1);
    const x = await cli(["extract", "--input", file]);
    expect(x.code).toBe(1);
    expect(x.stderr.match(/\[E_BAD_DATE\]/g)).toHaveLength(3);
    expect(x.stdout).not.toMatch(/2024-13-45|2023-02-30/);
  });
});

describe("names in messages", () => {
  it("printable escapes control characters, line separators and bidi overrides, and leaves the rest", () => {
    expect(printable("a\nb\u001b[31mc\u0007\u009b\u2028\u202ed")).toBe("a\\nb\\u001b[31mc\\u0007\\u009b\\u2028\\u202ed");
    expect(printable("plain/path é 中.txt")).toBe("plain/path é 中.txt");
  });

  it("a file named with a newline and an escape sequence is printed escaped, one line per message", async () => {
    const name = join(tmp.dir, "evil\nname\u001b[2J.txt");
    await tmp.file("evil\nname\u001b[2J.txt", "   ");
    const r = await cli(["ingest", name, join(tmp.dir, "missing\r\n.txt"), "--db", join(tmp.dir, "names.db")]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).not.toContain("\r");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3); // two failures and the summary, one line each
    expect(lines.find((l) => l.includes("[E_EMPTY_TEXT]"))).toContain("evil\\nname\\u001b[2J.txt");
    expect(lines.find((l) => l.includes("[E_READ]"))).toContain("missing\\r\\n.txt");
    const x = await cli(["extract", name]);
    expect(x.stderr).not.toContain("\u001b");
    expect(x.stderr).toContain("evil\\nname\\u001b[2J");
  });
});
