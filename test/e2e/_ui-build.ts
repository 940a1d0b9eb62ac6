// The browser tests serve dist/ui as `npm run build` leaves it. When ui/ has changed since (or it was
// never built), it is built first, so that the test never runs against stale files.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const UI_DIR = join(ROOT, "dist", "ui");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureUiBuilt(): void {
  const index = join(UI_DIR, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, "ui"))) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", join(ROOT, "ui", "vite.config.ts"), "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
}
