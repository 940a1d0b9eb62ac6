// "The Liberal Democrats attacked Tony Blair over the war", "Tory leader Michael Howard attacked the
// chancellor's record", "the SNP launched an attack on the government": a political party, or a
// politician of a party or of the opposition, has no arms; its attack is made in words, criticism
// (ACCUSE 111), never force. Only a named party (an organisation of a party part of its state,
// data/groups.json stateParts) or a person of one: "opposition fighters attacked army positions"
// (a group), "Hamas attacked Israel" (rebels) stay force.
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { partyPart } from "./domestic.js";

/** Whether an attack (senses.verbalAttacks.triggers) is made by parties and politicians only. */
export function partyAttack(env: SentenceEnv, ev: RawEvent, trig: Trigger, lex: SenseLexicon, parts: ReadonlyMap<string, string>): boolean {
  if (ev.type !== "ASSAULT" || !ev.source.length || !ev.target.length) return false;
  // the attack word: the trigger or the noun a light verb takes ("launched an attack on")
  const { tokens } = env;
  let word = false;
  for (let q = trig.at; q < Math.min(env.s.last, trig.end + 4) && !word; q++) word = lex.verbalAttacks.triggers.has(tokens[q].lower);
  if (!word) return false;
  const actors = env.layer.actors;
  return ev.source.every((i) => (actors[i].kind === "organization" || actors[i].kind === "person") && partyPart(parts, actors[i].sector));
}
