// An act mentioned in passing is background, not news: "since Putin's invasion of Ukraine", "amid
// the 2014 annexation of Crimea", "like our treaty with North Korea". English tucks such an act into
// a noun phrase: a nominal trigger governed by a preposition that places it in time or compares it
// (since, after, before, amid, despite, during, following, like), or owned by a possessive pronoun ("our treaty", "their war"); accords known by a name ("the Minsk agreements"). A nominal that a light
// verb carries ("launched an invasion", "staged rallies") is the clause's own act, and a verb is never
// background.
import type { SentenceEnv, RawEvent } from "./sentence-env.js";

const BACKGROUND_PREPS = new Set(["since", "after", "before", "following", "amid", "amidst", "despite", "during", "like", "unlike", "until", "throughout"]);

const POSSESSIVE_PRONOUNS = new Set(["our", "their", "its", "his", "her", "my", "your"]);

/**
 * The character span of the phrase that holds a background mention, from its preposition or
 * possessive to the end of the trigger; null when the event is the clause's own act.
 */
export function backgroundMention(env: SentenceEnv, ev: RawEvent): { start: number; end: number; rule: string } | null {
  const { tokens, s } = env;
  // "Ukraine used US-supplied Himars": the arms were supplied before the act the clause reports
  if (ev.rule.startsWith("events/supplied-arms:")) return { start: tokens[ev.trigger - 2].start, end: tokens[ev.triggerEnd - 1].end, rule: "+background:supplied" };
  if (!ev.rule.startsWith("events/noun:") || ev.rule.includes("+light-verb")) return null;
  // walk back over the noun phrase: determiners, modifiers, a possessor and its "'s", actor names
  let k = ev.trigger - 1;
  let possessive = false;
  while (k >= s.first && ev.trigger - k < 9) {
    const t = tokens[k];
    if (POSSESSIVE_PRONOUNS.has(t.lower)) possessive = true;
    const inPhrase = /^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(t.pos) || t.norm === "'s" || t.text === "-" || env.groupAt[k - s.first] >= 0;
    if (!inPhrase || (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.lower))) break;
    k--;
  }
  const end = tokens[ev.triggerEnd - 1].end;
  // accords known by a name ("the Minsk agreements", "the Oslo accords", "the Camp David Accords"):
  // agreements made before, named, not made in this news
  if (ev.type === "AGREE" && /s$/.test(tokens[ev.trigger].lower)) {
    let q = ev.trigger - 1;
    while (q > s.first && /^\p{Lu}/u.test(tokens[q].text)) q--;
    if (q < ev.trigger - 1 && tokens[q].lower === "the") return { start: tokens[q].start, end, rule: "+background:named-accord" };
  }
  if (k >= s.first && BACKGROUND_PREPS.has(tokens[k].lower)) return { start: tokens[k].start, end, rule: `+background:${tokens[k].lower}` };
  if (possessive) return { start: tokens[k + 1].start, end, rule: "+background:possessive" };
  return null;
}
