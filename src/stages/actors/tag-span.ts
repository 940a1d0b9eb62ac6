// Which dictionary tag ends at a token: tags stand at the token where their phrase starts, with its length.
/**
 * The token where a tag that ends at token `q` starts: the nearest tag at or before `q` (one that `has` accepts; others
 * are passed over), looked for back to `from` and at most `reach` tokens; null where that tag ends elsewhere.
 */
export function tagStartEndingAt<T extends { len: number }>(tags: readonly (T | undefined)[], q: number, from = 0, has: (t: T) => boolean = () => true, reach = 8): number | null {
  for (let k = q; k >= Math.max(from, q - reach); k--) {
    const t = tags[k];
    if (t && has(t)) return k + t.len - 1 === q ? k : null;
  }
  return null;
}
