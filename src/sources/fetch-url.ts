// One HTTP(S) GET with the rules a crawler of untrusted addresses needs: http and https only; the
// host resolved with every address checked against the address policy, and the connection made
// to an address that was checked (the resolver's answer is handed to the socket, so a second
// answer — DNS rebinding — cannot slip a private address in); redirects followed by hand, each
// one checked again; a time limit over the whole exchange and a limit on the body's size.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent } from "undici";
import { DyadError } from "../errors.js";
import { classifyAddress } from "./address-policy.js";

/** Resolves a host name to all its addresses (dns.lookup with all: true by default). */
export type ResolveFn = (host: string) => Promise<LookupAddress[]>;

export interface FetchOptions {
  /** connect to private, loopback, link-local, ... addresses too (default: refused) */
  allowPrivate?: boolean;
  /** for the whole exchange, redirects and body included (default 20 s) */
  timeoutMs?: number;
  /** the largest body read, in bytes (default 20 MiB) */
  maxBytes?: number;
  /** default 5 */
  maxRedirects?: number;
  /** extra request headers (If-None-Match, If-Modified-Since, Accept) */
  headers?: Record<string, string>;
  /** default GET; a POST (a webhook's delivery) sends `body` and should not follow redirects (maxRedirects 0) */
  method?: "GET" | "POST";
  body?: string;
  /** the resolver (tests pass their own) */
  resolve?: ResolveFn;
}

export interface FetchedResource {
  /** the address the body came from, after redirects */
  url: string;
  status: number;
  headers: Headers;
  /** the media type, lower case, without parameters */
  contentType: string | null;
  /** the charset parameter of Content-Type, when stated */
  charset: string | null;
  body: Uint8Array;
}

const USER_AGENT = "dyad/0.1 (news event extraction)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve: ResolveFn = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** GET `url`; resolves to the response (2xx, or 304 with an empty body) or throws E_FETCH /
 * E_ADDRESS_REFUSED naming the address and the reason. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const agent = new Agent({ connect: { lookup: guardedLookup(options.allowPrivate ?? false, options.resolve ?? systemResolve) } });
  let current = checkUrl(url, options.allowPrivate ?? false);
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: "manual",
          signal,
          method: options.method ?? "GET",
          body: options.body,
          headers: { "user-agent": USER_AGENT, ...options.headers },
          // undici's own dispatcher: Node's fetch takes it, and with it our lookup
          dispatcher: agent,
        } as RequestInit);
      } catch (e) {
        throw fetchError(e, current.href, signal);
      }
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) throw new DyadError("E_FETCH", `${current.href}: HTTP ${res.status} without a Location`, { url: current.href });
        if (hop >= maxRedirects) throw new DyadError("E_FETCH", `${url}: more than ${maxRedirects} redirects`, { url });
        current = checkUrl(new URL(location, current).href, options.allowPrivate ?? false);
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { url: current.href, status: 304, headers: res.headers, contentType: null, charset: null, body: new Uint8Array() };
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel();
        throw new DyadError("E_FETCH", `${current.href}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, { url: current.href, status: res.status });
      }
      const declared = Number(res.headers.get("content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel();
        throw new DyadError("E_FETCH", `${current.href}: the body (${declared} bytes) is larger than the limit of ${maxBytes} bytes`, { url: current.href });
      }
      let body: Uint8Array;
      try {
        body = await readBody(res, maxBytes, current.href);
      } catch (e) {
        throw e instanceof DyadError ? e : fetchError(e, current.href, signal);
      }
      const type = res.headers.get("content-type") ?? "";
      return {
        url: current.href,
        status: res.status,
        headers: res.headers,
        contentType: type.split(";")[0].trim().toLowerCase() || null,
        charset: /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? null,
        body,
      };
    }
  } finally {
    void agent.destroy().catch(() => {});
  }
}

/** A URL dyad may ask for: http or https, and, when its host is an IP address, a public one. */
export function checkUrl(text: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new DyadError("E_FETCH", `${text}: not a URL`, { url: text });
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new DyadError("E_ADDRESS_REFUSED", `${text}: only http and https are fetched`, { url: text });
  if (u.username || u.password) throw new DyadError("E_ADDRESS_REFUSED", `${text}: a URL with credentials is not fetched`, { url: text });
  // the URL parser has already turned decimal, hex and octal IPv4 forms into dotted quads
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const v = classifyAddress(host);
    if (!v.public && !allowPrivate) throw refused(u.href, host, v.range);
  } else if (/^localhost$|\.localhost$/i.test(host) && !allowPrivate) {
    throw refused(u.href, host, "loopback");
  }
  return u;
}

function refused(url: string, address: string, range: string): DyadError {
  return new DyadError("E_ADDRESS_REFUSED", `${url}: ${address} is a ${range} address (--allow-private fetches it)`, { url, address, range });
}

/** A socket lookup that resolves every address of the host, refuses the host when any of them
 * is not public, and hands the checked addresses to the socket. */
function guardedLookup(allowPrivate: boolean, resolve: ResolveFn): LookupFunction {
  return ((host: string, opts: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    resolve(host).then(
      (addresses) => {
        if (!addresses.length) return callback(new DyadError("E_FETCH", `${host}: no address`, { host }));
        if (!allowPrivate) {
          for (const a of addresses) {
            const v = classifyAddress(a.address);
            if (!v.public) return callback(refused(host, a.address, v.range));
          }
        }
        const usable = opts.family ? addresses.filter((a) => a.family === opts.family) : addresses;
        if (!usable.length) return callback(new DyadError("E_FETCH", `${host}: no IPv${opts.family} address`, { host }));
        if (opts.all) callback(null, usable);
        else callback(null, usable[0]?.address, usable[0]?.family);
      },
      (err) => callback(err),
    );
  }) as unknown as LookupFunction;
}

async function readBody(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DyadError("E_FETCH", `${url}: the body is larger than the limit of ${maxBytes} bytes`, { url });
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

/** undici's "fetch failed" → the reason underneath (our refusal, a DNS error, a timeout). */
function fetchError(e: unknown, url: string, signal: AbortSignal): DyadError {
  let cause: unknown = e;
  for (let i = 0; i < 5 && cause && !(cause instanceof DyadError); i++) {
    const next = (cause as { cause?: unknown }).cause;
    if (!next) break;
    cause = next;
  }
  if (cause instanceof DyadError) return cause.code === "E_ADDRESS_REFUSED" ? new DyadError("E_ADDRESS_REFUSED", `${url}: ${stripCode(cause.message)}`, { ...cause.context, url }, e) : cause;
  if (signal.aborted) return new DyadError("E_FETCH", `${url}: timed out`, { url }, e);
  const msg = (cause as Error)?.message ?? String(cause);
  const code = (cause as { code?: string })?.code;
  return new DyadError("E_FETCH", `${url}: ${msg}${code && !msg.includes(code) ? ` (${code})` : ""}`, { url }, e);
}

function stripCode(message: string): string {
  return message.replace(/^\[E_[A-Z_]+\] [^:]+: /, "");
}
