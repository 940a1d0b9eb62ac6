// A past post in an intergovernmental body ("former U.N. envoy Ana Ruiz", "X, a former NATO commander,", "ex-EU
// commissioner X") says where the person once served, not whom they act for now: the IGO's code is no longer theirs.
// The person keeps the state the text or the known-person data gave them ("former United Nations Ambassador John
// Bolton", American, stays USA), else has none; a sitting IGO official ("the U.N. envoy to Syria, X") keeps the code.
// A pass over the persons, after every rule that gives states; constant work per person.
import type { Actor } from "../../model/types.js";

/** Drop the IGO code of persons whose IGO post the text put in the past (`past`: their role phrase holds a past-role
 * word, before the name or in the appositive: "X, a former head of the UN mission in Libya,"). */
export function formerIgoPosts(actors: Actor[], past: (a: Actor) => boolean): void {
  for (const a of actors) {
    if (a.kind !== "person" || a.sector !== "IGO" || !a.code || a.code === a.country || !past(a)) continue;
    a.code = a.country ?? null;
    // (the sector was the body's; a past post gives no present one)
    a.sector = null;
    if (!a.country) a.stateRule = undefined;
  }
}
