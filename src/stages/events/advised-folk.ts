// A government's advice to its own citizens is no act between two parties: "the State Department
// warned American citizens in Russia to depart immediately", "the Foreign Office urged UK nationals to
// consider leaving Russia", "Washington advised Americans not to travel to Iran". A warning or an
// urging (a verb pattern of data, an event of one of its types) whose doer's state is the state of
// everyone it is addressed to, when they are named as people (a people noun of ownFolk after the
// state's word or after "of", or the people's plural demonym right after the verb), is consular
// advice, neither a threat nor a request to the state itself, and the place it names ("in Russia")
// is where the people are, no party either. Not: a warning to the state itself or another ("warned
// Russia", "urged Moscow to release the Americans"), nor advice to another state's people ("Poland
// urged Ukrainian refugees to register"). Word lists: data/event-senses.json advisedFolk, ownFolk.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { folk } from "./own-folk.js";

// the addressee opens this close to the verb: "warned American citizens", "urged all UK nationals"
const OBJECT_REACH = 3;

/** No event for a warning or an urging that a state gives its own people. */
export function advisedFolk(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const words = lex.advisedFolk;
  for (const [ev, t] of raws) {
    if (!t.verb || !words.verbs.has(t.verb.verb) || !words.types.has(ev.type)) continue;
    if (!ev.source.length || !ev.target.length || ev.noAct) continue;
    const states = new Set(ev.source.map((a) => stateOf(env, a)));
    if (states.size !== 1 || states.has(null)) continue;
    const own = [...states][0];
    if (!ev.target.every((a) => stateOf(env, a) === own && addressed(env, a, ev.triggerEnd, words.demonyms, lex.ownFolk.nouns))) continue;
    ev.noAct = true;
    ev.rule += "+advised-folk";
  }
}

/** The actor is named, right after the verb, as people: "American citizens", "Americans", "the people of". */
function addressed(env: SentenceEnv, actor: number, from: number, demonyms: ReadonlySet<string>, nouns: ReadonlySet<string>): boolean {
  const { tokens, groups } = env;
  for (const g of groups) {
    if (g.first < from || !g.actors.includes(actor)) continue;
    if (g.first - from > OBJECT_REACH) return false;
    // (a group ends before its last token: "Americans" alone, no noun after it)
    if (demonyms.has(tokens[g.last - 1].lower) && tokens[g.last]?.pos !== "NOUN") return true;
    return folk(env, actor, from, nouns);
  }
  return false;
}
