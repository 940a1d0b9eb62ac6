#!/usr/bin/env node
// Lists what the PETRARCH-2 patterns (data/events-petrarch2.json) add on a random sample of unseen
// corpus articles, for a person to judge: every event a converted pattern made (with the dictionary
// line it came from and its sentence), and the (type, source, target) triples the patterns add or
// remove beside dyad alone. Articles of the dev set (../shared/eval/dev) and of examples/ are skipped.
//
//   npm run build && node scripts/petrarch2-sample.mjs [--size 300] [--seed 1313] [--json OUT.json]
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const { values: args } = parseArgs({ options: { size: { type: "string", default: "300" }, seed: { type: "string", default: "1313" }, json: { type: "string" } } });
const corpusDir = join(shared, "corpus");
if (!existsSync(corpusDir)) {
  console.error(`petrarch2-sample: no corpus at ${corpusDir}`);
  process.exit(2);
}
const { createEngine } = await import(join(root, "dist", "engine.js"));

// ids not to sample: the dev set's articles and the examples
const seen = new Set();
for (const f of readdirSync(join(shared, "eval", "dev")).filter((f) => f.endsWith(".json"))) {
  const g = JSON.parse(readFileSync(join(shared, "eval", "dev", f), "utf8"));
  seen.add(g.id);
  if (g.text_ref) seen.add(g.text_ref.id);
}
for (const line of readFileSync(join(root, "examples", "demo", "articles.jsonl"), "utf8").split("\n")) if (line.trim()) seen.add(JSON.parse(line).id);

// a seeded shuffle (mulberry32) of every corpus line, then the first `size` unseen articles
const lines = readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl")).sort().flatMap((f) => readFileSync(join(corpusDir, f), "utf8").split("\n").filter((l) => l.trim()));
let state = Number(args.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = lines.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [lines[i], lines[j]] = [lines[j], lines[i]];
}
const articles = [];
for (const line of lines) {
  if (articles.length >= Number(args.size)) break;
  const a = JSON.parse(line);
  if (a.text && !seen.has(a.id)) articles.push(a);
}

const alone = createEngine({ convertedPatterns: false });
const withP2 = createEngine({ convertedPatterns: true });
const patterns = new Map(JSON.parse(readFileSync(join(root, "data", "events-petrarch2.json"), "utf8")).verbs.map((v) => [v.id, v]));
const SYMMETRIC = new Set(["CONSULT", "AGREE", "COOPERATE"]);
const CODE = /^[A-Z][A-Z0-9]{1,4}$/;
// the scorer's triples (shared/eval/score.mjs): joint symmetric acts pair up their parties
function triples(rec) {
  const byId = new Map(rec.actors.map((a) => [a.id, a]));
  const code = (id) => [byId.get(id)?.code, byId.get(id)?.country].find((c) => typeof c === "string" && CODE.test(c)) ?? null;
  const key = (t, s, o) => (SYMMETRIC.has(t) && s > o ? `${t}|${o}|${s}` : `${t}|${s}|${o}`);
  const out = new Map();
  for (const e of rec.events) {
    const ks = [];
    if (SYMMETRIC.has(e.type) && e.source.length > 1 && !e.target.length) {
      const cs = [...new Set(e.source.map(code).filter(Boolean))];
      for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) ks.push(key(e.type, cs[i], cs[j]));
    } else for (const s of e.source) for (const o of e.target) if (code(s) && code(o)) ks.push(key(e.type, code(s), code(o)));
    for (const k of ks) out.set(k, [...(out.get(k) ?? []), e]);
  }
  return out;
}

const report = { seed: Number(args.seed), size: articles.length, events: [], added: [], removed: [] };
for (const a of articles) {
  const article = { id: a.id, text: a.text, published: a.published ?? null, outlet: a.outlet, title: a.title, url: a.url };
  let before, after;
  try {
    before = alone.extract(article);
    after = withP2.extract(article);
  } catch {
    continue;
  }
  const sentence = (e) => a.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, " ");
  const tb = triples(before);
  const ta = triples(after);
  for (const e of after.events) {
    const m = /verb:(p2-[a-z0-9-]+?)(\+|$)/.exec(e.rule);
    if (!m) continue;
    const p = patterns.get(m[1]);
    report.events.push({ article: a.id, rule: e.rule, type: e.type, status: e.status, trigger: e.trigger, triples: [...ta].filter(([, es]) => es.includes(e)).map(([k]) => k), pattern: p ? `${p.source.block}:${p.source.line} ${p.source.pattern}` : null, sentence: sentence(e) });
  }
  for (const [k, es] of ta) if (!tb.has(k)) report.added.push({ article: a.id, triple: k, rule: es[0].rule, sentence: sentence(es[0]) });
  for (const [k, es] of tb) if (!ta.has(k)) report.removed.push({ article: a.id, triple: k, rule: es[0].rule, sentence: sentence(es[0]) });
}
if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 1));
console.log(`${report.size} unseen articles (seed ${report.seed}): ${report.events.length} events from PETRARCH-2 patterns; triples added ${report.added.length}, removed ${report.removed.length}\n`);
for (const e of report.events) console.log(`${e.type} ${e.status} ${e.triples.join(" ")}  ${e.rule}\n  [${e.pattern}]\n  ${e.sentence.slice(0, 300)}\n`);
for (const r of report.removed) console.log(`removed ${r.triple} ${r.rule}: ${r.sentence.slice(0, 200)}`);
