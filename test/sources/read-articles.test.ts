// Sources → articles: every item is an article or an error that names where it came from, and a
// bad item never stops the others. No engine here: these are the readers alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readJsonLines, readJsonSource, readTextSource, type SourceItem } from "../../src/sources/read-articles.js";
import { DyadError } from "../../src/errors.js";
import { tempDir } from "../cli/_memory-io.js";

const bad = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A stream that delivers the bytes in the given pieces, as a pipe or a file would. */
const chunks = (...parts: (string | Buffer)[]): Readable => Readable.from(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));

const fromStdin = (...parts: (string | Buffer)[]) => collect(readJsonLines("-", {}, chunks(...parts)));

/** A compact view of the items: article ids and error codes, with where they came from. */
const summary = (items: SourceItem[]) =>
  items.map((i) => ("article" in i ? `${i.where} ${i.article.id}` : `${i.where} ${i.error.code}`));

const line = (rec: unknown) => JSON.stringify(rec);

describe("readJsonLines", () => {
  it("reads a final line that has no line feed", async () => {
    const items = await fromStdin(line({ id: "a", text: "One." }) + "\n" + line({ id: "b", text: "Two." }));
    expect(summary(items)).toEqual(["stdin:1 a", "stdin:2 b"]);
  });

  it("skips blank and white-space lines but keeps counting them, so line numbers match the file", async () => {
    const items = await fromStdin("\n" + line({ id: "a", text: "One." }) + "\n   \n\t\n\n" + line({ id: "b", text: "Two." }) + "\n\n");
    expect(summary(items)).toEqual(["stdin:2 a", "stdin:6 b"]);
  });

  it("reads CRLF line ends: the carriage return is not part of the record", async () => {
    const items = await fromStdin(line({ id: "a", text: "One." }) + "\r\n" + line({ id: "b", text: "Two." }) + "\r\n\r\n" + line({ id: "c", text: "Three." }) + "\r\n");
    expect(summary(items)).toEqual(["stdin:1 a", "stdin:2 b", "stdin:4 c"]);
    for (const i of items) if ("article" in i) expect(i.article.text).not.toContain("\r");
  });

  it("keeps carriage returns and line feeds that are inside the text (escaped in the JSON)", async () => {
    const [item] = await fromStdin(line({ id: "a", text: "Line one.\r\nLine two." }) + "\r\n");
    expect("article" in item && item.article.text).toBe("Line one.\r\nLine two.");
  });

  it("joins a long line split across many chunks, even inside a multi-byte character", async () => {
    const text = "Ankara said Erdoğan would meet Zelenskyy. ".repeat(10_000); // ~420 KB
    const bytes = Buffer.from(line({ id: "long", text }) + "\n" + line({ id: "next", text: "Après." }) + "\n");
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 997) parts.push(bytes.subarray(i, i + 997));
    // make sure a chunk boundary falls inside "ğ" (two bytes), so a decoder working per chunk would fail
    const g = bytes.indexOf(Buffer.from("ğ"));
    const split = [bytes.subarray(0, g + 1), ...chunkify(bytes.subarray(g + 1), 997)];
    for (const pieces of [parts, split]) {
      const items = await fromStdin(...pieces);
      expect(summary(items)).toEqual(["stdin:1 long", "stdin:2 next"]);
      const first = items[0];
      expect("article" in first && first.article.text).toBe(text);
    }
  });

  it("splits lines whose line feed is the first or last byte of a chunk", async () => {
    const a = line({ id: "a", text: "One." });
    const b = line({ id: "b", text: "Two." });
    const items = await fromStdin(a, "\n", b + "\n", "\n" + line({ id: "c", text: "Three." }));
    expect(summary(items)).toEqual(["stdin:1 a", "stdin:2 b", "stdin:4 c"]);
  });

  it("accepts string chunks as well as bytes", async () => {
    const items = await collect(readJsonLines("-", {}, Readable.from([line({ id: "a", text: "Über." }) + "\n", line({ id: "b", text: "Two." })])));
    expect(summary(items)).toEqual(["stdin:1 a", "stdin:2 b"]);
  });

  it("reports each bad line alone, with its line number and code, and reads the rest (fixtures/bad/mixed.jsonl)", async () => {
    const path = join(bad, "mixed.jsonl");
    const items = await collect(readJsonLines(path, {}));
    expect(summary(items)).toEqual([
      `${path}:1 ok-1`,
      `${path}:3 E_NOT_JSON`,
      `${path}:4 E_BAD_RECORD`,
      `${path}:5 E_NO_TEXT_FIELD`,
      `${path}:6 E_INVALID_UTF8`,
      // empty texts are the engine's to refuse: the reader passes them on
      `${path}:7 empty`,
      `${path}:8 blank`,
      `${path}:9 ok-2`,
    ]);
    for (const i of items) if ("error" in i) expect(i.error).toBeInstanceOf(DyadError);
  });

  it("a line of invalid UTF-8 fails alone with E_INVALID_UTF8", async () => {
    const items = await fromStdin(line({ id: "a", text: "One." }) + "\n", Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]), line({ id: "c", text: "Three." }));
    expect(summary(items)).toEqual(["stdin:1 a", "stdin:2 E_INVALID_UTF8", "stdin:3 c"]);
  });

  it("applies the defaults where a record lacks a field, and a record's own fields win", async () => {
    const defaults = { published: "2020-01-01", outlet: "Default Outlet", url: "https://example.org/", title: "Default" };
    const input = chunks(line({ text: "One.", outlet: "Own Outlet", published: "2019-05-06", extra: 7 }) + "\n" + line({ id: 42, text: "Two." }));
    const items = await collect(readJsonLines("-", defaults, input));
    const [a, b] = items.map((i) => ("article" in i ? i.article : null));
    expect(a).toMatchObject({ id: "line-1", published: "2019-05-06", outlet: "Own Outlet", url: "https://example.org/", title: "Default", extra: 7 });
    expect(b).toMatchObject({ id: "42", published: "2020-01-01", outlet: "Default Outlet" });
  });

  it("a missing file is one E_READ item that names the file", async () => {
    const items = await collect(readJsonLines("/nonexistent/dyad/articles.jsonl", {}));
    expect(items).toHaveLength(1);
    expect(summary(items)).toEqual(["/nonexistent/dyad/articles.jsonl E_READ"]);
    expect("error" in items[0] && items[0].error.message).toContain("/nonexistent/dyad/articles.jsonl");
  });

  it("an empty input yields nothing", async () => {
    expect(await fromStdin("")).toEqual([]);
    expect(await fromStdin("\n\r\n  \n")).toEqual([]);
  });
});

