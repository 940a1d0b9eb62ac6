// One name, one kind per article: a one-word name that the article gives a firm is the firm's wherever it
// stands. Business and wire copy names a firm in full once, with its legal form ("Harlow Group PLC",
// "Brentco Corp.", "Emery Air Freight Inc") or after a noun that presents it ("research firm Marketwise",
// "energy company Burisma"), and then by its first word alone ("Harlow said", "Brentco's offer", "a
// spokesman for Marketwise said"). A bare word that only a speech verb, an appositive or a relative clause
// would make a person's surname is then the firm. A title keeps a person ("Ford Motor Co ... Mr Ford said"),
// and a fuller name is a person's name of its own ("Henry Ford said": two words, never dropped here), as is
// a known person of the seed dictionary. A known given name is never taken for a firm's word ("John Deere
// & Co" leaves a "John" alone). The words are data (not-names.json organisationSuffixes, thingNouns); one
// pass over the tokens, a Set lookup per candidate.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

const CAP = /^\p{Lu}[\p{L}'’-]*$/u;

/** the names that the article gives a firm: each word (and the whole) of a run of one to three capitalised words
 * closed by a legal form, and a lone capitalised word right after a noun that presents a thing */
export function firmWordsOf(tokens: readonly Token[], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || !CAP.test(t.text)) continue;
    const prev = tokens[i - 1];
    // "James Capel and Co said", "Kidder, Peabody & Co.": a legal form after a name or its "and" is the firm's word,
    // never a person's name of its own
    if (lex.organisationSuffixes.has(t.text)) {
      if (prev && (prev.text === "&" || prev.text === "and" || prev.text === "," || CAP.test(prev.text))) out.add(t.text);
      continue;
    }
    const prevCap = !!prev && prev.kind === "word" && CAP.test(prev.text) && !prev.text.endsWith(".");
    // "research firm Marketwise said", "energy company Burisma in November": a lone word after a thing's noun
    const next = tokens[i + 1];
    if (prev && lex.thingNouns.has(prev.text) && !(next && next.kind === "word" && CAP.test(next.text)) && !lex.givenNames.has(t.norm)) {
      out.add(t.text);
      continue;
    }
    if (prevCap) continue;
    // "Harlow Group PLC", "Eastman Kodak Co", "Morgan Stanley and Co": each word of a run (one to three words, a
    // run a known given name opens aside: "John Lewis & Co" is a person's name given to a firm) that a legal form
    // closes, right after it or after "&" or "and"; a multi-word run by its whole text too ("American Brands Inc")
    let k = i + 1;
    while (k < tokens.length && k - i < 3 && tokens[k].kind === "word" && CAP.test(tokens[k].text) && !lex.organisationSuffixes.has(tokens[k].text)) k++;
    const close = tokens[k];
    // ("Dow Jones & Company", "Brown Brothers and Company": "Company" closes a firm's name after "&" or "and")
    const after = tokens[k + 1];
    const legal = !!close && (lex.organisationSuffixes.has(close.text) || ((close.text === "&" || close.text === "and") && !!after && (lex.organisationSuffixes.has(after.text) || after.text === "Company")));
    if (!legal || lex.givenNames.has(t.norm)) continue;
    for (let q = i; q < k; q++) if (!lex.givenNames.has(tokens[q].norm)) out.add(tokens[q].text);
    if (k - i > 1) out.add(tokens.slice(i, k).map((x) => x.text).join(" "));
    i = k - 1;
  }
  return out;
}

/** whether a candidate found by `evidence` with no seed is a name `firms` holds (a title keeps the person) */
export function firmNamed(name: string, evidence: string, seeded: boolean, firms: ReadonlySet<string>): boolean {
  if (seeded || !firms.size || evidence === "actors/person:title" || evidence === "actors/dictionary:person") return false;
  return firms.has(name);
}
