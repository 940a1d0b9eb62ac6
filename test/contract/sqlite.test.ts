// The store contract against SQLite, on a temporary file (WAL needs a real file).
import { afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { testAlertStore } from "./alert-store-contract.js";
import { testFeedState } from "./feed-state-contract.js";
import { testStore } from "./store-contract.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

testStore("sqlite", () => openSqliteStore(join(dir, `store-${++n}.db`)));
testFeedState("sqlite", () => join(dir, `feeds-${++n}.db`));
testAlertStore("sqlite", () => join(dir, `alerts-${++n}.db`));
