import { describe, expect, it } from "vitest";
import { parseRule, parseWindow } from "../../src/alerts/rule.js";
import { DyadError } from "../../src/errors.js";

const refused = (input: unknown): string => {
  try {
    parseRule(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DyadError);
    expect((e as DyadError).code).toBe("E_ALERT_RULE");
    return (e as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
};

describe("parseRule", () => {
  it("makes a full rule from flags: codes in any case, types upper-cased, defaults filled", () => {
    expect(parseRule({ name: "treaty", pair: ["rus", "Irn"], types: ["agree", "AGREE"] })).toEqual({
      name: "treaty",
      actor: null,
      pair: ["RUS", "IRN"],
      directed: false,
      types: ["AGREE"],
      statuses: [],
      minSources: 1,
      score: null,
      webhook: null,
      allowPrivate: false,
    });
    expect(parseRule({ name: "us-china", pair: ["USA", "CHN"], scoreDrop: 20, window: "4w", webhook: "https://hooks.example/x" })).toMatchObject({
      score: { change: "drop", by: 20, windowDays: 28 },
      webhook: "https://hooks.example/x",
    });
    expect(parseRule({ name: "lavrov", actor: "person:sergei-lavrov", statuses: ["occurred"], minSources: 2 })).toMatchObject({ actor: "person:sergei-lavrov", minSources: 2 });
    expect(parseRule({ name: "local", types: ["THREATEN"], webhook: "http://127.0.0.1:9/hook", allowPrivate: true }).webhook).toBe("http://127.0.0.1:9/hook");
  });

  it("refuses a bad rule with every reason, naming the flag", () => {
    expect(refused({ name: "bad name!", pair: ["RUS", "IRN"] })).toMatch(/NAME: a rule's name is 1 to 64 letters/);
    expect(refused({ name: "x", types: ["SIGN"] })).toMatch(/--type: SIGN is not a PLOVER type/);
    expect(refused({ name: "x", types: ["AGREE"], statuses: ["maybe"] })).toMatch(/--status: a status is one of occurred/);
    expect(refused({ name: "x", actor: "RUS", pair: ["RUS", "IRN"] })).toMatch(/--actor or --pair, not both/);
    expect(refused({ name: "x" })).toMatch(/would fire on every event/);
    expect(refused({ name: "x", pair: ["RUS", "rus"] })).toMatch(/two different actors/);
    expect(refused({ name: "x", actor: "RUS", directed: true })).toMatch(/--directed needs --pair/);
    expect(refused({ name: "x", actor: "RUS", scoreDrop: 5, window: "30d" })).toMatch(/score rule watches a dyad/);
    expect(refused({ name: "x", pair: ["RUS", "IRN"], scoreDrop: 5 })).toMatch(/needs --window/);
    expect(refused({ name: "x", pair: ["RUS", "IRN"], scoreDrop: 5, window: "a month" })).toMatch(/--window "a month" is not/);
    expect(refused({ name: "x", pair: ["RUS", "IRN"], scoreDrop: 5, scoreRise: 5, window: "30d" })).toMatch(/not both/);
    expect(refused({ name: "x", pair: ["RUS", "IRN"], scoreRise: -1, window: "30d" })).toMatch(/--score-rise is a number above 0/);
    expect(refused({ name: "x", pair: ["RUS", "IRN"], window: "30d" })).toMatch(/--window goes with --score-drop/);
    expect(refused({ name: "x", actor: "RUS", minSources: 0 })).toMatch(/--min-sources is at least 1/);
    expect(refused({ name: "x", actor: "Vladimir Putin" })).toMatch(/without spaces/);
    // two reasons at once
    const both = refused({ name: "x", actor: "RUS", pair: ["RUS", "IRN"], types: ["NOPE"] });
    expect(both).toMatch(/NOPE is not a PLOVER type/);
  });

  it("refuses a webhook that is not http(s), or private without --allow-private", () => {
    expect(refused({ name: "x", actor: "RUS", webhook: "http://127.0.0.1:8080/hook" })).toMatch(/--webhook: .*127\.0\.0\.1 is a loopback address/);
    expect(refused({ name: "x", actor: "RUS", webhook: "http://localhost/hook" })).toMatch(/loopback/);
    expect(refused({ name: "x", actor: "RUS", webhook: "http://10.0.0.5/hook" })).toMatch(/private/);
    expect(refused({ name: "x", actor: "RUS", webhook: "file:///etc/passwd" })).toMatch(/only http and https/);
    expect(refused({ name: "x", actor: "RUS", webhook: "not a url" })).toMatch(/not a URL/);
    expect(refused({ name: "x", actor: "RUS", allowPrivate: true })).toMatch(/--allow-private goes with --webhook/);
  });

  it("reads windows in days, weeks and years", () => {
    expect(parseWindow("30d")).toBe(30);
    expect(parseWindow("2W")).toBe(14);
    expect(parseWindow("1y")).toBe(365);
    expect(parseWindow("0d")).toBeNull();
    expect(parseWindow("30")).toBeNull();
    expect(parseWindow("11y")).toBeNull();
  });
});
