// The words of an events filter (EventFilter.words), as both drivers read them: split at spaces,
// at most 10, each at most 100 characters. Each must occur in the same report's sentence.
export function eventWords(words: string | undefined): string[] {
  if (!words) return [];
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .map((w) => w.slice(0, 100));
}
