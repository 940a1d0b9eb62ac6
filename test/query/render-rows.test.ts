import { describe, expect, it } from "vitest";
import { renderCsv, renderTable, type Column } from "../../src/query/render-rows.js";

interface Row {
  name: string;
  n: number;
  note: string | null;
}
const columns: Column<Row>[] = [
  { header: "name", value: (r) => r.name, max: 8 },
  { header: "n", value: (r) => r.n, right: true },
  { header: "note", value: (r) => r.note },
];
const rows: Row[] = [
  { name: "Lavrov", n: 3, note: 'said "no", then\nleft' },
  { name: "Pezeshkian, Masoud", n: 12, note: null },
];

describe("renderTable", () => {
  it("aligns columns, right-aligns numbers, cuts long cells and puts each cell on one line", () => {
    expect(renderTable(columns, rows)).toBe(["name       n  note", "--------  --  --------------------", 'Lavrov     3  said "no", then left', "Pezeshk…  12"].join("\n") + "\n");
  });

  it("no rows: the header alone", () => {
    expect(renderTable(columns, [])).toBe("name  n  note\n----  -  ----\n");
  });
});

describe("renderCsv", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180), never cuts, empty for null", () => {
    expect(renderCsv(columns, rows)).toBe('name,n,note\r\nLavrov,3,"said ""no"", then\nleft"\r\n"Pezeshkian, Masoud",12,\r\n');
  });
});
