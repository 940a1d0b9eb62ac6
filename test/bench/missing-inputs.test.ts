// Each bench without its input (issue 12: in a lone clone `npm run bench` died on ENOENT, bench:html
// with a stack trace, bench:api exited 0): one line on stderr naming the missing path and the flag
// that points elsewhere, no stack, exit 2, and nothing started.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = mkdtempSync(join(tmpdir(), "dyad-bench-inputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const missing = join(dir, "not-here");

describe("a bench without its input", () => {
  it.each([
    ["extract.mjs", ["--file", missing + ".jsonl"], "--file", missing + ".jsonl"],
    ["ingest.mjs", ["--file", missing + ".jsonl"], "--file", missing + ".jsonl"],
    ["api.mjs", ["--file", missing + ".jsonl"], "--file", missing + ".jsonl"],
    ["html.mjs", ["--dir", missing], "--dir", join(missing, "ground-truth.json")],
    ["api-routes.mjs", ["--db", missing + ".db"], "--db", missing + ".db"],
  ])("%s says what is missing in one line and exits 2", (bench, args, flag, path) => {
    const r = spawnSync(process.execPath, [join("bench", bench), ...args], { cwd: repo, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${path} is missing`);
    expect(lines[0]).toContain(`pass ${flag} PATH`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("the API bench given --db and --writes 0 still needs the corpus when that store does not exist yet", () => {
    const r = spawnSync(process.execPath, ["bench/api.mjs", "--file", missing + ".jsonl", "--db", missing + ".db", "--writes", "0"], { cwd: repo, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${missing}.jsonl is missing`);
  });
});
