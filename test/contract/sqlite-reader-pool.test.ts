// The store contract against the SQLite reader pool: writes on this thread, every read on one of
// two reader threads with connections of their own. The readers run the built module (dist/),
// since a worker thread cannot load TypeScript: run `npm run build` first, else this is skipped.
import { afterAll, describe } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteReaderPool } from "../../src/store/sqlite/sqlite-reader-pool.js";
import { testStore } from "./store-contract.js";

const workerFile = fileURLToPath(new URL("../../dist/store/sqlite/sqlite-reader-worker.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-pool-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(workerFile))("reader pool", () => {
  testStore("sqlite reader pool", () => openSqliteReaderPool(join(dir, `store-${++n}.db`), { readers: 2, workerFile }));
});
