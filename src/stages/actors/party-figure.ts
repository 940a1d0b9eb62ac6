// "Omar Said, spokesman for a party founded by a former member of the ruling bloc, said" in a story wholly about
// Tunisia; "Leila Haddad, a leader of the opposition alliance, said" in a story of one state's election: a party post
// (titles.json partyRoles) "of/for" a party or an opposition group the dictionary need not know (a head of
// titles.json partyBodyNouns within a few words) in an appositive right after the name ties the person to the story's
// state (the frame role-frame.ts reads: one state clearly dominant), as a national party is a state's. Not in a story
// of two states (no frame), nor where the sentence names a state other than the frame, nor for a party set away from
// its state or beyond one (titles.json partyAwayWords: "a party based in London", "the exiled opposition", "an
// international alliance"), nor where a body of the dictionary stands in the phrase (a known party has its own state,
// party-role.ts; an IGO or a transnational group is no state's). A known person or one of a state keeps it. A pure
// function of the Doc and the actors found so far; per article, linear in mentions.
import type { Actor, Doc } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";
import { eachStatelessBodyMention } from "./party-role.js";

const OPENERS = new Set(["a", "an", "the", "another"]);
const PAST = /^(?:former|ex-?|senior|top|leading|deputy|veteran)$/i;
const LINKS = new Set(["of", "for"]);
// (words between "of/for" and the party's noun: "a new party", "the main opposition alliance", "a small Islamist party")
const BODY_SPAN = 4;

export interface PartyFigureContext {
  sentenceOf: Int32Array;
  inBody: Uint8Array;
  /** lower-case nouns of a party post (titles.json partyRoles) */
  partyRoles: Set<string>;
  /** head nouns of a party or opposition group (titles.json partyBodyNouns) */
  bodyNouns: Set<string>;
  /** words of a party away from or beyond its state (titles.json partyAwayWords) */
  awayWords: Set<string>;
  /** the story's state, or null (asked only where a post is found) */
  frame: () => string | null;
}

export function partyFigureStates(doc: Doc, actors: Actor[], mentionAt: (PlacedMention | undefined)[], ctx: PartyFigureContext): void {
  const tokens = doc.tokens;
  const stateOf = (a: Actor): string | null => (a.kind === "country" ? a.code : a.kind === "person" ? null : (a.country ?? null));
  // "of/for" at `r` and the party's noun after it: where the noun ends and whether the body is the opposition, or null
  const bodyAfter = (r: number, sLast: number, own: Actor): { at: number; opposition: boolean } | null => {
    if (!LINKS.has(tokens[r]?.lower ?? "")) return null;
    r++;
    if (OPENERS.has(tokens[r]?.lower ?? "")) r++;
    for (let n = 0; n <= BODY_SPAN && r < sLast; n++, r++) {
      const t = tokens[r];
      const m = mentionAt[r];
      // (a dictionary body in the phrase: "a leader of the Muslim Brotherhood" is the body's; a group of the frame's
      // own state found by its head, "the opposition", stays)
      if (m && actors[m.actor] !== own && actors[m.actor].kind !== "group") return null;
      if (ctx.awayWords.has(t.lower)) return null;
      if (t.kind !== "word" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP") return null;
      if (ctx.bodyNouns.has(t.lower)) {
        // (the head of the phrase: "the opposition alliance" heads on "alliance"; "opposition" before it is a modifier)
        let h = r;
        while (h + 1 < sLast && ctx.bodyNouns.has(tokens[h + 1].lower)) h++;
        const next = tokens[h + 1];
        if (next && ctx.awayWords.has(next.lower)) return null;
        let opposition = false;
        for (let x = r; x <= h; x++) if (tokens[x].lower === "opposition") opposition = true;
        return { at: h, opposition };
      }
    }
    return null;
  };
  eachStatelessBodyMention(doc, actors, mentionAt, ctx, (a, _m, placed, s) => {
    let r = placed.tokenEnd;
    if (tokens[r]?.text !== ",") return false;
    r++;
    if (OPENERS.has(tokens[r]?.lower ?? "")) r++;
    if (PAST.test(tokens[r]?.text ?? "")) r++;
    if (!ctx.partyRoles.has(tokens[r]?.lower ?? "")) return false;
    const body = bodyAfter(r + 1, s.last, a);
    if (!body) return false;
    const frame = ctx.frame();
    if (!frame) return "stop";
    // (the sentence names no state but the frame: "a party based in London" names Britain)
    for (let i = s.first; i < s.last; i++) {
      const x = mentionAt[i];
      if (!x || x.token !== i) continue;
      const st = stateOf(actors[x.actor]);
      if (actors[x.actor].kind === "igo" || (st && st !== frame)) return false;
    }
    a.country = a.code = frame;
    if (!a.sector || a.sector === "GOV") a.sector = body.opposition ? "OPP" : "PTY";
    a.stateRule = "actors/state:party-figure";
    return true;
  });
}
