// "Jane Doe, from the PCS union, said", "X, from the Fire Brigades Union, and Y": a body the dictionaries place,
// after ", from" right after a person's name and closed by a comma, a stop or "and", is the body the person speaks
// for, and its state theirs (actors/state:from-body), as "X of the Fire Brigades Union" is. Not a firm ("Becky
// Pinkard, from Digital Shadows,": a company may work in any state), nor an international body, nor a body whose state
// a sentence lent it; places after ", from" are hometowns (find-actors.ts).
import type { Doc } from "../../model/types.js";
import type { ActorLayer } from "./actor-layer.js";

export function bodiesSpokenFor(doc: Doc, layer: ActorLayer): void {
  const { actors, mentionAt } = layer;
  const tokens = doc.tokens;
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i) continue;
    const a = actors[m.actor];
    if (a.kind !== "person" || a.country || a.code) continue;
    const j = m.tokenEnd;
    if (tokens[j]?.text !== "," || tokens[j + 1]?.lower !== "from") continue;
    const at = tokens[j + 2]?.lower === "the" ? j + 3 : j + 2;
    const b = mentionAt[at];
    if (!b || b.token !== at || !b.rule.startsWith("actors/dictionary:")) continue;
    const body = actors[b.actor];
    if (body.kind !== "organization" || !body.country || body.sector === "BUS") continue;
    if (!/^(,|\.|;|and)$/.test(tokens[b.tokenEnd]?.text ?? ".")) continue;
    a.country = a.code = body.country;
    a.stateRule = "actors/state:from-body";
  }
}
