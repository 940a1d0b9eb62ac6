// A two-shard ClickHouse cluster for a test file: started with scripts/clickhouse-cluster.mjs when
// clickhouse-server is on PATH, stopped (and its temp dir removed) by stop(). Missing server: the
// caller skips, with the reason, unless DYAD_REQUIRE_CLICKHOUSE=1, where it is an error.
// @ts-expect-error: a plain .mjs script, without types
import { findClickhouseServer, restartServer, scratchParent, startCluster, stopCluster } from "../../scripts/clickhouse-cluster.mjs";

export interface TestCluster {
  /** the --store URL of database "dyad"; null when skipped */
  url: string | null;
  skipReason: string;
  /** each server's HTTP base URL, to look at one shard alone */
  servers: string[];
  startMs: number;
  stop(): Promise<number>;
  /** kills server i (from 0; SIGKILL unless told) and starts it again on its data; resolves once it answers */
  restart(i: number, options?: { signal?: NodeJS.Signals; downMs?: number }): Promise<void>;
}

export async function clickhouseCluster(): Promise<TestCluster> {
  if (!findClickhouseServer()) {
    const reason = "clickhouse-server is not on PATH (apt-get install -y clickhouse-server)";
    if (process.env.DYAD_REQUIRE_CLICKHOUSE === "1") throw new Error(`DYAD_REQUIRE_CLICKHOUSE=1 but ${reason}`);
    return { url: null, skipReason: reason, servers: [], startMs: 0, stop: async () => 0, restart: async () => {} };
  }
  const t0 = Date.now();
  type State = { dir: string; url: string; servers: { http: number }[] };
  let state: State;
  try {
    state = (await startCluster({ shards: 2, parent: scratchParent() })) as State;
  } catch {
    // once more: a port found free may have been taken before the server bound it
    state = (await startCluster({ shards: 2, parent: scratchParent() })) as State;
  }
  const startMs = Date.now() - t0;
  return {
    url: state.url,
    skipReason: "",
    servers: state.servers.map((s) => `http://127.0.0.1:${s.http}`),
    startMs,
    async restart(i, options = {}) {
      await restartServer(state.dir, i, options);
    },
    async stop() {
      const t1 = Date.now();
      // the data is thrown away: no need to wait out a graceful shutdown (servers holding idle
      // connections to each other take up to 10 s on a busy machine)
      await stopCluster(state.dir, { graceMs: 2000 });
      return Date.now() - t1;
    },
  };
}
