// Events and the relations graph in other tools' formats: GDELT 2.0 event TSV, PLOVER JSONL, CSV,
// and GEXF / GraphML graphs for Gephi. Pure functions from stored rows to text; the CLI streams them.
import type { Store, StoredArticle, StoredEvent, StoredQuote } from "../store/store.js";
import type { EventCoding } from "./event-coding.js";
import { QUAD_OF_TYPE, type Quad } from "./plover-quads.js";
import type { Blocs } from "./blocs.js";
import type { RelationsGraph } from "./relations-graph.js";
import type { Column } from "./render-rows.js";

/** Every stored event in the period, oldest first, read a page at a time. */
export async function* allEvents(store: Store, options: { since?: string; until?: string; pageSize?: number } = {}): AsyncGenerator<StoredEvent> {
  const limit = options.pageSize ?? 5000;
  for (let offset = 0; ; offset += limit) {
    const page = await store.queryEvents({ since: options.since, until: options.until, limit, offset });
    yield* page;
    if (page.length < limit) return;
  }
}

/** The 61 columns of a GDELT 2.0 event record, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS: readonly string[] = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED", "SOURCEURL",
];

function actorColumns(p: string): string[] {
  return ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ["_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID"].map((c) => p + c);
}

/** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
const GDELT_QUAD: Record<Quad, number> = { verbalCooperation: 1, materialCooperation: 2, verbalConflict: 3, materialConflict: 4 };

/** One event as a GDELT row (61 fields). Ours where we have them: the date (a month's or a year's
 * first day for an event dated to one), the first actor of each side (code, name, country code
 * when it is a state), IsRootEvent (the first report in its article's lead), the CAMEO code, the
 * quad class of the PLOVER type, Goldstein's scale of the code (with `coding`), the numbers of
 * mentions, sources and articles, the location's name, DATEADDED (when the first report's article
 * was stored), the first article's URL. Left empty: what dyad does not measure (tone, actors'
 * ethnic/religious/type codes, coordinates and feature ids). */
export function gdeltRow(e: StoredEvent, names: ReadonlyMap<string, string>, coding?: EventCoding): string[] {
  const row: Record<string, string> = {};
  row.GLOBALEVENTID = e.id;
  // GDELT always gives a day: an event dated to a month or a year gets its first day (as GDELT's
  // own rows of such reports do), and MonthYear the month (a year's: its first month)
  const m = e.date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(e.date) : null;
  if (m) {
    const [year, month, day] = [m[1], m[2] ?? "01", m[3] ?? "01"];
    row.Year = year;
    row.MonthYear = year + month;
    row.SQLDATE = year + month + day;
    const doy = (Date.UTC(+year, +month - 1, +day) - Date.UTC(+year, 0, 1)) / 86_400_000 + 1;
    row.FractionDate = (+year + doy / 365).toFixed(4);
  }
  const actor = (p: string, codes: string[]) => {
    const code = codes[0];
    if (!code) return;
    row[`${p}Code`] = code;
    row[`${p}Name`] = names.get(code) ?? code;
    if (names.has(code) && /^[A-Z]{3}$/.test(code)) row[`${p}CountryCode`] = code;
  };
  actor("Actor1", e.source);
  actor("Actor2", e.target.length ? e.target : e.source.slice(1));
  if (e.cameo) {
    row.EventCode = e.cameo;
    row.EventBaseCode = e.cameo.slice(0, 3);
    row.EventRootCode = e.cameo.slice(0, 2);
  }
  const quad = QUAD_OF_TYPE[e.type];
  if (quad) row.QuadClass = String(GDELT_QUAD[quad]);
  const goldstein = coding?.goldstein(e.cameo) ?? null;
  if (goldstein !== null) row.GoldsteinScale = goldstein.toFixed(1);
  // dyad keeps one event per act per article (an article's repeated mentions of it merge), so an
  // event is mentioned once in each article that reports it
  row.NumMentions = String(e.sourceCount);
  row.NumArticles = String(e.sourceCount);
  // GDELT's sources are independent ones: near-copies of one story count once
  row.NumSources = String(e.storyCount);
  // the first report's sentence in its article's lead paragraph (store/lead-paragraph.ts); empty
  // for a report stored before that was kept
  if (typeof e.firstReport.lead === "boolean") row.IsRootEvent = e.firstReport.lead ? "1" : "0";
  // when the first report's article entered the store, YYYYMMDDHHMMSS UTC; empty when not kept
  const added = e.firstReport.added ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(e.firstReport.added) : null;
  if (added) row.DATEADDED = added.slice(1).join("");
  if (e.location) row.ActionGeo_FullName = e.location;
  if (e.firstReport.url) row.SOURCEURL = e.firstReport.url;
  return GDELT_COLUMNS.map((c) => tsvField(row[c] ?? ""));
}

