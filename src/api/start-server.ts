// Listening: loopback by default; any other address only with a token, because the API then faces
// a network (reads stay open, as on a public data site; writes need the token).
import type { FastifyInstance } from "fastify";
import { DyadError } from "../errors.js";
import { buildApp, type AppOptions } from "./build-app.js";

export interface ServeOptions extends Omit<AppOptions, "loopbackHostsOnly"> {
  /** default 127.0.0.1 */
  host?: string;
  /** default 8080; 0 picks a free port */
  port?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port/ as a browser would open it */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

export function isLoopback(host: string): boolean {
  return /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const loopback = isLoopback(host);
  if (!loopback && !options.token) {
    throw new DyadError("E_SERVE", `${host} is not a loopback address: give a --token (or DYAD_TOKEN) to serve on it`, { host });
  }
  const app = await buildApp({ ...options, loopbackHostsOnly: loopback });
  try {
    await app.listen({ host: host.replace(/^\[(.*)\]$/, "$1"), port: options.port ?? DEFAULT_PORT });
  } catch (e) {
    await app.close();
    throw new DyadError("E_SERVE", (e as Error).message, { host, port: options.port }, e);
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return { app, url: `http://${shown}:${port}/`, port, close: () => app.close() };
}
