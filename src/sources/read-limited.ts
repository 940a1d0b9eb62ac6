// Bytes from a stream (a file, a FIFO, a device, standard input, an HTTP body) with a limit that
// holds as they arrive: the reading stops at the first chunk past the limit, so that an endless
// input (/dev/zero) or a huge one costs no more than the limit, and nothing past it is hashed,
// decoded or handed to a worker.
import { DyadError } from "../errors.js";

/** The largest HTML page or feed read, as its bytes come and once inflated (as for a URL). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** The most a JSON line (or a .json file) may hold for an article of `maxChars` characters: a
 * character takes at most 6 bytes in JSON (\uXXXX), and the other fields get 1 MiB; a line longer
 * than this cannot hold an article within the limit, and is refused unread. */
export function jsonLineLimit(maxChars: number): number {
  return maxChars * 6 + 1024 * 1024;
}

/** What a reading may take: bytes, or characters (UTF-16 code units, what --max-chars counts,
 * counted from the UTF-8 bytes as they come). */
export interface ReadLimit {
  maxBytes?: number;
  maxChars?: number;
}

/** UTF-16 code units of UTF-8 bytes: one per byte that starts a character, two for a 4-byte one.
 * (Exact for valid UTF-8; invalid bytes are refused later by the decoder anyway.) */
export function utf16Units(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** Every chunk, concatenated; E_TOO_LARGE naming `where` as soon as the limit is passed. The
 * caller's stream is left to the caller to close (a for-await loop that throws closes it). */
export async function readLimited(chunks: AsyncIterable<Uint8Array | string>, limit: ReadLimit, where: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let bytes = 0;
  let chars = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += buf.length;
    if (limit.maxBytes !== undefined && bytes > limit.maxBytes) throw tooLarge(where, `more than ${limit.maxBytes} bytes`);
    if (limit.maxChars !== undefined) {
      chars += utf16Units(buf);
      if (chars > limit.maxChars) throw tooLarge(where, `more than ${limit.maxChars} characters`);
    }
    parts.push(buf);
  }
  return Buffer.concat(parts);
}

export function tooLarge(where: string, detail: string): DyadError {
  return new DyadError("E_TOO_LARGE", `${where}: ${detail}`, { where });
}

/** A stream's first `n` bytes (fewer when it ends first), and all its chunks, those first ones
 * included: a source is opened and read once, so that a FIFO or standard input, which cannot be
 * read twice, is sniffed and then read like a file. */
export async function peek(chunks: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Buffer; chunks: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    first.push(r.value);
    size += r.value.byteLength;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* first;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head: Buffer.concat(first).subarray(0, n), chunks: all() };
}