const tsvField = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

export function gdeltLine(e: StoredEvent, names: ReadonlyMap<string, string>, coding?: EventCoding): string {
  return gdeltRow(e, names, coding).join("\t") + "\n";
}

/** Whether an event has the day GDELT's SQLDATE needs (a month, a year or no date has not). */
export const hasDay = (e: StoredEvent): boolean => e.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.date);

/** One event in PLOVER's field names (PLOVER manual, data format), with dyad's extras after them.
 * With `coding`: mode and context from the CAMEO code (the 2021 crosswalk; several contexts joined
 * with ";", as the actor fields are) and Goldstein's scale; else, and where the code has none, null. */
export function ploverRecord(e: StoredEvent, names: ReadonlyMap<string, string>, coding?: EventCoding) {
  const target = e.target;
  const contexts = coding?.contexts(e.cameo) ?? [];
  return {
    id: e.id,
    date: e.date,
    event_type: e.type,
    mode: coding?.mode(e.cameo, e.type) ?? null,
    context: contexts.length ? contexts.join(";") : null,
    actor: e.source.join(";"),
    actor_name: e.source.map((c) => names.get(c) ?? c).join(";"),
    recipient: target.join(";"),
    recipient_name: target.map((c) => names.get(c) ?? c).join(";"),
    location: e.location,
    source_text: e.firstReport.sentence,
    source_url: e.firstReport.url,
    source_article: e.firstReport.article,
    num_sources: e.sourceCount,
    status: e.status,
    cameo: e.cameo,
    goldstein: coding?.goldstein(e.cameo) ?? null,
    quad: QUAD_OF_TYPE[e.type] ?? null,
    trigger: e.firstReport.trigger,
    rule: e.firstReport.rule,
  };
}

export const EVENT_CSV_COLUMNS: Column<StoredEvent>[] = [
  { header: "id", value: (e) => e.id },
  { header: "date", value: (e) => e.date },
  { header: "type", value: (e) => e.type },
  { header: "cameo", value: (e) => e.cameo },
  { header: "status", value: (e) => e.status },
  { header: "source", value: (e) => e.source.join(" ") },
  { header: "target", value: (e) => e.target.join(" ") },
  { header: "location", value: (e) => e.location },
  { header: "articles", value: (e) => e.sourceCount },
  { header: "stories", value: (e) => e.storyCount },
  { header: "article", value: (e) => e.firstReport.article },
  { header: "url", value: (e) => e.firstReport.url },
  { header: "trigger", value: (e) => e.firstReport.trigger },
  { header: "rule", value: (e) => e.firstReport.rule },
  { header: "sentence", value: (e) => e.firstReport.sentence },
];

export const QUOTE_CSV_COLUMNS: Column<StoredQuote>[] = [
  { header: "id", value: (q) => q.id },
  { header: "published", value: (q) => q.published },
  { header: "speaker", value: (q) => q.speaker },
  { header: "speaker_name", value: (q) => q.speakerName },
  { header: "kind", value: (q) => q.kind },
  { header: "cue", value: (q) => q.cue },
  { header: "text", value: (q) => q.text },
  { header: "article", value: (q) => q.article },
  { header: "outlet", value: (q) => q.outlet },
  { header: "url", value: (q) => q.url },
];

