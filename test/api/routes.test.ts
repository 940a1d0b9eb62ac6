// Every route of the API contract over a store filled by the real engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { parse as parseCsv } from "csv-parse/sync";
import { errorBody } from "../../src/api/schemas.js";
import { ARTICLES, XSS_TEXT, makeFixture, type Fixture } from "./_fixture.js";

let fx: Fixture;
let app: FastifyInstance;
beforeAll(async () => {
  fx = await makeFixture();
  app = await fx.app();
});
afterAll(() => fx.close());

const get = async (url: string) => {
  const r = await app.inject({ method: "GET", url });
  return { status: r.statusCode, body: r.json(), headers: r.headers, raw: r.body };
};

describe("GET /api/stats", () => {
  it("gives the store's counts and the first and last event dates", async () => {
    const { status, body } = await get("/api/stats");
    expect(status).toBe(200);
    const counts = await fx.store.counts();
    expect(body).toMatchObject(counts);
    expect(counts.articles).toBe(ARTICLES.length);
    const all = await fx.store.queryEvents({ limit: 10_000 });
    const dates = all.map((e) => e.date).filter((d): d is string => d !== null).sort();
    expect(body.firstEventDate).toBe(dates[0]);
    expect(body.lastEventDate).toBe(dates.at(-1));
  });
});

describe("GET /api/actors", () => {
  it("finds actors by part of the name, and narrows by kind and limit", async () => {
    const { body } = await get("/api/actors?search=putin");
    expect(body.items[0]).toMatchObject({ id: "person:vladimir-putin", kind: "person", code: "RUS" });
    const countries = (await get("/api/actors?kind=country&limit=2")).body;
    expect(countries.items).toHaveLength(2);
    expect(countries.items.every((a: { kind: string }) => a.kind === "country")).toBe(true);
    expect(countries).toMatchObject({ limit: 2, offset: 0 });
    // a full page: the total is counted, beyond the page
    expect(countries.total).toBe((await fx.store.findActors({ kind: "country", limit: 500 })).length);
    expect(countries.total).toBeGreaterThan(2);
    expect((await get("/api/actors?search=putin")).body.total).toBe((await fx.store.findActors({ search: "putin", limit: 500 })).length);
  });

  it("empty fields are no filter", async () => {
    const { status, body } = await get("/api/actors?search=&kind=");
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(5);
  });
});

describe("GET /api/actors/:id", () => {
  it("a profile by actor id or by code", async () => {
    const putin = await get("/api/actors/person:vladimir-putin");
    expect(putin.status).toBe(200);
    expect(putin.body.actor.id).toBe("person:vladimir-putin");
    expect(putin.body).toHaveProperty("roleSpans");
    const rus = await get("/api/actors/rus");
    expect(rus.body.actor.id).toBe("RUS");
    expect(rus.body.partners.map((p: { code: string }) => p.code)).toContain("IRN");
  });

  it("a name resolves to its actor (issue 15: names anywhere a code goes)", async () => {
    for (const name of ["putin", "Vladimir Putin", "PERSON:VLADIMIR-PUTIN"]) expect((await get(`/api/actors/${encodeURIComponent(name)}`)).body.actor.id).toBe("person:vladimir-putin");
    const russia = await get("/api/actors/Russia");
    expect(russia.body).toMatchObject({ key: "RUS", actor: { id: "RUS" } });
    expect((await get("/api/actors/Russian")).body.actor.id).toBe("RUS");
  });

  it("an unknown actor is a 404 with the closest actors; an ambiguous name a 400 with those it names", async () => {
    const unknown = await get("/api/actors/XYZ");
    expect(unknown.body).toMatchObject({ code: "E_NOT_FOUND", status: 404 });
    expect(errorBody.parse(unknown.body)).toBeTruthy();
    const typo = await get("/api/actors/Rusia");
    expect(typo.status).toBe(404);
    expect(typo.body.matches[0]).toMatchObject({ key: "RUS", name: "Russia", kind: "country", match: "similar" });
    expect(errorBody.parse(typo.body).matches?.length).toBeGreaterThan(0);
  });
});

