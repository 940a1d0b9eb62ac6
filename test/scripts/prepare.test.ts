import { lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script, no type declarations
import { BIN_LINK, BIN_TARGET, buildInputs, linkBin, staleReason, writeRecord } from "../../scripts/prepare.mjs";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

/** a package root with one source, one UI file and the outputs of a build */
function built(): string {
  const root = tempDir("dyad-prepare-");
  for (const [rel, text] of [
    ["src/a.ts", "export const a = 1;\n"],
    ["ui/src/b.ts", "export const b = 2;\n"],
    ["package.json", "{}\n"],
    ["tsconfig.json", "{}\n"],
    ["dist/index.js", "x"],
    ["dist/cli/run-cli.js", "x"],
    ["dist/ui/index.html", "x"],
  ]) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  writeRecord(root);
  return root;
}

describe("prepare: build only when the sources changed", () => {
  it("builds when no build was recorded", () => {
    const root = tempDir("dyad-prepare-");
    expect(staleReason(root)).toBe("no record of an earlier build");
  });

  it("is up to date right after a recorded build, and when only mtimes or caches change", () => {
    const root = built();
    expect(staleReason(root)).toBeNull();
    writeFileSync(join(root, "src/a.ts"), "export const a = 1;\n"); // same bytes, new mtime
    mkdirSync(join(root, "ui/node_modules/.vite"), { recursive: true });
    writeFileSync(join(root, "ui/node_modules/.vite/x.json"), "{}");
    expect(staleReason(root)).toBeNull();
  });

  it("builds again when a source changes, is added or removed", () => {
    let root = built();
    writeFileSync(join(root, "src/a.ts"), "export const a = 2;\n");
    expect(staleReason(root)).toBe("src/a.ts changed");
    root = built();
    writeFileSync(join(root, "ui/src/c.ts"), "");
    expect(staleReason(root)).toBe("input files were added or removed");
    root = built();
    rmSync(join(root, "ui/src/b.ts"));
    expect(staleReason(root)).toBe("input files were added or removed");
    root = built();
    writeFileSync(join(root, "package-lock.json"), "{}"); // a new input: the installed versions
    expect(staleReason(root)).toBe("input files were added or removed");
  });

  it("builds again when an output the build left is gone, not for one it never wrote", () => {
    const root = built(); // no CLI bundle in this build (as without rolldown)
    expect(staleReason(root)).toBeNull();
    rmSync(join(root, "dist/ui/index.html"));
    expect(staleReason(root)).toBe("dist/ui/index.html is missing");
  });

  it("records the inputs a build started from: an edit made during the build is built again", () => {
    const root = built();
    const before = buildInputs(root);
    writeFileSync(join(root, "src/a.ts"), "export const a = 3;\n"); // edited while the build ran
    writeRecord(root, before);
    expect(staleReason(root)).toBe("src/a.ts changed");
  });

  it("distrusts a damaged record", () => {
    const root = built();
    writeFileSync(join(root, "dist/.build-inputs.json"), "{\"format\":1,");
    expect(staleReason(root)).toBe("no record of an earlier build");
    writeFileSync(join(root, "dist/.build-inputs.json"), "{\"format\":9,\"inputs\":[],\"outputs\":[]}");
    expect(staleReason(root)).toBe("the record is not this script's");
  });

  it("hashes file contents, sorted by path", () => {
    const root = built();
    const inputs = buildInputs(root) as [string, string][];
    expect(inputs.map((i) => i[0])).toEqual(["package.json", "src/a.ts", "tsconfig.json", "ui/src/b.ts"]);
    expect(inputs[1][1]).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("prepare: links node_modules/.bin/dyad in a checkout", () => {
  /** a checkout with bin/dyad.js and an installed node_modules */
  function checkout(): string {
    const root = tempDir("dyad-prepare-");
    mkdirSync(join(root, "bin"), { recursive: true });
    writeFileSync(join(root, "bin/dyad.js"), "#!/usr/bin/env node\n");
    mkdirSync(join(root, "node_modules/.bin"), { recursive: true });
    return root;
  }

  it("links the command to bin/dyad.js, relatively, and keeps a right link", () => {
    const root = checkout();
    expect(linkBin(root)).toBe("linked");
    expect(readlinkSync(join(root, BIN_LINK))).toBe(BIN_TARGET);
    expect(readFileSync(join(root, BIN_LINK), "utf8")).toBe("#!/usr/bin/env node\n"); // resolves to the script
    expect(linkBin(root)).toBe("kept");
  });

  it("replaces a link to elsewhere and a plain file", () => {
    const root = checkout();
    symlinkSync("../other/cli.js", join(root, BIN_LINK));
    expect(linkBin(root)).toBe("linked");
    expect(readlinkSync(join(root, BIN_LINK))).toBe(BIN_TARGET);
    rmSync(join(root, BIN_LINK));
    writeFileSync(join(root, BIN_LINK), "stale shim");
    expect(linkBin(root)).toBe("linked");
    expect(lstatSync(join(root, BIN_LINK)).isSymbolicLink()).toBe(true);
  });

  it("makes node_modules/.bin when it is missing, but never node_modules itself", () => {
    const root = checkout();
    rmSync(join(root, "node_modules/.bin"), { recursive: true });
    expect(linkBin(root)).toBe("linked");
    const bare = tempDir("dyad-prepare-");
    expect(linkBin(bare)).toBe("skipped");
    expect(() => lstatSync(join(bare, "node_modules"))).toThrow();
  });

  it("does nothing when this package is itself installed inside a node_modules folder", () => {
    const outer = tempDir("dyad-prepare-");
    const root = join(outer, "node_modules", "dyad");
    mkdirSync(join(root, "node_modules"), { recursive: true });
    expect(linkBin(root)).toBe("skipped");
    expect(() => lstatSync(join(root, BIN_LINK))).toThrow();
  });
});
