// Raw HTTP over a socket, for requests that an HTTP client would refuse or normalise (a malformed
// percent-encoding, a raw space in the path, no Host, CONNECT, oversized headers): the bytes are
// sent as given and the answer read until the server closes the connection.
import { connect } from "node:net";

export interface RawAnswer {
  /** 0: no status line came back */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** the whole answer as received */
  raw: string;
}

/** The answer; status 0 when none came back before the connection closed or `timeoutMs` of silence. */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    // the server may close while the request is still being written (a 431): the answer counts
    socket.on("error", () => {});
    // no end of answer in time: what came back so far (status 0 when nothing did)
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on("close", () => resolve(parseAnswer(Buffer.concat(chunks))));
    socket.write(request);
  });
}

/** A request line and headers; `Connection: close` so that the server ends the answer by closing. */
export function rawGet(path: string, headers = "Host: 127.0.0.1\r\n", method = "GET"): string {
  return `${method} ${path} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`;
}

function parseAnswer(bytes: Buffer): RawAnswer {
  const end = bytes.indexOf("\r\n\r\n");
  const head = (end < 0 ? bytes : bytes.subarray(0, end)).toString("latin1");
  const [statusLine, ...lines] = head.split("\r\n");
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? "");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 4);
  if (/chunked/i.test(headers["transfer-encoding"] ?? "")) body = unchunk(body);
  return { status: m ? Number(m[1]) : 0, headers, body: body.toString("utf8"), raw: bytes.toString("utf8") };
}

/** A chunked body's data (sizes count bytes). */
function unchunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = b.indexOf("\r\n", at);
    if (eol < 0) break;
    const size = parseInt(b.subarray(at, eol).toString("latin1"), 16);
    if (!size) break;
    out.push(b.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
