// What a rule's --actor or --pair names → the code or id the store files events under, through the
// one resolver every edge uses (query/resolve-actor.ts: codes in any case, ids, states' names and
// demonyms, stored actors' names). A watch rule may name an actor no stored article has yet, so an
// actor id ("person:kaja-kallas") or a composite CAMEO code ("RUSGOV") the store does not know is
// kept as given; any other unknown or ambiguous name is refused with the closest actors.
import { DyadError } from "../errors.js";
import { actorError, loadActorNames, matchActor, stateNamesOnly } from "../query/resolve-actor.js";
import type { Store } from "../store/store.js";

export async function resolveActor(text: string, store: Pick<Store, "findActors" | "countActors"> | null): Promise<string> {
  const t = text.trim();
  if (!t) throw new DyadError("E_ALERT_RULE", "an empty actor: give a code (RUS), an actor id or a name", {});
  const names = store ? await loadActorNames(store as Store) : stateNamesOnly();
  const r = matchActor(t, names);
  if ("actor" in r) return r.actor.key;
  if (r.error === "unknown" && t.includes(":") && !/\s/.test(t)) return t;
  if (r.error === "unknown" && /^([A-Z]{3}){2,4}$/.test(t)) return t;
  throw actorError(t, r, "the rule's actor");
}
