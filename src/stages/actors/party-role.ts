// "Liberal Democrat spokeswoman for women Sandra Gidley", "Labour's deputy minister for women Jacqui Smith", "The Tory
// finance spokesman, Brian Monteith MSP,", "Mark Oaten, Liberal Democrat home affairs spokesman, said": a post a party
// gives (titles.json partyRoles) between a party's name and a person, before the name or in an appositive right after
// it, ties the person to the party's state (actors/state:party-role). A party's name is shared across states ("Labour"
// in Britain, Israel and Ireland), so the party's state must be the story's (the state that dominates the names the
// article gives, role-frame.ts) or, in a story of several states with none dominant ("Tory MPs urge more aid for
// Ukraine"), one the article names beyond its parties and outlets; and the sentence may name no other state.
// Only a post: "Labour donor X", "a Tory voter, X," or "X, who joined Labour," name no party office. A person of a
// known state keeps it. A pure function of the Doc and the actors found so far; per article, linear in mentions.
import type { Actor, Doc, Mention, Sentence, Token } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";
import { postSector, type PartyPostSectors } from "../../lexicon/party-post-sectors.js";

// (role words, and the words of a portfolio or a place between them: "health", "home affairs", "for women")
const ROLE_SPAN = 6;
const ARTICLE = /^(?:the|a|an)$/i;
const POSSESSIVE = /^['’]s$/;
const CLOSE = /^(?:,|\.|;|:)$/;
const PAST = /^(?:former|ex-?)$/i;

interface Post {
  state: string;
  sector: string;
}

export interface PartyRoleContext {
  sentenceOf: Int32Array;
  inBody: Uint8Array;
  /** lower-case nouns of a party post (titles.json partyRoles) */
  partyRoles: Set<string>;
  /** the sector of a post: a minister's GOV, an MP's LEG, a shadow post's OPP, any other PTY (titles.json partyPostSectors) */
  partySectors: PartyPostSectors;
  /** the story's state, or null (asked only where a post is found: most articles have none) */
  frame: () => string | null;
  /** the state of a party whose name or word covers token i ("Tory", "Liberal Democrat"), or null: for a title the
   * person's mention covers ("Tory work and pensions spokesman X") */
  partyStateAt: (i: number) => string | null;
}

export function partyRoleStates(doc: Doc, actors: Actor[], mentionAt: (PlacedMention | undefined)[], ctx: PartyRoleContext): void {
  const tokens = doc.tokens;
  // a party's mention at i, or a party's word outside any mention or inside `own`'s title: its state, and where its name ends
  const partyAt = (i: number, own: Actor): { state: string; end: number } | null => {
    const m = mentionAt[i];
    const a = m ? actors[m.actor] : null;
    if (m && a?.kind === "organization" && a.sector === "PTY" && a.country) return { state: a.country, end: m.tokenEnd };
    // (a party's word that no mention covers, or one inside the person's own title)
    const st = !a || a === own ? ctx.partyStateAt(i) : null;
    return st ? { state: st, end: i + 1 } : null;
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
  // the states the body names by something other than a party or an outlet (computed on first need): where two or more
  // states share the story ("Tory MPs urge more aid for Ukraine"), a party's post places its holder in the party's state
  // only where the article names that state too, as the party-word rule of find-actors.ts asks
  let named: Set<string> | null = null;
  const namedStates = (): Set<string> => {
    if (named) return named;
    named = new Set();
    for (let i = 0; i < mentionAt.length; i++) {
      const m = mentionAt[i];
      if (!m || m.token !== i || m.headline || !ctx.inBody[i]) continue;
      const x = actors[m.actor];
      if (x.kind === "organization" && /^(PTY|MED)$/.test(x.sector ?? "")) continue;
      const st = stateOf(x);
      if (st) named.add(st);
    }
    return named;
  };
  const isRole = (t: Token) => ctx.partyRoles.has(t.lower);
  // a word that may stand in a party post's phrase: a role, a portfolio's or a place's word, "for", "of", "and", "shadow"
  const inPhrase = (i: number, own: Actor) => {
    const t = tokens[i];
    const m = mentionAt[i];
    if ((m && actors[m.actor] !== own) || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return false;
    return /^\p{L}[\p{L}-]*$/u.test(t.text) && !ARTICLE.test(t.text);
  };
  // walking back from `from` (the word before the name): a party, then up to ROLE_SPAN words with a role among them
  const partyBefore = (from: number, sFirst: number, own: Actor): Post | null => {
    let b = from;
    // ("The Tory finance spokesman, Brian Monteith": the phrase before a comma that opens the sentence's subject)
    if (tokens[b]?.text === ",") b--;
    let role: string | null = null;
    let modifier: string | null = null;
    for (let n = 0; n < ROLE_SPAN && b >= sFirst; n++, b--) {
      const p = partyAt(b, own);
      if (p) return role ? { state: p.state, sector: postSector(ctx.partySectors, role, modifier) } : null;
      if (POSSESSIVE.test(tokens[b].text)) continue;
      if (!inPhrase(b, own)) return null;
      // (the post nearest the name: "Labour's deputy minister for women")
      if (isRole(tokens[b])) role ??= tokens[b].lower;
      modifier ??= ctx.partySectors.modifiers.get(tokens[b].lower) ?? null;
    }
    return null;
  };
  // "X, Liberal Democrat home affairs spokesman, said", "X, Labour's election co-ordinator,": after the comma that
  // closes the name, an optional article, the party, then words up to a role that a comma, a stop or the end closes
  const partyAfter = (end: number, sLast: number, own: Actor): Post | null => {
    if (tokens[end]?.text !== ",") return null;
    let r = end + 1;
    if (ARTICLE.test(tokens[r]?.text ?? "")) r++;
    // ("X, a former Labour minister,": a past post is the party's too)
    if (PAST.test(tokens[r]?.text ?? "")) r++;
    const p = r < sLast ? partyAt(r, own) : null;
    if (!p) return null;
    r = p.end;
    if (POSSESSIVE.test(tokens[r]?.text ?? "")) r++;
    let modifier: string | null = null;
    let role: string | null = null;
    for (let n = 0; n < ROLE_SPAN && r < sLast && inPhrase(r, own); n++, r++) {
      modifier ??= ctx.partySectors.modifiers.get(tokens[r].lower) ?? null;
      // (the post nearest the party, and the words of its portfolio: "shadow minister for pensions")
      if (isRole(tokens[r])) role ??= tokens[r].lower;
      // ("and" after the post goes on to another, maybe another body's: "former Labour minister and now a European
      // commissioner" acts for the EU)
      if (role && tokens[r].lower === "and" && isRole(tokens[r - 1])) return null;
    }
    if (role && (r >= sLast || CLOSE.test(tokens[r].text))) return { state: p.state, sector: postSector(ctx.partySectors, role, modifier) };
    return null;
  };
  eachStatelessBodyMention(doc, actors, mentionAt, ctx, (a, m, placed, s) => {
    const nameAt = m.nameToken ?? m.token;
    const party = partyBefore(nameAt - 1, s.first, a) ?? partyAfter(placed.tokenEnd, s.last, a);
    if (!party) return false;
    const state = party.state;
    const frame = ctx.frame();
    if (!(state === frame || (!frame && namedStates().has(state))) || otherState(ctx.sentenceOf[m.token], state)) return false;
    a.country = a.code = state;
    // (a title's own sector stays where it says more than a spokesman's GOV: "Conservative MP", "shadow chancellor")
    if (!a.sector || a.sector === "GOV") a.sector = party.sector;
    a.stateRule = "actors/state:party-role";
    return true;
  });
}

/**
 * Each mention in the body of each person with no state yet, where the layer places the person at the mention's own
 * first token, with its placement and sentence: the walk the party readers share (here and party-figure.ts). `visit`
 * returns true when it gave the person a state (their other mentions are skipped), "stop" to end the walk.
 */
export function eachStatelessBodyMention(
  doc: Doc,
  actors: Actor[],
  mentionAt: (PlacedMention | undefined)[],
  ctx: { inBody: Uint8Array; sentenceOf: Int32Array },
  visit: (person: Actor, m: Mention, placed: PlacedMention, s: Sentence) => boolean | "stop",
): void {
  for (const a of actors) {
    if (a.kind !== "person" || a.country || a.code) continue;
    for (const m of a.mentions) {
      if (m.headline || !ctx.inBody[m.token]) continue;
      const placed = mentionAt[m.token];
      if (!placed || placed.token !== m.token || actors[placed.actor] !== a) continue;
      const done = visit(a, m, placed, doc.sentences[ctx.sentenceOf[m.token]]);
      if (done === "stop") return;
      if (done) break;
    }
  }
}
