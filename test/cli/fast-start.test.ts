// The fast start of `dyad extract` (src/cli/fast-start.ts): the bundle is used only while every file
// it was built from is unchanged, and a missing, stale or damaged bundle, manifest or code cache
// sends dyad down the normal path (null) or compiles without the cache, never fails a run.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeCacheFile, loadBundledCli, MANIFEST_FORMAT, readCodeCache, writeCodeCache } from "../../src/cli/fast-start.js";

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

let root: string;
let cacheDir: string;
let bundle: string;
let input: string;

/** a package root with one input file and a bundle built from it (its runCli answers the argv's length) */
function build(code = `exports.runCli = async (argv) => argv.length + require("node:path").sep.length;\n`): void {
  mkdirSync(join(root, "dist", "cli"), { recursive: true });
  writeFileSync(input, "export const x = 1;\n");
  writeFileSync(bundle, code);
  manifest({ format: MANIFEST_FORMAT, bundle: sha(code), inputs: inputs() });
}

/** the manifest's list of the input as it is now */
function inputs(): [string, string, number, number][] {
  const st = statSync(input);
  return [["dist/engine.js", sha(readFileSync(input)), st.size, st.mtimeMs]];
}

function manifest(value: unknown): void {
  writeFileSync(bundle.replace(/\.cjs$/, ".json"), JSON.stringify(value));
}

const load = () => loadBundledCli({ root, cacheDir, bundle });
const cacheFiles = () => readdirSync(cacheDir).filter((f) => f.endsWith(".bin"));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "dyad-fast-"));
  cacheDir = join(root, "cache");
  bundle = join(root, "dist", "cli", "run-cli.bundle.cjs");
  input = join(root, "dist", "engine.js");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("loadBundledCli", () => {
  it("loads the bundle while its inputs are the files it was built from, and keeps its code cache", async () => {
    build();
    const first = load()!;
    expect(first).not.toBeNull();
    expect(await first.runCli(["extract", "a.txt"])).toBe(3);
    expect(first.cache).toBe("absent");
    first.finish();
    expect(cacheFiles()).toHaveLength(1);
    const second = load()!;
    expect(second.cache).toBe("used");
    expect(await second.runCli(["x"])).toBe(2);
  });

  it("is not used when an input has changed or is gone (a tsc run since the bundle was built)", () => {
    build();
    writeFileSync(input, "export const x = 22;\n");
    expect(load()).toBeNull();
    rmSync(input);
    expect(load()).toBeNull();
  });

  it("takes an input of its size and time as unchanged, and hashes one of another time", () => {
    build();
    const { mtime } = statSync(input);
    // the same size, another time: its bytes decide
    writeFileSync(input, "export const x = 2;\n");
    utimesSync(input, mtime, new Date(mtime.getTime() + 5000));
    expect(load()).toBeNull();
    writeFileSync(input, "export const x = 1;\n");
    utimesSync(input, mtime, new Date(mtime.getTime() + 5000));
    expect(load()).not.toBeNull();
  });

  it("is not used when the bundle or its manifest is absent, altered or of another shape", () => {
    build();
    writeFileSync(bundle, readFileSync(bundle, "utf8") + "exports.other = 1;\n");
    expect(load()).toBeNull();
    build();
    rmSync(bundle.replace(/\.cjs$/, ".json"));
    expect(load()).toBeNull();
    build();
    rmSync(bundle);
    expect(load()).toBeNull();
    build();
    writeFileSync(bundle.replace(/\.cjs$/, ".json"), "{ not json");
    expect(load()).toBeNull();
    build();
    manifest({ format: MANIFEST_FORMAT + 1, bundle: sha(readFileSync(bundle)), inputs: inputs() });
    expect(load()).toBeNull();
    build();
    manifest({ format: MANIFEST_FORMAT, bundle: sha(readFileSync(bundle)), inputs: [] });
    expect(load()).toBeNull();
  });

  it("is not used when the bundle throws as it loads or has no runCli", () => {
    build(`throw new Error("broken");\n`);
    expect(load()).toBeNull();
    build(`exports.somethingElse = 1;\n`);
    expect(load()).toBeNull();
    build(`this is not JavaScript (\n`);
    expect(load()).toBeNull();
  });

  it("compiles without a damaged code cache, and writes a good one after the run", async () => {
    build();
    load()!.finish();
    const [file] = cacheFiles();
    const good = readFileSync(join(cacheDir, file));
    // one byte of the payload changed: our checksum fails
    const bad = Buffer.from(good);
    bad[bad.length - 10] ^= 0xff;
    writeFileSync(join(cacheDir, file), bad);
    const damaged = load()!;
    expect(damaged.cache).toBe("absent");
    expect(await damaged.runCli(["a"])).toBe(2);
    damaged.finish();
    expect(load()!.cache).toBe("used");
    // cut short, then empty
    writeFileSync(join(cacheDir, file), good.subarray(0, good.length >> 1));
    expect(load()!.cache).toBe("absent");
    writeFileSync(join(cacheDir, file), "");
    expect(load()!.cache).toBe("absent");
  });

  it("compiles anew when V8 rejects a code cache (another script's), then stores the right one", async () => {
    // (a script this process compiled before is found in V8's own cache of the process, which
    // never reads the file: each script here is new)
    build(`exports.runCli = async () => 7; // ${Math.random()}\n`);
    load()!.finish();
    const other = readFileSync(join(cacheDir, cacheFiles()[0]));
    const code = `exports.runCli = async () => 8; // another, longer script ${Math.random()}\n`;
    build(code);
    writeFileSync(codeCacheFile(cacheDir, sha(code)), other);
    const rejected = load()!;
    expect(rejected.cache).toBe("rejected");
    expect(await rejected.runCli([])).toBe(8);
    rejected.finish();
    expect(readCodeCache(codeCacheFile(cacheDir, sha(code)))?.equals(other.subarray(32))).toBe(false);
  });

  it("keeps no code cache without a cache folder (DYAD_CACHE=off)", async () => {
    build();
    const fast = loadBundledCli({ root, cacheDir: null, bundle })!;
    expect(fast.cache).toBe("none");
    expect(await fast.runCli([])).toBe(1);
    fast.finish();
    expect(() => readdirSync(cacheDir)).toThrow();
  });
});

