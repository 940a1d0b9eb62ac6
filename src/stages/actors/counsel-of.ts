// A known person's own lawyer takes that person's state, with no office (the lawyer's trade is their role):
//   "Trump's lawyer X", "Netanyahu's defence lawyer X" (the principal's possessive before the noun),
//   "longtime Trump personal lawyer X" (the principal's surname right before the noun)
// A lawyer acts for the client in the client's own state's legal affair; one in a foreign forum may be of that forum (a
// British barrister for an Australian publisher in London), so the sentence must name no state other than the principal's
// ("Assange's lawyer X said in London", "the Saudi's lawyer in Istanbul, X": none). The nouns are titles.json counselNouns;
// a critic, rival or interviewer is no counsel, and an unknown client ("the firm's lawyer X", "his lawyer X") gives nothing.
import type { Lexicon, NameEntry, TitleEntry } from "../../lexicon/compile-lexicon.js";

/** a dictionary tag starting at a token (find-actors' Tag) */
interface CounselTag {
  entry?: NameEntry;
  len: number;
}

/** whether the title nearest the name is a lawyer's ("lawyer", "personal attorney") */
export function counselTitle(nearest: TitleEntry | null, lex: Lexicon): boolean {
  return !!nearest && !nearest.honorific && lex.counselNouns.has(nearest.text.toLowerCase());
}

/**
 * Whether the sentence of tokens [first, last) names no state but `country` (a state, a demonym, a place or a body the
 * dictionary places; outlets and parties aside, which report or run in other states' affairs too).
 */
export function ownAffair(tags: readonly (CounselTag | undefined)[], first: number, last: number, country: string): boolean {
  for (let i = first; i < last; i++) {
    const e = tags[i]?.entry;
    if (!e || e.kind === "person" || e.kind === "igo" || e.kind === "group") continue;
    if (e.kind === "organization" && /^(PTY|MED)$/.test(e.sector ?? "")) continue;
    const st = e.kind === "country" ? e.code ?? e.country : e.country ?? e.code;
    if (st && st !== country) return false;
  }
  return true;
}
