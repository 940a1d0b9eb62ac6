// Schemas built the first time one is asked for, from zod loaded then. Loading zod costs about a
// tenth of a second of CPU, and a warm start needs none of it: the compile cache gives back the
// dictionaries as their schemas checked them (compile-cache.ts). A file is checked, and zod
// loaded, only when the cache lacks it or is off.
//
// zod is required (its CommonJS build) because a schema is asked for inside synchronous code
// (readDataFile, createEngine); these schemas are never mixed with the ones the API builds from
// zod's ES module (src/api/schemas.ts).
import { createRequire } from "node:module";
import type * as Zod from "zod";

export type Z = typeof Zod.z;

let zod: Z | undefined;

/** The value `build` makes from zod, made on the first call and kept. */
export function lazySchema<T>(build: (z: Z) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build((zod ??= (createRequire(import.meta.url)("zod") as typeof Zod).z)));
}
