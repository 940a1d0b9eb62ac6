// `dyad export`'s formats and options, apart from what writes them (export-command.ts, with the
// graph libraries and the event coding): run-cli declares the command, and loads that when it runs.
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
  /** GDELT: keep events without a date (empty date fields); by default they are left out and counted on stderr */
  undated?: boolean;
  /** GDELT: leave out events dated only to a month or a year (counted on stderr); by default they
   * are rows whose SQLDATE is the first day of their month or year */
  daysOnly?: boolean;
}
