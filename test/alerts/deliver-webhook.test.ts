// Webhook delivery against a loopback server: the signed body, retries on a 5xx, refusals.
import { afterEach, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { deliverWebhook, deliveryQueue, signBody } from "../../src/alerts/deliver-webhook.js";
import type { StoredAlert } from "../../src/model/alerts.js";

const ALERT: StoredAlert = {
  id: "abc123",
  rule: "rule-1",
  ruleName: "treaty",
  kind: "event",
  key: "event:1",
  title: "AGREE IRN, RUS (planned), 2025-01-17",
  events: [{ id: "1", type: "AGREE", cameo: "057", status: "planned", date: "2025-01-17", source: ["IRN", "RUS"], target: [], stories: 1 }],
  sentence: "Putin and Pezeshkian will sign a treaty — «договор».",
  article: "treaty.txt",
  url: null,
  score: null,
  created: "2025-01-17T10:00:00.000Z",
  seen: null,
};

interface Hit {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  method: string;
}
let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

/** A receiver on 127.0.0.1 that answers each request with the next status of `statuses` (then 200). */
async function receiver(statuses: number[] = []): Promise<{ url: string; hits: Hit[] }> {
  const hits: Hit[] = [];
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      hits.push({ headers: req.headers, body: Buffer.concat(parts).toString("utf8"), method: req.method ?? "" });
      res.writeHead(statuses.shift() ?? 200);
      res.end();
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`, hits };
}

describe("deliverWebhook", () => {
  it("POSTs the alert as JSON, signed with HMAC-SHA256 over the exact body", async () => {
    const { url, hits } = await receiver();
    await deliverWebhook({ webhook: url, allowPrivate: true }, ALERT, { secret: "s3cret" });
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit.method).toBe("POST");
    expect(hit.headers["content-type"]).toBe("application/json");
    expect(hit.headers["x-dyad-delivery"]).toBe("abc123");
    expect(JSON.parse(hit.body)).toEqual({ schema: "dyad.alert/1", ...ALERT });
    // as a receiver checks it: its own HMAC of the bytes it got
    const expected = `sha256=${createHmac("sha256", "s3cret").update(Buffer.from(hit.body, "utf8")).digest("hex")}`;
    expect(hit.headers["x-dyad-signature"]).toBe(expected);
    expect(signBody(hit.body, "another")).not.toBe(expected);
  });

  it("without a secret, goes unsigned", async () => {
    const { url, hits } = await receiver();
    await deliverWebhook({ webhook: url, allowPrivate: true }, ALERT, {});
    expect(hits[0].headers["x-dyad-signature"]).toBeUndefined();
  });

  it("retries a 5xx and a 429 with backoff, then succeeds; gives up on a 4xx at once", async () => {
    const { url, hits } = await receiver([503, 429]);
    await deliverWebhook({ webhook: url, allowPrivate: true }, ALERT, { secret: "k", firstDelayMs: 5 });
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.body)).size).toBe(1);
    server!.closeAllConnections();
    await new Promise<void>((r) => server!.close(() => r()));
    const second = await receiver([404]);
    await expect(deliverWebhook({ webhook: second.url, allowPrivate: true }, ALERT, { firstDelayMs: 5 })).rejects.toThrow(/HTTP 404/);
    expect(second.hits).toHaveLength(1);
  });

  it("refuses loopback and private addresses unless the rule allows them, and a name that resolves to one", async () => {
    const { url, hits } = await receiver();
    await expect(deliverWebhook({ webhook: url, allowPrivate: false }, ALERT, {})).rejects.toThrow(/E_ADDRESS_REFUSED.*loopback/);
    const rebound = url.replace("127.0.0.1", "hooks.example");
    await expect(deliverWebhook({ webhook: rebound, allowPrivate: false }, ALERT, { resolve: async () => [{ address: "127.0.0.1", family: 4 }] })).rejects.toThrow(/E_ADDRESS_REFUSED/);
    expect(hits).toHaveLength(0);
  });

  it("a queue does not wait for deliveries; drain() does, and a failure is reported, not thrown", async () => {
    const { url, hits } = await receiver([500, 500]);
    const errors: string[] = [];
    const q = deliveryQueue({ tries: 2, firstDelayMs: 5, onError: (a, e) => errors.push(`${a.id}: ${(e as Error).message}`) });
    q.send({ ...ruleOf(url) }, ALERT);
    expect(hits.length).toBe(0);
    await q.drain();
    expect(hits).toHaveLength(2);
    expect(errors).toEqual([expect.stringMatching(/^abc123: .*HTTP 500/)]);
  });
});

const ruleOf = (webhook: string) => ({
  id: "rule-1",
  created: "2025-01-17T00:00:00.000Z",
  name: "treaty",
  actor: null,
  pair: ["RUS", "IRN"] as [string, string],
  directed: false,
  types: ["AGREE"],
  statuses: [],
  minSources: 1,
  score: null,
  webhook,
  allowPrivate: true,
});
