// Delivering alerts to their rules' webhooks: a POST of the alert as JSON, signed with
// HMAC-SHA256 over the exact body (X-Dyad-Signature: sha256=HEX, the shape GitHub's webhooks use,
// so receivers have code for it), through the URL-fetch guard of sources/fetch-url.ts (loopback and
// private addresses refused unless the rule allows them, the resolved address checked, no
// redirects followed). Failures that may pass (a network error, a timeout, 429, 5xx) are retried
// with backoff; deliveries run beside the ingest, which never waits for them (only drain() does,
// when a command exits).
import { createHmac } from "node:crypto";
import { DyadError } from "../errors.js";
import type { StoredAlert, StoredRule } from "../model/alerts.js";
import { fetchUrl, type ResolveFn } from "../sources/fetch-url.js";
import { retry } from "../store/retry.js";

export const SIGNATURE_HEADER = "x-dyad-signature";

/** "sha256=" and the hex HMAC-SHA256 of the body under the secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** What a webhook receives: the alert, and the rule's name and id. */
export function webhookPayload(alert: StoredAlert): string {
  return JSON.stringify({ schema: "dyad.alert/1", ...alert });
}

export interface WebhookOptions {
  /** DYAD_WEBHOOK_SECRET; without one, deliveries go unsigned (and the caller warns) */
  secret?: string;
  /** per try (default 10 s) */
  timeoutMs?: number;
  /** tries in all (default 5) and the first wait, doubled each time (default 1 s, at most 30 s) */
  tries?: number;
  firstDelayMs?: number;
  resolve?: ResolveFn;
}

/** One delivery, with its retries; throws the last error when it gives up. */
export async function deliverWebhook(rule: Pick<StoredRule, "webhook" | "allowPrivate">, alert: StoredAlert, options: WebhookOptions = {}): Promise<void> {
  if (!rule.webhook) return;
  const body = webhookPayload(alert);
  const headers: Record<string, string> = { "content-type": "application/json", "x-dyad-delivery": alert.id, "x-dyad-rule": alert.ruleName };
  if (options.secret) headers[SIGNATURE_HEADER] = signBody(body, options.secret);
  await retry(
    () => fetchUrl(rule.webhook!, { method: "POST", body, headers, allowPrivate: rule.allowPrivate, maxRedirects: 0, timeoutMs: options.timeoutMs ?? 10_000, maxBytes: 1024 * 1024, resolve: options.resolve }),
    { transient: mayPassLater, tries: options.tries ?? 5, firstDelayMs: options.firstDelayMs ?? 1000, maxDelayMs: 30_000, totalMs: 10 * 60_000 },
  );
}

/** A refused address, a redirect, a 4xx other than 408/429: the same request would fail again. */
function mayPassLater(e: unknown): boolean {
  if (!(e instanceof DyadError) || e.code !== "E_FETCH") return false;
  const status = e.context.status as number | undefined;
  if (status === undefined) return !/redirects|not a URL|Location/.test(e.message);
  return status >= 500 || status === 408 || status === 429;
}

export interface DeliveryQueue {
  /** starts delivering, without waiting */
  send(rule: StoredRule, alert: StoredAlert): void;
  /** resolves when every delivery started has succeeded or given up */
  drain(): Promise<void>;
}

export function deliveryQueue(options: WebhookOptions & { onError?: (alert: StoredAlert, e: unknown) => void; onDelivered?: (alert: StoredAlert) => void }): DeliveryQueue {
  const inFlight = new Set<Promise<void>>();
  return {
    send(rule, alert) {
      if (!rule.webhook) return;
      const p = deliverWebhook(rule, alert, options).then(
        () => options.onDelivered?.(alert),
        (e) => options.onError?.(alert, e),
      );
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    },
    async drain() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
