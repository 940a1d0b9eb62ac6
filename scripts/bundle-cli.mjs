#!/usr/bin/env node
// Builds the fast start of `dyad extract` (src/cli/fast-start.ts): dist/cli/run-cli.js and the
// extract path as one CommonJS file, dist/cli/run-cli.bundle.cjs, with its manifest
// (run-cli.bundle.json: the bundle's sha-256, and every input file's with its size and mtime).
// Run after tsc (npm run build).
// The other commands stay where they are: they are dynamic imports, left as they are, and the
// bundle is used for `extract` only. Packages dyad loads with createRequire (wink, zod, the
// gazetteer's data) are loaded at run time as before.
//
// rolldown is a devDependency (the version vite 8 bundles with); without it (an install without devDependencies), or
// when bundling fails, no bundle is written, the build goes on, and dyad starts the normal way.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "cli", "run-cli.bundle.cjs");
const manifest = out.replace(/\.cjs$/, ".json");
/** the dynamic imports taken into the bundle: the extract command's */
const INLINE = new Set(["./extract-command.js"]);
/** the manifest's shape: MANIFEST_FORMAT in src/cli/fast-start.ts */
const FORMAT = 2;

const sha = (b) => createHash("sha256").update(b).digest("hex");

rmSync(out, { force: true });
rmSync(manifest, { force: true });
let rolldown;
try {
  ({ rolldown } = await import("rolldown"));
} catch {
  console.error("bundle-cli: rolldown is not installed; no bundle (dyad extract starts from dist/)");
  process.exit(0);
}
try {
  const build = await rolldown({
    input: join(root, "dist", "cli", "run-cli.js"),
    platform: "node",
    logLevel: "warn",
    plugins: [{ name: "dyad-lazy-commands", resolveDynamicImport: (spec) => (INLINE.has(spec) ? null : { id: spec, external: true }) }],
  });
  const { output } = await build.generate({ format: "cjs", codeSplitting: false });
  await build.close();
  const chunk = output.find((o) => o.type === "chunk" && o.isEntry);
  if (!chunk || output.some((o) => o.type === "chunk" && o !== chunk)) throw new Error("bundle-cli: expected one chunk");
  const inputs = [];
  for (const id of chunk.moduleIds) {
    if (!existsSync(id)) continue; // (rolldown's runtime and other virtual modules)
    const rel = relative(root, id).split(sep).join("/");
    if (rel.startsWith("..")) throw new Error(`bundle-cli: ${id} is outside the package`);
    const st = statSync(id);
    inputs.push([rel, sha(readFileSync(id)), st.size, st.mtimeMs]);
  }
  inputs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  writeFileSync(out, chunk.code);
  writeFileSync(manifest, JSON.stringify({ format: FORMAT, bundle: sha(Buffer.from(chunk.code, "utf8")), inputs }, null, 1) + "\n");
  console.error(`bundle-cli: ${relative(root, out)} (${(chunk.code.length / 1024).toFixed(0)} KB, ${inputs.length} modules)`);
} catch (e) {
  rmSync(out, { force: true });
  rmSync(manifest, { force: true });
  console.error(`bundle-cli: no bundle (${e instanceof Error ? e.message : e}); dyad extract starts from dist/`);
  process.exit(0);
}
