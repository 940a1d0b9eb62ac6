// Near-copies (wire copy run by several outlets with small edits) as one story: a MinHash
// signature of each article's text over word 5-shingles, and LSH band keys that find the articles
// that may be near-copies without comparing every pair (linear time: one look-up per band).
// Pure: no store, no clock. A store keeps each article's signature and band keys, and gives a new
// article the story of the most similar earlier one (pickStory).
//
// The numbers, and why:
// - 5-word shingles of the normalised text (normaliseText: case, quotes, dashes, spacing), title
//   left out: outlets change headlines, and a changed paragraph changes only the shingles it holds.
// - 128 hash functions; similarity = the share of equal minimums, an estimate of the Jaccard
//   similarity of the two shingle sets (standard error ≤ 0.045).
// - SAME_STORY = 0.5: one paragraph in six rewritten, a byline added and the last paragraph cut
//   still scores ≈ 0.6-0.7; two articles on one event written apart share few 5-word runs
//   (≈ 0-0.1 on the corpus, quotes of one statement included).
// - 32 bands of 4 rows: two articles become candidates when all 4 minimums of some band agree;
//   the chance is 1-(1-J⁴)³² (J 0.5: 87 %, 0.6: 98.8 %, 0.7: 99.9 %; J 0.2: 5 %, then refused by
//   the similarity check).
// - Texts under MIN_WORDS words get no signature and stay their own story: short items (a
//   headline, a one-line brief) share their few shingles by chance.
// The constants and seeds are part of the stored data: changing them needs a migration that
// recomputes every signature.
import { normaliseText } from "./article-key.js";

export const SHINGLE_WORDS = 5;
export const PERMUTATIONS = 128;
export const BANDS = 32;
export const ROWS = PERMUTATIONS / BANDS;
export const SAME_STORY = 0.5;
export const MIN_WORDS = 50;

/** One seed per hash function, from a fixed generator (splitmix32): the same in every run. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(x);
  }
  return seeds;
})();

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit → 32-bit hash. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a word. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The words of a text as compared for near-copies: letters and digits, normalised. */
export function words(text: string): string[] {
  return normalisedWords(normaliseText(text));
}

function normalisedWords(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The MinHash signature of a text (PERMUTATIONS minimums), or null when it has under MIN_WORDS words. */
export function minhashSignature(text: string): Uint32Array | null {
  return normalisedSignature(normaliseText(text));
}

/** minhashSignature of a text already normalised (normaliseText). */
export function normalisedSignature(normalised: string): Uint32Array | null {
  const w = normalisedWords(normalised).map(wordHash);
  if (w.length < MIN_WORDS) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ w[i + k], 0x01000193);
    shingles.add(fmix32(h));
  }
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = fmix32(s ^ SEEDS[p]);
      if (v < sig[p]) sig[p] = v;
    }
  }
  return sig;
}

/** One key per band: a 53-bit integer (safe in JavaScript and in a SQL INTEGER) of the band's
 * number and its ROWS minimums. Equal keys: the band agrees (or, rarely, a collision that the
 * similarity check then refuses). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let lo = fmix32(b + 1);
    let hi = fmix32(b + 0x51ed27);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r];
      lo = fmix32(Math.imul(lo ^ v, 0x01000193));
      hi = fmix32(Math.imul(hi ^ v, 0x2c1b3c6d) + 0x297a2d39);
    }
    keys.push((hi & 0x1fffff) * 0x1_0000_0000 + lo);
  }
  return keys;
}

/** The estimated Jaccard similarity of two texts' shingles: the share of equal minimums. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** A signature as bytes to store (little-endian), and back. */
export function signatureBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(PERMUTATIONS * 4);
  for (let i = 0; i < PERMUTATIONS; i++) buf.writeUInt32LE(sig[i], i * 4);
  return buf;
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

/** Of the stored candidates a band look-up found, the story of the most similar one at or above
 * SAME_STORY (ties: the first given, so a store passes them oldest first); null: a story of its own. */
export function pickStory(sig: Uint32Array, candidates: Iterable<{ story: string; signature: Uint32Array }>): { story: string; similarity: number } | null {
  let best: { story: string; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(sig, c.signature);
    if (s >= SAME_STORY && (!best || s > best.similarity)) best = { story: c.story, similarity: s };
  }
  return best;
}
