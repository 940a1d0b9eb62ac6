// An act done on another party's asking is offered, not threatened: "Russia will withdraw its forces
// from Armenia if Yerevan asks", "Japan would send troops if requested", "the UN will send monitors if
// both sides invite them". A condition opened by "if" whose verb is one of asking or need
// (event-senses.json askedConditions; not "agrees", "wants": "will impose sanctions if it agrees to open a
// Taiwan office" is leverage) makes the act a conditional offer (an intent of its own type),
// where a condition the other party must meet ("if Mogadishu signs the deal", "unless the junta
// holds elections") makes it leverage: a threat.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { SentenceEnv } from "./sentence-env.js";

// how far the condition's verb may stand after "if", over its subject ("if the Armenian government asks")
const REACH = 7;

/** The first "if" after `from` in the sentence opens a condition of asking or need ("if Yerevan asks", "if requested"). */
export function askedCondition(env: SentenceEnv, lex: SenseLexicon, from: number): boolean {
  const { tokens, s } = env;
  for (let k = from + 1; k < s.last; k++) {
    const w = tokens[k].lower;
    if (w === "unless") return false;
    if (w !== "if") continue;
    for (let q = k + 1; q < s.last && q <= k + REACH; q++) {
      if (lex.askedConditions.has(tokens[q].lower)) return true;
      if (tokens[q].text === "," || tokens[q].text === ";" || ((tokens[q].pos === "VERB" || tokens[q].pos === "AUX") && !/^(is|are|was|were|be|been|so|formally|officially)$/.test(tokens[q].lower))) return false;
    }
    return false;
  }
  return false;
}

/**
 * "Saudi Arabia would gladly withdraw from Yemen if the Iranians would agree to leave", "will pull its
 * troops back if Russia does the same and withdraws": a withdrawal whose condition is the other side's own
 * withdrawal (event-senses.json reciprocalConditions) is a conditional offer of de-escalation, no threat;
 * "will withdraw its troops from Somalia if Mogadishu signs the deal" stays leverage.
 */
export function reciprocalCondition(env: SentenceEnv, lex: SenseLexicon, from: number): boolean {
  const { tokens, s } = env;
  for (let k = from + 1; k < s.last; k++) {
    if (!/^(if|unless)$/.test(tokens[k].lower)) continue;
    if (tokens[k].lower === "unless") return false;
    for (let q = k + 1; q < s.last && q <= k + 12; q++) {
      if (tokens[q].text === "," || tokens[q].text === ";") return false;
      if (lex.reciprocalConditions.has(tokens[q].lower)) return true;
    }
    return false;
  }
  return false;
}
