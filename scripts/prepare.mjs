#!/usr/bin/env node
// npm's `prepare`: builds dist/ (`npm run build`) unless dist/ was built from exactly these inputs.
//
// Why: npm runs `prepare` after every `npm ci` and `npm install` in the checkout, and a full build
// (tsc, the CLI bundle, the UI) takes about 70 s on two cores; with this check an install that
// changed no input builds nothing.
//
// The inputs are every file the build reads from the checkout (src/, ui/ apart from what vite
// writes, patches/, the build scripts, the tsconfigs, package.json and package-lock.json, which
// fixes the versions of the installed packages that the bundle takes in), by content (sha-256),
// not by mtime: a fresh clone gives every file a new mtime. The record, dist/.build-inputs.json,
// is written only after a build that succeeded, with the outputs that build left; any input
// changed, added or removed, or any recorded output missing, and prepare builds again.
// DYAD_BUILD=always builds in any case. `npm run build` always builds.
//
// It then links `node_modules/.bin/dyad` to `bin/dyad.js` in a checkout (see linkBin).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** what the build reads, relative to the package root: folders are walked */
export const BUILD_INPUTS = ["src", "ui", "patches", "scripts/bundle-cli.mjs", "scripts/prepare.mjs", "tsconfig.json", "package.json", "package-lock.json"];
/** what the build writes: its record lists those of them that exist after it */
export const BUILD_OUTPUTS = ["dist/index.js", "dist/cli/run-cli.js", "dist/cli/run-cli.bundle.cjs", "dist/cli/run-cli.bundle.json", "dist/ui/index.html"];
export const RECORD = "dist/.build-inputs.json";
const FORMAT = 1;
/** folders inside the inputs that are outputs or caches, never inputs */
const SKIP_DIRS = new Set(["node_modules", "dist", ".cache"]);

/** Every input file (relative path, "/"-separated, sorted) with the sha-256 of its bytes. */
export function buildInputs(root) {
  const files = [];
  const walk = (rel) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      files.push(rel); // a file
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && SKIP_DIRS.has(e.name)) continue;
      const child = rel + "/" + e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) files.push(child);
    }
  };
  for (const input of BUILD_INPUTS) walk(input);
  files.sort();
  return files.map((rel) => [rel, createHash("sha256").update(readFileSync(join(root, rel))).digest("hex")]);
}

/** Why dist/ must be built again, or null when the record matches the inputs and its outputs exist. */
export function staleReason(root) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(root, RECORD), "utf8"));
  } catch {
    return "no record of an earlier build";
  }
  if (record?.format !== FORMAT || !Array.isArray(record.inputs) || !Array.isArray(record.outputs)) return "the record is not this script's";
  const missing = record.outputs.find((rel) => typeof rel !== "string" || !existsSync(join(root, rel)));
  if (missing !== undefined) return `${missing} is missing`;
  const now = buildInputs(root);
  const before = new Map(record.inputs.map((i) => [i[0], i[1]]));
  if (now.length !== before.size) return "input files were added or removed";
  for (const [rel, hash] of now) {
    if (!before.has(rel)) return `${rel} is new`;
    if (before.get(rel) !== hash) return `${rel} changed`;
  }
  return null;
}

/**
 * Writes the record of a build that has just succeeded (whole, then renamed into place). `inputs` are
 * the inputs as they were when that build started (an edit made during the build is then not taken
 * for built: the next prepare builds again).
 */
export function writeRecord(root, inputs = buildInputs(root)) {
  const record = { format: FORMAT, inputs, outputs: BUILD_OUTPUTS.filter((rel) => existsSync(join(root, rel))) };
  const file = join(root, RECORD);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file + ".tmp", JSON.stringify(record) + "\n");
  renameSync(file + ".tmp", file);
}

/** where the command's link lives, and what it points to (relative, so a moved or copied checkout keeps it) */
export const BIN_LINK = "node_modules/.bin/dyad";
export const BIN_TARGET = "../../bin/dyad.js";

/**
 * Links `node_modules/.bin/dyad` to `bin/dyad.js` in a checkout, so that `npx dyad` runs it at once.
 *
 * Why not a `bin` in package.json: npm's `npx` then takes the checkout for a package to install into
 * its own cache (a link), and on every call loads that cache's tree, which follows the link through
 * every package in the checkout's node_modules (npm 11: its hidden lockfile never lists them); that
 * was 0.5 s of each `npx dyad` here. A command in `node_modules/.bin` npx runs directly.
 * Only in a checkout (not when this package is itself inside a node_modules folder) and only when
 * node_modules exists. Returns what it did: "linked", "kept" (already right), or "skipped".
 */
export function linkBin(root) {
  if (basename(dirname(resolve(root))) === "node_modules" || !existsSync(join(root, "node_modules"))) return "skipped";
  const link = join(root, BIN_LINK);
  let entry = null;
  try {
    entry = lstatSync(link);
  } catch {
    /* not there yet */
  }
  if (entry?.isSymbolicLink() && readlinkSync(link) === BIN_TARGET) return "kept";
  if (entry) rmSync(link, { force: true, recursive: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(BIN_TARGET, link);
  return "linked";
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const reason = process.env.DYAD_BUILD === "always" ? "DYAD_BUILD=always" : staleReason(root);
  if (reason === null) {
    console.error(`prepare: dist/ is built from these sources already (${relative(process.cwd(), join(root, RECORD)).split(sep).join("/") || RECORD}); nothing to build`);
  } else {
    build(root, reason);
  }
  try {
    if (linkBin(root) === "linked") console.error(`prepare: linked ${BIN_LINK} -> bin/dyad.js (for \`npx dyad\`)`);
  } catch (e) {
    console.error(`prepare: could not link ${BIN_LINK} (${e.message}); run dyad as \`node bin/dyad.js\``);
  }
}

function build(root, reason) {
  console.error(`prepare: building dist/ (${reason})`);
  const inputs = buildInputs(root);
  // npm sets npm_execpath to its own CLI script when it runs a lifecycle script: run that with this
  // node (no shell, and no npm.cmd to find on Windows); by hand, the npm on the PATH
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) execFileSync(process.execPath, [npmCli, "run", "build"], { cwd: root, stdio: "inherit" });
  else execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  writeRecord(root, inputs);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