describe("GET /api/events", () => {
  it("filters by type, actor and dates, pages with limit and offset", async () => {
    const all = (await get("/api/events?limit=500")).body.items as { id: string; type: string; date: string | null; firstReport: { sentence: string } }[];
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((e) => e.firstReport.sentence.length > 0)).toBe(true);
    const agree = (await get("/api/events?type=agree")).body.items as { type: string }[];
    expect(agree.length).toBeGreaterThan(0);
    expect(agree.every((e) => e.type === "AGREE")).toBe(true);
    const page = (await get("/api/events?limit=2&offset=1")).body;
    expect(page).toMatchObject({ limit: 2, offset: 1 });
    expect(page.items.map((e: { id: string }) => e.id)).toEqual(all.slice(1, 3).map((e) => e.id));
    const y2024 = (await get("/api/events?since=2024&until=2024")).body.items as { date: string }[];
    expect(y2024.every((e) => e.date.startsWith("2024"))).toBe(true);
    const rus = (await get("/api/events?actor=RUS&status=occurred")).body.items as { source: string[]; status: string }[];
    expect(rus.length).toBeGreaterThan(0);
    expect(rus.every((e) => e.status === "occurred")).toBe(true);
  });

  it("newest first by default, oldest first on request; undated events last either way", async () => {
    const newest = (await get("/api/events?limit=500")).body.items as { id: string; date: string | null }[];
    const oldest = (await get("/api/events?limit=500&order=oldest")).body.items as { id: string; date: string | null }[];
    expect(newest.map((e) => e.id)).toEqual((await fx.store.queryEvents({ newestFirst: true, limit: 500 })).map((e) => e.id));
    expect(oldest.map((e) => e.id)).toEqual((await fx.store.queryEvents({ limit: 500 })).map((e) => e.id));
    const dated = (list: { date: string | null }[]) => list.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dated(newest)).toEqual([...dated(newest)].sort().reverse());
    expect(dated(oldest)).toEqual([...dated(oldest)].sort());
    expect(newest[0].date! > oldest[0].date!).toBe(true);
    expect((await get("/api/events?order=sideways")).status).toBe(400);
  });

  it("the total counts every page: from a full page, from the last page and past the end", async () => {
    const all = (await get("/api/events?limit=500")).body;
    expect(all.total).toBe(all.items.length);
    const n = all.total as number;
    expect(n).toBeGreaterThan(3);
    for (const url of ["/api/events?limit=2", `/api/events?limit=2&offset=${n - 1}`, `/api/events?limit=2&offset=${n + 5}`, "/api/events?limit=0", "/api/events?limit=2&order=oldest"]) {
      expect([url, (await get(url)).body.total]).toEqual([url, n]);
    }
    const agree = await get("/api/events?type=agree&limit=1");
    expect(agree.body.total).toBe(await fx.store.countEvents({ type: "AGREE" }));
    expect(agree.body.total).toBe((await get("/api/events?type=AGREE&limit=500")).body.items.length);
    expect((await get("/api/events?actor=RUS&since=2030")).body).toMatchObject({ items: [], total: 0 });
  });
});

