// The command-line shell: flags, usage and exit codes. None of these runs create an engine, except
// where said: flag errors are answered before the dictionaries are loaded.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cli, tempDir } from "./_memory-io.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("runCli", () => {
  it("--help prints the usage with the extract command on stdout and exits 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: dyad/);
    expect(r.stdout).toContain("extract");
    expect(r.stderr).toBe("");
  });

  it("extract --help lists the extract flags and exits 0", async () => {
    const r = await cli(["extract", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: dyad extract");
    for (const flag of ["--input", "--published", "--outlet", "--url", "--format", "--dictionary", "--max-chars"]) expect(r.stdout).toContain(flag);
  });

  it("--version prints the package's version and exits 0", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("no arguments: the usage on stderr, exit 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: dyad");
    expect(r.stdout).toBe("");
  });

  it("an unknown command exits 2 and names it", async () => {
    const r = await cli(["extrakt", "a.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("extrakt");
  });

  it("extract without FILE, --input or - exits 2 with a message that says what to give", async () => {
    const r = await cli(["extract"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dyad extract: give FILE/);
    expect(r.stdout).toBe("");
  });

  it.each(["2025-13", "17/01/2025", "yesterday", "2025-1-17"])("extract --published %s exits 2 and names the bad date", async (date) => {
    const r = await cli(["extract", "--published", date, "article.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--published ${date} is not YYYY-MM-DD`);
    expect(r.stdout).toBe("");
  });

  it("an unknown --format exits 2 and lists the choices", async () => {
    const r = await cli(["extract", "--format", "xml", "article.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/json, jsonl, pretty/);
  });

  it("an unknown flag exits 2 and names it", async () => {
    const r = await cli(["extract", "--publish", "2025-01-17", "article.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--publish");
  });

  it("a missing --dictionary file exits 2 with E_DICTIONARY naming the file (creates an engine)", async () => {
    const r = await cli(["extract", "-", "--dictionary", "/nonexistent/dyad-actors.json"], "Iran.");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_DICTIONARY");
    expect(r.stderr).toContain("/nonexistent/dyad-actors.json");
    expect(r.stdout).toBe("");
  });
});

// Known bugs, reported with the fix: `it.fails` passes while the bug is there. When the fix lands,
// these fail: drop `.fails` and they become ordinary regression tests.
describe("runCli: known bugs", () => {
  // src/cli/run-cli.ts: `--dictionary <file...>` is variadic, so it swallows the FILE operands that
  // follow it: `dyad extract --dictionary mine.json article.txt` reads article.txt as a dictionary
  // and finds no input (exit 2).
  it("--dictionary FILE before the article does not swallow the article (creates an engine)", async () => {
    const tmp = await tempDir();
    try {
      const dict = await tmp.file("acme.json", JSON.stringify({ organizations: [{ id: "org:acme", name: "Acme Corp", aliases: ["Acme"], sector: "BUS", country: "USA" }] }));
      const article = await tmp.file("acme.txt", "Acme Corp said on Monday it would leave Russia.");
      const r = await cli(["extract", "--dictionary", dict, article, "--format", "jsonl"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('"org:acme"');
    } finally {
      await tmp.remove();
    }
  });

  // src/cli/run-cli.ts: --max-chars is parsed with Number.parseInt and never checked: "abc" gives
  // NaN, and `text.length > NaN` is false, so the limit silently disappears.
  it("--max-chars abc exits 2 and names the flag", async () => {
    const r = await cli(["extract", "-", "--max-chars", "abc"], "Iran agreed.");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-chars");
  });

  // ... and "2e6" or "2,000,000" become a limit of 2 characters.
  it("--max-chars 2e6 is not read as a limit of 2", async () => {
    const r = await cli(["extract", "-", "--max-chars", "2e6"], "Iran agreed.");
    expect(r.stderr).not.toMatch(/limit 2$/m);
  });
});
