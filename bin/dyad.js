#!/usr/bin/env node
// The only place that touches process.argv and process.exit.
import { runCli } from "../dist/cli/run-cli.js";

process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
