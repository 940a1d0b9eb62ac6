// `dyad alerts`: rules from flags, and the "Done when" sequence of issue 16 with the real engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { cli, tempDir } from "./_memory-io.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "russia-iran-treaty.txt");
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.remove());

describe("dyad alerts add | list | remove", () => {
  it("adds rules from flags (names resolved to codes), lists them, refuses bad ones with the reason, removes them", async () => {
    const db = join(tmp.dir, "rules.db");
    const add = await cli(["alerts", "add", "treaty", "--pair", "Russia", "irn", "--type", "agree", "--status", "planned", "occurred", "--db", db]);
    expect(add.stderr).toBe("");
    expect(add.code).toBe(0);
    expect(add.stdout).toBe("added rule treaty: RUS ↔ IRN AGREE planned|occurred\n");
    expect((await cli(["alerts", "add", "us-china", "--pair", "USA", "CHN", "--score-drop", "20", "--window", "30d", "--webhook", "https://hooks.example/dyad", "--db", db])).code).toBe(0);
    const list = await cli(["alerts", "list", "--format", "json", "--db", db]);
    expect(JSON.parse(list.stdout).map((r: { name: string; pair: string[]; score: unknown }) => [r.name, r.pair, r.score])).toEqual([
      ["treaty", ["RUS", "IRN"], null],
      ["us-china", ["USA", "CHN"], { change: "drop", by: 20, windowDays: 30 }],
    ]);
    const table = (await cli(["alerts", "list", "--db", db])).stdout.split("\n");
    expect(table[0]).toMatch(/^name +watches +webhook +added$/);
    expect(table[3]).toMatch(/^us-china +USA ↔ CHN: score drops by 20\+ over 30 days +https:\/\/hooks\.example\/dyad +\d{4}-/);

    const twice = await cli(["alerts", "add", "treaty", "--actor", "RUS", "--db", db]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/rule named "treaty" exists/);
    const bad = await cli(["alerts", "add", "bad", "--pair", "RUS", "IRN", "--type", "SIGN", "--window", "30d", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/E_ALERT_RULE.*--type: SIGN is not a PLOVER type/);
    const loose = await cli(["alerts", "add", "loose", "--pair", "RUS", "IRN", "--min-sources", "2", "--window", "30d", "--directed", "--db", db]);
    expect(loose.stderr).toMatch(/rule "loose": --window goes with --score-drop or --score-rise\n$/);
    const hook = await cli(["alerts", "add", "hook", "--actor", "RUS", "--webhook", "http://127.0.0.1:9/x", "--db", db]);
    expect(hook.code).toBe(2);
    expect(hook.stderr).toMatch(/loopback address \(--allow-private/);
    expect((await cli(["alerts", "add", "nobody", "--actor", "Nowhereland", "--db", db])).stderr).toMatch(/\[E_UNKNOWN_ACTOR\] unknown actor: the rule.s actor "Nowhereland"/);
    expect((await cli(["alerts", "add", "three", "--pair", "RUS", "IRN", "UKR", "--db", db])).stderr).toMatch(/--pair takes two actors/);

    expect((await cli(["alerts", "remove", "treaty", "--db", db])).stdout).toBe("removed rule treaty\n");
    const gone = await cli(["alerts", "remove", "treaty", "--db", db]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/no rule named "treaty"/);
  });
});

describe("dyad alerts check: the issue's Done when", () => {
  it("one alert for the planned AGREE RUS-IRN with its sentence; a second check prints none; ingesting again fires nothing", async () => {
    const db = join(tmp.dir, "done-when.db");
    expect((await cli(["alerts", "add", "treaty", "--pair", "RUS", "IRN", "--type", "AGREE", "--db", db])).code).toBe(0);
    const ingest = await cli(["ingest", EXAMPLE, "--published", "2025-01-17", "--workers", "0", "--db", db]);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toMatch(/alert treaty: AGREE IRN, RUS \(planned\), 2025-01-17/);

    const peek = await cli(["alerts", "check", "--peek", "--db", db]);
    const rows = peek.stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^fired +rule +alert +article +sentence$/);
    expect(rows[2]).toMatch(/^\d{4}-\d{2}-\d{2} [\d:]{8} +treaty +AGREE IRN, RUS \(planned\), 2025-01-17 +russia-iran-treaty +On Friday, Russian President/);
    const check = await cli(["alerts", "check", "--format", "jsonl", "--db", db]);
    expect(check.code).toBe(0);
    const lines = check.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      ruleName: "treaty",
      kind: "event",
      events: [{ type: "AGREE", status: "planned", date: "2025-01-17", source: ["IRN", "RUS"], target: [] }],
      sentence: "On Friday, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian are meeting in Moscow to sign a partnership treaty.",
      article: "russia-iran-treaty",
      seen: null,
    });

    const second = await cli(["alerts", "check", "--format", "jsonl", "--db", db]);
    expect(second).toMatchObject({ code: 0, stdout: "" });

    const again = await cli(["ingest", EXAMPLE, "--published", "2025-01-17", "--workers", "0", "--db", db]);
    expect(again.stderr).not.toMatch(/alert treaty/);
    expect((await cli(["alerts", "check", "--format", "jsonl", "--db", db])).stdout).toBe("");
    expect((await cli(["alerts", "check", "--since", "yesterday", "--db", db])).code).toBe(2);
  });
});
