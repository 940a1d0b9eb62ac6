// Measures come in rounds, and the round names who imposes them: "the EU's 14th package of sanctions
// against Russia", "a new US round of sanctions on Iran", "Britain's latest wave of sanctions". The
// measure noun after "of" has no modifier of its own that says whose it is; the owner of the container
// noun (data/event-senses.json measureRounds) does. "A package of sanctions against Russia" with no
// owner names no doer, and a name that is no demonym or acronym before the container ("the Iran round
// of sanctions") is none either.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, SentenceEnv } from "./sentence-env.js";

/** how many modifiers may stand before the container ("the EU's ninth and toughest package") */
const MODIFIERS = 4;

/** The owner of the round of measures whose "of" the measure noun at `n` follows, or null. */
export function roundOwner(env: SentenceEnv, n: number, lex: SenseLexicon["measureRounds"]): Group | null {
  const { tokens, s, groups, groupAt } = env;
  if (!lex.nouns.has(tokens[n].lower)) return null;
  let q = n - 1;
  // ("a package of tough new sanctions")
  while (q > s.first && n - q <= 2 && tokens[q].pos === "ADJ") q--;
  if (q <= s.first || tokens[q].lower !== "of" || !lex.containers.has(tokens[q - 1].lower)) return null;
  const c = q - 1;
  q = c - 1;
  // ("14th", "latest", "new", "ninth and toughest"; the tagger reads some ordinals as nouns, "eleventh/NOUN";
  // lower case only, a name is another actor)
  while (q >= s.first && c - q <= MODIFIERS && groupAt[q - s.first] < 0 && tokens[q].text === tokens[q].lower && (/^(ADJ|NUM|PROPN|NOUN)$/.test(tokens[q].pos) || tokens[q].lower === "and")) q--;
  if (q < s.first) return null;
  if (tokens[q].norm === "'s") {
    const gi = q > s.first ? groupAt[q - 1 - s.first] : -1;
    return gi >= 0 && groups[gi].last === q ? groups[gi] : null;
  }
  const gi = groupAt[q - s.first];
  if (gi < 0 || groups[gi].last !== q + 1) return null;
  const m = env.layer.mentionAt[q];
  return m && (m.rule.endsWith("demonym") || /^[A-Z.]{2,6}$/.test(m.text)) ? groups[gi] : null;
}
