// Where dyad keeps what it builds once and reads at every start (the compile cache of the
// dictionaries, the code cache of the CLI bundle). Node's built-ins only: the CLI's fast start
// reads it before it loads anything else of dyad.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";

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

/** A checked file's payload (stored after its sha-256: writeCheckedFile), or undefined when the file
 *  is absent, empty, truncated or altered. */
export function readCheckedFile(file: string): Buffer | undefined {
  try {
    const b = readFileSync(file);
    if (b.length <= 32) return undefined;
    const payload = b.subarray(32);
    return createHash("sha256").update(payload).digest().equals(b.subarray(0, 32)) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a payload after its sha-256, whole under another name and then renamed (a reader never
 *  sees half a file), and prunes the folder's entries of that prefix to `keep`; a failure (a
 *  read-only or full disk) is ignored: the next start builds again. */
export function writeCheckedFile(file: string, payload: Uint8Array, prefix: string, keep: number): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, Buffer.concat([createHash("sha256").update(payload).digest(), payload]));
    renameSync(tmp, file);
    pruneCacheFiles(dir, prefix, keep);
  } catch {
    /* not kept */
  }
}
