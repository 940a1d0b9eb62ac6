// People of a state are not the state: "the Ukrainian government promised to help the people of
// Ukraine", "Britain should help refugees find homes", "Germany will house the migrants". A state's
// help to people who live in it or belong to it is its own domestic business, no act between two
// parties: the guideline gives one code to both sides only when the text names two parts of one
// state explicitly, and a population, its refugees or migrants are no part of the state. An act of
// help (one of the types in data) whose doer's state is the state of its target, when that target is
// a people noun of data ("refugees", "migrants", "civilians") or a state named only as the owner of
// one ("the people of Ukraine", "Ukraine's citizens"), is no event. Not: help from another state
// ("the US pledged to help the people of Ukraine" is AID USA>UKR), an act of force or coercion on
// one's own people (domestic.ts reads those), a target that is the state itself ("Kyiv helped
// Ukraine's farmers" names the farmers; "the government helped Ukraine" is left as it is).
// Word lists: data/event-senses.json ownFolk.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

/** No event for help whose target is the people of the helper's own state. */
export function ownFolk(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const words = lex.ownFolk;
  for (const [ev] of raws) {
    if (!words.types.has(ev.type) || !ev.source.length || !ev.target.length || ev.noAct) continue;
    const states = new Set(ev.source.map((a) => stateOf(env, a)));
    if (states.size !== 1 || states.has(null)) continue;
    const own = [...states][0];
    if (!ev.target.every((a) => stateOf(env, a) === own && folk(env, a, ev.triggerEnd, words.nouns))) continue;
    ev.noAct = true;
    ev.rule += "+own-folk";
  }
}

/** The target actor names people (its own head noun), or a state that only owns a people noun after the trigger. */
export function folk(env: SentenceEnv, actor: number, from: number, nouns: ReadonlySet<string>): boolean {
  const { tokens, groups, layer } = env;
  const a = layer.actors[actor];
  if (a.kind !== "country") {
    const words = (a.name ?? "").toLowerCase().split(/\s+/);
    return nouns.has(words[words.length - 1] ?? "");
  }
  // "the people of Ukraine", "Ukraine's citizens", "the Ukrainian people": the state's mention
  // after the trigger with a people noun before "of" or after it
  for (const g of groups) {
    if (g.first < from || !g.actors.includes(actor)) continue;
    let b = g.first - 1;
    if (tokens[b]?.lower === "the") b--;
    if (tokens[b]?.lower === "of" && nouns.has(tokens[b - 1]?.lower ?? "")) return true;
    let e = g.last;
    if (tokens[e]?.norm === "'s" || tokens[e]?.text === "'s" || tokens[e]?.text === "’s") e++;
    if (nouns.has(tokens[e]?.lower ?? "")) return true;
    return false;
  }
  return false;
}
