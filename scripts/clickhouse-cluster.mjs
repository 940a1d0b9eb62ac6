#!/usr/bin/env node
// Starts and stops a local ClickHouse cluster for dyad's tests and benchmarks: N clickhouse-server
// processes (default 2) on 127.0.0.1, one shard each, with their own data dirs under one temp dir,
// no ZooKeeper. Written for Debian's clickhouse-server 18.16 (see shared notes/clickhouse-18.16.md):
// it needs a <logger>, <mark_cache_size>, and users/profiles/quotas, each spelled out here.
//
//   node scripts/clickhouse-cluster.mjs start [--dir DIR | --parent DIR] [--shards N] [--cluster NAME]
//        → prints the state as JSON (dir, ports, pids, the --store URL); the state is kept in DIR/state.json
//   node scripts/clickhouse-cluster.mjs stop --dir DIR
//        → stops the servers by their pids and removes DIR
//
// As root (CI), the servers run as `nobody`, which owns their directories: a server run as root
// writes root-owned files into its data dir, and a database server has no need of root.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const NOBODY = { uid: 65534, gid: 65534 };

/** Whether a clickhouse-server binary is on PATH. */
export function findClickhouseServer() {
  const r = spawnSync("sh", ["-c", "command -v clickhouse-server"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** A folder in memory (/dev/shm) when it has room (1 GiB), else the temp dir: a server makes some 20
 * files per table part, and on a slow disk making and removing them is most of a test run. */
export function scratchParent() {
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize >= 2 ** 30) return "/dev/shm";
  } catch {
    /* no /dev/shm */
  }
  return tmpdir();
}

/** Starts the cluster; resolves to its state once every server answers /ping. options: dir (else a
 * new one under options.parent or the temp dir), shards (2), cluster ("dyad"), logLevel, timeoutMs. */
export async function startCluster(options = {}) {
  const shards = options.shards ?? 2;
  const cluster = options.cluster ?? "dyad";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(cluster)) throw new Error(`cluster name ${JSON.stringify(cluster)} is not an identifier`);
  const bin = options.bin ?? findClickhouseServer();
  if (!bin) throw new Error("clickhouse-server is not on PATH (Debian: apt-get install -y clickhouse-server)");
  const dir = options.dir ?? mkdtempSync(join(options.parent ?? tmpdir(), "dyad-clickhouse-"));
  mkdirSync(dir, { recursive: true });
  // options.asSelf: run as whoever runs this, root included (to check what the server does as root)
  const asUser = process.getuid?.() === 0 && !options.asSelf ? NOBODY : null;
  const ports = await freePorts(shards * 2);
  const servers = Array.from({ length: shards }, (_, i) => ({ name: `s${i + 1}`, http: ports[2 * i], tcp: ports[2 * i + 1] }));
  for (const s of servers) {
    const home = join(dir, s.name);
    for (const sub of ["data", "tmp", "user_files", "format_schemas", "log"]) mkdirSync(join(home, sub), { recursive: true });
    writeFileSync(join(home, "users.xml"), usersXml());
    writeFileSync(join(home, "config.xml"), configXml(home, s, servers, cluster, options));
  }
  if (asUser) chownTree(dir, asUser);
  const state = { dir, cluster, servers: [], url: null };
  try {
    for (const s of servers) {
      const home = join(dir, s.name);
      const out = openSync(join(home, "log", "stdout.log"), "a");
      const child = spawn(bin, [`--config-file=${join(home, "config.xml")}`], {
        cwd: home,
        detached: true,
        stdio: ["ignore", out, out],
        ...(asUser ?? {}),
      });
      closeSync(out);
      child.unref();
      state.servers.push({ ...s, pid: child.pid, home });
    }
    writeFileSync(join(dir, "state.json"), JSON.stringify(state, null, 2));
    await Promise.all(state.servers.map((s) => waitForPing(s, options.timeoutMs ?? 30_000)));
  } catch (e) {
    // the error carries the logs' tail; a dir made here goes, one given is kept
    await stopCluster(dir, { keep: options.dir !== undefined }).catch(() => {});
    throw e;
  }
  const hosts = state.servers.map((s) => `127.0.0.1:${s.http}`).join(",");
  state.url = `clickhouse://${hosts}/dyad?cluster=${cluster}`;
  writeFileSync(join(dir, "state.json"), JSON.stringify(state, null, 2));
  return state;
}

/** Stops the servers of the cluster in `dir` (SIGTERM, then SIGKILL after options.graceMs, default
 * 15 s) and removes the dir unless options.keep. */
export async function stopCluster(dir, options = {}) {
  const file = join(dir, "state.json");
  if (!existsSync(file)) throw new Error(`${dir} holds no cluster state (state.json)`);
  const state = JSON.parse(readFileSync(file, "utf8"));
  const pids = state.servers.map((s) => s.pid).filter((p) => Number.isInteger(p) && alive(p));
  // signal all first, then wait: each takes about 2 s to exit
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  const t0 = Date.now();
  const debug = (what) => process.env.DYAD_CLUSTER_DEBUG && process.stderr.write(`stopCluster: ${what} after ${Date.now() - t0} ms\n`);
  const deadline = Date.now() + (options.graceMs ?? 15_000);
  while (pids.some(alive) && Date.now() < deadline) await sleep(50);
  debug("waited for SIGTERM");
  for (const pid of pids.filter(alive)) process.kill(pid, "SIGKILL");
  while (pids.some(alive)) await sleep(20);
  debug("all exited");
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  debug("removed");
}