describe("names anywhere a code goes (one resolver, query/resolve-actor.ts)", () => {
  const ids = async (url: string) => ((await get(url)).body.items as { id: string }[]).map((e) => e.id);

  it("events: a code in any case, a state's name or demonym, a person's name or id give the same events", async () => {
    const rus = await ids("/api/events?actor=RUS&limit=500");
    expect(rus.length).toBeGreaterThan(0);
    for (const name of ["rus", "Russia", "Russian", "the%20Russian%20Federation"]) expect([name, await ids(`/api/events?actor=${name}&limit=500`)]).toEqual([name, rus]);
    const putin = await ids("/api/events?actor=person:vladimir-putin&limit=500");
    expect(putin.length).toBeGreaterThan(0);
    expect(await ids("/api/events?actor=Putin&limit=500")).toEqual(putin);
    expect(await ids("/api/events?target=iran&limit=500")).toEqual(await ids("/api/events?target=IRN&limit=500"));
  });

  it("party: the events an actor acts in or is acted on by; a person's are the person's own", async () => {
    const all = (await get("/api/events?limit=500")).body.items as { id: string }[];
    const putin = (await get("/api/events?party=Putin&limit=500")).body;
    const own = new Set([...(await fx.store.queryEvents({ actor: "person:vladimir-putin", limit: 500 })), ...(await fx.store.queryEvents({ target: "person:vladimir-putin", limit: 500 }))].map((e) => e.id));
    expect(own.size).toBeGreaterThan(0);
    expect(new Set(putin.items.map((e: { id: string }) => e.id))).toEqual(own);
    expect(putin.total).toBe(own.size);
    // Russia's events hold Putin's and more
    const rus = new Set(await ids("/api/events?party=Russia&limit=500"));
    for (const id of own) expect(rus.has(id)).toBe(true);
    expect(rus.size).toBeGreaterThan(own.size);
    expect(rus.size).toBeLessThan(all.length + 1);
  });

  it("an unknown or ambiguous name is a 400 in the error shape, with the closest actors as matches", async () => {
    const r = await get("/api/events?actor=Rusia");
    expect(r.status).toBe(400);
    const body = errorBody.parse(r.body);
    expect(body).toMatchObject({ code: "E_UNKNOWN_ACTOR", status: 400 });
    expect(body.error).toMatch(/^unknown actor: query\.actor "Rusia" is no actor's id, code or name, nor a state's; closest: Russia \(RUS, country\)/);
    expect(body.matches?.[0]).toMatchObject({ key: "RUS", match: "similar" });
    const d = await get("/api/dyad/Atlantis/Russia");
    expect(d.body).toMatchObject({ code: "E_UNKNOWN_ACTOR", status: 400 });
  });

  it("quotes: the speaker by name, id or state, and the state by name", async () => {
    const byId = await ids("/api/quotes?speaker=person:sergei-lavrov&limit=500");
    expect(byId.length).toBeGreaterThan(0);
    expect(await ids("/api/quotes?speaker=Sergei%20Lavrov&limit=500")).toEqual(byId);
    expect(await ids("/api/quotes?state=Russia&limit=500")).toEqual(await ids("/api/quotes?state=rus&limit=500"));
  });

  it("dyad: names, and the actors they resolved to", async () => {
    const byCode = (await get("/api/dyad/RUS/IRN")).body;
    const byName = (await get("/api/dyad/russia/Iranian")).body;
    expect(byName.periods).toEqual(byCode.periods);
    expect(byName.events).toEqual(byCode.events);
    expect(byName).toMatchObject({ a: "RUS", b: "IRN", actors: { a: { key: "RUS", name: "Russia", kind: "country" }, b: { key: "IRN", name: "Iran" } } });
  });
});

describe("GET /api/quotes", () => {
  it("by speaker, state, words and dates", async () => {
    const lavrov = (await get("/api/quotes?speaker=Lavrov")).body.items as { speaker: string; text: string; article: string }[];
    expect(lavrov.some((q) => q.text.includes("We will not be lectured"))).toBe(true);
    const rus = (await get("/api/quotes?state=RUS")).body.items as { speaker: string }[];
    expect(rus.length).toBeGreaterThan(0);
    const byWords = (await get("/api/quotes?search=lectured")).body.items as { text: string }[];
    expect(byWords.map((q) => q.text)).toEqual(["We will not be lectured"]);
    expect((await get("/api/quotes?speaker=Lavrov&until=2024")).body.items).toEqual([]);
  });

  it("newest first, as events are (order=oldest: oldest first)", async () => {
    const dates = (url: string) => get(url).then((r) => (r.body.items as { published: string | null }[]).map((q) => q.published ?? "~"));
    const newest = await dates("/api/quotes?limit=500");
    expect(new Set(newest).size).toBeGreaterThan(1);
    expect(newest).toEqual([...newest].sort().reverse().filter((d) => d !== "~").concat(newest.filter((d) => d === "~")));
    const oldest = await dates("/api/quotes?limit=500&order=oldest");
    expect(oldest).toEqual([...oldest].sort());
  });

  it("with the total of every page", async () => {
    const all = (await get("/api/quotes?limit=500")).body;
    expect(all.total).toBe(all.items.length);
    expect((await get("/api/quotes?limit=1&offset=1")).body).toMatchObject({ limit: 1, offset: 1, total: all.total });
    const lavrov = (await get("/api/quotes?speaker=Lavrov&limit=500")).body;
    expect((await get("/api/quotes?speaker=Lavrov&limit=1")).body.total).toBe(lavrov.items.length);
  });
});

