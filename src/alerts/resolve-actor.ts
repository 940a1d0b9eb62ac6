// What a rule's --actor or --pair names → the code or id the store files events under. The one
// place that resolves names for alerts, kept small so that a fuller resolver (issue 15) can take
// its place: a code in any case ("rus" → "RUS"), an actor id as it is ("person:vladimir-putin"),
// a country's name as the lexicon knows it (world-countries' common and official names and the
// aliases of data/countries.json: "Russia", "Russian Federation"), or the exact name of an actor
// the store holds ("Sergei Lavrov" → its code, or its id when it has none).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DyadError } from "../errors.js";
import { defaultDataDir } from "../lexicon/compile-lexicon.js";
import type { Store } from "../store/store.js";

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
}

let countryNames: Map<string, string> | null = null;

/** Country names (lower case) → codes; read once. */
function countries(): Map<string, string> {
  if (countryNames) return countryNames;
  const world = createRequire(import.meta.url)("world-countries") as WorldCountry[];
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = name.trim().toLowerCase();
    if (k && !names.has(k)) names.set(k, code);
  };
  for (const c of world) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
  }
  try {
    const extra = JSON.parse(readFileSync(join(defaultDataDir(), "countries.json"), "utf8")) as { aliases?: Record<string, string[]> };
    for (const [code, aliases] of Object.entries(extra.aliases ?? {})) for (const a of aliases) add(a, code);
  } catch {
    // the aliases are a convenience: without the file, world-countries' names still resolve
  }
  for (const c of world) for (const alt of c.altSpellings) if (alt.length >= 4) add(alt, c.cca3);
  return (countryNames = names);
}

export async function resolveActor(text: string, store: Pick<Store, "findActors"> | null): Promise<string> {
  const t = text.trim();
  if (!t) throw new DyadError("E_ALERT_RULE", "an empty actor: give a code (RUS), an actor id or a name", {});
  if (t.includes(":")) return t;
  // a code: 3 letters (ISO, CAMEO) or a CAMEO code of several 3-letter parts ("RUSGOV")
  if (/^[A-Za-z]{3}$/.test(t) || (/^([A-Z]{3}){2,4}$/.test(t))) return t.toUpperCase();
  const country = countries().get(t.toLowerCase());
  if (country) return country;
  if (store) {
    const found = await store.findActors({ search: t, limit: 20 });
    const exact = found.filter((a) => a.name.toLowerCase() === t.toLowerCase() || a.code?.toLowerCase() === t.toLowerCase());
    if (exact.length) return exact[0].kind === "country" && exact[0].code ? exact[0].code : exact[0].id;
  }
  if (/^[A-Za-z]{2,12}$/.test(t) && t === t.toUpperCase()) return t;
  throw new DyadError("E_ALERT_RULE", `${JSON.stringify(t)} is no actor code, actor id or known name (RUS, person:vladimir-putin, Russia)`, { actor: t });
}
