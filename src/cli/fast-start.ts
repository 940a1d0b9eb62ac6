// The fast start of `dyad extract`: the CLI and the extract path as one CommonJS bundle
// (dist/cli/run-cli.bundle.cjs, written by scripts/bundle-cli.mjs at build time), compiled with a
// V8 code cache kept in the user's cache folder. Node 20 has no compile cache for ES modules: a
// start from dist/ resolves, reads, parses and links about 130 modules and compiles every function
// the first article runs; the bundle is one script, and the code cache holds the bytecode of what
// the last run compiled.
//
// The bundle is a copy of dist/ and of the packages it took in, so it is used only while it is a
// copy of them: its manifest lists every file it was built from with its sha-256, size and mtime,
// and a file that differs (a `tsc` run since, another version of a package) or is missing sends
// dyad down the normal path. A file of its recorded size and mtime is taken as unchanged (as make
// does; hashing the 127 files cost 10-20 ms of a start), one of another mtime is hashed. So does an absent, unreadable or altered bundle or manifest, a bundle that fails to
// load, DYAD_BUNDLE=off, or anything thrown here: the fast start changes how fast, never what.
//
// A code-cache file is the sha-256 of its payload, then the payload; it is named by the bundle's
// hash and Node's version and platform. V8 checks its own version, flags and source hash and
// rejects what does not fit; the checksum is ours, against a damaged file. DYAD_CACHE=off: no code
// cache (the bundle is still used).
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { readCheckedFile, writeCheckedFile } from "../lexicon/cache-dir.js";
import type { runCli as RunCli } from "./run-cli.js";

/** The manifest's shape (scripts/bundle-cli.mjs writes it); another number is another shape. */
export const MANIFEST_FORMAT = 2;
/** code-cache files kept (the newest written): a few builds or Node versions side by side */
const KEEP = 4;
const PREFIX = "cli-code-";

export interface BundleManifest {
  format: number;
  /** the bundle's sha-256 */
  bundle: string;
  /** every file the bundle was built from: its path from the package root, sha-256, size and mtime (ms) */
  inputs: [string, string, number, number][];
}

export interface FastCli {
  runCli: typeof RunCli;
  /** the code cache: "used"; "absent" or "rejected" (by V8: another Node, other flags), then
   *  compiled and stored by finish(); "none" (no cache folder) */
  readonly cache: "used" | "rejected" | "absent" | "none";
  /** after the run: stores the code cache when none fit (what was compiled during the run is in it) */
  finish(): void;
}

export interface FastStartOptions {
  /** the package root (the folder of package.json) */
  root: string;
  /** the code cache's folder, or null for none */
  cacheDir: string | null;
  /** the bundle, default dist/cli/run-cli.bundle.cjs under root (its manifest: .json beside it) */
  bundle?: string;
}

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

/** The bundle's bytes and sha-256 when it is a copy of the files it was built from, else null. */
export function currentBundle(opts: FastStartOptions): { file: string; bytes: Buffer; hash: string } | null {
  try {
    const file = opts.bundle ?? join(opts.root, "dist", "cli", "run-cli.bundle.cjs");
    const manifest = JSON.parse(readFileSync(file.replace(/\.cjs$/, ".json"), "utf8")) as BundleManifest;
    if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.inputs) || !manifest.inputs.length) return null;
    for (const [input, hash, size, mtime] of manifest.inputs) {
      const path = join(opts.root, input);
      const st = statSync(path);
      if (st.size !== size) return null;
      // (as make does: a file of the size and time it had is the file it was; another time, its bytes say)
      if (st.mtimeMs !== mtime && sha(readFileSync(path)) !== hash) return null;
    }
    const bytes = readFileSync(file);
    const hash = sha(bytes);
    return hash === manifest.bundle ? { file, bytes, hash } : null;
  } catch {
    return null;
  }
}

/** The bundle, checked against its manifest and loaded; null when the normal path must run. */
export function loadBundledCli(opts: FastStartOptions): FastCli | null {
  try {
    const current = currentBundle(opts);
    if (!current) return null;
    const { file: bundle, bytes, hash: bundleHash } = current;
    const cacheFile = opts.cacheDir ? codeCacheFile(opts.cacheDir, bundleHash) : null;
    const cachedData = cacheFile ? readCodeCache(cacheFile) : undefined;
    // (the wrapper of a CommonJS module, on the bundle's first line: its line numbers stay right)
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}\n})`, { filename: bundle, cachedData });
    const module = { exports: {} as { runCli?: unknown } };
    (script.runInThisContext() as (...a: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    if (typeof module.exports.runCli !== "function") return null;
    const cache = !cacheFile ? "none" : !cachedData ? "absent" : script.cachedDataRejected ? "rejected" : "used";
    return {
      runCli: module.exports.runCli as typeof RunCli,
      cache,
      finish() {
        if (cacheFile && cache !== "used") writeCodeCache(cacheFile, script.createCachedData());
      },
    };
  } catch {
    return null;
  }
}

/** The code-cache file of a bundle (by its sha-256) for this Node. */
export function codeCacheFile(cacheDir: string, bundleHash: string): string {
  return join(cacheDir, `${PREFIX}${sha(`${bundleHash} ${process.version} ${process.platform} ${process.arch}`)}.bin`);
}

/** A code-cache file's payload, or undefined when it is absent or damaged. */
export function readCodeCache(file: string): Buffer | undefined {
  return readCheckedFile(file);
}

/** Stores a code cache (written whole under another name, then renamed); a failure is ignored. */
export function writeCodeCache(file: string, payload: Buffer): void {
  writeCheckedFile(file, payload, PREFIX, KEEP);
}