describe("GET /api/quotes order", () => {
  it("newest first by default, oldest first on request", async () => {
    const newest = (await get("/api/quotes?limit=500")).body.items as { published: string | null }[];
    const dates = newest.map((q) => q.published).filter((d): d is string => d !== null);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = (await get("/api/quotes?limit=500&order=oldest")).body.items as { published: string | null }[];
    const old = oldest.map((q) => q.published).filter((d): d is string => d !== null);
    expect(old).toEqual([...old].sort());
  });
});

describe("GET /api/events?outlet=&words=", () => {
  it("events reported by an outlet, and with words in a report's sentence", async () => {
    const fox = (await get("/api/events?outlet=fox%20news&limit=500")).body;
    expect(fox.total).toBeGreaterThan(0);
    expect(fox.total).toBe((await get("/api/events?limit=500")).body.items.filter((e: { firstReport: { article: string } }) => e.firstReport.article === "treaty").length);
    const kharkiv = (await get("/api/events?words=shelling%20kharkiv&limit=500")).body.items as { firstReport: { sentence: string } }[];
    expect(kharkiv.length).toBeGreaterThan(0);
    expect(kharkiv.every((e) => /shelling/i.test(e.firstReport.sentence) && /kharkiv/i.test(e.firstReport.sentence))).toBe(true);
    expect((await get("/api/events?words=shelling%20treaty")).body.total).toBe(0);
    // the downloads take them too
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/events.json?words=shelling%20kharkiv" })).body)).toHaveLength(kharkiv.length);
  });
});

describe("GET /api/events?either=1", () => {
  it("events between two actors in either direction, each once, newest first, with their total", async () => {
    const ab = (await get("/api/events?actor=RUS&target=IRN&limit=500")).body.items as { id: string }[];
    const ba = (await get("/api/events?actor=IRN&target=RUS&limit=500")).body.items as { id: string }[];
    const union = new Set([...ab, ...ba].map((e) => e.id));
    expect(union.size).toBeGreaterThan(0);
    const either = (await get("/api/events?actor=RUS&target=IRN&either=1&limit=500")).body;
    expect(either.total).toBe(union.size);
    expect(new Set(either.items.map((e: { id: string }) => e.id))).toEqual(union);
    const dates = either.items.map((e: { date: string | null }) => e.date).filter((d: string | null): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    // the other order gives the same set; a page of it is a slice of the whole
    expect((await get("/api/events?actor=IRN&target=RUS&either=true&limit=500")).body.total).toBe(union.size);
    const page = (await get("/api/events?actor=RUS&target=IRN&either=1&limit=1&offset=1")).body;
    expect(page).toMatchObject({ limit: 1, offset: 1, total: union.size });
    expect(page.items.map((e: { id: string }) => e.id)).toEqual(either.items.slice(1, 2).map((e: { id: string }) => e.id));
    // without it, one direction only
    expect((await get("/api/events?actor=RUS&target=IRN&either=0&limit=500")).body.total).toBe(ab.length);
  });
});

describe("GET /api/events with sets of actors and statuses (a bloc's cell)", () => {
  it("several actors a side, repeated or comma-separated, by name or code: any of them; either way; several statuses", async () => {
    const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);
    const one = async (q: string) => (await get(`/api/events?${q}&limit=500`)).body;
    // the union of the pairs, each once, is the set's list
    const pairs = await Promise.all(["actor=RUS&target=IRN", "actor=RUS&target=UKR", "actor=USA&target=IRN", "actor=USA&target=UKR"].map(one));
    const union = new Set(pairs.flatMap(ids));
    expect(union.size).toBeGreaterThan(1);
    const set = await one("actor=RUS,USA&target=iran&target=Ukraine");
    expect(set.total).toBe(union.size);
    expect(new Set(ids(set))).toEqual(union);
    expect(ids(await one("actor=Russia&actor=usa&target=IRN,UKR"))).toEqual(ids(set));
    // either way: the reverse pairs too
    const reverse = await Promise.all(["actor=IRN&target=RUS", "actor=UKR&target=RUS", "actor=IRN&target=USA", "actor=UKR&target=USA"].map(one));
    const both = new Set([...union, ...reverse.flatMap(ids)]);
    const either = await one("actor=RUS,USA&target=IRN,UKR&either=1");
    expect(either.total).toBe(both.size);
    expect(new Set(ids(either))).toEqual(both);
    const page = (await get("/api/events?actor=RUS,USA&target=IRN,UKR&either=1&limit=2&offset=1")).body;
    expect(page).toMatchObject({ total: both.size, offset: 1 });
    expect(ids(page)).toEqual(ids(either).slice(1, 3));
    // statuses: any of them
    const counted = await one("status=occurred,ongoing,claimed,planned");
    const each = await Promise.all(["occurred", "ongoing", "claimed", "planned"].map((s) => one(`status=${s}`)));
    expect(counted.total).toBe(each.reduce((n, b) => n + b.total, 0));
    expect(counted.items.every((e: { status: string }) => e.status !== "hypothetical" && e.status !== "denied")).toBe(true);
    // the downloads take them too, row for row
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/events.json?actor=RUS,USA&target=IRN,UKR&either=1" })).body).map((e: { id: string }) => e.id)).toEqual(ids(either));
    const csv = (await app.inject({ method: "GET", url: "/api/events.csv?actor=RUS&actor=USA&target=IRN,UKR&either=1&status=occurred&status=claimed" })).body.trimEnd().split("\r\n");
    expect(csv.length - 1).toBe((await one("actor=RUS,USA&target=IRN,UKR&either=1&status=occurred,claimed")).total);
    // an unknown name among them is a 400 naming it; a bad status too
    const bad = await get("/api/events?actor=RUS,Atlantis");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/Atlantis/);
    expect((await get("/api/events?status=occurred,maybe")).status).toBe(400);
  });
});

