// Where a test's fixtures are: the project's full sets in ../shared beside the repo (a checkout of
// the project has them; a user's clone does not), and the small copies kept in test/fixtures. A
// test that needs ../shared skips without it and says so, naming the missing path, once per path.
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The folder beside the repo that holds the project's corpus and full fixture sets. */
export const SHARED = join(repo, "..", "shared");

/** test/fixtures: the small sets kept in the repo. */
export const LOCAL_FIXTURES = join(repo, "test", "fixtures");

const told = new Set<string>();

/**
 * `rel` under ../shared when it is there, else null, after a line on stderr that names the missing
 * path and what skips without it (vitest shows it beside the file's results).
 */
export function sharedPath(rel: string, skipped: string): string | null {
  const path = join(SHARED, rel);
  if (existsSync(path)) return path;
  if (!told.has(path)) {
    told.add(path);
    console.warn(`skipped without ${relative(repo, path)} (not found beside the repo): ${skipped}`);
  }
  return null;
}
