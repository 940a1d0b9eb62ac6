import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the engine loads wink's model and compiles the dictionaries: give slow machines room
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
