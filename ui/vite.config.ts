// Builds the web UI (ui/) into dist/ui, beside the server's tsc output in dist/. The server serves
// these files under a strict CSP (default-src 'self'): no inline script or style, nothing external.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  publicDir: "public",
  build: {
    outDir: fileURLToPath(new URL("../dist/ui", import.meta.url)),
    emptyOutDir: true,
    // the map's TopoJSON alone is ~100 kB; it loads with the map view only
    chunkSizeWarningLimit: 400,
    modulePreload: { polyfill: false },
  },
  plugins: [countryTable(), preloadFirstView("src/views/graph.ts")],
});

/** `virtual:countries`: ISO numeric (world-atlas ids) → alpha-3, name and centre, taken from
 * world-countries at build time, so the browser gets ~15 kB instead of the package's 1 MB. */
function countryTable(): Plugin {
  const id = "virtual:countries";
  return {
    name: "dyad-countries",
    resolveId: (source) => (source === id ? "\0" + id : null),
    load(resolved) {
      if (resolved !== "\0" + id) return null;
      const require = createRequire(import.meta.url);
      const file = require.resolve("world-countries/countries.json");
      const all = JSON.parse(readFileSync(file, "utf8")) as { ccn3: string; cca3: string; name: { common: string }; latlng: number[] }[];
      const rows = all.map((c) => [c.ccn3, c.cca3, c.name.common, Math.round(c.latlng[1] * 100) / 100, Math.round(c.latlng[0] * 100) / 100]);
      return `export default ${JSON.stringify(rows)};`;
    },
  };
}

/** `<link rel="modulepreload">` for the default view's chunk and its imports: the browser fetches
 * them while it runs the entry, instead of after (the entry loads views on demand). */
function preloadFirstView(view: string): Plugin {
  return {
    name: "dyad-preload-first-view",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const root = chunks.find((c) => c.facadeModuleId === fileURLToPath(new URL(view, import.meta.url)));
        if (!root) throw new Error(`vite: no chunk for the first view ${view}`);
        const files = new Set<string>();
        const add = (name: string) => {
          const c = chunks.find((x) => x.fileName === name);
          if (!c || files.has(name) || c.isEntry) return;
          files.add(name);
          c.imports.forEach(add);
        };
        add(root.fileName);
        return [...files].map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${f}` }, injectTo: "head" as const }));
      },
    },
  };
}
