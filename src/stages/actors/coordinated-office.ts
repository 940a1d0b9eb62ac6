// "Russian President Vladimir Putin and Foreign Minister Sergei Lavrov", "Kenyan President A, Defence Minister B and
// Deputy Defence Minister C": names joined by "and" or a comma, each right after its own title, share the state word
// that opens the first title. A reporter writes the state once for the delegation; the bare office after it (a
// state's own office: "Foreign Minister", "Trade Minister") is that state's (actors/state:title-coordinated).
//
// Not where the later title names a state of its own ("Russian President A and US Secretary of State B") or a body
// ("and EU foreign policy chief B": no state's own office), nor a name without a title ("Russian President A and B"),
// nor the two sides of a meeting ("talks between Kenyan President A and Prime Minister B"), nor a list whose first
// state came from anything but the words of its own title (a known person's entry: "President A and Foreign Minister
// B" says nothing of B's state). Linear in the candidates.
import type { Token } from "../../model/types.js";

/** The parts of find-actors' candidate this rule reads and writes. */
export interface TitledName {
  /** the name's first token */
  first: number;
  /** one past the name's last token */
  last: number;
  /** where the whole mention with its title starts */
  mentionFirst: number;
  role: string | null;
  country: string | null;
  code: string | null;
  stateRule: string | null;
  formerRole?: boolean;
  /** the title right before the name is a state's own office */
  office?: boolean;
}

const JOINS = /^(?:,|and)$/;
/** the rules whose state a state word in the first name's own title gave ("Russian President", "Kenya's President") */
const TITLE_STATE = new Set(["actors/state:title-phrase", "actors/state:possessor"]);
/** words before a pair that set its names against each other ("between A and B", "A versus B") */
const OPPOSING = new Set(["between", "versus", "vs", "vs."]);
/** words that may open the later title before the part its mention starts at ("First Deputy") */
const MODIFIERS = 2;
/** how far back a state word and an article may stand between an opposing word and the first title */
const BACK = 5;

/** Gives each bare office holder coordinated after a state-titled name that state (see the file comment). */
export function coordinatedOfficeStates(tokens: Token[], candidates: TitledName[]): void {
  const names = candidates.length > 1 && candidates.some((c, i) => i > 0 && c.first < candidates[i - 1].first) ? [...candidates].sort((a, b) => a.first - b.first) : candidates;
  // the state the list's first title gave, while the list goes on
  let shared: string | null = null;
  for (let k = 1; k < names.length; k++) {
    const c = names[k];
    const p = names[k - 1];
    // (a title of its own before the name; the join right after the previous name, then up to MODIFIERS words that open
    // the title, "Deputy", "First Deputy", "his")
    const joined = c.mentionFirst < c.first && p.last < c.mentionFirst && c.mentionFirst - p.last <= 1 + MODIFIERS && JOINS.test(tokens[p.last].lower) && wordsBetween(tokens, p.last + 1, c.mentionFirst);
    if (!joined) {
      shared = null;
      continue;
    }
    if (shared === null) {
      // the list opens here: its first name's title must carry the state word, and the pair no meeting's sides
      shared = p.role && !p.formerRole && p.country && p.stateRule && TITLE_STATE.has(p.stateRule) && p.mentionFirst < p.first && !opposing(tokens, p.mentionFirst) ? p.country : null;
    }
    if (shared === null) continue;
    if (c.country || c.code) {
      // ("Russian President A and US Secretary of State B": a state of its own ends the list)
      if (c.country !== shared) shared = null;
      continue;
    }
    if (!c.office || !c.role || c.formerRole) {
      shared = null;
      continue;
    }
    c.country = c.code = shared;
    c.stateRule = "actors/state:title-coordinated";
  }
}

/** whether a word that sets a pair's names against each other stands before the mention at `at`, past the state word
 * and an article ("between the Kenyan President A and ..."): up to BACK words, within the clause */
function opposing(tokens: Token[], at: number): boolean {
  for (let q = at - 1; q >= 0 && q >= at - BACK; q--) {
    if (tokens[q].kind !== "word") return false;
    if (OPPOSING.has(tokens[q].lower)) return true;
  }
  return false;
}

/** whether the tokens from `from` to `to` are words, none a join (the opening words of a title) */
function wordsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (tokens[x].kind !== "word" || JOINS.test(tokens[x].lower)) return false;
  return true;
}
