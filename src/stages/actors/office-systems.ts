import type { Token } from "../../model/types.js";

/** what office-systems.ts reads of a token's dictionary tag (find-actors.ts Tag) */
export interface SystemTag {
  len: number;
  title?: { text: string };
  entry?: { country: string | null; sector: string | null };
}

export interface OfficeSystemWords {
  /** titles.json officeSystems: word as written → the states whose politics use it */
  officeSystems: Map<string, readonly string[]>;
  /** titles.json officeSystems seatStates: word as written → the states whose members are "<word> for <seat>" */
  officeSeats: Map<string, readonly string[]>;
}

// (a description opens with a determiner or a word of the office itself; "When the minister arrived, X" is a clause)
const OPENERS = new Set(["a", "an", "the", "former", "ex", "then"]);
const MAX_PHRASE = 10;
const CONNECTORS = new Set(["on", "of", "and", "for"]);
// (an appositive ends at a clause's punctuation, not at the hyphen of "two-term")
const CLOSERS = new Set([",", ";", ":", ".", "(", ")", '"', "!", "?", "—", "–"]);

/**
 * "Labour MP X", "the Tory chief whip, X,", "X, a Conservative MP,": the states a person's description allows,
 * from words of a legislature, a party or an office that only some states' politics use (titles.json officeSystems):
 * the states all of them share. (A title of several states' cabinets alone, titles.json systems, is too weak: British
 * news writes 'Defence Secretary' for the Pentagon's head, and 'the company secretary' is a firm's.) The
 * description is the title run right before the name (back to the first word that is neither capitalised, an
 * office-system word nor part of a title), an appositive right before the name, and the appositive right after
 * it. A state, body or place the description names narrows them to its state ("a Ukrainian MP", "MP for Wantage in
 * Oxfordshire"). `null` where the description has no such word ("an aide at the White House": other rules read it).
 * Bounded walks: at most MAX_PHRASE tokens each way.
 */
export function describedSystems(tokens: Token[], tags: (SystemTag | undefined)[], first: number, nameFirst: number, nameEnd: number, sFirst: number, sLast: number, words: OfficeSystemWords): string[] | null {
  const spans: [number, number][] = [];
  // the title run before the name, and the words before it that belong to it ("Tory leader", "Deputy Defense Secretary")
  let b = nameFirst;
  // ("the Senate Select Committee on Intelligence": a run after 'on' or 'of' ends a body's name, and no title runs into it)
  while (b > sFirst && nameFirst - b < MAX_PHRASE && !(b === nameFirst && CONNECTORS.has(tokens[b - 1].text))) {
    const t = tokens[b - 1];
    if (t.kind !== "word") break;
    // ("House Committee on Homeland Security Chairman X": a body's name joins its capitalised words with 'on', 'of', 'and')
    const joins = CONNECTORS.has(t.text) && b - 2 >= sFirst && /^[A-Z]/.test(tokens[b - 2].text) && /^[A-Z]/.test(tokens[b].text);
    if (b - 1 >= first || words.officeSystems.has(t.text) || /^[A-Z]/.test(t.text) || joins || inTitle(tags, b - 1, sFirst)) b--;
    else break;
  }
  if (b < nameFirst) spans.push([b, nameFirst]);
  // "the Tory chief whip, X,": an appositive before the name, from the clause's last comma
  if (b === nameFirst && first > sFirst && tokens[first - 1].text === ",") {
    let a = first - 1;
    while (a > sFirst && tokens[a - 1].text !== "," && first - a < MAX_PHRASE) a--;
    if ((a === sFirst || tokens[a - 1].text === ",") && OPENERS.has(tokens[a].lower)) spans.push([a, first - 1]);
  }
  // "X, a Conservative MP,", "X, 58, MP for Wantage": the appositive after the name, past an age
  let c = nameEnd;
  if (c < sLast && tokens[c].text === ",") {
    c++;
    if (c + 1 < sLast && tokens[c].kind === "number" && tokens[c + 1].text === ",") c += 2;
    let e = c;
    while (e < sLast && e - c < MAX_PHRASE && !CLOSERS.has(tokens[e].norm)) e++;
    if (e > c && (OPENERS.has(tokens[c].lower) || words.officeSystems.has(tokens[c].text) || tags[c]?.title)) spans.push([c, e]);
  }
  let states: string[] | null = null;
  let placed: Set<string> | null = null;
  const keep = (list: Iterable<string>) => {
    const s = new Set(list);
    states = states ? states.filter((x) => s.has(x)) : [...s];
  };
  for (const [from, to] of spans) {
    let titled = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      // ("X, a friend of the Tory leader,": what follows 'of' before any title describes someone else)
      if (!titled && (t.lower === "of" || t.lower === "to")) break;
      const tag = i >= nameFirst && i < nameEnd ? undefined : tags[i];
      if (tag?.title) titled = true;
      // ("a Ukrainian MP", "MP for Wantage in Oxfordshire": a state or place the description names narrows it to that
      // state; "White House Chief Strategist X": a word inside a dictionary name is the name's, not an office's)
      // (a party's name is read as its words: "Labour" is several states' party)
      if (tag?.entry && tag.entry.sector !== "PTY") {
        if (tag.entry.country) (placed ??= new Set()).add(tag.entry.country);
        i += tag.len - 1;
        continue;
      }
      // ("MP for Wantage": a seat's name after 'for' is the Westminster systems' way)
      const seat = tokens[i + 1]?.lower === "for" && i + 2 < sLast && /^[A-Z]/.test(tokens[i + 2].text) ? words.officeSeats.get(t.text) : undefined;
      const sys = seat ?? words.officeSystems.get(t.text);
      if (sys) keep(sys);
    }
  }
  if (states && placed) keep(placed);
  return states;
}

/** whether token `i` lies inside a title tag that starts at most MAX_PHRASE tokens before it */
function inTitle(tags: (SystemTag | undefined)[], i: number, sFirst: number): boolean {
  for (let k = i; k >= Math.max(sFirst, i - MAX_PHRASE); k--) if (tags[k]?.title && k + tags[k]!.len > i) return true;
  return false;
}
