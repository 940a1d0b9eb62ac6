// "The defence secretary, X, flew to Paris" in a story of British politics: a cabinet "secretary" is an office of
// only a few states' governments (Britain, the United States, ...; titles.json systems), where France has ministers.
// Another state the holder's sentence names lends no doubt to the story's frame when it does not use the title
// itself: France's defence secretary is no one, so X is Britain's. A state of the same system beside the frame
// ("met the US defense secretary" in a British story) leaves the doubt as it was.

/** the systems of the title a role ends with (its longest final words that are a title), or null */
export function titleSystemsOf(role: string | null | undefined, titleSystems: Map<string, Set<string> | null>): Set<string> | null {
  if (!role) return null;
  const words = role.toLowerCase().split(/\s+/);
  for (let i = Math.max(0, words.length - 5); i < words.length; i++) {
    const hit = titleSystems.get(words.slice(i).join(" "));
    if (hit !== undefined) return hit;
  }
  return null;
}
