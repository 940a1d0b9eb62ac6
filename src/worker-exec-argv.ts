// The Node options of dyad's worker threads (piscina pools: engine-pool.ts, the SQLite reader
// pool). piscina loads a pool's module with require() first and falls back to import(); on a
// Node that can require() ES modules (20.19+, 22.12+), two tasks that reach a fresh worker at once
// make it require() the module while an import() of it is under way, and Node aborts the whole
// process ("v8::Module::IsGraphAsync must be used on an instantiated module"; seen in a test run
// here, 1 run in 8). With require(esm) off in the workers, piscina's import() path alone loads
// the module, and concurrent imports of one module are safe.
const FLAG = "--experimental-require-module";

export function workerExecArgv(): string[] {
  return process.allowedNodeEnvironmentFlags.has(FLAG) ? [...process.execArgv, "--no-experimental-require-module"] : [...process.execArgv];
}
