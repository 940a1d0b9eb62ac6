// "Liberal Democrat spokeswoman for women Sandra Gidley", "Labour's deputy minister for women Jacqui Smith", "The Tory
// finance spokesman, Brian Monteith MSP,", "Mark Oaten, Liberal Democrat home affairs spokesman, said": a post a party
// gives (titles.json partyRoles) between a party's name and a person, before the name or in an appositive right after
// it, ties the person to the party's state (actors/state:party-role). A party's name is shared across states ("Labour"
// in Britain, Israel and Ireland), so the party's state must be the story's (the state that dominates the names the
// article gives, role-frame.ts) and the sentence may name no other state ("Israel's Labour leader X" is Israel's).
// Only a post: "Labour donor X", "a Tory voter, X," or "X, who joined Labour," name no party office. A person of a
// known state keeps it. A pure function of the Doc and the actors found so far; per article, linear in mentions.
import type { Actor, Doc, Token } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

// (role words, and the words of a portfolio or a place between them: "health", "home affairs", "for women")
const ROLE_SPAN = 6;
const ARTICLE = /^(?:the|a|an)$/i;
const POSSESSIVE = /^['’]s$/;
const CLOSE = /^(?:,|\.|;|:)$/;

export interface PartyRoleContext {
  sentenceOf: Int32Array;
  inBody: Uint8Array;
  /** lower-case nouns of a party post (titles.json partyRoles) */
  partyRoles: Set<string>;
  /** the story's state, or null */
  frame: string | null;
}

export function partyRoleStates(doc: Doc, actors: Actor[], mentionAt: (PlacedMention | undefined)[], ctx: PartyRoleContext): void {
  if (!ctx.frame) return;
  const tokens = doc.tokens;
  const partyAt = (i: number): PlacedMention | null => {
    const m = mentionAt[i];
    if (!m) return null;
    const a = actors[m.actor];
    return a.kind === "organization" && a.sector === "PTY" && !!a.country ? m : null;
  };
  const stateOf = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "igo" || a.kind === "person" ? null : (a.country ?? null));
  // (a sentence's other state: any actor but a person placed in a state other than the party's)
  const otherState = (si: number, state: string): boolean => {
    const s = doc.sentences[si];
    for (let i = s.first; i < s.last; i++) {
      const m = mentionAt[i];
      if (!m || m.token !== i) continue;
      const st = stateOf(actors[m.actor]);
      if (st && st !== state) return true;
    }
    return false;
  };
  const isRole = (t: Token) => ctx.partyRoles.has(t.lower);
  // a word that may stand in a party post's phrase: a role, a portfolio's or a place's word, "for", "of", "and", "shadow"
  const inPhrase = (i: number) => {
    const t = tokens[i];
    if (mentionAt[i] || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return false;
    return /^\p{L}[\p{L}-]*$/u.test(t.text) && !ARTICLE.test(t.text);
  };
  // walking back from `from` (the word before the name): a party, then up to ROLE_SPAN words with a role among them
  const partyBefore = (from: number, sFirst: number): PlacedMention | null => {
    let b = from;
    // ("The Tory finance spokesman, Brian Monteith": the phrase before a comma that opens the sentence's subject)
    const comma = tokens[b]?.text === ",";
    if (comma) b--;
    let role = false;
    for (let n = 0; n < ROLE_SPAN && b >= sFirst; n++, b--) {
      const p = partyAt(b);
      if (p) return role ? p : null;
      if (POSSESSIVE.test(tokens[b].text)) continue;
      if (!inPhrase(b)) return null;
      role ||= isRole(tokens[b]);
    }
    if (comma) return null;
    return null;
  };
  // "X, Liberal Democrat home affairs spokesman, said", "X, Labour's election co-ordinator,": after the comma that
  // closes the name, an optional article, the party, then words up to a role that a comma, a stop or the end closes
  const partyAfter = (end: number, sLast: number): PlacedMention | null => {
    if (tokens[end]?.text !== ",") return null;
    let r = end + 1;
    if (ARTICLE.test(tokens[r]?.text ?? "")) r++;
    const p = r < sLast ? partyAt(r) : null;
    if (!p) return null;
    r = p.tokenEnd;
    if (POSSESSIVE.test(tokens[r]?.text ?? "")) r++;
    let role = false;
    for (let n = 0; n < ROLE_SPAN && r < sLast && inPhrase(r); n++, r++) role = isRole(tokens[r]);
    return role && (r >= sLast || CLOSE.test(tokens[r].text)) ? p : null;
  };
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    for (const m of a.mentions) {
      if (m.headline || !ctx.inBody[m.token]) continue;
      const placed = mentionAt[m.token];
      if (!placed || placed.token !== m.token || actors[placed.actor] !== a) continue;
      const s = doc.sentences[ctx.sentenceOf[m.token]];
      const nameAt = m.nameToken ?? m.token;
      const party = partyBefore(nameAt - 1, s.first) ?? partyAfter(placed.tokenEnd, s.last);
      if (!party) continue;
      const state = actors[party.actor].country!;
      if (state !== ctx.frame || otherState(ctx.sentenceOf[m.token], state)) continue;
      a.country = a.code = state;
      a.sector ??= actors[party.actor].sector ?? null;
      a.stateRule = "actors/state:party-role";
      break;
    }
  }
}