export const ARTICLE_CSV_COLUMNS: Column<StoredArticle>[] = [
  { header: "id", value: (a) => a.id },
  { header: "published", value: (a) => a.published },
  { header: "outlet", value: (a) => a.outlet },
  { header: "title", value: (a) => a.title },
  { header: "byline", value: (a) => a.byline ?? null },
  { header: "url", value: (a) => a.url },
  { header: "hash", value: (a) => a.hash },
  { header: "story", value: (a) => a.story },
  { header: "copies", value: (a) => a.copies },
];

/** Text as XML character data or an attribute value: escaped, characters XML forbids dropped. */
export function xmlEscape(s: string | number): string {
  return String(s)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Each state's bloc id (blocs.ts), to label the nodes of a graph export. */
export function blocOfState(blocs: Blocs): Map<string, number> {
  return new Map(blocs.blocs.flatMap((b) => b.members.map((m) => [m.code, b.id] as const)));
}

/** An edge's sign: 1 cooperation, -1 conflict, 0 neither (its score). */
const signOf = (score: number): number => Math.sign(score) || 0;

/** GEXF 1.3 (Gephi): states as nodes with labels and their bloc, undirected edges with weight =
 * the number of events (Gephi's layouts and filters need weights > 0) and the signed score, its
 * sign and the count as attributes (colour or filter edges by sign or score to see cooperation
 * and conflict). */
export function toGexf(graph: RelationsGraph, blocOf: ReadonlyMap<string, number> = new Map(), description = "dyad: signed relations between states (weight: number of events; score: PLOVER quad score, > 0 cooperation, < 0 conflict; bloc: Louvain community)"): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>dyad</creator><description>${xmlEscape(description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    '      <attribute id="bloc" title="bloc" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="score" title="score" type="double"/>',
    '      <attribute id="sign" title="sign" type="integer"/>',
    '      <attribute id="count" title="count" type="integer"/>',
    "    </attributes>",
    "    <nodes>",
    ...graph.nodes.map((n) => {
      const bloc = blocOf.get(n.code);
      const attrs = bloc === undefined ? "" : `<attvalues><attvalue for="bloc" value="${bloc}"/></attvalues>`;
      return `      <node id="${xmlEscape(n.code)}" label="${xmlEscape(n.name)}"${attrs ? `>${attrs}</node>` : "/>"}`;
    }),
    "    </nodes>",
    "    <edges>",
    ...graph.edges.map(
      (e, i) =>
        `      <edge id="${i}" source="${xmlEscape(e.a)}" target="${xmlEscape(e.b)}" weight="${e.count}"><attvalues><attvalue for="score" value="${e.score}"/><attvalue for="sign" value="${signOf(e.score)}"/><attvalue for="count" value="${e.count}"/></attvalues></edge>`,
    ),
    "    </edges>",
    "  </graph>",
    "</gexf>",
  ];
  return out.join("\n") + "\n";
}

/** GraphML: the same graph, with label and bloc on nodes, and on edges weight = the number of
 * events (positive, as Gephi's layouts need; the same as GEXF's), the signed score, its sign and
 * the count. */
export function toGraphml(graph: RelationsGraph, blocOf: ReadonlyMap<string, number> = new Map()): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="bloc" for="node" attr.name="bloc" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="score" for="edge" attr.name="score" attr.type="double"/>',
    '  <key id="sign" for="edge" attr.name="sign" attr.type="int"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <graph id="dyad" edgedefault="undirected">',
    ...graph.nodes.map((n) => {
      const bloc = blocOf.get(n.code);
      return `    <node id="${xmlEscape(n.code)}"><data key="label">${xmlEscape(n.name)}</data>${bloc === undefined ? "" : `<data key="bloc">${bloc}</data>`}</node>`;
    }),
    ...graph.edges.map(
      (e, i) => `    <edge id="e${i}" source="${xmlEscape(e.a)}" target="${xmlEscape(e.b)}"><data key="weight">${e.count}</data><data key="score">${e.score}</data><data key="sign">${signOf(e.score)}</data><data key="count">${e.count}</data></edge>`,
    ),
    "  </graph>",
    "</graphml>",
  ];
  return out.join("\n") + "\n";
}
