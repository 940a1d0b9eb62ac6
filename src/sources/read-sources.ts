// Paths → one stream of articles: files by their extension, directories walked recursively (in
// name order, taking .txt, .json, .jsonl, .ndjson, .html, .htm and .html.gz files). A missing or
// unreadable path is one error item; the others go on.
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { DyadError } from "../errors.js";
import { readHtmlSource } from "./read-html.js";
import { readJsonLines, readJsonSource, readTextSource, type ArticleDefaults, type SourceItem } from "./read-articles.js";

const ARTICLE_FILES = new Set([".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm"]);
const HTML_FILE = /\.(html?|html?\.gz)$/i;

/** The articles of every path, in the order given. */
export async function* readSources(paths: string[], defaults: ArticleDefaults = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield { error: new DyadError("E_READ", `${path}: ${(e as Error).message}`, { where: path }, e), where: path };
      continue;
    }
    if (!isDir) {
      yield* readFileSource(path, defaults);
      continue;
    }
    const files: string[] = [];
    const errors: SourceItem[] = [];
    await walk(path, files, errors);
    yield* errors;
    for (const f of files) yield* readFileSource(f, defaults);
  }
}

/** One file, read by its extension; HTML by read-html, anything else that is not JSON as text. */
export function readFileSource(path: string, defaults: ArticleDefaults = {}): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  if (HTML_FILE.test(path)) return readHtmlSource(path, defaults);
  if (ext === ".jsonl" || ext === ".ndjson") return readJsonLines(path, defaults);
  if (ext === ".json") return readJsonSource(path, defaults);
  return readTextSource(path, defaults);
}

async function walk(dir: string, files: string[], errors: SourceItem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ error: new DyadError("E_READ", `${dir}: ${(e as Error).message}`, { where: dir }, e), where: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, files, errors);
    else if (entry.isFile() && (ARTICLE_FILES.has(extname(entry.name).toLowerCase()) || HTML_FILE.test(entry.name))) files.push(path);
  }
}
