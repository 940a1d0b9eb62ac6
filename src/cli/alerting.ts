// The alerting that `dyad ingest` and `dyad watch` run after each batch (alerts/alert-pass.ts),
// wired to the command's stderr: one line per alert fired, and failures as warnings. The webhook
// secret comes from DYAD_WEBHOOK_SECRET.
import { alertPass } from "../alerts/alert-pass.js";
import type { AlertStore } from "../store/alert-store.js";
import { openAlertStore } from "../store/open-store.js";
import type { PutResult, Store } from "../store/store.js";
import { printable } from "./printable.js";
import type { CliIO } from "./run-cli.js";

export interface CliAlerting {
  onBatch(put: PutResult): Promise<void>;
  /** how many alerts fired so far */
  fired(): number;
  /** waits for the webhooks under way, then closes */
  close(): Promise<void>;
}

/** Opens the alerting of a migrated store; `env` is the process's environment (tests pass their own). */
export function cliAlerting(spec: string, store: Store, io: CliIO, command: string, env: NodeJS.ProcessEnv = process.env): CliAlerting {
  const alerts: AlertStore = openAlertStore(spec);
  let n = 0;
  const pass = alertPass(store, alerts, {
    webhook: { secret: env.DYAD_WEBHOOK_SECRET || undefined },
    onAlert: (a) => {
      n++;
      io.stderr.write(`${command}: ${printable(`alert ${a.ruleName}: ${a.title}`)}\n`);
    },
    onError: (m) => io.stderr.write(`${command}: ${printable(m)}\n`),
  });
  return {
    async onBatch(put) {
      await pass.afterBatch(put);
    },
    fired: () => n,
    async close() {
      await pass.drain();
      await alerts.close();
    },
  };
}
