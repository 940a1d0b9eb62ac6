#!/usr/bin/env node
// The only place that touches process.argv and process.exit.
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
const argv = process.argv.slice(2);
// `dyad extract` starts from the one-file bundle with its code cache when the bundle is a copy of
// dist/ (src/cli/fast-start.ts); anything else, or DYAD_BUNDLE=off, from dist/
let fast = null;
// V8 compiles a regular expression to machine code at its second run: chrono's large patterns then
// cost 25-150 ms of a one-article run (test: a second date sentence, 150 ms -> 4 ms). Compiled
// after 100 runs instead, which a batch soon reaches; the matches are the same.
if (argv[0] === "extract") setFlagsFromString("--regexp-tier-up-ticks=100");
if (argv[0] === "extract" && !/^(off|0|false|no)$/i.test(process.env.DYAD_BUNDLE ?? "")) {
  try {
    const { loadBundledCli } = await import("../dist/cli/fast-start.js");
    const { defaultCacheDir } = await import("../dist/lexicon/cache-dir.js");
    fast = loadBundledCli({ root: fileURLToPath(new URL("..", import.meta.url)), cacheDir: defaultCacheDir() });
  } catch {
    /* a dist/ of an older build: the normal start */
  }
}
const runCli = fast ? fast.runCli : (await import("../dist/cli/run-cli.js")).runCli;
const code = await runCli(argv);
fast?.finish();
process.exitCode = code;
