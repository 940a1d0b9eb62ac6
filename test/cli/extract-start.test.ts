// What `dyad extract` loads to extract one text file: with the compile cache warm, neither zod (the
// dictionaries come checked from the cache) nor what only other commands run (the store drivers,
// graphology, json-source-map, the query modules). Runs bin/dyad.js (dist/) in a child process with
// a hook that lists every module loaded, ES or CommonJS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const article = fileURLToPath(new URL("../../examples/russia-iran-treaty.txt", import.meta.url));

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

/** the modules one `dyad extract` of the example loads, with the cache in `cache` */
async function loaded(cache: string): Promise<string[]> {
  const log = join(dir, "loaded.txt");
  await rm(log, { force: true });
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(join(dir, "log.mjs")).href, bin, "extract", article], {
    env: { ...process.env, XDG_CACHE_HOME: join(dir, "cache"), DYAD_CACHE: "" },
  });
  expect(JSON.parse(stdout).schema).toBe("dyad.document/1");
  return (await readFile(log, "utf8")).split("\n").filter(Boolean);
}

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
});
