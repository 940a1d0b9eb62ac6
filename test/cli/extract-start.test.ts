// What `dyad extract` loads to extract one text file: with the compile cache warm, neither zod (the
// dictionaries come checked from the cache) nor what only other commands run (the store drivers,
// graphology, json-source-map, the query modules). Runs bin/dyad.js (dist/) in a child process with
// a hook that lists every module loaded, ES or CommonJS; from dist/ (DYAD_BUNDLE=off) and, when it
// is built (npm run build), from the one-file bundle (src/cli/fast-start.ts), which must print the
// same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { currentBundle } from "../../src/cli/fast-start.js";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const article = fileURLToPath(new URL("../../examples/russia-iran-treaty.txt", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-start-"));
  const log = join(dir, "loaded.txt");
  await writeFile(
    join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, "esm " + url + "\\n"); return next(url, context); }\n`,
  );
  await writeFile(
    join(dir, "log.mjs"),
    `import { register, Module } from "node:module";\nimport { appendFileSync } from "node:fs";\n` +
      `register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n` +
      `const load = Module._load;\nModule._load = function (request, ...rest) { appendFileSync(${JSON.stringify(log)}, "cjs " + request + "\\n"); return load.call(this, request, ...rest); };\n`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** the modules one `dyad extract` of the example loads, with the cache in the folder `cache`, and its output */
async function extract(cache: string, bundled = false): Promise<{ modules: string[]; stdout: string }> {
  const log = join(dir, "loaded.txt");
  await rm(log, { force: true });
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(join(dir, "log.mjs")).href, bin, "extract", article], {
    env: { ...process.env, XDG_CACHE_HOME: join(dir, cache), DYAD_CACHE: "", DYAD_BUNDLE: bundled ? "" : "off" },
  });
  expect(JSON.parse(stdout).schema).toBe("dyad.document/1");
  return { modules: (await readFile(log, "utf8")).split("\n").filter(Boolean), stdout };
}

/** the modules of a run from dist/ (`_run` names it: all share one cache folder, cold at the first) */
const loaded = async (_run: string) => (await extract("cache")).modules;

const zod = (m: string) => /(^cjs zod$|\/node_modules\/zod\/)/.test(m);
const notForExtract = (m: string) => /node_modules\/(graphology|graphology-communities-louvain|json-source-map|better-sqlite3|@clickhouse|fastify|linkedom|@mozilla|feedsmith|undici)\/|^cjs (better-sqlite3|json-source-map|graphology)|\/dist\/(query\/(?!queries|plover-quads|dyad-series|render-rows)|store\/(?!store-spec|store\.js)|api\/|alerts\/)/.test(m);

describe("dyad extract's start", () => {
  it("checks the dictionaries with zod on a cold cache, and loads no zod once the cache holds them", async () => {
    const cold = await loaded("cold");
    expect(cold.some(zod)).toBe(true);
    const warm = await loaded("warm");
    expect(warm.filter(zod)).toEqual([]);
    expect(warm.some((m) => m.includes("/dist/engine.js"))).toBe(true);
  }, 60_000);

  it("loads nothing that only query, export, ingest or serve run", async () => {
    expect((await loaded("again")).filter(notForExtract)).toEqual([]);
  }, 60_000);

  // (skipped unless `npm run build` wrote the bundle since the last change of what it holds)
  it.skipIf(!currentBundle({ root, cacheDir: null }))("starts from the bundle, with its code cache, and prints what the start from dist/ prints", async () => {
    const cold = await extract("bundle", true);
    expect(cold.modules.some((m) => m.includes("/dist/cli/fast-start.js"))).toBe(true);
    expect(cold.modules.filter((m) => /\/dist\/(engine|cli\/run-cli)\.js$/.test(m))).toEqual([]);
    const codeCache = (await readdir(join(dir, "bundle", "dyad"))).filter((f) => f.startsWith("cli-code-"));
    expect(codeCache).toHaveLength(1);
    const written = (await stat(join(dir, "bundle", "dyad", codeCache[0]))).mtimeMs;
    const warm = await extract("bundle", true);
    // (V8 took the code cache: it is written again only when it does not fit)
    expect((await stat(join(dir, "bundle", "dyad", codeCache[0]))).mtimeMs).toBe(written);
    const normal = await extract("bundle");
    expect(normal.modules.some((m) => m.includes("/dist/engine.js"))).toBe(true);
    expect(warm.stdout).toBe(normal.stdout);
    expect(cold.stdout).toBe(normal.stdout);
    expect(warm.modules.filter(notForExtract)).toEqual([]);
    expect(warm.modules.filter(zod)).toEqual([]);
  }, 90_000);
});
