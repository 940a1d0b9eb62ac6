// An office of an intergovernmental body in the appositive before the name: "The chairman of the EU Military Committee,
// Robert Brieger," and "the spokeswoman for the NATO mission, X," hold a post of the EU and NATO, coded as the IGO
// (actors/state:igo-office), as "X, the chair of the EU Military Committee," already is. The IGO's name opens the body
// after "of", "for" or "at", and up to three capitalised words of no dictionary finish the body's name before the comma;
// the title stands right before the preposition. A diplomat's post names the host ("the ambassador to the EU", "the
// envoy at NATO"): no posted title counts, nor an honorific, nor a body no dictionary knows as an IGO ("the chairman
// of the Kent Police Committee"). A pure function of the tokens and tags before one comma; constant work per name.
import type { Token } from "../../model/types.js";
import type { NameEntry, TitleEntry } from "../../lexicon/compile-lexicon.js";
import { tagStartEndingAt } from "./tag-span.js";

export interface IgoOfficeTag {
  entry?: NameEntry;
  title?: TitleEntry;
  len: number;
}

const PREPOSITIONS = new Set(["of", "for", "at"]);
const CAP = /^\p{Lu}/u;

/** "TITLE of|for|at [the] IGO [Cap]{0,3}" ending at the comma `comma`: the IGO and where the preposition stands, or null. */
export function igoOfficeBefore(tokens: Token[], tags: (IgoOfficeTag | undefined)[], comma: number, sFirst: number): { entry: NameEntry; at: number } | null {
  const tagEndingAt = (p: number, has: (t: IgoOfficeTag) => boolean): number | null => tagStartEndingAt(tags, p, sFirst, has);
  let p = comma - 1;
  let igo: number | null = null;
  for (let n = 0; n <= 3 && p > sFirst; n++) {
    igo = tagEndingAt(p, (t) => !!t.entry);
    if (igo !== null) break;
    if (tags[p] || tokens[p].kind !== "word" || !CAP.test(tokens[p].text)) return null;
    p--;
  }
  const entry = igo !== null ? tags[igo]!.entry! : null;
  if (!entry || entry.kind !== "igo") return null;
  let q = igo! - 1;
  if (q >= sFirst && tokens[q].lower === "the") q--;
  if (q <= sFirst || !PREPOSITIONS.has(tokens[q].lower)) return null;
  const ts = tagEndingAt(q - 1, (t) => !!t.title);
  const title = ts !== null ? tags[ts]!.title! : null;
  if (!title || title.honorific || title.posted) return null;
  return { entry, at: q };
}
