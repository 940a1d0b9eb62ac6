// dyad's public API: an explicit export list.
export { createEngine, type Engine, type EngineConfig } from "./engine.js";
export { runCli, type CliIO } from "./cli/run-cli.js";
export { DyadError, ERRORS, type ErrorCode } from "./errors.js";
export type * from "./model/types.js";
