// What a CAMEO code says beyond dyad's PLOVER type, for the export formats of other tools: the
// Goldstein conflict-cooperation scale (GDELT's GoldsteinScale) and PLOVER's mode and contexts (the
// 2021 crosswalk). Both tables are validated data in data/, read once into maps; a code without a
// line of its own takes its longest prefix's value, as CAMEO's hierarchy reads.
import { join } from "node:path";
import { defaultDataDir } from "../lexicon/compile-lexicon.js";
import { readDataFile } from "../lexicon/read-data-file.js";
import { cameoPloverFile, goldsteinFile } from "../lexicon/schemas.js";

export interface EventCoding {
  /** Goldstein's scale of the code (-10 … +10), or null for no code or one the table lacks */
  goldstein(cameo: string | null): number | null;
  /** PLOVER's mode of the code, where the crosswalk gives one for the event's own type */
  mode(cameo: string | null, type: string): string | null;
  /** PLOVER's contexts of the code (possibly several), [] when none */
  contexts(cameo: string | null): string[];
}

/** The value of the code or, failing that, of its longest prefix (CAMEO codes are 2-4 digits).
 * With `lines` (the codes the table has a line for, empty fields left out of `table`), the walk
 * stops at the first code with a line: "1823" (kill by assault, no mode) does not take "182"'s "beat". */
function byPrefix<T>(table: Readonly<Record<string, T>>, cameo: string | null, lines?: Readonly<Record<string, unknown>>): T | undefined {
  if (!cameo) return undefined;
  for (let n = cameo.length; n >= 2; n--) {
    const c = cameo.slice(0, n);
    const v = table[c];
    if (v !== undefined) return v;
    if (lines && c in lines) return undefined;
  }
  return undefined;
}

/** Reads data/goldstein.json and data/cameo-plover.json (or those of `dataDir`). */
export function loadEventCoding(dataDir: string = defaultDataDir()): EventCoding {
  const scale = readDataFile(join(dataDir, "goldstein.json"), goldsteinFile).scale;
  const crosswalk = readDataFile(join(dataDir, "cameo-plover.json"), cameoPloverFile);
  const modes = crosswalk.modes ?? {};
  const contexts = crosswalk.contexts ?? {};
  return {
    goldstein: (cameo) => byPrefix(scale, cameo) ?? null,
    mode(cameo, type) {
      const m = byPrefix(modes, cameo, crosswalk.types);
      // a mode belongs to its type: where dyad reads the code as another type (the gold's
      // departures, "0841" release is CONCEDE here, RETREAT there), the crosswalk's mode is not ours
      return m && m.type === type ? m.mode : null;
    },
    contexts: (cameo) => byPrefix(contexts, cameo, crosswalk.types) ?? [],
  };
}