describe("code-cache files", () => {
  it("reads back what was written, and nothing from a file that is damaged or absent", () => {
    const file = join(root, "c", "cli-code-" + "a".repeat(64) + ".bin");
    writeCodeCache(file, Buffer.from("payload"));
    expect(readCodeCache(file)?.toString()).toBe("payload");
    writeFileSync(file, readFileSync(file).subarray(0, 33));
    expect(readCodeCache(file)).toBeUndefined();
    expect(readCodeCache(join(root, "c", "none.bin"))).toBeUndefined();
  });

  it("keeps the four newest and ignores a folder it cannot write", () => {
    const dir = join(root, "c");
    for (let k = 0; k < 6; k++) {
      const file = join(dir, `cli-code-${String(k).repeat(64)}.bin`);
      writeCodeCache(file, Buffer.from(`p${k}`));
      utimesSync(file, 1000 + k, 1000 + k);
    }
    writeCodeCache(join(dir, `cli-code-${"f".repeat(64)}.bin`), Buffer.from("newest"));
    expect(readdirSync(dir).sort()).toEqual([3, 4, 5].map((k) => `cli-code-${String(k).repeat(64)}.bin`).concat(`cli-code-${"f".repeat(64)}.bin`));
    writeFileSync(join(root, "file"), "");
    expect(() => writeCodeCache(join(root, "file", "cli-code-x.bin"), Buffer.from("x"))).not.toThrow();
  });
});
