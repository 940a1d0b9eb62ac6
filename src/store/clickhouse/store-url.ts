// clickhouse://[USER[:PASSWORD]@]HOST:PORT[,HOST:PORT...]/DATABASE[?cluster=NAME] → connection
// options. PORT is the HTTP port. With a cluster, list every server of it (one per shard): the
// schema is created on each, since ON CLUSTER needs ZooKeeper; queries go to the first.
import { DyadError } from "../../errors.js";
import { sqlIdent } from "./sql-literal.js";

export interface ClickhouseStoreOptions {
  /** the servers' HTTP base URLs; the first takes the queries */
  hosts: string[];
  database: string;
  /** the cluster (from the servers' remote_servers) to spread the tables over; null: one server */
  cluster: string | null;
  username?: string;
  password?: string;
  /** the longest a query may run, in seconds, on the server and in the client (default 60) */
  timeoutSeconds?: number;
  /** how a query is retried on the errors a server restart leaves behind (connection.ts's
   * CLICKHOUSE_RETRY by default; tests shorten it) */
  retry?: { tries?: number; firstDelayMs?: number; maxDelayMs?: number; totalMs?: number };
}

const URL_RE = /^clickhouse:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)(?:\/([^?#]*))?(?:\?([^#]*))?$/i;
const HOST_RE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

export function isClickhouseUrl(spec: string): boolean {
  return /^clickhouse:\/\//i.test(spec);
}

export function parseClickhouseUrl(spec: string): ClickhouseStoreOptions {
  const bad = (detail: string): never => {
    throw new DyadError("E_STORE_OPEN", `${spec}: ${detail} (expected clickhouse://HOST:PORT[,HOST:PORT]/DATABASE[?cluster=NAME])`, { spec });
  };
  const m = URL_RE.exec(spec.trim()) ?? bad("not a ClickHouse store URL");
  const [, user, password, hostList, path, query] = m;
  const hosts = hostList.split(",").map((h) => {
    const hm = HOST_RE.exec(h.trim()) ?? bad(`${JSON.stringify(h)} is not HOST:PORT`);
    const port = Number(hm[2]);
    if (port < 1 || port > 65535) bad(`port ${port} is out of range`);
    return `http://${hm[1]}:${port}`;
  });
  const database = path ? decodeURIComponent(path) : "dyad";
  let cluster: string | null = null;
  let timeoutSeconds: number | undefined;
  for (const [key, value] of new URLSearchParams(query ?? "")) {
    if (key === "cluster") cluster = value;
    else if (key === "timeout") {
      timeoutSeconds = Number(value);
      if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1) bad(`timeout ${JSON.stringify(value)} is not a whole number of seconds`);
    } else bad(`unknown option ${JSON.stringify(key)}`);
  }
  try {
    sqlIdent(database);
    if (cluster !== null) sqlIdent(cluster);
  } catch (e) {
    bad((e as Error).message.replace(/^\[E_STORE_OPEN\][^:]*: /, ""));
  }
  if (!cluster && hosts.length > 1) bad("several servers need ?cluster=NAME");
  return {
    hosts,
    database,
    cluster,
    ...(user ? { username: decodeURIComponent(user) } : {}),
    ...(password ? { password: decodeURIComponent(password) } : {}),
    ...(timeoutSeconds ? { timeoutSeconds } : {}),
  };
}
