// `dyad export`: the store's events (GDELT 2.0 TSV, PLOVER JSONL, CSV) or its relations graph
// between states (GEXF, GraphML) to stdout or a file.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { DyadError } from "../errors.js";
import { blocsOfGraph } from "../query/blocs.js";
import { loadEventCoding } from "../query/event-coding.js";
import { allEvents, blocOfState, EVENT_CSV_COLUMNS, GDELT_COLUMNS, gdeltLine, hasDay, ploverRecord, toGexf, toGraphml } from "../query/export-formats.js";
import { relationsGraph } from "../query/relations-graph.js";
import { renderCsv } from "../query/render-rows.js";
import { storeSpec } from "../store/store-spec.js";
import type { Store } from "../store/store.js";
import type { CliIO } from "./run-cli.js";
import { printable } from "./printable.js";

import type { ExportOptions } from "./export-options.js";

export { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from "./export-options.js";

/** Writes the export; 0, or 2 for a bad store or query, 1 when the output cannot be written. */
export async function runExport(opts: ExportOptions, io: CliIO): Promise<number> {
  let store: Store | null = null;
  let out: Writable = io.stdout;
  let file: ReturnType<typeof createWriteStream> | null = null;
  try {
    // (the drivers load when the command runs, as this module does: run-cli declares it beside `dyad extract`)
    const { openStore } = await import("../store/open-store.js");
    store = openStore(storeSpec(opts), { readonly: true });
    if (opts.out && opts.out !== "-") {
      file = createWriteStream(opts.out);
      await once(file, "open");
      out = file;
    }
    const left = await writeExport(store, opts, out);
    if (left > 0) {
      const what = opts.daysOnly ? "without a day date" : "without a date";
      const keep = opts.daysOnly ? "without --days-only a month or year keeps them, as its first day" : "--undated keeps them with empty date fields";
      io.stderr.write(`dyad export: ${left} event${left === 1 ? "" : "s"} ${what} left out (GDELT rows need SQLDATE; ${keep})\n`);
    }
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

/** Writes the export; returns how many events were left out (GDELT rows without a date, or
 * with --days-only without a day). */
async function writeExport(store: Store, opts: ExportOptions, out: Writable): Promise<number> {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  const range = { since: opts.since, until: opts.until };
  if (opts.format === "gexf" || opts.format === "graphml") {
    const graph = await relationsGraph(store, range);
    const blocOf = blocOfState(blocsOfGraph(graph));
    await write(opts.format === "gexf" ? toGexf(graph, blocOf) : toGraphml(graph, blocOf));
    return 0;
  }
  const names = await actorNames(store);
  const coding = opts.format === "csv" ? undefined : loadEventCoding();
  if (opts.format === "gdelt" && opts.header) await write(GDELT_COLUMNS.join("\t") + "\n");
  let first = true;
  let left = 0;
  for await (const e of allEvents(store, range)) {
    if (opts.format === "gdelt") {
      if (e.date === null ? !opts.undated : opts.daysOnly && !hasDay(e)) {
        left++;
        continue;
      }
      await write(gdeltLine(e, names, coding));
    } else if (opts.format === "plover") await write(JSON.stringify(ploverRecord(e, names, coding)) + "\n");
    else {
      // the header once, then rows: renderCsv of one row, its header line cut off after the first
      const text = renderCsv(EVENT_CSV_COLUMNS, [e]);
      await write(first ? text : text.slice(text.indexOf("\r\n") + 2));
    }
    first = false;
  }
  if (first && opts.format === "csv") await write(renderCsv(EVENT_CSV_COLUMNS, []));
  return left;
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
