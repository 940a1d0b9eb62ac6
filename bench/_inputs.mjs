// What the benches read from beside the repo: ../shared holds the project's corpus and its full
// fixture sets, which a clone on its own does not have. A bench whose input is missing says so in
// one line (the path, and the flag that points it elsewhere) and exits 2 before doing anything else.
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The corpus the extraction, ingest and API benches read by default (6,204 articles). */
export const CORPUS = join(repo, "..", "shared", "corpus", "intl-politics-2012-2020.jsonl");

/** A smaller corpus kept in the repo, for a bench run without ../shared (39 articles). */
export const DEMO_CORPUS = join(repo, "examples", "demo", "articles.jsonl");

/** The path whose every part in `needs` exists (the path itself when none is named), or exit 2 saying what is missing. */
export function requireInput(path, { what, flag, needs = [""], alternative }) {
  const missing = needs.map((part) => join(path, part)).find((p) => !existsSync(p));
  if (missing === undefined) return path;
  const rel = relative(process.cwd(), missing) || ".";
  // (relative only inside the working directory: a path outside it reads the same wherever the clone sits)
  console.error(`bench: needs ${what}, and ${rel.startsWith("..") ? missing : rel} is missing: pass ${flag} PATH${alternative ? ` (${alternative})` : ""}`);
  process.exit(2);
}
