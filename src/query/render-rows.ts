// Rows → text for people (an aligned table) and for programs (CSV, RFC 4180). Columns are named
// once, so that the table and the CSV of one query never drift apart.

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** right-align in a table (numbers) */
  right?: boolean;
  /** cut longer cells in a table (never in CSV) */
  max?: number;
}

export function renderTable<T>(columns: Column<T>[], rows: T[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(clean(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((s, i) => (columns[i].right ? s.padStart(widths[i]) : i === row.length - 1 ? s : s.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

export function renderCsv<T>(columns: Column<T>[], rows: T[]): string {
  const field = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map((c) => field(c.header)), ...rows.map((r) => columns.map((c) => field(c.value(r))))].map((r) => r.join(",")).join("\r\n") + "\r\n";
}

function clean(v: string | number | null): string {
  return v === null ? "" : String(v).replace(/\s+/g, " ").trim();
}

function cut(s: string, max: number | undefined): string {
  return max && s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
