// `dyad export`: the store's events (GDELT 2.0 TSV, PLOVER JSONL, CSV) or its relations graph
// between states (GEXF, GraphML) to stdout or a file.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { DyadError } from "../errors.js";
import { allEvents, EVENT_CSV_COLUMNS, GDELT_COLUMNS, gdeltLine, ploverRecord, toGexf, toGraphml } from "../query/export-formats.js";
import { relationsGraph } from "../query/relations-graph.js";
import { renderCsv } from "../query/render-rows.js";
import { storeSpec } from "../store/store-spec.js";
import type { Store } from "../store/store.js";
import type { CliIO } from "./run-cli.js";
import { printable } from "./printable.js";

export const EXPORT_FORMATS = ["gdelt", "plover", "csv", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  db?: string;
  store?: string;
  format: ExportFormat;
  since?: string;
  until?: string;
  out?: string;
  /** GDELT: a first line with the column names (GDELT's own files have none) */
  header?: boolean;
}

/** Writes the export; 0, or 2 for a bad store or query, 1 when the output cannot be written. */
export async function runExport(opts: ExportOptions, io: CliIO): Promise<number> {
  let store: Store | null = null;
  let out: Writable = io.stdout;
  let file: ReturnType<typeof createWriteStream> | null = null;
  try {
    // (the drivers load when the command runs: run-cli declares it beside `dyad extract`)
    const { openStore } = await import("../store/open-store.js");
    store = openStore(storeSpec(opts), { readonly: true });
    if (opts.out && opts.out !== "-") {
      file = createWriteStream(opts.out);
      await once(file, "open");
      out = file;
    }
    await writeExport(store, opts, out);
    if (file) {
      file.end();
      await once(file, "finish");
    }
    return 0;
  } catch (e) {
    file?.destroy();
    io.stderr.write(`dyad export: ${printable(e instanceof DyadError ? e.message : (e as Error).message)}\n`);
    return e instanceof DyadError ? 2 : 1;
  } finally {
    await store?.close();
  }
}

async function writeExport(store: Store, opts: ExportOptions, out: Writable): Promise<void> {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  const range = { since: opts.since, until: opts.until };
  if (opts.format === "gexf" || opts.format === "graphml") {
    const graph = await relationsGraph(store, range);
    await write(opts.format === "gexf" ? toGexf(graph) : toGraphml(graph));
    return;
  }
  const names = await actorNames(store);
  if (opts.format === "gdelt" && opts.header) await write(GDELT_COLUMNS.join("\t") + "\n");
  let first = true;
  for await (const e of allEvents(store, range)) {
    if (opts.format === "gdelt") await write(gdeltLine(e, names));
    else if (opts.format === "plover") await write(JSON.stringify(ploverRecord(e, names)) + "\n");
    else {
      // the header once, then rows: renderCsv of one row, its header line cut off after the first
      const text = renderCsv(EVENT_CSV_COLUMNS, [e]);
      await write(first ? text : text.slice(text.indexOf("\r\n") + 2));
    }
    first = false;
  }
  if (first && opts.format === "csv") await write(renderCsv(EVENT_CSV_COLUMNS, []));
}

/** Code or id → name, for every actor the store knows (a country's code is its id). */
async function actorNames(store: Store): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const a of await store.findActors({ limit: 10_000_000 })) {
    if (a.kind === "country" && a.code && !names.has(a.code)) names.set(a.code, a.name);
    if (!names.has(a.id)) names.set(a.id, a.name);
  }
  return names;
}
