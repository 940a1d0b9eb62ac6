// "Jane Doe, from the PCS union, said", "X, from the Fire Brigades Union, and Y": a body the dictionaries place,
// after ", from" right after a person's name and closed by a comma, a stop or "and", is the body the person speaks
// for, and its state theirs (actors/state:from-body), as "X of the Fire Brigades Union" is. Not a firm ("Becky
// Pinkard, from Digital Shadows,": a company may work in any state), nor an international body, nor a body whose state
// a sentence lent it; places after ", from" are hometowns (find-actors.ts).
import type { Actor, Doc } from "../../model/types.js";
import type { ActorLayer } from "./actor-layer.js";

/**
 * Each person with no state yet whose name is followed by ", from" ("Jane Doe, from the PCS union,", "Mark Dorey,
 * from Leeds,"): `visit` gets the person and the index of the token after "from". The one walk that the body a
 * person speaks for (here) and the place a person comes from (find-actors.ts hometowns) both read.
 */
export function eachStatelessFrom(doc: Doc, layer: ActorLayer, visit: (person: Actor, at: number) => void): void {
  const tokens = doc.tokens;
  eachStatelessAppositive(doc, layer, (a, comma) => {
    if (tokens[comma + 1]?.lower === "from") visit(a, comma + 2);
  });
}

/**
 * Each person with no state yet at the first token of a mention that a comma follows ("Maria Lopez, 45, of
 * Mariupol", "Jane Doe, from the PCS union,"): `visit` gets the person and the comma's index. The one walk the
 * appositive readers after a name share (eachStatelessFrom here, residence.ts).
 */
export function eachStatelessAppositive(doc: Doc, layer: ActorLayer, visit: (person: Actor, comma: number) => void): void {
  const { actors, mentionAt } = layer;
  const tokens = doc.tokens;
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || m.token !== i) continue;
    const a = actors[m.actor];
    if (a.kind !== "person" || a.country || a.code) continue;
    if (tokens[m.tokenEnd]?.text === ",") visit(a, m.tokenEnd);
  }
}

export function bodiesSpokenFor(doc: Doc, layer: ActorLayer): void {
  const { actors, mentionAt } = layer;
  const tokens = doc.tokens;
  eachStatelessFrom(doc, layer, (a, next) => {
    const at = tokens[next]?.lower === "the" ? next + 1 : next;
    const b = mentionAt[at];
    if (!b || b.token !== at || !b.rule.startsWith("actors/dictionary:")) return;
    const body = actors[b.actor];
    if (body.kind !== "organization" || !body.country || body.sector === "BUS") return;
    if (!/^(,|\.|;|and)$/.test(tokens[b.tokenEnd]?.text ?? ".")) return;
    a.country = a.code = body.country;
    a.stateRule = "actors/state:from-body";
  });
}
