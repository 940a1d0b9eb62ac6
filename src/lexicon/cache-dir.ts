// Where dyad keeps what it builds once and reads at every start (the compile cache of the
// dictionaries, the code cache of the CLI bundle). Node's built-ins only: the CLI's fast start
// reads it before it loads anything else of dyad.
import { readdirSync, statSync, unlinkSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/** The user's cache folder for dyad, or null when DYAD_CACHE=off or no home is known. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (/^(off|0|false|no)$/i.test(env.DYAD_CACHE ?? "")) return null;
  // (the XDG spec: a relative XDG_CACHE_HOME is invalid and is ignored)
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "dyad");
  let home = "";
  try {
    home = homedir();
  } catch {
    /* no home: no cache */
  }
  return home ? join(home, ".cache", "dyad") : null;
}

/** Removes the cache folder's entries named `prefix` + a sha-256 + ".json" or ".bin" beyond the `keep` most
 * recently used (by mtime), so that each kind of entry keeps a bounded number of versions. */
export function pruneCacheFiles(dir: string, prefix: string, keep: number): void {
  const entries = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && /^[0-9a-f]{64}\.(json|bin)$/.test(f.slice(prefix.length)))
    .map((f) => {
      try {
        return { f, t: statSync(join(dir, f)).mtimeMs };
      } catch {
        return { f, t: 0 };
      }
    })
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(keep))
    try {
      unlinkSync(join(dir, f));
    } catch {
      /* another process removed it first */
    }
}
