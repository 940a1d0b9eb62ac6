// Alerting after each ingest batch: read the rules (each time, so that a rule added while
// `dyad watch` runs counts from its next batch), evaluate what the batch wrote, store the alerts
// (the store keeps one per rule and key), and hand the new ones to their webhooks without waiting.
// Shared by `dyad ingest`, `dyad watch` and POST /api/ingest. An alerting failure is reported and
// never fails the ingest: the articles are stored either way.
import type { StoredAlert } from "../model/alerts.js";
import type { AlertStore } from "../store/alert-store.js";
import type { PutResult, Store } from "../store/store.js";
import { deliveryQueue, type WebhookOptions } from "./deliver-webhook.js";
import { evaluateAlerts } from "./evaluate-alerts.js";

export interface AlertPassOptions {
  webhook?: WebhookOptions;
  /** the alerting clock (ISO time); tests pass their own */
  now?: () => string;
  onAlert?: (a: StoredAlert) => void;
  /** an evaluation or a delivery that failed, as a line for stderr or a log */
  onError?: (message: string) => void;
}

export interface AlertPass {
  /** what a batch wrote → the alerts it fired (stored, and being delivered) */
  afterBatch(put: PutResult): Promise<StoredAlert[]>;
  /** waits for the deliveries under way */
  drain(): Promise<void>;
}

export function alertPass(store: Store, alerts: AlertStore, options: AlertPassOptions = {}): AlertPass {
  const now = options.now ?? (() => new Date().toISOString());
  const queue = deliveryQueue({
    ...options.webhook,
    onError: (a, e) => options.onError?.(`alert ${a.id} (rule ${a.ruleName}): webhook not delivered: ${(e as Error)?.message ?? String(e)}`),
  });
  let warnedUnsigned = false;
  return {
    async afterBatch(put) {
      if (!put.reports?.length) return [];
      try {
        const rules = await alerts.listRules();
        if (!rules.length) return [];
        const fired = await evaluateAlerts(store, rules, put.reports, { now: now() });
        const stored = await alerts.putAlerts(fired);
        const byId = new Map(rules.map((r) => [r.id, r]));
        for (const a of stored) {
          options.onAlert?.(a);
          const rule = byId.get(a.rule);
          if (!rule?.webhook) continue;
          if (!options.webhook?.secret && !warnedUnsigned) {
            warnedUnsigned = true;
            options.onError?.("warning: DYAD_WEBHOOK_SECRET is not set: webhooks are delivered unsigned");
          }
          queue.send(rule, a);
        }
        return stored;
      } catch (e) {
        options.onError?.(`alerts not evaluated for this batch: ${(e as Error)?.message ?? String(e)}`);
        return [];
      }
    },
    drain: () => queue.drain(),
  };
}
