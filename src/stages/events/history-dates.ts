// History told in someone's words (status.history in data/event-senses.json): a past act the clause
// dates by a year or a decade well before the article ("Putin said Nato bombed Serbia in 1999",
// "said Finland had fought two wars against the Soviet Union in the 1940s", "since the 1979 invasion
// of Afghanistan") is common knowledge, told as done: occurred, no claim. A recent date ("said
// Russia shelled the town in 2023" in 2024) leaves a disputed act the speaker's claim.
import type { Sentence, Token } from "../../model/types.js";
import { clauseEndAfter } from "./clause-after.js";

const YEAR = /^(1[6-9]|20)\d\d$/;
const DECADE = /^(1[6-9]|20)\d0s$/;

/** The year a token names ("1999", "1940s" as the decade's last year), or null. */
function yearOf(t: Token | undefined): number | null {
  if (!t) return null;
  if (YEAR.test(t.text)) return Number(t.text);
  if (DECADE.test(t.lower)) return Number(t.lower.slice(0, 4)) + 9;
  return null;
}

/** The act at `trigger` is dated in its clause to a year no later than `latest`: a year or decade
 *  right before the act noun ("the 1979 invasion") or after "in" or "during" in its clause. */
export function historicDate(tokens: Token[], s: Sentence, trigger: number, latest: number): boolean {
  const old = (t: Token | undefined) => {
    const y = yearOf(t);
    return y !== null && y <= latest;
  };
  if (old(tokens[trigger - 1]) || (tokens[trigger - 1]?.pos === "ADJ" && old(tokens[trigger - 2]))) return true;
  const end = clauseEndAfter(tokens, s, trigger, 12);
  for (let k = trigger + 1; k < end; k++) {
    if (tokens[k].lower !== "in" && tokens[k].lower !== "during") continue;
    if (old(tokens[k + 1]) || (tokens[k + 1]?.lower === "the" && old(tokens[k + 2]))) return true;
  }
  return false;
}
