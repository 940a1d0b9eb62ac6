import { describe, expect, it } from "vitest";
import { DyadError } from "../../../src/errors.js";
import { isClickhouseUrl, parseClickhouseUrl } from "../../../src/store/clickhouse/store-url.js";

describe("parseClickhouseUrl", () => {
  it("one server: host, HTTP port, database; no cluster", () => {
    expect(parseClickhouseUrl("clickhouse://127.0.0.1:8123/news")).toEqual({ hosts: ["http://127.0.0.1:8123"], database: "news", cluster: null });
    expect(parseClickhouseUrl("clickhouse://localhost:8123").database).toBe("dyad");
  });

  it("a cluster lists its servers; user, password and timeout", () => {
    expect(parseClickhouseUrl("clickhouse://me:s%40cret@10.0.0.1:8123,10.0.0.2:8124/dyad?cluster=news&timeout=30")).toEqual({
      hosts: ["http://10.0.0.1:8123", "http://10.0.0.2:8124"],
      database: "dyad",
      cluster: "news",
      username: "me",
      password: "s@cret",
      timeoutSeconds: 30,
    });
  });

  it("refuses what it cannot use, with E_STORE_OPEN", () => {
    for (const bad of [
      "clickhouse://host/dyad",
      "clickhouse://host:99999/dyad",
      "clickhouse://a:1,b:2/dyad",
      "clickhouse://a:1/dy-ad",
      "clickhouse://a:1/dyad?cluster=x;DROP",
      "clickhouse://a:1/dyad?shards=2",
      "clickhouse://a:1/dyad?timeout=soon",
    ]) {
      expect(() => parseClickhouseUrl(bad), bad).toThrow(DyadError);
    }
  });

  it("tells a ClickHouse URL from a file path", () => {
    expect(isClickhouseUrl("clickhouse://a:1/x")).toBe(true);
    expect(isClickhouseUrl("./dyad.db")).toBe(false);
  });
});

describe("redactPassword", () => {
  it("hides a URL's password, leaves the rest", async () => {
    const { redactPassword } = await import("../../../src/store/open-store.js");
    expect(redactPassword("clickhouse://me:s3cret@h:8123/dyad")).toBe("clickhouse://me:***@h:8123/dyad");
    expect(redactPassword("clickhouse://h:8123/dyad")).toBe("clickhouse://h:8123/dyad");
    expect(redactPassword("./dyad.db")).toBe("./dyad.db");
  });
});
