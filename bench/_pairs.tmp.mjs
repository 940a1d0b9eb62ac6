import Database from "better-sqlite3";
const db = new Database(process.argv[2], { readonly: true });
const rows = db.prepare("SELECT id, story, outlet, published, title, text FROM articles WHERE story IN (SELECT story FROM articles GROUP BY story HAVING count(*) > 1) ORDER BY story, id").all();
const by = new Map();
for (const r of rows) (by.get(r.story) ?? by.set(r.story, []).get(r.story)).push(r);
const paras = (t) => t.split(/\n+/).map((s) => s.trim().replace(/[’‘]/g, "'").replace(/[“”]/g, '"')).filter((s) => s.length > 40);
for (const [, g] of by) {
  const [a, ...rest] = g;
  for (const b of rest) {
    const pa = paras(a.text), pb = new Set(paras(b.text));
    const shared = pa.filter((p) => pb.has(p)).length;
    console.log(`${shared}/${pa.length} vs ${pb.size} paragraphs identical | ${a.outlet} "${(a.title ?? a.text.slice(0, 50)).slice(0, 60)}" | ${b.outlet} "${(b.title ?? b.text.slice(0, 50)).slice(0, 60)}"`);
  }
}
