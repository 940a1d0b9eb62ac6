// A small HTTP server on 127.0.0.1 for the tests of fetching: routes are plain functions, and every
// request is recorded. Closed by the test that opened it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  requests: { url: string; headers: IncomingMessage["headers"] }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", headers: req.headers });
    const route = routes[(req.url ?? "").split("?")[0]];
    if (route) route(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const ARTICLE_HTML = `<!doctype html><html><head><title>Treaty signed</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-01-17T10:00:00Z">
<meta property="og:site_name" content="Test Wire"></head><body><nav>Home | World</nav><article><h1>Treaty signed</h1>
<p>MOSCOW (Test Wire) - Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive strategic partnership treaty in Moscow on Friday.</p>
<p>Kremlin spokesman Dmitry Peskov said the treaty was not directed against any other country.</p></article></body></html>`;

export function rss(items: { title: string; link: string; description?: string; guid?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title><link>https://wire.test/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid ?? i.link}</guid><description>${i.description ?? ""}</description><pubDate>Fri, 17 Jan 2025 10:00:00 GMT</pubDate><author>desk@wire.test (Desk Writer)</author></item>`)
    .join("")}</channel></rss>`;
}
