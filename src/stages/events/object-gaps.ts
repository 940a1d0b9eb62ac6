// A verb whose object stands before it, in a relative clause on a named party: "Crimea, which Russia
// annexed in 2014", "Ukraine, which Moscow invaded in February", "Navalny, whom Russia jailed". English
// leaves the object's place after the verb empty and names it before "which"/"whom"/"who"; the
// clause's subject is the doer and the party before the pronoun the one acted on. Only a party right
// before the pronoun (over a comma), only when nothing that could be an object follows the verb
// ("Ukraine, which Russia accused the West of arming" has its own object), and not "that", which
// after a party is more often the complementizer of a verb of saying ("told Kyiv that Russia would
// attack": Kyiv is told, not attacked), nor a party after a noun's preposition, whose relative
// clause may be the noun's ("the occupation of Afghanistan, which Nato supported").
import { timeAdjunctEnd } from "./find-parties.js";
import type { Group, SentenceEnv } from "./sentence-env.js";

const GAP_PRONOUNS = new Set(["which", "whom", "who"]);
// the words that may open an object phrase right after the verb
const OBJECT_OPENERS = /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/;
// the types of a reaction, whose verb may take an act as its object ("condemned", "welcomed", "rejected")
const REACTIONS = new Set(["ACCUSE", "SUPPORT", "REJECT"]);
// the prepositions of a charge or a reason after the gap ("accused of", "blamed for", "praised for")
const CHARGES = new Set(["of", "for"]);

/**
 * The party before the relative pronoun that opens the clause of `subj` and the verb at `v` (over
 * auxiliaries and adverbs), when the verb's object place (`end`, the token after its pattern) is
 * empty; null otherwise. `type` is the event type of the verb's pattern.
 */
export function objectGapAntecedent(env: SentenceEnv, subj: Group, v: number, end: number, type: string): Group | null {
  const { tokens, s, groups, groupAt } = env;
  // ("which Russia invaded last year": a time after the verb is no object)
  const after = timeAdjunctEnd(tokens, end, s.last, env.senses.timePhrases);
  if (after < s.last && (OBJECT_OPENERS.test(tokens[after].pos) || env.groupAt[after - s.first] >= 0)) return null;
  for (let k = subj.last; k < v; k++) if (tokens[k].pos !== "AUX" && tokens[k].pos !== "ADV" && tokens[k].pos !== "PART") return null;
  // ("Belarus, which the EU has condemned": over the subject's article)
  const r = tokens[subj.first - 1]?.lower === "the" ? subj.first - 2 : subj.first - 1;
  if (r <= s.first || !GAP_PRONOUNS.has(tokens[r].lower)) return null;
  const k = tokens[r - 1].text === "," ? r - 2 : r - 1;
  const gi = k >= s.first ? groupAt[k - s.first] : -1;
  if (gi < 0 || groups[gi].last !== k + 1) return null;
  const g = groups[gi];
  if (g.actors.some((a) => subj.actors.includes(a))) return null;
  // ("the occupation of Afghanistan, which Nato also supported", "the war in Ukraine, which Russia
  // started": a party that complements a noun leaves the clause to that noun, the act named)
  const prep = tokens[g.first - 1];
  if (prep && prep.pos === "ADP" && g.first - 2 >= s.first && tokens[g.first - 2].pos === "NOUN") return null;
  // ("Russia invaded Ukraine, which the West condemned", "China sanctioned Lithuania, which the EU
  // criticised": after a verb's object, "which" may stand for the whole clause, the act the verb
  // names, when the clause's verb is a reaction to an act; "recognise Crimea, which Moscow annexed"
  // is not, and "said Iran, which Washington has accused of ..." names its charge after the gap)
  const before = prep?.pos === "DET" ? tokens[g.first - 2] : prep;
  const afterVerb = before && g.first - (before === prep ? 1 : 2) >= s.first && (before.pos === "VERB" || before.pos === "AUX");
  if (afterVerb && REACTIONS.has(type) && !CHARGES.has(tokens[after]?.lower ?? "")) return null;
  return g;
}