/** Restarts one server of the cluster in `dir` (index `i`, from 0) on its own config, ports and
 * data: options.signal (default SIGKILL: a crash; SIGTERM: a clean stop) and, once it has exited,
 * a new process after options.downMs (default 0); resolves when it answers /ping again. For trials
 * of what a client sees across a restart. */
export async function restartServer(dir, i, options = {}) {
  const file = join(dir, "state.json");
  const state = JSON.parse(readFileSync(file, "utf8"));
  const s = state.servers[i];
  if (!s) throw new Error(`the cluster in ${dir} has no server ${i}`);
  if (alive(s.pid)) process.kill(s.pid, options.signal ?? "SIGKILL");
  while (alive(s.pid)) await sleep(20);
  if (options.downMs) await sleep(options.downMs);
  const bin = options.bin ?? findClickhouseServer();
  const asUser = process.getuid?.() === 0 && !options.asSelf ? NOBODY : null;
  const out = openSync(join(s.home, "log", "stdout.log"), "a");
  const child = spawn(bin, [`--config-file=${join(s.home, "config.xml")}`], { cwd: s.home, detached: true, stdio: ["ignore", out, out], ...(asUser ?? {}) });
  closeSync(out);
  child.unref();
  s.pid = child.pid;
  writeFileSync(file, JSON.stringify(state, null, 2));
  await waitForPing(s, options.timeoutMs ?? 30_000);
  return s;
}

/** Whether the process runs: a zombie (exited, not yet reaped by a parent that is still busy, as a
 * test worker can be) has stopped, though signal 0 still reaches it. */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForPing(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${server.http}/ping`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (!alive(server.pid) || Date.now() > deadline) {
      const why = alive(server.pid) ? `no answer on /ping within ${timeoutMs} ms` : "the server exited";
      throw new Error(`clickhouse-server ${server.name} (http ${server.http}): ${why}\n${tail(join(server.home, "log"))}`);
    }
    await sleep(50);
  }
}

function tail(logDir) {
  const parts = [];
  for (const f of ["stdout.log", "error.log"]) {
    const p = join(logDir, f);
    if (existsSync(p)) parts.push(`--- ${f}\n${readFileSync(p, "utf8").split("\n").slice(-20).join("\n")}`);
  }
  return parts.join("\n");
}

/** Ports the OS hands out now: free at the time of asking, which is as good as a local test gets. */
async function freePorts(n) {
  const servers = [];
  const ports = [];
  for (let i = 0; i < n; i++) {
    const srv = createServer();
    await new Promise((resolve, reject) => srv.listen(0, "127.0.0.1", resolve).on("error", reject));
    servers.push(srv);
    ports.push(srv.address().port);
  }
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

function chownTree(path, { uid, gid }) {
  chownSync(path, uid, gid);
  if (statSync(path).isDirectory()) for (const e of readdirSync(path)) chownTree(join(path, e), { uid, gid });
}

const xmlText = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function configXml(home, self, servers, cluster, options) {
  const shardsXml = servers.map((s) => `      <shard><replica><host>127.0.0.1</host><port>${s.tcp}</port></replica></shard>`).join("\n");
  return `<?xml version="1.0"?>
<yandex>
  <logger>
    <level>${options.logLevel ?? "warning"}</level>
    <log>${xmlText(join(home, "log", "server.log"))}</log>
    <errorlog>${xmlText(join(home, "log", "error.log"))}</errorlog>
    <size>10M</size>
    <count>1</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${self.http}</http_port>
  <tcp_port>${self.tcp}</tcp_port>
  <path>${xmlText(join(home, "data"))}/</path>
  <tmp_path>${xmlText(join(home, "tmp"))}/</tmp_path>
  <user_files_path>${xmlText(join(home, "user_files"))}/</user_files_path>
  <format_schema_path>${xmlText(join(home, "format_schemas"))}/</format_schema_path>
  <users_config>${xmlText(join(home, "users.xml"))}</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <!-- on SIGTERM, wait this long (s) for connections to close: the servers hold idle connections to each other -->
  <shutdown_wait_unfinished>2</shutdown_wait_unfinished>
  <builtin_dictionaries_reload_interval>0</builtin_dictionaries_reload_interval>
  <remote_servers>
    <${cluster}>
${shardsXml}
    </${cluster}>
  </remote_servers>
</yandex>
`;
}

function usersXml() {
  return `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>4000000000</max_memory_usage>
      <load_balancing>random</load_balancing>
    </default>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas>
    <default>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>0</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </default>
  </quotas>
</yandex>
`;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  const opt = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (cmd === "start") {
    const t0 = Date.now();
    const shards = opt("shards");
    const state = await startCluster({ dir: opt("dir"), parent: opt("parent"), shards: shards ? Number(shards) : undefined, cluster: opt("cluster") });
    process.stdout.write(`${JSON.stringify({ ...state, startMs: Date.now() - t0 }, null, 2)}\n`);
    return 0;
  }
  if (cmd === "stop") {
    const dir = opt("dir");
    if (!dir) throw new Error("stop needs --dir DIR (the dir that start printed)");
    const t0 = Date.now();
    await stopCluster(dir);
    process.stdout.write(`stopped in ${Date.now() - t0} ms\n`);
    return 0;
  }
  process.stderr.write("usage: clickhouse-cluster.mjs start [--dir DIR | --parent DIR] [--shards N] [--cluster NAME] | stop --dir DIR\n");
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    },
  );
}
