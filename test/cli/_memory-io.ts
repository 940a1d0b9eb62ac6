// In-memory standard streams for runCli: collects stdout and stderr, feeds stdin from a buffer.
import { Readable, Writable } from "node:stream";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIO } from "../../src/cli/run-cli.js";
import type { ExtractedDocument } from "../../src/model/types.js";

export interface MemoryIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

function collector(parts: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      parts.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      callback();
    },
  });
}

export function memoryIO(stdin: string | Buffer = ""): MemoryIO {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  return {
    io: { stdin: Readable.from([Buffer.from(stdin)]), stdout: collector(out), stderr: collector(err) },
    stdout: () => Buffer.concat(out).toString("utf8"),
    stderr: () => Buffer.concat(err).toString("utf8"),
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `dyad ...argv` with in-memory streams. */
export async function cli(argv: string[], stdin?: string | Buffer): Promise<CliResult> {
  const m = memoryIO(stdin);
  const t0 = performance.now();
  const code = await runCli(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr(), ms: performance.now() - t0 };
}

/** Records printed one a line (--format jsonl). */
export function jsonLines(stdout: string): ExtractedDocument[] {
  return stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExtractedDocument);
}

/** A fresh temporary folder and a writer of files into it. */
export async function tempDir(): Promise<{ dir: string; file(name: string, content: string | Buffer): Promise<string>; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "dyad-test-"));
  return {
    dir,
    async file(name, content) {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A stream that says it is a terminal (progress bars draw on it), collecting what is written. */
export function ttyStream(): { stream: Writable & { isTTY: true }; text(): string } {
  const writes: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        writes.push(String(chunk));
        cb();
      },
    }),
    { isTTY: true as const },
  );
  return { stream, text: () => writes.join("") };
}
