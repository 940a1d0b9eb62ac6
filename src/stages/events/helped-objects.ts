// Help and protection are aid to a party only when the party is the one helped, named as the verb's
// object: "the US will help Ukraine rebuild", "helped Kurdish forces retake the town", "Nato troops
// protect the Baltic states". Not: an infinitive right after "help", which names what the help brings
// about ("the ban will help cut Russia's revenues", "will help to isolate Iran": the party in its
// object is no one helped, often one harmed); a thing helped ("help the economy of Greece", "help the
// flag of Europe drive the monster away": no aid to its owner); a state's help to its own people
// ("the government will protect British farmers": domestic policy). People helped ("help civilians in
// Gaza"), a pronoun, a passive or a relative clause are left to the parties as found.
// Word lists: data/event-senses.json helpedObjects.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { verbalHelp } from "./verbal-help.js";

/** Why an AID of a verb of helping names no party helped ("infinitive", "thing", "own-people"), or null when it does. */
export function unhelpedParty(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon): string | null {
  const words = lex.helpedObjects;
  const verb = trig.verb?.verb;
  if (ev.type !== "AID" || !verb || !words.verbs.has(verb) || ev.trigger !== trig.at) return null;
  const { tokens, s, groupAt, heads } = env;
  // (a state's help to its own people: every party helped is of the helper's state)
  if (ev.source.length && ev.target.length) {
    const own = new Set(ev.source.map((a) => stateOf(env, a)));
    if (!own.has(null) && ev.target.every((a) => own.has(stateOf(env, a)))) return "own-people";
  }
  const inGroup = (q: number) => q < s.last && groupAt[q - s.first] >= 0;
  let q = trig.end;
  // "help to isolate Iran": a to-infinitive names the end helped, no one helped
  if (words.infinitiveVerbs.has(verb) && tokens[q]?.lower === "to" && q + 1 < s.last && !inGroup(q + 1) && tokens[q + 1].pos === "VERB") return verbalHelp(env, ev, trig, lex) ? null : "infinitive";
  // over the words that open the object: "the", "more than 2 million", "thousands of", "ordinary"
  while (q < s.last && !inGroup(q) && (/^(DET|NUM|ADJ|ADV)$/.test(tokens[q].pos) || words.quantities.has(tokens[q].lower))) q++;
  if (q >= s.last || inGroup(q)) return null;
  const t = tokens[q];
  // (people helped, "help civilians in Gaza", or a party named by its relation, "help its ally Israel": the parties say whose)
  if (heads.has(t.lower) || lex.relationNouns.has(t.lower)) return null;
  // ("help support the rights of the Palestinians": help in words, SUPPORT of the cause's owner; verbal-help.ts)
  if (t.pos !== "VERB" && t.pos !== "NOUN") return null;
  if (verbalHelp(env, ev, trig, lex)) return null;
  if (t.pos === "VERB") return words.infinitiveVerbs.has(verb) ? "infinitive" : null;
  return "thing";
}