describe("downloads: /api/events.csv|json, /api/quotes.csv|json, /api/articles.csv|json", () => {
  it("each CSV download read back by a CSV parser (csv-parse): its JSON twin's rows, one record each, every field whole", async () => {
    for (const [path, key] of [["events", "id"], ["quotes", "id"], ["articles", "id"]] as const) {
      const url = path === "events" ? "/api/events.%s?actor=RUS,USA&target=IRN,UKR&either=1" : `/api/${path}.%s`;
      const csv = (await app.inject({ method: "GET", url: url.replace("%s", "csv") })).body;
      const json = JSON.parse((await app.inject({ method: "GET", url: url.replace("%s", "json") })).body) as Record<string, unknown>[];
      const records: Record<string, string>[] = parseCsv(csv, { columns: true });
      expect([path, records.length]).toEqual([path, json.length]);
      expect(json.length).toBeGreaterThan(0);
      expect(records.map((r) => r[key])).toEqual(json.map((r) => String(r[key])));
    }
    // a sentence or a quote with commas, quotes and line breaks comes back whole
    const events = JSON.parse((await app.inject({ method: "GET", url: "/api/events.json" })).body) as { firstReport: { sentence: string } }[];
    const records: Record<string, string>[] = parseCsv((await app.inject({ method: "GET", url: "/api/events.csv" })).body, { columns: true });
    expect(records.map((r) => r.sentence)).toEqual(events.map((e) => e.firstReport.sentence));
    expect(events.some((e) => /[,"]/.test(e.firstReport.sentence))).toBe(true);
    const quotes = JSON.parse((await app.inject({ method: "GET", url: "/api/quotes.json" })).body) as { text: string }[];
    expect((parseCsv((await app.inject({ method: "GET", url: "/api/quotes.csv" })).body, { columns: true }) as { text: string }[]).map((q) => q.text)).toEqual(quotes.map((q) => q.text));
  });

  it("every event the list's filters match, as CSV and as a JSON array, with a file name", async () => {
    const list = (await get("/api/events?actor=RUS&limit=500")).body;
    const csv = await app.inject({ method: "GET", url: "/api/events.csv?actor=RUS" });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="dyad-events.csv"');
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,date,type,cameo,status,source,target,location,articles,stories,article,url,trigger,rule,sentence");
    // one line an event (no sentence in this fixture holds a line break)
    expect(lines).toHaveLength(list.total + 1);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(list.items.map((e: { id: string }) => e.id));
    const json = await app.inject({ method: "GET", url: "/api/events.json?actor=RUS" });
    expect(json.headers["content-disposition"]).toBe('attachment; filename="dyad-events.json"');
    expect(JSON.parse(json.body)).toEqual(list.items);
    // the same filters narrow it, and a bad one is the list's error
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/events.json?actor=RUS&type=assault" })).body).every((e: { type: string }) => e.type === "ASSAULT")).toBe(true);
    expect((await app.inject({ method: "GET", url: "/api/events.csv?type=HUG" })).statusCode).toBe(400);
    // limit and offset as in the list
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/events.json?limit=2&offset=1" })).body)).toEqual((await get("/api/events?limit=2&offset=1")).body.items);
  });

  it("quotes and articles likewise", async () => {
    const quotes = (await get("/api/quotes?speaker=Lavrov&limit=500")).body.items;
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/quotes.json?speaker=Lavrov" })).body)).toEqual(quotes);
    const qcsv = (await app.inject({ method: "GET", url: "/api/quotes.csv?speaker=Lavrov" })).body.trimEnd().split("\r\n");
    expect(qcsv[0]).toBe("id,published,speaker,speaker_name,kind,cue,text,article,outlet,url");
    const articles = (await get("/api/articles?limit=500")).body.items;
    expect(JSON.parse((await app.inject({ method: "GET", url: "/api/articles.json" })).body)).toEqual(articles);
    const acsv = (await app.inject({ method: "GET", url: "/api/articles.csv?search=Kharkiv" })).body.trimEnd().split("\r\n");
    expect(acsv[0]).toBe("id,published,outlet,title,byline,url,hash,story,copies");
    expect(acsv.slice(1).map((l) => l.split(",")[0])).toEqual(["kyiv"]);
  });

  it("are in the OpenAPI description with their file type", async () => {
    const doc = (await get("/api/openapi.json")).body;
    expect(Object.keys(doc.paths["/api/events.csv"].get.responses["200"].content)).toEqual(["text/csv"]);
    expect(Object.keys(doc.paths["/api/articles.json"].get.responses["200"].content)).toEqual(["application/json"]);
  });
});

describe("GET /api/dyad/:a/:b", () => {
  it("the series of two actors and their latest events, each between them", async () => {
    const { status, body } = await get("/api/dyad/RUS/IRN");
    expect(status).toBe(200);
    expect(body).toMatchObject({ a: "RUS", b: "IRN", by: "month" });
    expect(body.periods.some((p: { total: number }) => p.total > 0)).toBe(true);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.length).toBeLessThanOrEqual(100);
    for (const e of body.events as { source: string[]; target: string[] }[]) {
      const parties = [...e.source, ...e.target];
      expect(parties).toContain("RUS");
      expect(parties).toContain("IRN");
    }
    const dates = (body.events as { date: string | null }[]).map((e) => e.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("GET /api/graph", () => {
  it("states, persons and organisations; every edge joins two nodes", async () => {
    const { body } = await get("/api/graph");
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(ids.has("RUS") && ids.has("IRN")).toBe(true);
    expect(body.nodes.find((n: { id: string }) => n.id === "RUS")).toMatchObject({ kind: "country", name: "Russia" });
    expect(body.nodes.some((n: { kind: string }) => n.kind === "person")).toBe(true);
    for (const n of body.nodes) expect(["country", "organization", "person"]).toContain(n.kind);
    // laid out by the server, so that the UI draws at once
    for (const n of body.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(new Set(body.nodes.map((n: { x: number; y: number }) => `${n.x},${n.y}`)).size).toBe(body.nodes.length);
    for (const e of body.edges as { a: string; b: string; count: number; score: number }[]) {
      expect(ids.has(e.a) && ids.has(e.b)).toBe(true);
      expect(e.a < e.b).toBe(true);
      expect(e.count).toBeGreaterThan(0);
    }
    expect((await get("/api/graph?since=2030")).body).toEqual({ nodes: [], edges: [] });
  });
});

describe("GET /api/blocs", () => {
  it("communities of states", async () => {
    const { body } = await get("/api/blocs?since=2025");
    expect(body).toMatchObject({ since: "2025", until: null });
    expect(body.blocs.flatMap((b: { members: { code: string }[] }) => b.members.map((m) => m.code))).toContain("RUS");
  });
});

describe("GET /api/articles", () => {
  it("newest first without words; ranked with them", async () => {
    const all = (await get("/api/articles")).body.items as { id: string }[];
    expect(all.map((a) => a.id)).toEqual(["xss", "treaty", "kyiv"]);
    expect((await get("/api/articles?search=kharkiv")).body.items.map((a: { id: string }) => a.id)).toEqual(["kyiv"]);
    expect((await get("/api/articles?limit=1&offset=1")).body).toMatchObject({ items: [{ id: "treaty" }], limit: 1, offset: 1 });
    expect((await get("/api/articles?limit=1&offset=1")).body.total).toBe(all.length);
    expect((await get("/api/articles?search=kharkiv&limit=1")).body.total).toBe(1);
  });
});

describe("GET /api/articles/:id", () => {
  it("the text and the spans, offsets into the text", async () => {
    const { status, body } = await get("/api/articles/treaty");
    expect(status).toBe(200);
    expect(body.article).toMatchObject({ id: "treaty", outlet: "Fox News", published: "2025-01-17", text: ARTICLES[0].text });
    const text: string = body.article.text;
    const putin = body.spans.actors.find((a: { actor: string }) => a.actor === "person:vladimir-putin");
    expect(text.slice(putin.start, putin.end)).toMatch(/Putin/);
    expect(body.spans.events.length).toBeGreaterThan(0);
    for (const e of body.spans.events) {
      expect(text.slice(e.start, e.end).toLowerCase()).toContain(e.trigger.split(" ")[0].toLowerCase().slice(0, 4));
      expect(e.sentenceStart).toBeLessThanOrEqual(e.start);
      expect(e.sentenceEnd).toBeGreaterThanOrEqual(e.end);
    }
    for (const q of body.spans.quotes) expect(q.end).toBeGreaterThan(q.start);
  });

  it("markup in the text comes back unchanged, as a JSON string, never as HTML", async () => {
    const { body, headers, raw } = await get("/api/articles/xss");
    expect(body.article.text).toBe(XSS_TEXT);
    expect(body.article.text).toContain("<script>alert(1)</script>");
    expect(body.article.text).toContain("<img src=x onerror=alert(1)>");
    expect(body.article.title).toBe("<b>Lavrov</b> on Iran");
    expect(headers["content-type"]).toMatch(/^application\/json/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(raw).article.text).toBe(XSS_TEXT);
    const lavrov = body.spans.actors.find((a: { actor: string }) => a.actor === "person:sergei-lavrov");
    expect(XSS_TEXT.slice(lavrov.start, lavrov.end)).toMatch(/Lavrov/);
    expect(body.spans.quotes.some((q: { start: number; end: number }) => XSS_TEXT.slice(q.start, q.end).includes("We will not be lectured"))).toBe(true);
  });

  it("an unknown id is 404 in the error shape", async () => {
    const { status, body } = await get("/api/articles/nope");
    expect(status).toBe(404);
    expect(errorBody.parse(body)).toMatchObject({ code: "E_NOT_FOUND", status: 404 });
  });
});

describe("POST /api/ingest", () => {
  it("extracts and stores; the same articles again are duplicates; a bad article fails alone", async () => {
    const articles = [
      { id: "new-1", text: "Iran and Iraq signed a border agreement in Baghdad on Sunday.", published: "2025-03-02", outlet: "Test Wire" },
      { text: "   ", title: "empty" },
    ];
    const first = await app.inject({ method: "POST", url: "/api/ingest", payload: { articles } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ stored: 1, duplicates: 0, failed: 1, failures: [{ index: 1, code: "E_EMPTY_TEXT" }] });
    expect((await get("/api/articles/new-1")).body.article.outlet).toBe("Test Wire");
    const again = await app.inject({ method: "POST", url: "/api/ingest", payload: { articles: articles.slice(0, 1) } });
    expect(again.json()).toMatchObject({ stored: 0, duplicates: 1, failed: 0 });
  });
});
