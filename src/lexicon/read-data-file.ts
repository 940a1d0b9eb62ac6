// Reads a JSON dictionary file and validates it; errors name the file and the line of the bad entry.
//
// A valid file is read with plain JSON.parse: json-source-map (which keeps every value's position)
// cost a third of the start of `dyad extract` on every run. Only a file that fails is parsed again
// with positions, to name the line of its error; json-source-map itself is loaded then.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { parse as parseWithPointers } from "json-source-map";
import type { z } from "zod";
import { DyadError } from "../errors.js";

/** readDataFile, or another reader that gives the same (the engine's compile cache) */
export type DataReader = <S extends z.ZodType>(file: string, schema: () => S) => z.infer<S>;

/** Reads a file and checks it with the schema `schema()` gives (schemas are built on first use: lazy-schema.ts). */
export function readDataFile<S extends z.ZodType>(file: string, schema: () => S): z.infer<S> {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    throw new DyadError("E_DICTIONARY", `${file}: cannot be read (${(e as Error).message})`, { file }, e);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw located(file, raw, schema(), e as Error);
  }
  const result = schema().safeParse(data);
  if (result.success) return result.data;
  throw located(file, raw, schema(), result.error);
}

/** The error of a file that failed, with the line it is on: the file is parsed again with positions. */
function located(file: string, raw: string, schema: z.ZodType, first: Error): DyadError {
  let parsed: ReturnType<typeof parseWithPointers>;
  try {
    const { parse } = createRequire(import.meta.url)("json-source-map") as { parse: typeof parseWithPointers };
    parsed = parse(raw);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? raw.slice(0, Number(m[1])).split("\n").length : null;
    return new DyadError("E_DICTIONARY", `${file}${line ? `:${line}` : ""}: not valid JSON (${(e as Error).message})`, { file, line }, e);
  }
  const result = schema.safeParse(parsed.data);
  // (JSON.parse refused what json-source-map reads: say what JSON.parse said)
  if (result.success) return new DyadError("E_DICTIONARY", `${file}: not valid JSON (${first.message})`, { file, line: null }, first);
  const issue = result.error.issues[0];
  // the deepest JSON pointer that exists in the file gives the line
  let path = issue.path.map(String);
  let loc: { line: number } | undefined;
  while (path.length >= 0) {
    const ptr = path.length ? "/" + path.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/") : "";
    const found = parsed.pointers[ptr];
    if (found) {
      loc = found.value;
      break;
    }
    if (!path.length) break;
    path = path.slice(0, -1);
  }
  const where = issue.path.length ? ` at ${issue.path.join(".")}` : "";
  return new DyadError("E_DICTIONARY", `${file}${loc ? `:${loc.line + 1}` : ""}: ${issue.message}${where}`, { file, line: loc ? loc.line + 1 : null });
}
