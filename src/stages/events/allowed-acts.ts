// An act a party was let do took place: "Lukashenko allowed Russian troops to use Belarus to stage
// their incursion", "Minsk allowed Russian troops to invade Ukraine from its territory", "Ankara
// permitted US jets to strike from Incirlik". English tells a permission granted in the past of an act
// the one let went on to do; the infinitive is no plan of the permitter's, it takes the permission's
// own status (occurred, or claimed in someone's words). Not: a permission still to come ("will allow
// Russian troops to cross": planned), one refused ("did not allow": no act), nor one a document or a
// thing gives ("a law allowing the transfer of arms", "the deal allowed inspectors to visit"): the
// permitter must be a party the text names. Word list: data/event-senses.json permissionVerbs.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The permission verb that lets the object do the act of `ev`, when a named party gave it; else -1. */
export function permittingVerb(env: SentenceEnv, ev: RawEvent, lex: SenseLexicon): number {
  const v = ev.statusVerb;
  if (v === ev.trigger || !ev.rule.includes("+object-control")) return -1;
  const verb = env.tokens[v];
  if (!lex.permissionVerbs.has(verb.lower) || verb.pos !== "VERB") return -1;
  // ("the law allowed", "a deal that permitted": a document's permission names no act done)
  const subj = subjectBefore(env, v);
  return subj && subj.actors.length ? v : -1;
}
