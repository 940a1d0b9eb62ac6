import Database from "better-sqlite3";
const db = new Database(process.argv[2], { readonly: true });
const q = (s) => db.prepare(s).all();
console.log(q("SELECT count(*) articles, count(DISTINCT story) stories, sum(minhash IS NULL) unsigned FROM articles")[0]);
console.log("stories with copies:", q("SELECT count(*) n FROM (SELECT story FROM articles GROUP BY story HAVING count(*) > 1)")[0].n);
console.log("events:", q("SELECT count(*) events, sum(sources) reports FROM events")[0]);
const e = q(`SELECT count(*) n FROM (SELECT es.event_id, count(*) src, count(DISTINCT a.story) st FROM event_sources es JOIN articles a ON a.id = es.article_id GROUP BY es.event_id HAVING st < src)`);
console.log("events whose sources include near-copies (storyCount < sourceCount):", e[0].n);
for (const r of q(`SELECT a.story, group_concat(coalesce(a.outlet,'?') || ' ' || coalesce(a.published,'') || ' ' || substr(replace(a.text, char(10), ' '), 1, 90), '\n   ') t FROM articles a WHERE a.story IN (SELECT story FROM articles GROUP BY story HAVING count(*) > 1) GROUP BY a.story LIMIT ${+process.argv[3] || 0}`)) console.log("-", r.t);
