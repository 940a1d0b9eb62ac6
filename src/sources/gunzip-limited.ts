// gzip with a limit on what it inflates to: a 1 MB file can hold gigabytes of zeros. Inflation
// stops at the limit (zlib's maxOutputLength is checked chunk by chunk, as it inflates), so a bomb
// costs the limit and no more.
import { constants, createGunzip, gunzipSync } from "node:zlib";
import { tooLarge } from "./read-limited.js";

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The inflated bytes; E_TOO_LARGE naming `where` past `maxBytes`. Malformed gzip throws zlib's
 * own error, for the caller to report as it reports an unreadable input. */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number, where: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(where, `more than ${maxBytes} bytes once inflated`);
    throw e;
  }
}

/** The first `keep` bytes that gzip bytes inflate to (as far as they go when cut short; nothing
 * when they are not gzip after all): enough to sniff what they hold, without inflating the rest. */
export async function gunzipHead(bytes: Uint8Array, keep: number): Promise<Buffer> {
  const z = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  z.end(bytes);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    // the stream inflates as it is read, a chunk ahead at most; leaving the loop destroys it
    for await (const chunk of z as AsyncIterable<Buffer>) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= keep) break;
    }
  } catch {
    // corrupt data: what came before it
  }
  return Buffer.concat(parts).subarray(0, keep);
}
