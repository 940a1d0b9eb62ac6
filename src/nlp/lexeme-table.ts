// wink's lexeme table (87,000 words → their index in the model's list) as an open-addressing hash
// table in one Uint32Array, which can be kept on disk and read back whole. Building the lookup at
// every start (a Map of the 87,000 words: 20-25 ms of CPU of a one-article `dyad extract`) is then
// done once; a start reads 512 KB of bytes instead. The words themselves stay in the model's list:
// a slot holds a word's index + 1 (0: empty), and a lookup compares the word it finds with the key,
// so a table can miss a word (a stale or foreign table: see fitsList) but never give another's index.

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number. */
export function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The table's size for a list of n words: the power of two at or above 1.25 n (load at most 0.8;
 *  wink's 87,593 words: 131,072 slots, 512 KB). */
export function tableSize(n: number): number {
  let size = 2;
  while (size < n * 1.25) size *= 2;
  return size;
}

/** The table of a list; a word listed twice gives its last index, as Map.set would. */
export function buildLexemeTable(list: readonly string[]): Uint32Array {
  const table = new Uint32Array(tableSize(list.length));
  const mask = table.length - 1;
  for (let k = 0; k < list.length; k += 1) {
    const word = list[k];
    let i = wordHash(word) & mask;
    for (;;) {
      const s = table[i];
      if (s === 0 || list[s - 1] === word) {
        table[i] = k + 1;
        break;
      }
      i = (i + 1) & mask;
    }
  }
  return table;
}

/** A word's index in the list, through its table; undefined for a word the list lacks. */
export function tableLookup(list: readonly string[], table: Uint32Array, word: string): number | undefined {
  const mask = table.length - 1;
  let i = wordHash(word) & mask;
  // (at most one round of the table: a damaged table may have no empty slot)
  for (let n = 0; n < table.length; n += 1) {
    const s = table[i];
    if (s === 0) return undefined;
    if (list[s - 1] === word) return s - 1;
    i = (i + 1) & mask;
  }
  return undefined;
}

/**
 * Whether a table read from elsewhere (a cache) is this list's: of the right size, and every 257th
 * word (and the last) found at its own index. A table of another list fails the sample. (A slot
 * past the list is harmless: no word matches it. Damage is the cache's checksum's to find.)
 */
export function fitsList(list: readonly string[], table: Uint32Array): boolean {
  if (table.length !== tableSize(list.length)) return false;
  for (let k = 0; k < list.length; k += 257) if (!sampleFits(list, table, k)) return false;
  return list.length === 0 || sampleFits(list, table, list.length - 1);
}

/** the k-th word found at k, or at a later index holding the same word (a duplicate) */
function sampleFits(list: readonly string[], table: Uint32Array, k: number): boolean {
  const found = tableLookup(list, table, list[k]);
  return found !== undefined && (found === k || (found > k && list[found] === list[k]));
}
