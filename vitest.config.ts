import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  // vite's cache (vitest's results) outside node_modules: an entry made in node_modules after `npm ci`
  // makes npm distrust its hidden lockfile, and `npx dyad` then reads all 390 installed packages
  cacheDir: ".cache/vite",
  test: {
    // the engine loads wink's model and compiles the dictionaries: give slow machines room
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/e2e/**"], sequence: { groupOrder: 0 } } },
      // the browser tests run after the others, alone: their first-view timing must not share the
      // machine's two cores with the rest of the suite
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], sequence: { groupOrder: 1 } } },
    ],
  },
});
