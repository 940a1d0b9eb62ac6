// What an actor can do is no act done: "North Korea has trained hackers capable of launching cyber
// attacks against the United States", "Russia has the capacity to cut off gas to Europe", "Pakistan's
// army is able to strike India within hours". The capability is reported, not a strike, a cut or an
// attack; nor is what an act would take: "has the technology needed to strike American soil". ("Ukrainian troops were able to repel the attack", "has been able to push back": past
// "able" is "managed to", and the act was done; it stays.)
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Token } from "../../model/types.js";

// how many words of an object may stand between a light verb and its act noun ("launching cyber attacks", "carry out air strikes on")
const OBJECT_REACH = 4;

/**
 * The act at `at` is only something its doer can do: an infinitive after a word of capability
 * (senses.capability.infinitive: "able to", "the capacity to"), a gerund after one of `gerund` and
 * "of" ("capable of launching"), or an act noun that such a verb takes as its object ("capable of
 * launching cyber attacks"). `noun`: the trigger is a noun.
 */
export function capableOnly(tokens: Token[], at: number, first: number, noun: boolean, lex: SenseLexicon): boolean {
  if (capableVerb(tokens, at, first, lex)) return true;
  if (!noun) return false;
  // back over the noun's modifiers to the light verb that takes it ("launching cyber attacks")
  for (let k = at - 1; k > first && at - k <= OBJECT_REACH; k--) {
    const t = tokens[k];
    if (t.pos === "VERB") return capableVerb(tokens, k, first, lex);
    if (!/^(ADJ|NOUN|PROPN|DET|NUM|ADV|ADP)$/.test(t.pos) || t.text === "," || t.lower === "of" || t.lower === "to") return false;
  }
  return false;
}

/** The verb at `v` is the infinitive of a capability ("is able to strike", "the capacity to cut off") or the gerund after "capable of". */
function capableVerb(tokens: Token[], v: number, first: number, lex: SenseLexicon): boolean {
  const cap = lex.capability;
  let k = v - 1;
  while (k > first && tokens[k].pos === "ADV" && !/^(not|n't|never)$/.test(tokens[k].lower)) k--;
  if (k - 1 < first) return false;
  const w = tokens[k - 1].lower;
  if (tokens[k].lower === "of") return cap.gerund.has(w) && tokens[v].lower.endsWith("ing");
  // ("has the technology needed to strike", "the means required to hit": what the act would take, not the act)
  if (tokens[k].lower === "to" && cap.needed.has(w) && k - 2 >= first && cap.means.has(tokens[k - 2].lower)) return true;
  if (tokens[k].lower !== "to" || !cap.infinitive.has(w)) return false;
  if (w !== "able") return true;
  // "is able to", "are still able to"; not "was able to", "has been able to" (managed to), nor "will be able to attend" (leave to, a plan)
  let b = k - 2;
  while (b > first && (tokens[b].pos === "ADV" || /^(not|n't|never)$/.test(tokens[b].lower))) b--;
  return b >= first && cap.presentBe.has(tokens[b].lower);
}
