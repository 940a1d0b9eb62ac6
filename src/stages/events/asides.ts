// Asides the event stage reads past: "announced $1bn (£825m) for Ukraine", "the Palestine Liberation
// Organization (PLO) condemned", "launched an attack - its third this week - on Kyiv". A reader steps
// over a bracketed conversion, acronym or gloss, or a phrase between two dashes, as if it were absent;
// every walk of the stage (objects, prepositions, windows counted in tokens) does the same when it
// walks a view of the document without them. One view, made once per article, instead of a skip
// in each walk.
import type { Doc, Sentence, Token } from "../../model/types.js";
import type { ActorLayer, PlacedMention } from "../actors/actor-layer.js";

/** an aside longer than this is a sentence of its own inside brackets, not a phrase to step over */
const MAX_ASIDE = 15;

const DASHES = new Set(["-", "–", "—"]);

/** a dash that sets off an aside: an en or em dash, or a hyphen with space on both sides */
function asideDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!DASHES.has(t.text)) return false;
  return t.text !== "-" || (t.spaceBefore && !!tokens[k + 1]?.spaceBefore);
}

/**
 * The end (exclusive) of an aside that opens at `k` and closes inside the sentence, or -1: a bracket
 * and its closing bracket, or a dash and the next dash.
 */
function asideEnd(tokens: Token[], k: number, s: Sentence): number {
  const open = tokens[k].text;
  const dash = asideDash(tokens, k);
  if (open !== "(" && open !== "[" && !dash) return -1;
  const close = open === "(" ? ")" : open === "[" ? "]" : "";
  for (let q = k + 1; q < s.last && q - k <= MAX_ASIDE + 1; q++) {
    const t = tokens[q];
    if (dash ? asideDash(tokens, q) : t.text === close) return q > k + 1 ? q + 1 : -1;
    // (a bracket or a dash of another aside inside, a quotation: not a simple aside)
    if (t.text === "(" || t.text === ")" || t.text === "[" || t.text === "]" || /^["“”]$/.test(t.text) || (!dash && asideDash(tokens, q))) return -1;
  }
  return -1;
}

/**
 * Whether the aside [k, end) can be read past: it names no act (no word a pattern lists: "(which
 * invaded Ukraine)" stays, its act is news) and no party of its own; an actor in it is the one named
 * right before it ("the Palestine Liberation Organization (PLO)", "Hamas (the Islamic Resistance
 * Movement)"), never another ("the group (Hamas)", "four countries (the US, Britain ...)": the
 * aside says who).
 */
function skippable(tokens: Token[], layer: ActorLayer, k: number, end: number, names: (w: string) => boolean): boolean {
  const before = layer.mentionAt[k - 1];
  for (let q = k + 1; q < end - 1; q++) {
    if (names(tokens[q].lower)) return false;
    const m = layer.mentionAt[q];
    if (!m) continue;
    // (a mention that runs over the aside's edge is no mention inside it)
    if (m.token <= k || m.tokenEnd >= end) return false;
    if (!before || layer.actors[before.actor].id !== layer.actors[m.actor].id) return false;
  }
  return true;
}

/**
 * The document and actor layer without the asides the stage reads past (the same objects when the
 * article has none). Tokens keep their offsets, so records made from the view point into the text
 * as before; mentions and sentences are renumbered to the view's tokens.
 */
export function withoutAsides(doc: Doc, layer: ActorLayer, names: (w: string) => boolean): { doc: Doc; layer: ActorLayer } {
  const tokens = doc.tokens;
  let drop: Uint8Array | null = null;
  for (const s of doc.sentences) {
    if (s.start < doc.bodyStart) continue;
    for (let k = s.first + 1; k < s.last; k++) {
      const end = asideEnd(tokens, k, s);
      if (end < 0) continue;
      if (skippable(tokens, layer, k, end, names)) {
        drop ??= new Uint8Array(tokens.length);
        drop.fill(1, k, end);
      }
      k = end - 1;
    }
  }
  if (!drop) return { doc, layer };
  // old token index → the view's index of it, or of the next token kept
  const at = new Int32Array(tokens.length + 1);
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    at[i] = kept.length;
    if (!drop[i]) kept.push(tokens[i]);
  }
  at[tokens.length] = kept.length;
  const moved = new Map<PlacedMention, PlacedMention>();
  const mentionAt: (PlacedMention | undefined)[] = new Array(kept.length);
  for (let i = 0; i < tokens.length; i++) {
    const m = layer.mentionAt[i];
    if (drop[i] || !m) continue;
    let v = moved.get(m);
    if (!v) moved.set(m, (v = { ...m, token: at[m.token], tokenEnd: at[m.tokenEnd] }));
    mentionAt[at[i]] = v;
  }
  const sentences = doc.sentences.map((s) => ({ ...s, first: at[s.first], last: at[s.last] }));
  return { doc: { ...doc, tokens: kept, sentences }, layer: { ...layer, mentionAt } };
}
