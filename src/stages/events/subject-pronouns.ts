// "His" in a time adjunct points back to the clause's subject, not to its object: "Putin met Xi in
// Beijing, a week after his talks with Modi", "Biden called Macron on Monday before his trip to
// Asia", "Erdogan received Aliyev ahead of his visit to Moscow". A pronoun in a phrase of time
// (after, before, during, following, ahead of, since) that frames the clause's act carries on the
// clause's topic, its subject; the nearest name before it is the verb's object, a person met or
// called. Only when subject and object are each one person of the pronoun's kind ("his", "her"), the
// object follows the verb with nothing between, and the time word opens the phrase right before the
// pronoun. Not: "for his" after a verb of judging ("thanked Zelensky for his courage": the one judged),
// "his" with no time word ("Putin met Xi and praised his leadership"), a subject that is no person.
import type { Group, SentenceEnv } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

const TIME_WORDS = /^(after|before|during|following|since|ahead)$/;

/** The clause's subject when `his`/`her` at `k` in a time adjunct would otherwise point to the verb's object `g`, else null. */
export function subjectOverObject(env: SentenceEnv, k: number, g: Group): Group | null {
  const { tokens, s, layer } = env;
  const w = tokens[k].lower;
  if (w !== "his" && w !== "her") return null;
  // the time word right before the pronoun ("after his", "ahead of his")
  const p = tokens[k - 1]?.lower === "of" && tokens[k - 2]?.lower === "ahead" ? k - 2 : k - 1;
  if (p <= s.first || !TIME_WORDS.test(tokens[p].lower) || (tokens[p].lower === "ahead" && p === k - 1)) return null;
  // the object right after its verb
  const v = g.first - 1;
  if (v <= s.first || tokens[v].pos !== "VERB") return null;
  const person = (x: Group) => x.actors.length === 1 && layer.actors[x.actors[0]].kind === "person";
  if (!person(g)) return null;
  const subj = subjectBefore(env, v);
  if (!subj || subj === g || !person(subj) || subj.first >= g.first) return null;
  return subj;
}