function chunkify(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe("readTextSource", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("one file → one article, id from the file name, metadata from the defaults", async () => {
    const path = await tmp.file("moscow-talks.txt", "Putin met Pezeshkian in Moscow.\n");
    const items = await collect(readTextSource(path, { published: "2025-01-17", outlet: "Example News", url: "https://example.org/a" }));
    expect(items).toEqual([
      {
        where: path,
        article: { id: "moscow-talks", text: "Putin met Pezeshkian in Moscow.\n", published: "2025-01-17", outlet: "Example News", url: "https://example.org/a", title: null },
      },
    ]);
  });

  it("--id overrides the file name", async () => {
    const path = await tmp.file("x.txt", "Text.");
    const [item] = await collect(readTextSource(path, { id: "my-id" }));
    expect("article" in item && item.article.id).toBe("my-id");
  });

  it('"-" reads standard input as one article with id "stdin"', async () => {
    const [item] = await collect(readTextSource("-", {}, chunks("Line one.\n", "Línea dos.")));
    expect(item).toEqual({ where: "stdin", article: expect.objectContaining({ id: "stdin", text: "Line one.\nLínea dos." }) });
  });

  it("invalid UTF-8 is E_INVALID_UTF8 naming the file (fixtures/bad/invalid-utf8.txt)", async () => {
    const path = join(bad, "invalid-utf8.txt");
    const items = await collect(readTextSource(path, {}));
    expect(summary(items)).toEqual([`${path} E_INVALID_UTF8`]);
    expect("error" in items[0] && items[0].error.message).toContain(path);
  });

  it("a missing file is E_READ naming the file", async () => {
    const items = await collect(readTextSource("/nonexistent/dyad/a.txt", {}));
    expect(summary(items)).toEqual(["/nonexistent/dyad/a.txt E_READ"]);
  });
});

describe("readJsonSource", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("one object → one article, id from the file name when the object has none", async () => {
    const path = await tmp.file("one.json", JSON.stringify({ text: "Iran.", title: "T" }));
    const [item] = await collect(readJsonSource(path, { outlet: "O" }));
    expect(item).toEqual({ where: path, article: expect.objectContaining({ id: "one", text: "Iran.", title: "T", outlet: "O" }) });
  });

  it("an array → one article each, numbered; a bad element fails alone", async () => {
    const path = await tmp.file("many.json", JSON.stringify([{ text: "One." }, { title: "no text" }, 5, { id: "own", text: "Three." }]));
    const items = await collect(readJsonSource(path, {}));
    expect(summary(items)).toEqual([`${path}[0] many-1`, `${path}[1] E_NO_TEXT_FIELD`, `${path}[2] E_BAD_RECORD`, `${path}[3] own`]);
  });

  it("a file that is not JSON is one E_NOT_JSON item naming the file", async () => {
    const path = await tmp.file("broken.json", '{"text": "unfinished');
    const items = await collect(readJsonSource(path, {}));
    expect(summary(items)).toEqual([`${path} E_NOT_JSON`]);
    expect("error" in items[0] && items[0].error.message).toContain(path);
  });
});
